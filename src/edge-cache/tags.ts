import type { Context } from 'hono';
import type { AppEnv } from '../env';

/**
 * Names of the cache tags a response depends on. A cacheable response carries every tag
 * of what it shows; a write purges the tags of what it changed (see edge-cache/index).
 */
export const cacheTag = {
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  home: () => 'home',
  /** A curated front (`home` or a section slug): its pages, lite twins and JSON (docs/fronts.md). */
  front: (name: string) => `front:${name}`,
  feeds: () => 'feeds',
  sitemaps: () => 'sitemaps',
  search: () => 'search',
  /** Listings of all articles (JSON article lists, archives). */
  articleLists: () => 'article-lists',
  /** Sections, tags and authors directories (JSON lists of them). */
  taxonomy: () => 'taxonomy',
  /** The breaking-news alert resources (/api/v1/alerts, /alerts.json); never a page. */
  alerts: () => 'alerts',
  /** /corrections and its feed (docs/corrections.md); each listed story's own tag is on them too. */
  corrections: () => 'corrections',
  /**
   * Everything that shows a story's live entries: its page, lite twin, JSON and live JSON
   * (docs/live.md). A new entry purges this tag alone, never the listings the story is on.
   */
  live: (articleId: number) => `live:${articleId}`,
  /** Every served copy of a library image (/media/<id>/...): purged when it is deleted or re-cropped. */
  media: (id: string) => `media:${id}`,
  /** Every reader page (views/render): they print the site's name and times in its zone; saving site settings purges it. */
  site: () => 'site',
};

const ARTICLE_TAG = /^article:(\d+)$/;

/** The article ids among `tags`: the inverse of cacheTag.article (a purge's stories). */
export const articleIdsInTags = (tags: string[]) => tags.flatMap((tag) => {
  const match = ARTICLE_TAG.exec(tag);
  return match ? [Number(match[1])] : [];
});

/** What a published article appears on: the tags to purge when it changes. */
export function tagsForArticle(article: { id: number; sectionSlug: string; authorSlug: string | null; tagSlugs: string[] }): string[] {
  return [
    cacheTag.article(article.id),
    cacheTag.section(article.sectionSlug),
    ...(article.authorSlug ? [cacheTag.author(article.authorSlug)] : []),
    ...article.tagSlugs.map(cacheTag.tag),
    cacheTag.home(),
    cacheTag.feeds(),
    cacheTag.sitemaps(),
    cacheTag.search(),
    cacheTag.articleLists(),
  ];
}

/**
 * Tags of an article page or its JSON: the article, the stories it names as previously
 * reported (also those readers cannot see yet: publishing one must refresh this page), and `taxonomy` for the section, author and tag names it shows. Not the section,
 * author or tag listing tags: those change whenever any story in them changes, and a typo
 * fixed in one story must not evict every page of its section.
 */
export function articleViewTags(view: { id: number; related: { id: number }[] }, unlistedRelatedIds: number[] = []): string[] {
  return [cacheTag.article(view.id), ...[...view.related.map((r) => r.id), ...unlistedRelatedIds].map(cacheTag.article), cacheTag.taxonomy()];
}

/**
 * Declares what the response being built depends on. Every public GET handler calls this
 * with the tags of everything it shows (names from `cacheTag` above); the edge cache
 * stores the response under them and a write purges them.
 */
export function addCacheTags(c: Context<AppEnv>, ...tags: string[]) {
  const current = c.get('cacheTags');
  for (const tag of tags) if (!current.includes(tag)) current.push(tag);
}