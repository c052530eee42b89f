/**
 * The editor API's mount point, /api/v1/editor, without the editor API. Its zod schemas,
 * the publishing path, marked and the sanitizer are most of what the Worker would evaluate
 * at startup, and no reader request needs them: routes/editor is imported on the first
 * editor request of an isolate (http/lazy-mount). Editor responses bypass the edge cache,
 * so nothing outside needs what the editor sets on its own context.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { lazyMount, type LazyMountHandlers } from '../http/lazy-mount';

export const EDITOR_API_PREFIX = '/api/v1/editor';

export type EditorGatewayOptions = LazyMountHandlers;

/** `app.route('/', editorGateway({ onError, notFound }))`: every path under EDITOR_API_PREFIX. */
export function editorGateway(options: EditorGatewayOptions) {
  return lazyMount(
    [EDITOR_API_PREFIX, `${EDITOR_API_PREFIX}/*`],
    () => import('./editor').then(({ editorApi }) => new Hono<AppEnv>().route(EDITOR_API_PREFIX, editorApi)),
    options,
  );
}
