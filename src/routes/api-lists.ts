/**
 * The public JSON list API (documented in docs/api.md): articles with filters, sections,
 * tags, authors and search. Every list is `{ items, nextCursor }`; parameters are
 * validated here and a bad one is a 400 JSON error, never a 500 or a silently other page.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { HttpError } from '../http/errors';
import { nextCursorToken, toArticleSummary, type ArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { parseCursorParam, type ListCursor } from '../model/cursor';
import { highlightSnippet } from '../model/search-snippet';
import { SLUG_PATTERN } from '../model/slug';
import { decodeSlugCursor, encodeSlugCursor } from '../model/slug-cursor';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { listArticlesFiltered, listAuthors, listTags, type ArticleFilters } from '../queries/api-lists';
import { navigationQuery } from '../queries/listings';
import type { ArticleSummaryRow } from '../queries/listings';
import { MAX_QUERY_LENGTH, searchArticles } from '../queries/search';
import { declareQueryParams } from '../edge-cache/params';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

const invalid = (parameter: string, message: string) =>
  new HttpError(400, 'invalid_parameter', message, { parameter });

/** `?limit=`: default 20, values above 50 are capped, anything but a positive integer is a 400. */
function readLimit(c: Context<AppEnv>): number {
  const raw = c.req.query('limit');
  if (raw === undefined || raw === '') return DEFAULT_LIMIT;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw invalid('limit', 'limit must be a positive integer');
  return Math.min(Number(raw), MAX_LIMIT);
}

function readArticleCursor(c: Context<AppEnv>): ListCursor | null {
  const parsed = parseCursorParam(c.req.query('cursor'));
  if (!parsed.ok) throw invalid('cursor', 'cursor is not a value this API issued');
  return parsed.cursor;
}

function readSlugCursor(c: Context<AppEnv>): string | null {
  const raw = c.req.query('cursor');
  if (raw === undefined || raw === '') return null;
  const slug = decodeSlugCursor(raw);
  if (slug === null) throw invalid('cursor', 'cursor is not a value this API issued');
  return slug;
}

function readFilters(c: Context<AppEnv>): ArticleFilters {
  const filters: ArticleFilters = {};
  for (const name of ['section', 'tag', 'author'] as const) {
    const value = c.req.query(name);
    if (value === undefined || value === '') continue;
    if (value.length > 120 || !SLUG_PATTERN.test(value)) throw invalid(name, `${name} must be a slug`);
    filters[name] = value;
  }
  return filters;
}

/** A list item with the URL of its full JSON representation. */
const withApiUrl = (origin: string, summary: ArticleSummary) => ({ ...summary, apiUrl: absoluteUrl(origin, paths.articleJson(summary.slug)) });

function articleItems(c: Context<AppEnv>, rows: ArticleSummaryRow[]) {
  const items = rows.map((row) => withApiUrl(c.get('origin'), toArticleSummary(row, c.get('origin'))));
  addCacheTags(c, ...items.map((item) => cacheTag.article(item.id)));
  return items;
}

/** One page of a slug-ordered list, with the look-ahead row turned into the next cursor. */
function slugPage<T extends { slug: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeSlugCursor(items.at(-1)!.slug) : null };
}

/**
 * The tag and author directories list only what a public story uses (queries/public-taxonomy),
 * so besides renames (`taxonomy`) they change when a story goes public, stops being public
 * or changes its tags or author while public: every such write purges `article-lists`.
 */
const directoryTags = [cacheTag.taxonomy(), cacheTag.articleLists()];

declareQueryParams('/api/v1/articles', ['limit', 'cursor', 'section', 'tag', 'author']);
declareQueryParams('/api/v1/tags', ['limit', 'cursor']);
declareQueryParams('/api/v1/authors', ['limit', 'cursor']);
declareQueryParams('/api/v1/search', ['q', 'limit', 'cursor']);

export const apiLists = new Hono<AppEnv>()
  .get('/articles', async (c) => {
    const limit = readLimit(c);
    const cursor = readArticleCursor(c);
    const filters = readFilters(c);
    addCacheTags(c, cacheTag.articleLists(), cacheTag.taxonomy());
    if (filters.section) addCacheTags(c, cacheTag.section(filters.section));
    if (filters.tag) addCacheTags(c, cacheTag.tag(filters.tag));
    if (filters.author) addCacheTags(c, cacheTag.author(filters.author));
    const result = await listArticlesFiltered(c.get('db'), filters, { limit, cursor });
    if (result.kind === 'unknown') {
      throw new HttpError(404, 'not_found', `No ${result.filter} "${filters[result.filter]}"`, { parameter: result.filter });
    }
    return c.json({ items: articleItems(c, result.page.items), nextCursor: nextCursorToken(result.page.next) });
  })
  .get('/sections', async (c) => {
    addCacheTags(c, cacheTag.taxonomy());
    const origin = c.get('origin');
    // Sections in menu order, the same list the site's navigation shows (never paged).
    const rows = await navigationQuery(c.get('db'));
    const items = rows.map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      url: absoluteUrl(origin, paths.section(s.slug)),
      articlesUrl: absoluteUrl(origin, `/api/v1/articles?section=${encodeURIComponent(s.slug)}`),
    }));
    return c.json({ items, nextCursor: null });
  })
  .get('/tags', async (c) => {
    const limit = readLimit(c);
    const after = readSlugCursor(c);
    addCacheTags(c, ...directoryTags);
    const origin = c.get('origin');
    const page = slugPage(await listTags(c.get('db'), limit, after), limit);
    const items = page.items.map((t) => ({
      slug: t.slug,
      name: t.name,
      url: absoluteUrl(origin, paths.tag(t.slug)),
      articlesUrl: absoluteUrl(origin, `/api/v1/articles?tag=${encodeURIComponent(t.slug)}`),
    }));
    return c.json({ items, nextCursor: page.nextCursor });
  })
  .get('/authors', async (c) => {
    const limit = readLimit(c);
    const after = readSlugCursor(c);
    addCacheTags(c, ...directoryTags);
    const origin = c.get('origin');
    const page = slugPage(await listAuthors(c.get('db'), limit, after), limit);
    const items = page.items.map((a) => ({
      slug: a.slug,
      name: a.name,
      bio: a.bio,
      url: absoluteUrl(origin, paths.author(a.slug)),
      articlesUrl: absoluteUrl(origin, `/api/v1/articles?author=${encodeURIComponent(a.slug)}`),
    }));
    return c.json({ items, nextCursor: page.nextCursor });
  })
  .get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim();
    if (!query) throw invalid('q', 'q (the search text) is required');
    if (query.length > MAX_QUERY_LENGTH) throw invalid('q', `q must be at most ${MAX_QUERY_LENGTH} characters`);
    const limit = readLimit(c);
    const cursor = readArticleCursor(c);
    addCacheTags(c, cacheTag.search(), cacheTag.taxonomy());
    const { results } = await searchArticles(c.get('db'), query, { limit, cursor });
    const items = articleItems(c, results.items).map((item, i) => ({ ...item, snippetHtml: highlightSnippet(results.items[i]!.snippet) }));
    return c.json({ items, nextCursor: nextCursorToken(results.next) });
  });
