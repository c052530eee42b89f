/**
 * The list-item model every listing renders (front page, sections, tags, authors, search)
 * and the JSON list API returns: plain data with absolute URLs and ISO times.
 */
import type { ListCursor } from './cursor';
import { encodeCursor } from './cursor';
import { absoluteUrl, paths } from './urls';

export interface ArticleSummary {
  id: number;
  slug: string;
  url: string;
  title: string;
  dek: string;
  language: string;
  publishedAt: string | null;
  section: { slug: string; name: string; url: string };
  heroImage: { url: string; alt: string } | null;
}

/** The columns a summary is built from (queries/listings `ArticleSummaryRow` fits). */
export interface SummarySource {
  id: number;
  slug: string;
  title: string;
  dek: string;
  language: string;
  publishedAt: Date | null;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  sectionSlug: string;
  sectionName: string;
}

/** Builds a list item with absolute URLs for `origin`. */
export function toArticleSummary(row: SummarySource, origin: string): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: absoluteUrl(origin, paths.article(row.slug)),
    title: row.title,
    dek: row.dek,
    language: row.language,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    section: { slug: row.sectionSlug, name: row.sectionName, url: absoluteUrl(origin, paths.section(row.sectionSlug)) },
    heroImage: row.heroImageUrl ? { url: absoluteUrl(origin, row.heroImageUrl), alt: row.heroImageAlt ?? '' } : null,
  };
}

/** The opaque `?cursor=` token of the next page, or null on the last page. */
export const nextCursorToken = (next: ListCursor | null) => (next ? encodeCursor(next) : null);
