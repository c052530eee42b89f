/**
 * The answer when the database is unreachable and the edge holds no copy of the page:
 * a 503 with `Retry-After`, as a reader page or, under /api/, the JSON error shape.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { errorBody, wantsJson } from '../http/errors';
import { renderErrorPage } from './render';

export const RETRY_AFTER_SECONDS = 30;

export function renderUnavailable(c: Context<AppEnv>): Response {
  const response = wantsJson(c.req.path)
    ? c.json(errorBody('service_unavailable', 'The newsroom database is briefly unavailable; please retry shortly'), 503)
    : renderErrorPage(c, 503, 'We could not reach our newsroom database. Please try again in a moment.');
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
