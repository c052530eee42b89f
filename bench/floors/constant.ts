/** Floor: the article page's bytes returned from a constant. Nothing is cheaper in a Worker. */
interface FloorEnv {
  PAGE: string;
}

export default {
  fetch: (_request: Request, env: FloorEnv) => new Response(env.PAGE, { headers: { 'content-type': 'text/html; charset=UTF-8' } }),
};
