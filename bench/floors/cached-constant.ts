/** Floor: the article page's bytes from the Cache API, as an edge-cache hit gets them. */
interface FloorEnv {
  PAGE: string;
}

// Typed here because Node's DOM lib (this file is type-checked with the scripts) lacks it.
const edgeCache = () => (caches as unknown as { default: Cache }).default;

export default {
  async fetch(request: Request, env: FloorEnv, ctx: ExecutionContext) {
    const hit = await edgeCache().match(request.url);
    if (hit) return hit;
    const response = new Response(env.PAGE, {
      headers: { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'public, max-age=86400' },
    });
    ctx.waitUntil(edgeCache().put(request.url, response.clone()));
    return response;
  },
};
