/**
 * The whole editable state of one article, as the publishing code path reads and writes
 * it: the row plus its taxonomy slugs, tag ids, sources and related ids. A revision stores
 * exactly this (times as epoch milliseconds), so restoring one loses nothing.
 */
import { tagsForArticle } from '../edge-cache/tags';
import type { ArticleStatus } from '../db/schema';

export interface ArticleState {
  id: number;
  slug: string;
  title: string;
  dek: string;
  bodySource: string;
  bodyFormat: 'markdown' | 'html';
  bodyHtml: string;
  bodyText: string;
  status: ArticleStatus;
  publishedAt: number | null;
  scheduledAt: number | null;
  updatedAt: number;
  createdAt: number;
  deletedAt: number | null;
  language: string;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  heroImageCaption: string | null;
  heroImageCredit: string | null;
  /** The library image the lead image shows (its 16:9 copy is heroImageUrl); null or absent: none or external (docs/media.md). */
  heroMediaId?: string | null;
  sectionId: number;
  sectionSlug: string;
  authorId: number | null;
  authorSlug: string | null;
  canonicalUrl: string | null;
  shortCode: string;
  revision: number;
  createdByTokenId: number | null;
  tags: { id: number; slug: string }[];
  sources: { name: string; url: string }[];
  relatedIds: number[];
  /** Last significant change after publication (epoch ms), or null: what readers see as "Updated" (docs/corrections.md). */
  significantUpdatedAt?: number | null;
  /** Live coverage open (docs/live.md); absent means false. Times are set by `withCoverageTimes`. */
  live?: boolean;
  coverageStartedAt?: number | null;
  coverageEndedAt?: number | null;
}

/** The fields an editor changes by writing; restoring a revision copies exactly these. */
export const CONTENT_FIELDS = [
  'slug', 'title', 'dek', 'bodySource', 'bodyFormat', 'bodyHtml', 'bodyText', 'language',
  'heroImageUrl', 'heroImageAlt', 'heroImageCaption', 'heroImageCredit', 'heroMediaId',
  'sectionId', 'sectionSlug', 'authorId', 'authorSlug', 'canonicalUrl', 'tags', 'sources', 'relatedIds',
] as const satisfies readonly (keyof ArticleState)[];

/** Reader-visible: the same rule as `isPublic()` in queries/articles.ts. */
export const isPublicState = (state: ArticleState | null): boolean =>
  state !== null && state.status === 'published' && state.deletedAt === null;

/**
 * Whether a save is a significant change readers are told about ("Updated", dateModified,
 * feeds): a content save of a story that has been published, unless marked minor (a typo).
 * Saves before publication, and status changes, are not.
 */
export const isSignificantChange = (action: string, before: ArticleState, minor: boolean): boolean =>
  !minor && (action === 'update' || action === 'restore-revision') && before.publishedAt !== null;

/** Cache tags a change must purge: everything the article appeared on before and after. */
export function purgeTagsForChange(before: ArticleState | null, after: ArticleState): string[] {
  const tagsOf = (s: ArticleState) => tagsForArticle({ id: s.id, sectionSlug: s.sectionSlug, authorSlug: s.authorSlug, tagSlugs: s.tags.map((t) => t.slug) });
  return [...new Set([...(before ? tagsOf(before) : []), ...tagsOf(after)])];
}

/** `article_tags.listed_at`: the publish time while the article is publicly listed, else null. */
export const listedAtOf = (state: ArticleState): Date | null =>
  isPublicState(state) && state.publishedAt !== null ? new Date(state.publishedAt) : null;

/**
 * Stamps live coverage times on `after` at `at`: opening keeps the first start time (a story
 * reopened after a pause is still one coverage) and clears the end; closing sets the end.
 */
export function withCoverageTimes(before: ArticleState | null, after: ArticleState, at: number): ArticleState {
  const wasLive = before?.live ?? false;
  const isLive = after.live ?? false;
  if (isLive && !wasLive) return { ...after, coverageStartedAt: after.coverageStartedAt ?? at, coverageEndedAt: null };
  if (!isLive && wasLive) return { ...after, coverageEndedAt: at };
  return after;
}
