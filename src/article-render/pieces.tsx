/** @jsxImportSource hono/jsx */
/**
 * THE render of an article page's own markup, used by both paths so they cannot drift: the
 * publish-time fragment (store.ts, with the origin as a placeholder) and the full render a
 * reader's miss falls back to (routes/articles, with the real origin). Everything here is
 * the same for every request; the shell around it (navigation, edition, canonical link,
 * lite twin) is added per request by serve.tsx. A live story's entries change without a
 * write to the article: its pieces hold markers where they go (LiveSlot), and withLiveEntries
 * fills them in, on both paths, from the entries read per request.
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ArticleRecord } from '../queries/articles';
import type { LiveEntriesRecord } from '../queries/live-entries';
import type { Article } from '../db/schema';
import { toArticleView, type ArticleView } from '../model/article-view';
import { articleViewTags } from '../edge-cache/tags';
import { liveBlogJsonLd, liveCacheTag, toLiveCoverageView } from '../model/live-coverage';
import { embedFrameOrigins } from '../content/embeds';
import type { SiteSettings } from '../site/settings';
import { SiteTimeZone } from '../site/time-zone-context';
import { ArticlePage } from '../views/article-page';
import { ArticleHead, jsonLdText } from '../views/seo-head';
import { LiveEntries, LiveSlot, LiveSummary } from '../views/live-coverage';

/** What the page needs besides the two pieces of markup. */
export interface FragmentMeta {
  articleId: number;
  title: string;
  dek: string;
  language: string;
  /** Absolute canonical URL (our own, or the original's for a syndicated copy). */
  canonicalUrl: string;
  cacheTags: string[];
  /** Epoch ms of the newest thing shown (Last-Modified). */
  lastModified: number;
  /** Embed providers' frame origins (CSP frame-src): the cards are filled in per request (serve.tsx). */
  embedFrames: string[];
  /** A live story: where its entries go (the LiveSlot markers) and what rendering them needs. */
  live: LiveMeta | null;
}

export interface LiveMeta extends Pick<Article, 'slug' | 'live' | 'coverageStartedAt' | 'coverageEndedAt' | 'language'> {
  slot: string;
  /** The article's absolute URL (the entries' JSON-LD `url`s) and its significant update time. */
  url: string;
  updatedAt: string;
}

export interface ArticlePieces {
  /** What the full edition adds to <head>. */
  head: string;
  /** The <article>, embed cards as stored in the body. */
  article: string;
  meta: FragmentMeta;
}

const toHtml = async (node: unknown) => String(await (node as { toString(): string | Promise<string> }).toString());

/**
 * Renders the pieces of the page of `record` for `origin`, in the site's settings. With
 * `liveEntries`, a live story's entries are filled in; without (a stored fragment), its
 * pieces keep the markers for withLiveEntries.
 */
export async function renderArticlePieces(
  { liveEntries, ...record }: ArticleRecord & { liveEntries?: LiveEntriesRecord },
  origin: string,
  site: Pick<SiteSettings, 'name' | 'timeZone'>,
): Promise<ArticlePieces> {
  // Without entries: `live` is the coverage state only, so the JSON-LD lists no updates and dates the article.
  const view = toArticleView(record, origin);
  const { article: row } = record;
  const slot = view.live ? `live-${crypto.randomUUID()}` : null;
  const article = await toHtml(
    <SiteTimeZone.Provider value={site.timeZone}>
      <LiveSlot.Provider value={slot}>
        <ArticlePage article={view} />
      </LiveSlot.Provider>
    </SiteTimeZone.Provider>,
  );
  const head = await toHtml(<ArticleHead article={view} site={{ name: site.name, origin }} canonical={view.canonicalUrl} />);
  const live: LiveMeta | null = slot
    ? { slot, slug: row.slug, live: row.live, coverageStartedAt: row.coverageStartedAt, coverageEndedAt: row.coverageEndedAt, language: row.language, url: view.url, updatedAt: view.updatedAt }
    : null;
  const pieces: ArticlePieces = {
    head,
    article,
    meta: {
      articleId: view.id,
      title: view.title,
      dek: view.dek,
      language: view.language,
      canonicalUrl: view.canonicalUrl,
      cacheTags: [...articleViewTags(view, record.unlistedRelatedIds), ...(live ? [liveCacheTag(view.id)] : [])],
      lastModified: row.updatedAt.getTime(),
      embedFrames: embedFrameOrigins(view.bodyHtml),
      live,
    },
  };
  return liveEntries ? withLiveEntries(pieces, liveEntries, origin, site.timeZone) : pieces;
}

/** The NewsArticle JSON-LD's modification time: the newest entry's on a live story. */
const dateModifiedKey = (date: string) => `"dateModified":${jsonLdText(date)},"inLanguage":`;
const LIVE_UPDATES_KEY = '"liveBlogUpdate":[]';

function replaceOnce(html: string, marker: string, by: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`article pieces: no ${marker.slice(0, 40)} to fill in (the views changed: see src/article-render)`);
  return html.slice(0, at) + by + html.slice(at + marker.length);
}

/** Fills a live story's entries into its pieces: the summary, the entries, the JSON-LD updates, Last-Modified. */
export async function withLiveEntries(pieces: ArticlePieces, entries: LiveEntriesRecord, origin: string, timeZone: string): Promise<ArticlePieces> {
  const { live } = pieces.meta;
  if (!live) return pieces;
  const coverage = toLiveCoverageView(live, entries, origin);
  // What the two views read of the article: its coverage, language and slug.
  const view = { live: coverage, language: live.language, slug: live.slug } as ArticleView;
  const part = (node: Child) => toHtml(<SiteTimeZone.Provider value={timeZone}>{node}</SiteTimeZone.Provider>);
  const [summary, list] = await Promise.all([part(<LiveSummary article={view} />), part(<LiveEntries article={view} />)]);
  const jsonLd = liveBlogJsonLd(coverage!, live);
  let article = replaceOnce(pieces.article, `<!--${live.slot}:summary-->`, summary);
  article = replaceOnce(article, `<!--${live.slot}:entries-->`, list);
  let head = replaceOnce(pieces.head, dateModifiedKey(live.updatedAt), dateModifiedKey(jsonLd.dateModified!));
  head = replaceOnce(head, LIVE_UPDATES_KEY, `"liveBlogUpdate":${jsonLdText(jsonLd.liveBlogUpdate)}`);
  const lastModified = Math.max(pieces.meta.lastModified, ...entries.entries.map((e) => e.updatedAt.getTime()));
  return { head, article, meta: { ...pieces.meta, lastModified, live: null } };
}

/** Markup already rendered, for a JSX tree (no second escaping). */
export const rendered = (html: string) => raw(html);
