/**
 * The newsroom's mount point, /newsroom, without the newsroom: like routes/editor-gateway,
 * it imports the newsroom app (WebAuthn, its views) on the first /newsroom request of an
 * isolate, so readers' startup never pays for it. The loaded app sees the outer context's
 * variables (db metrics, origin) and answers errors with the outer handlers, except the
 * passkey ceremony steps, whose script expects JSON errors.
 */
import { Hono, type Context, type ErrorHandler, type NotFoundHandler } from 'hono';
import type { AppEnv, Variables } from '../env';
import { errorBody, HttpError } from '../http/errors';

export const NEWSROOM_PREFIX = '/newsroom';

const outerContexts = new WeakMap<Request, Context<AppEnv>>();

async function loadNewsroom(onError: ErrorHandler<AppEnv>, notFound: NotFoundHandler<AppEnv>): Promise<Hono<AppEnv>> {
  const { newsroomApp, isNewsroomJsonPath } = await import('./app');
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      const outer = outerContexts.get(c.req.raw);
      if (outer) for (const [name, value] of Object.entries(outer.var)) c.set(name as keyof Variables, value as never);
      await next();
    })
    .route(NEWSROOM_PREFIX, newsroomApp as unknown as Hono<AppEnv>)
    .onError((error, c) => {
      if (error instanceof HttpError && isNewsroomJsonPath(c.req.path)) {
        for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
        c.header('Cache-Control', 'private, no-store');
        return c.json(errorBody(error.code, error.message, error.details), error.status);
      }
      return onError(error, c);
    })
    .notFound(notFound);
}

function executionContextOf(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}

/** `app.route(NEWSROOM_PREFIX, newsroomGateway({ onError, notFound }))` */
export function newsroomGateway(options: { onError: ErrorHandler<AppEnv>; notFound: NotFoundHandler<AppEnv> }) {
  let loading: Promise<Hono<AppEnv>> | undefined;
  const load = () =>
    (loading ??= loadNewsroom(options.onError, options.notFound).catch((error: unknown) => {
      loading = undefined; // a failed import is retried by the next request
      throw error;
    }));
  return new Hono<AppEnv>().all('*', async (c) => {
    const app = await load();
    outerContexts.set(c.req.raw, c);
    return app.fetch(c.req.raw, c.env, executionContextOf(c));
  });
}
