/**
 * Pure transformations from database rows to the article model that both the HTML page
 * and the JSON API render. No I/O here: queries fetch rows, views render this model.
 */
import type { ArticleRecord } from '../queries/articles';
import { absoluteUrl, paths } from './urls';

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
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Builds the reader-facing article model with absolute URLs for `origin`. */
export function toArticleView(record: Omit<ArticleRecord, 'unlistedRelatedIds'>, origin: string): ArticleView {
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
    updatedAt: article.updatedAt.toISOString(),
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
  };
}
