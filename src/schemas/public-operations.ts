/**
 * Every public operation (no token, GET only, cacheable), described once with the schemas
 * of schemas/public, the way schemas/operations lists the editor's. The OpenAPI document
 * and the reference page are generated from this list; a test checks it against the GET
 * routes the app registers, and the worker tests validate responses against it.
 *
 * Adding a public endpoint is one entry here: its full path with `{param}` placeholders,
 * a tag (a new group is one line in PUBLIC_TAGS), its query parameters as a zod object, its
 * success schema (schemas/public) with an example, and the error statuses it answers
 * besides the ones every public GET can (301, 304, 500, 503). A field added to a schema
 * must be added to its example too: the OpenAPI lint test checks examples against schemas.
 */
import * as z from 'zod';
import {
  articleListSchema, authorListSchema, jsonFeedSchema, liveFeedSchema, oembedSchema, openApiDocumentSchema, publicAlertListSchema, publicArticleSchema,
  publicFrontSchema, searchResultListSchema, sectionListSchema, shareCountsSchema, tagListSchema, webManifestSchema,
} from './public';

export const PUBLIC_TAGS = {
  Articles: 'Published articles: the latest, filtered lists and one article in full',
  Fronts: 'The editors\' choice: the lead and top stories of the home page and each section, and breaking-news alerts',
  Taxonomy: 'Sections, tags and authors that public articles use',
  Search: 'Full-text search of public articles',
  Sharing: 'Share counts and oEmbed cards for embedding a story elsewhere',
  Feeds: 'JSON Feed 1.1 of the latest articles (RSS and Atom live beside them)',
  Meta: 'This API\'s own description and the site\'s web app manifest',
} as const;

export interface PublicOperation {
  /** Full path, with `{param}` placeholders. */
  path: string;
  operationId: string;
  summary: string;
  tag: keyof typeof PUBLIC_TAGS;
  /** The query parameters the route reads (routes declare the same with declareQueryParams). */
  query?: z.ZodObject;
  success: { schema: z.ZodType | null; contentType?: string; example?: unknown };
  /** Error statuses beyond the common ones, with when they happen. */
  errors?: Record<number, string>;
  /** Media type of this route's own errors (reader paths answer HTML error pages). */
  errorType?: 'json' | 'html';
}

const limit = z.number().int().min(1).optional().describe('Items per page: default 20, values above 50 count as 50');
const cursor = z.string().optional().describe('The nextCursor of the previous page, as issued');
const slugFilter = (what: string) => z.string().max(120).optional().describe(`Only articles of this ${what} (a slug)`);
const paging = z.object({ limit, cursor });
const invalid = 'A parameter is malformed; details.parameter names it';

// Examples (the linter checks each against its schema): what a newsroom really publishes.
const ORIGIN = 'https://news.example';
const section = { slug: 'world', name: 'World', url: `${ORIGIN}/sections/world` };
const summaryExample = {
  id: 12,
  slug: 'gdansk-i-harborview-podpisuja-umowe-o-promie',
  url: `${ORIGIN}/articles/gdansk-i-harborview-podpisuja-umowe-o-promie`,
  apiUrl: `${ORIGIN}/api/v1/articles/gdansk-i-harborview-podpisuja-umowe-o-promie`,
  title: 'Gdańsk i Harborview podpisują umowę o promie: „To połączenie zmieni życie tysięcy pasażerów” 🚢',
  dek: 'Miasta partnerskie uruchomią nocny prom od maja; bilety mają kosztować mniej niż kolej.',
  language: 'pl',
  publishedAt: '2026-11-26T09:00:00.000Z',
  section,
  heroImage: { url: `${ORIGIN}/media/seed/harbor.svg`, alt: 'Prom przy nabrzeżu w Gdańsku o świcie' },
};
const listExample = { items: [summaryExample], nextCursor: 'eyJ0IjoxNzY0MTQ3NjAwMDAwLCJpZCI6MTJ9' };
const searchExample = { items: [{ ...summaryExample, snippetHtml: 'Nocny <mark>prom</mark> popłynie od maja&#39;s…' }], nextCursor: null };
const { apiUrl: _listOnly, ...articleBase } = summaryExample;
const articleExample = {
  ...articleBase,
  bodyHtml: '<p>Umowę podpisano w ratuszu.</p>',
  updatedAt: '2026-11-26T10:15:00.000Z',
  author: { slug: 'tomasz-wierzbicki', name: 'Tomasz Wierzbicki', bio: 'Reporter, Gdańsk and the harbor.', url: `${ORIGIN}/authors/tomasz-wierzbicki` },
  tags: [{ slug: 'transit', name: 'Transit', url: `${ORIGIN}/tags/transit` }],
  heroImage: { ...summaryExample.heroImage, caption: 'Prom „Wisła” w porcie', credit: 'Photo: Anna Kowalczyk' },
  sources: [{ name: 'Urząd Miasta Gdańska', url: 'https://www.gdansk.pl/' }],
  related: [],
  canonicalUrl: summaryExample.url,
  shortUrl: `${ORIGIN}/s/Ab3dE6gH`,
  corrections: [{ id: 3, kind: 'correction', text: 'Poprawiono datę pierwszego rejsu: 5 maja, nie 3 maja.', html: 'Poprawiono datę pierwszego rejsu: <em>5 maja</em>, nie 3 maja.', publishedAt: '2026-11-26T10:15:00.000Z' }],
  live: null,
};

const liveExample = {
  articleId: 12, url: `${ORIGIN}/articles/wybory-samorzadowe-na-zywo`, open: true, coverageStartTime: '2026-11-26T18:00:00.000Z', coverageEndTime: null, pollSeconds: 8, entries: [],
};
const frontExample = { front: 'home', url: `${ORIGIN}/`, lead: summaryExample, leadCurated: true, top: [], latestUrl: `${ORIGIN}/api/v1/articles` };
const alertsExample = {
  items: [{
    id: 4, text: 'Pilne: most zwodzony w Gdańsku zamknięty po awarii 🚧', url: `${ORIGIN}/articles/most-zwodzony-zamkniety`, language: 'pl',
    createdAt: '2026-11-26T18:05:00.000Z', expiresAt: '2026-11-27T00:05:00.000Z',
  }],
};

export const PUBLIC_OPERATIONS: PublicOperation[] = [
  {
    path: '/api/v1/articles', operationId: 'listArticles', summary: 'The latest public articles, newest first', tag: 'Articles',
    query: paging.extend({ section: slugFilter('section'), tag: slugFilter('tag'), author: slugFilter('author') }),
    success: { schema: articleListSchema, example: listExample },
    errors: { 400: invalid, 404: 'A filter names no section, tag or author that public articles use (details.parameter)' },
  },
  {
    path: '/api/v1/articles/{slug}', operationId: 'getArticle', summary: 'One public article in full (an old slug answers 301 to the current one)', tag: 'Articles',
    success: { schema: publicArticleSchema, example: articleExample },
    errors: { 404: 'No public article has this slug', 410: 'The article was published once and has been withdrawn' },
  },
  {
    path: '/api/v1/articles/{slug}/shares', operationId: 'getShareCounts', summary: 'All-time share counts of a public article, by network (not cached at the edge)', tag: 'Sharing',
    success: { schema: shareCountsSchema, example: { slug: 'harbor-tunnel-vote', total: 3, networks: { bluesky: 1, mastodon: 2 } } },
    errors: { 404: 'No public article has this slug' },
  },
  {
    path: '/api/v1/articles/{slug}/live', operationId: 'getLiveCoverage', summary: 'A live story\'s entries, for polling: one URL per story, cached 5 s', tag: 'Articles',
    success: { schema: liveFeedSchema, example: liveExample },
    errors: { 404: 'No public live story has this slug' },
  },
  {
    path: '/api/v1/fronts/{front}', operationId: 'getFront', summary: 'A curated front (home or a section): the editors\' lead and top stories in order', tag: 'Fronts',
    success: { schema: publicFrontSchema, example: frontExample },
    errors: { 400: 'front is neither "home" nor a section slug', 404: 'No section has this slug' },
  },
  {
    path: '/api/v1/alerts', operationId: 'listAlerts', summary: 'Breaking-news alerts readers see now (the banner on every page reads this; cached at most 60 s)', tag: 'Fronts',
    success: { schema: publicAlertListSchema, example: alertsExample },
  },
  {
    path: '/api/v1/sections', operationId: 'listSections', summary: 'All sections in menu order (never paged)', tag: 'Taxonomy',
    success: { schema: sectionListSchema, example: { items: [{ slug: 'world', name: 'World', description: 'News from Harborview and abroad.', url: 'https://news.example/sections/world', articlesUrl: 'https://news.example/api/v1/articles?section=world' }], nextCursor: null } },
  },
  {
    path: '/api/v1/tags', operationId: 'listTags', summary: 'Tags that public articles use, by slug', tag: 'Taxonomy', query: paging,
    success: { schema: tagListSchema, example: { items: [{ slug: 'transit', name: 'Transit', url: 'https://news.example/tags/transit', articlesUrl: 'https://news.example/api/v1/articles?tag=transit' }], nextCursor: null } },
    errors: { 400: invalid },
  },
  {
    path: '/api/v1/authors', operationId: 'listAuthors', summary: 'Authors of public articles, by slug', tag: 'Taxonomy', query: paging,
    success: { schema: authorListSchema, example: { items: [{ slug: 'tomasz-wierzbicki', name: 'Tomasz Wierzbicki', bio: 'Reporter, Gdańsk and the harbor.', url: 'https://news.example/authors/tomasz-wierzbicki', articlesUrl: 'https://news.example/api/v1/articles?author=tomasz-wierzbicki' }], nextCursor: null } },
    errors: { 400: invalid },
  },
  {
    path: '/api/v1/search', operationId: 'searchArticles', summary: 'Full-text search of public articles, newest first', tag: 'Search',
    query: paging.extend({ q: z.string().min(1).max(200).describe('Plain text; quotes and operators are searched as words') }),
    success: { schema: searchResultListSchema, example: searchExample },
    errors: { 400: invalid },
  },
  {
    path: '/oembed', operationId: 'getOembed', summary: 'An oEmbed card for an article URL on this site (full, lite or short link)', tag: 'Sharing',
    query: z.object({
      url: z.string().describe('An article URL on this site'),
      format: z.enum(['json']).optional().describe('Only json'),
      maxwidth: z.number().int().min(1).optional(),
      maxheight: z.number().int().min(1).optional(),
    }),
    success: { schema: oembedSchema },
    errors: { 400: 'url is missing, or maxwidth/maxheight is not a positive integer', 404: 'No public article at that URL', 501: 'A format other than json' },
  },
  {
    path: '/feed.json', operationId: 'getJsonFeed', summary: 'JSON Feed of the 30 latest public articles', tag: 'Feeds',
    success: { schema: jsonFeedSchema, contentType: 'application/feed+json' },
  },
  {
    path: '/sections/{slug}/feed.json', operationId: 'getSectionJsonFeed', summary: 'JSON Feed of a section\'s 30 latest public articles', tag: 'Feeds',
    success: { schema: jsonFeedSchema, contentType: 'application/feed+json' }, errors: { 404: 'No such section' }, errorType: 'html',
  },
  { path: '/api/v1/openapi.json', operationId: 'getOpenApiDocument', summary: 'This OpenAPI 3.1 document', tag: 'Meta', success: { schema: openApiDocumentSchema } },
  { path: '/api/v1/docs', operationId: 'getApiReference', summary: 'The API reference page (HTML)', tag: 'Meta', success: { schema: null, contentType: 'text/html' } },
  { path: '/manifest.webmanifest', operationId: 'getWebManifest', summary: 'The web app manifest', tag: 'Meta', success: { schema: webManifestSchema, contentType: 'application/manifest+json' } },
];

