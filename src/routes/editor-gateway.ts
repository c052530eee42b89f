/**
 * The editor API's mount point, /api/v1/editor, without the editor API. Its zod schemas,
 * the publishing path, marked and the sanitizer are most of what the Worker would evaluate
 * at startup, and no reader request needs them: this stub stands in their place, imports
 * routes/editor on the first editor request of an isolate and runs it for every request.
 *
 * The loaded app sees the request as if it had been mounted with `app.route()`: the same
 * path (it is mounted at the same prefix), the variables the outer middleware set (the
 * measured `db`, `origin`, ...) and the outer app's error and not-found handlers, so an
 * editor error is answered exactly where it is thrown, inside the editor's own middleware.
 * One way only: what the editor sets on its own context never reaches the outer middleware.
 * Nothing there needs it (editor responses bypass the edge cache, and the D1 metrics are a
 * shared object), which is why this mounts the editor and is no general lazy `app.route()`.
 */
import { Hono, type Context, type ErrorHandler, type NotFoundHandler } from 'hono';
import type { AppEnv, Variables } from '../env';

export const EDITOR_API_PREFIX = '/api/v1/editor';

export interface EditorGatewayOptions {
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

async function loadEditorApp(options: EditorGatewayOptions): Promise<Hono<AppEnv>> {
  const { editorApi } = await import('./editor');
  return new Hono<AppEnv>()
    .use(adoptOuterVariables)
    .route(EDITOR_API_PREFIX, editorApi)
    .onError(options.onError)
    .notFound(options.notFound);
}

/** Hono throws on `c.executionCtx` when the app was called without one (`app.request`). */
function executionContextOf(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}

/** The stub to mount at EDITOR_API_PREFIX: `app.route(EDITOR_API_PREFIX, editorGateway(...))`. */
export function editorGateway(options: EditorGatewayOptions) {
  let loading: Promise<Hono<AppEnv>> | undefined;
  const load = () =>
    (loading ??= loadEditorApp(options).catch((error: unknown) => {
      loading = undefined; // a failed import is retried by the next request, not cached
      throw error;
    }));

  return new Hono<AppEnv>().all('*', async (c) => {
    const editorApp = await load();
    outerContexts.set(c.req.raw, c);
    return editorApp.fetch(c.req.raw, c.env, executionContextOf(c));
  });
}
