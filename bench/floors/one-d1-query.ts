/** Floor: one indexed D1 lookup, then the article page's bytes: the least a cache miss can cost. */
interface FloorEnv {
  PAGE: string;
  DB: D1Database;
}

export default {
  async fetch(_request: Request, env: FloorEnv) {
    const row = await env.DB.prepare('SELECT id, title FROM floor_articles WHERE slug = ?1').bind('floor').first();
    if (!row) return new Response('floor table missing', { status: 500 });
    return new Response(env.PAGE, { headers: { 'content-type': 'text/html; charset=UTF-8' } });
  },
};
