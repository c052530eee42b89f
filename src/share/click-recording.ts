/**
 * The redirect both share links and short links answer with, and the click it counts.
 * The count is written after the response (waitUntil), so readers never wait for D1.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { countShareClick } from './click-counting';
import type { ClientKind } from './crawlers';
import { notStored } from './not-stored';

/**
 * Only a person's real visit is a click: not a bot, not a HEAD request from a link
 * checker, not a browser's speculative prefetch (which may never be followed). POST is
 * the confirmed Mastodon share (routes/share).
 */
function isCountable(c: Context<AppEnv>, client: ClientKind): boolean {
  if (client !== 'human' || (c.req.method !== 'GET' && c.req.method !== 'POST')) return false;
  const purpose = `${c.req.header('sec-purpose') ?? ''} ${c.req.header('purpose') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

/**
 * Redirects to `target` (a URL this app built, never request input) and counts the click,
 * once per reader, article, network and day (share/click-counting).
 * `private, no-store`: a stored redirect would skip the count, and would keep pointing at
 * a story after it is unpublished.
 */
export function countedRedirect(
  c: Context<AppEnv>,
  target: string,
  status: 301 | 302 | 303,
  click: { articleId: number; network: string; client: ClientKind },
): Response {
  if (isCountable(c, click.client)) {
    const limiters = { perVisitor: c.env.SHARE_CLICKS, perClient: c.env.SHARE_CLICK_CLIENTS };
    const source = {
      // Cloudflare's own header only: X-Forwarded-For and the like are whatever the client says.
      clientAddress: c.req.header('cf-connecting-ip') ?? '',
      userAgent: c.req.header('user-agent') ?? '',
    };
    c.executionCtx.waitUntil(
      countShareClick(c.get('db'), limiters, { ...source, articleId: click.articleId, network: click.network }).catch((error) =>
        console.error('share click not counted', click.articleId, click.network, error),
      ),
    );
  }
  return notStored(c.redirect(target, status));
}
