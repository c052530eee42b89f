/**
 * The redirect both share links and short links answer with, and the click it counts.
 * The count is written after the response (waitUntil), so readers never wait for D1.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { recordShareClick } from '../queries/shares';
import type { ClientKind } from './crawlers';

/**
 * Only a person's real visit is a click: not a bot, not a HEAD request from a link
 * checker, not a browser's speculative prefetch (which may never be followed).
 */
function isCountable(c: Context<AppEnv>, client: ClientKind): boolean {
  if (client !== 'human' || c.req.method !== 'GET') return false;
  const purpose = `${c.req.header('sec-purpose') ?? ''} ${c.req.header('purpose') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

/**
 * Redirects to `target` (a URL this app built, never request input) and counts the click.
 * `private, no-store`: a stored redirect would skip the count, and would keep pointing at
 * a story after it is unpublished.
 */
export function countedRedirect(
  c: Context<AppEnv>,
  target: string,
  status: 301 | 302,
  click: { articleId: number; network: string; client: ClientKind },
): Response {
  if (isCountable(c, click.client)) {
    const db = c.get('db');
    c.executionCtx.waitUntil(
      recordShareClick(db, click.articleId, click.network).catch((error) =>
        console.error('share click not counted', click.articleId, click.network, error),
      ),
    );
  }
  const response = c.redirect(target, status);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
