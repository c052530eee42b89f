/**
 * Pure transformations from database rows to the article model that both the HTML page
 * and the JSON API render. No I/O here: queries fetch rows, views render this model.
 */
import type { ArticleRecord } from '../queries/articles';
import type { NoteRow } from '../queries/corrections';
import { absoluteUrl, paths } from './urls';
import type { LiveEntriesRecord } from '../queries/live-entries';
import { toLiveCoverageView, toLiveState, type LiveCoverageView, type LiveState } from './live-coverage';

export interface LinkRef { slug: string; name: string; url: string }

export interface ArticleView {
  id: number;
  slug: string;
  url: string;
  title: string;
  dek: string;
  bodyHtml: string;
  language: string;
  publishedAt: string | null;
  /**
   * The last significant change after publication (a non-minor save, a note added), else
   * the publication time: minor fixes never move it (docs/corrections.md). "Updated" shows
   * when it is later than publishedAt.
   */
  updatedAt: string;
  section: LinkRef;
  author: (LinkRef & { bio: string }) | null;
  tags: LinkRef[];
  heroImage: { url: string; alt: string; caption: string | null; credit: string | null } | null;
  sources: { name: string; url: string }[];
  related: { id: number; slug: string; title: string; url: string; publishedAt: string | null }[];
  /** Where the story was first published, when it is a syndicated copy. */
  canonicalUrl: string;
  /** Absolute short link (/s/<code>) of a published article; null for anything not public. */
  shortUrl: string | null;
  /** Live coverage (docs/live.md): null for other stories; with its entries where they were loaded (the page). */
  live: LiveState | LiveCoverageView | null;
  /** Corrections, clarifications and update notes, oldest first (docs/corrections.md). */
  corrections: CorrectionView[];
}

export interface CorrectionView {
  id: number;
  kind: 'correction' | 'clarification' | 'update';
  /** Plain text of the note. */
  text: string;
  /** The note as sanitized inline HTML (links, emphasis). */
  html: string;
  publishedAt: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * What readers are told is the story's last change (page, JSON-LD, JSON, feeds, news
 * sitemap): its last significant change after publication, else its publication; never a
 * minor fix (docs/corrections.md).
 */
export function significantTime<T extends Date | null>(article: { publishedAt: T; significantUpdatedAt: number | null }): T | Date {
  const { publishedAt, significantUpdatedAt } = article;
  return significantUpdatedAt !== null && (publishedAt === null || significantUpdatedAt > publishedAt.getTime()) ? new Date(significantUpdatedAt) : publishedAt;
}

/** Builds the reader-facing article model with absolute URLs for `origin`. */
export function toArticleView(record: Omit<ArticleRecord, 'unlistedRelatedIds' | 'notes'> & { notes?: NoteRow[]; liveEntries?: LiveEntriesRecord }, origin: string): ArticleView {
  const { article, section, author } = record;
  const url = absoluteUrl(origin, paths.article(article.slug));
  return {
    id: article.id,
    slug: article.slug,
    url,
    title: article.title,
    dek: article.dek,
    bodyHtml: article.bodyHtml,
    language: article.language,
    publishedAt: iso(article.publishedAt),
    updatedAt: iso(significantTime(article)) ?? article.updatedAt.toISOString(),
    section: { slug: section.slug, name: section.name, url: absoluteUrl(origin, paths.section(section.slug)) },
    author: author
      ? { slug: author.slug, name: author.name, bio: author.bio, url: absoluteUrl(origin, paths.author(author.slug)) }
      : null,
    tags: record.tags.map((tag) => ({ slug: tag.slug, name: tag.name, url: absoluteUrl(origin, paths.tag(tag.slug)) })),
    heroImage: article.heroImageUrl
      ? {
          url: absoluteUrl(origin, article.heroImageUrl),
          alt: article.heroImageAlt ?? '',
          caption: article.heroImageCaption,
          credit: article.heroImageCredit,
        }
      : null,
    sources: record.sources.map(({ name, url: sourceUrl }) => ({ name, url: sourceUrl })),
    related: record.related.map((rel) => ({
      id: rel.id,
      slug: rel.slug,
      title: rel.title,
      url: absoluteUrl(origin, paths.article(rel.slug)),
      publishedAt: iso(rel.publishedAt),
    })),
    canonicalUrl: article.canonicalUrl ?? url,
    // Only a public story has a working short link: never hand out a draft's code.
    shortUrl: article.status === 'published' && !article.deletedAt ? absoluteUrl(origin, paths.shortLink(article.shortCode)) : null,
    live: record.liveEntries ? toLiveCoverageView(article, record.liveEntries, origin) : toLiveState(article, origin),
    corrections: (record.notes ?? []).map((note) => ({ id: note.id, kind: note.kind, text: note.textPlain, html: note.textHtml, publishedAt: note.publishedAt.toISOString() })),
  };
}
