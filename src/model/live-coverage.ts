/**
 * Live coverage as readers see it: pure functions from the article row and its entries to
 * the view the page, its JSON-LD and the polling JSON render (docs/live.md). No I/O here, and
 * nothing of the renderer (content/): entries carry their plain text from the write.
 */
import type { Article, LiveEntry } from '../db/schema';
import { formatDateTime } from '../i18n';
import type { LiveEntriesRecord } from '../queries/live-entries';
import type { PublicEntry } from '../schemas/live';
import { cacheTag } from '../edge-cache/tags';
import { absoluteUrl, paths } from './urls';

/** Cache tag of everything that shows a story's entries (edge-cache/tags). */
export const liveCacheTag = cacheTag.live;

/** The polling JSON of a story: one fixed URL, the same for every reader. */
export const liveFeedPath = (slug: string) => `/api/v1/articles/${encodeURIComponent(slug)}/live`;

/** How often the page's script asks again while coverage is open. */
export const POLL_SECONDS = 8;
/** How long the edge keeps the live JSON: at most one render per period, whatever the readers. */
export const LIVE_FEED_FRESH_SECONDS = 5;

export const entryAnchor = (id: number) => `entry-${id}`;

export interface LiveState {
  open: boolean;
  startedAt: string | null;
  endedAt: string | null;
  /** Absolute URL of the polling JSON. */
  feedUrl: string;
}

export interface LiveCoverageView extends LiveState {
  /** Pinned first, then newest first. */
  entries: PublicEntry[];
  keyEvents: { anchor: string; href: string; time: string; timeLabel: string; summary: string }[];
  /** The page with the entries older than these (`?before=`), or null. */
  olderHref: string | null;
  /** An "older entries" page: no polling there, and a link back to the newest. */
  olderPage: boolean;
}

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Whether the story is a live story at all (coverage opened once), open or closed. */
export const isLiveStory = (article: Pick<Article, 'coverageStartedAt'>) => article.coverageStartedAt !== null;

export function toLiveState(article: Pick<Article, 'slug' | 'live' | 'coverageStartedAt' | 'coverageEndedAt'>, origin: string): LiveState | null {
  if (!isLiveStory(article)) return null;
  return {
    open: article.live,
    startedAt: iso(article.coverageStartedAt),
    endedAt: article.live ? null : iso(article.coverageEndedAt),
    feedUrl: absoluteUrl(origin, liveFeedPath(article.slug)),
  };
}

/** An entry as readers get it; its label in the site's time zone (UTC when not given). */
export function toPublicEntry(entry: LiveEntry, lang: string, timeZone?: string): PublicEntry {
  const time = entry.createdAt.toISOString();
  return {
    id: entry.id,
    anchor: entryAnchor(entry.id),
    html: entry.bodyHtml,
    text: entry.bodyText,
    pinned: entry.pinned,
    keyEvent: entry.keyEvent,
    time,
    timeLabel: formatDateTime(time, lang, timeZone),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** A key event's line in the summary: the start of its text. */
function summaryOf(plain: string, max = 140): string {
  const text = plain.replace(/\s+/g, ' ');
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The page's view. Key events link to their anchor on this page; one not shown here, to the
 * page that shows it: the first (pinned ones) or the older page starting at it.
 */
export function toLiveCoverageView(
  article: Pick<Article, 'slug' | 'live' | 'coverageStartedAt' | 'coverageEndedAt' | 'language'>,
  record: LiveEntriesRecord,
  origin: string,
): LiveCoverageView | null {
  const state = toLiveState(article, origin);
  if (!state) return null;
  const shown = new Set(record.entries.map((e) => e.id));
  const page = paths.article(article.slug);
  return {
    ...state,
    entries: record.entries.map((e) => toPublicEntry(e, article.language)),
    keyEvents: record.keyEvents.map((e) => {
      const time = e.createdAt.toISOString();
      const anchor = entryAnchor(e.id);
      const href = shown.has(e.id) ? `#${anchor}` : e.pinned ? `${page}#${anchor}` : `${page}?before=${e.id + 1}#${anchor}`;
      return { anchor, href, time, timeLabel: formatDateTime(time, article.language), summary: summaryOf(e.bodyText) };
    }),
    olderHref: record.olderBefore === null ? null : `${page}?before=${record.olderBefore}`,
    olderPage: record.olderPage ?? false,
  };
}

/** Headlines of BlogPosting updates: Google truncates past 110 characters. */
const UPDATE_HEADLINE_CHARS = 110;

/**
 * The LiveBlogPosting part of a live story's JSON-LD: coverage times, the last entry as its
 * modification time, and, where the page loaded them, its entries as `liveBlogUpdate` BlogPostings.
 */
export function liveBlogJsonLd(live: LiveState | LiveCoverageView, article: { url: string; updatedAt: string }) {
  const entries = 'entries' in live ? live.entries : [];
  const articleUrl = article.url;
  const newest = [article.updatedAt, ...entries.map((e) => e.updatedAt)].sort().at(-1);
  return {
    '@type': 'LiveBlogPosting',
    dateModified: newest,
    coverageStartTime: live.startedAt,
    ...(live.endedAt ? { coverageEndTime: live.endedAt } : {}),
    liveBlogUpdate: entries.map((entry) => {
      return {
        '@type': 'BlogPosting',
        headline: summaryOf(entry.text, UPDATE_HEADLINE_CHARS),
        articleBody: entry.text,
        datePublished: entry.time,
        dateModified: entry.updatedAt,
        url: `${articleUrl}#${entry.anchor}`,
      };
    }),
  };
}
