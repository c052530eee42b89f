/** @jsxImportSource hono/jsx */
/**
 * Serving an article page from its pieces (pieces.tsx), whichever path made them: the stored
 * fragment or the full render. Only what varies per request happens here: the layout shell
 * (navigation, edition, canonical link and lite twin from the keyed URL), the site's name in
 * the title, the embed cards' metadata, and the response's tags and Last-Modified.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { addCacheTags } from '../edge-cache/tags';
import { setLastModified } from '../edge-cache/validators';
import { allowEmbedFrames } from '../middleware/security-headers';
import { embedCardsForPage } from '../routes/article-embeds';
import type { EmbedCardRow } from '../queries/embed-cards';
import { settingsFromNavigation } from '../site/settings';
import { editionOf } from '../views/edition';
import { embedScript } from '../views/embed-script';
import type { NavItem } from '../views/layout';
import { renderPage } from '../views/render';
import { rendered, type ArticlePieces } from './pieces';

/** `embedCards`: the cards' metadata read in the page's batch (queries/embed-cards embedCardsStatement), if it was. */
export async function serveArticlePieces(
  c: Context<AppEnv>,
  pieces: ArticlePieces,
  navigation: (NavItem & { siteSettings?: string | null })[],
  embedCards?: EmbedCardRow[],
) {
  const { meta } = pieces;
  const site = settingsFromNavigation(navigation, c.env);
  const full = editionOf(c.req.path) === 'full';
  addCacheTags(c, ...meta.cacheTags);
  setLastModified(c, new Date(meta.lastModified));
  // Embed cards: titles and thumbnails (read in the page's batch; one more D1 read only when
  // that read did not cover every card), their providers' frames, and the click-to-load
  // script. Lite shows plain links. The cards are in the body, so filling them in the
  // article's markup is filling them in the body.
  const embedFrames = full ? meta.embedFrames : [];
  allowEmbedFrames(c, embedFrames);
  const article = embedFrames.length ? await embedCardsForPage(c, meta.articleId, pieces.article, embedCards) : pieces.article;
  return renderPage(
    c,
    {
      title: `${meta.title} · ${site.name}`,
      description: meta.dek,
      // A syndicated copy names the original as canonical; otherwise this is our own URL.
      canonicalPath: meta.canonicalUrl,
      lang: meta.language,
      navigation,
      // The lite twin stays tiny: search engines and social cards use the full page it points to.
      head: full ? rendered(pieces.head) : null,
    },
    <>
      {rendered(article)}
      {embedFrames.length ? <script dangerouslySetInnerHTML={{ __html: embedScript }} /> : null}
    </>,
  );
}
