/** @jsxImportSource hono/jsx */
/**
 * A story in the reader's own design whatever its status: the newsroom's preview pane and
 * signed preview links (/preview/{token}) both render through here. Same components as
 * /articles/:slug (ArticlePage, renderPage, the sanitized body_html stored on write), plus a
 * visible "Preview" banner. Never indexed, never stored by any cache: previews show drafts.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { HttpError } from '../http/errors';
import { formatDateTime, SITE_LANGUAGE } from '../i18n';
import { useSiteTimeZone } from '../site/time-zone-context';
import { embedFrameOrigins } from '../content/embeds';
import { allowEmbedFrames, allowSelfFraming } from '../middleware/security-headers';
import { embedScript } from '../views/embed-script';
import { toArticleView } from '../model/article-view';
import { ArticlePage } from '../views/article-page';
import type { Edition } from '../views/layout';
import { renderPage } from '../views/render';
import { loadDraftRecord } from './draft-record';

export interface PreviewOptions {
  edition: Edition;
  /** What the banner says after "Preview" (who may see this). */
  banner: string;
  /** When the link that opened it stops working (ISO), shown in the banner. */
  expiresAt?: string;
  /** Who may frame the page: the newsroom's pane sets 'self'; links keep the site's 'none'. */
  frameable?: boolean;
}

/** Headers every preview carries, also on its errors. */
export function markPrivate(c: Context, frameable = false) {
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  // The newsroom frames its own preview pane: this one response may be framed same-origin.
  if (frameable) allowSelfFraming(c.req.raw);
}

/** "Preview" and what it is, with the link's expiry in the site's time zone when it has one. */
export function PreviewBanner({ text, expiresAt }: { text: string; expiresAt?: string }) {
  return (
    <div class="alert-banner" role="note" data-preview-banner="">
      <p>
        <strong>Preview</strong> {text}
        {expiresAt ? <> This link works until <time datetime={expiresAt}>{formatDateTime(expiresAt, SITE_LANGUAGE, useSiteTimeZone())}</time>.</> : null}
      </p>
    </div>
  );
}

/**
 * Renders article `articleId` (any status, also trashed: the caller decides who may see
 * what) as readers will see it. 404 (an HttpError) when there is no such article.
 */
export async function renderArticlePreview<E extends AppEnv>(c: Context<E>, articleId: number, options: PreviewOptions): Promise<Response> {
  const ctx = c as unknown as Context<AppEnv>;
  const found = await loadDraftRecord(ctx.get('db'), articleId);
  if (!found) throw new HttpError(404, 'not_found', 'There is no story to preview here.');
  const article = toArticleView(found.record, ctx.get('origin'));
  markPrivate(ctx, options.frameable);
  // Embed cards as on the article page (routes/articles): their providers' frames and script.
  const embedFrames = options.edition === 'full' ? embedFrameOrigins(article.bodyHtml) : [];
  allowEmbedFrames(ctx, embedFrames);
  return renderPage(
    ctx,
    {
      title: `Preview: ${article.title}`,
      description: article.dek,
      canonicalPath: new URL(ctx.req.url).pathname,
      lang: article.language,
      navigation: found.navigation,
      noindex: true,
      edition: options.edition,
      liteTwin: false,
    },
    <>
      <PreviewBanner text={options.banner} expiresAt={options.expiresAt} />
      <ArticlePage article={article} />
      {embedFrames.length ? <script dangerouslySetInnerHTML={{ __html: embedScript }} /> : null}
    </>,
  );
}
