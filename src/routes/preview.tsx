/**
 * Signed preview links for people outside the newsroom (docs/newsroom.md "Preview links"):
 * /preview/{token} and its lite twin /lite/preview/{token} show a draft or scheduled story
 * in the reader's design, with a "Preview" banner (publication or the trash ends a link for
 * good: preview/lookup previewOutcome); never indexed, never cached (the edge
 * cache bypasses these paths: edge-cache/policy). What an anonymous client can make us do
 * is bounded: every request counts against a per-client rate limit before anything else,
 * a malformed token is a 404 without touching D1, and an unknown one costs one indexed read.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { clientIp, enforceRateLimit } from '../middleware/rate-limit';
import { paths } from '../model/urls';
import { looksLikeSecret } from '../newsroom/secrets';
import { findPreviewLink, previewOutcome } from '../preview/lookup';
import { markPrivate, renderArticlePreview } from '../preview/render-draft';
import type { Edition } from '../views/layout';
import { toLiteHref } from '../views/edition';
import { renderErrorPage } from '../views/render';

const NOT_WORKING = 'This preview link does not work: it expired, was revoked, or its story was removed.';

const openPreview = (edition: Edition) => async (c: Context<AppEnv>) => {
  markPrivate(c);
  await enforceRateLimit(c.env.PREVIEW_LINKS, clientIp(c.req.raw), 'preview requests');
  const token = c.req.param('token');
  const link = looksLikeSecret(token) ? await findPreviewLink(c.get('db'), token) : null;
  const outcome = previewOutcome(link);
  if (outcome === 'gone' || !link) return renderErrorPage(c, 404, NOT_WORKING);
  // Public: the real page exists now, and the preview has served its purpose.
  if (outcome === 'public-page') {
    const target = edition === 'lite' ? toLiteHref(paths.article(link.slug)) : paths.article(link.slug);
    return c.redirect(target, 302);
  }
  return renderArticlePreview(c, link.articleId, {
    edition,
    banner: 'This story is not published yet; you are seeing it through a private link. Please do not share it.',
    expiresAt: link.expiresAt.toISOString(),
  });
};

export const previewPages = new Hono<AppEnv>().get('/preview/:token', openPreview('full')).get('/lite/preview/:token', openPreview('lite'));
