/**
 * A sub-app that is imported on its first request: `app.route('/', lazyMount(paths, load,
 * handlers))` stands in for `app.route(prefix, subApp)`. The Worker is built as one ES module
 * per `import()` (scripts/build-worker.ts) and workerd compiles a module when it is first
 * imported, so what sits behind a lazy mount costs an isolate nothing at startup, and its
 * first request once (the import) instead.
 *
 * Only the listed paths reach the stub, so a lazily mounted sub-app never hides the routes
 * mounted after it; tests/worker/lazy-mounts.test.ts checks each list against the loaded
 * app's own routes. The loaded app sees the request as if it were mounted directly: the same
 * path, the variables the outer middleware set (the measured `db`, `origin`, the shared
 * cache-tag list, `pageUrl`...) and the outer app's error and not-found handlers, so an error
 * is answered where it is thrown. One way only: what the sub-app sets on its own context
 * never reaches the outer middleware. So a sub-app that reads query parameters
 * (`declareQueryParams`, at module level) or declares a Last-Modified (`setLastModified`,
 * kept per context) must stay mounted directly: the edge cache around it would miss both.
 */
import { Hono, type Context, type ErrorHandler, type NotFoundHandler } from 'hono';
import type { AppEnv, Variables } from '../env';

export interface LazyMountHandlers {
  onError: ErrorHandler<AppEnv>;
  notFound: NotFoundHandler<AppEnv>;
}

// The request object is the same in both apps: it carries the outer context across.
const outerContexts = new WeakMap<Request, Context<AppEnv>>();

const adoptOuterVariables = async (c: Context<AppEnv>, next: () => Promise<void>) => {
  const outer = outerContexts.get(c.req.raw);
  if (outer) for (const [name, value] of Object.entries(outer.var)) c.set(name as keyof Variables, value as never);
  await next();
};

/** Hono throws on `c.executionCtx` when the app was called without one (`app.request`). */
function executionContextOf(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}

/**
 * @param paths the full paths the sub-app answers (Hono patterns, `/x/*` for a whole prefix)
 * @param load imports the sub-app, mounted at the paths it had when mounted directly
 */
export function lazyMount(paths: readonly string[], load: () => Promise<Hono<AppEnv>>, handlers: LazyMountHandlers): Hono<AppEnv> {
  let loading: Promise<Hono<AppEnv>> | undefined;
  const loaded = () =>
    (loading ??= load()
      .then((subApp) => new Hono<AppEnv>().use(adoptOuterVariables).route('/', subApp).onError(handlers.onError).notFound(handlers.notFound))
      .catch((error: unknown) => {
        loading = undefined; // a failed import is retried by the next request, not cached
        throw error;
      }));

  const stub = new Hono<AppEnv>();
  for (const path of paths) {
    stub.all(path, async (c) => {
      const app = await loaded();
      outerContexts.set(c.req.raw, c);
      return app.fetch(c.req.raw, c.env, executionContextOf(c));
    });
  }
  return stub;
}
