/**
 * Response shapes of the public content API (/api/v1 outside the editor, /oembed, feeds):
 * what readers' apps get, described once. The OpenAPI document is generated from these
 * (schemas/public-operations), and the worker tests validate every response they receive
 * against it, so a field the code sends but this file does not name fails a test.
 *
 * Objects are `z.object`: in the document's output schemas that means no other fields
 * (`additionalProperties: false`). A new field is one line here, next to its siblings.
 */
import * as z from 'zod';

const isoTime = z.string().describe('ISO 8601 time in UTC with milliseconds');
const absoluteUrl = z.string().describe('An absolute URL');

/** A section, tag or author as an article names it. */
export const linkRefSchema = z.object({ slug: z.string(), name: z.string(), url: absoluteUrl });

/** One story in a list (model/article-summary), with the URL of its full JSON. */
export const articleSummarySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: absoluteUrl,
  apiUrl: absoluteUrl.describe('The article\'s full JSON, /api/v1/articles/{slug}'),
  title: z.string(),
  dek: z.string(),
  language: z.string().describe('BCP 47 language tag'),
  publishedAt: isoTime.nullable(),
  section: linkRefSchema,
  heroImage: z.object({ url: absoluteUrl, alt: z.string() }).nullable(),
});

/** A search result: a list item plus the matching passage. */
export const searchResultSchema = articleSummarySchema.extend({
  snippetHtml: z.string().describe('HTML-escaped passage of the body with the matching words in <mark>'),
});

/** One article in full (model/article-view). */
export const publicArticleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: absoluteUrl,
  title: z.string(),
  dek: z.string(),
  bodyHtml: z.string().describe('Sanitized HTML'),
  language: z.string().describe('BCP 47 language tag'),
  publishedAt: isoTime.nullable(),
  updatedAt: isoTime.describe('The last significant change (a non-minor edit or a note added), else the publication time; typo fixes never move it (docs/corrections.md)'),
  section: linkRefSchema,
  author: linkRefSchema.extend({ bio: z.string() }).nullable(),
  tags: z.array(linkRefSchema),
  heroImage: z.object({ url: absoluteUrl, alt: z.string(), caption: z.string().nullable(), credit: z.string().nullable() }).nullable(),
  sources: z.array(z.object({ name: z.string(), url: absoluteUrl })),
  related: z.array(z.object({ id: z.number().int(), slug: z.string(), title: z.string(), url: absoluteUrl, publishedAt: isoTime.nullable() })),
  canonicalUrl: absoluteUrl.describe('Differs from url only for a syndicated copy'),
  shortUrl: absoluteUrl.nullable().describe('The /s/{code} short link'),
  corrections: z
    .array(z.object({ id: z.number().int(), kind: z.enum(['correction', 'clarification', 'update']), text: z.string().describe('Plain text'), html: z.string().describe('Sanitized inline HTML'), publishedAt: isoTime }))
    .describe('Corrections, clarifications and update notes, oldest first (docs/corrections.md)'),
  live: z
    .object({ open: z.boolean(), startedAt: isoTime.nullable(), endedAt: isoTime.nullable(), feedUrl: absoluteUrl.describe('The live JSON, /api/v1/articles/{slug}/live') })
    .nullable()
    .describe('Live coverage (docs/live.md); null for other stories. Entries are in the live JSON'),
});

/** `GET /api/v1/articles/{slug}/live`: a live story's entries, for polling (docs/live.md). */
export { publicLiveSchema as liveFeedSchema } from './live';

const list = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page') });

export const articleListSchema = list(articleSummarySchema);
export const searchResultListSchema = list(searchResultSchema);
export const sectionListSchema = list(z.object({ slug: z.string(), name: z.string(), description: z.string(), url: absoluteUrl, articlesUrl: absoluteUrl }));
export const tagListSchema = list(z.object({ slug: z.string(), name: z.string(), url: absoluteUrl, articlesUrl: absoluteUrl }));
export const authorListSchema = list(z.object({ slug: z.string(), name: z.string(), bio: z.string(), url: absoluteUrl, articlesUrl: absoluteUrl }));

/** Share counts by network, every counted network present (zeros included). */
export const shareCountsSchema = z.object({
  slug: z.string(),
  total: z.number().int().min(0),
  networks: z.record(z.string(), z.number().int().min(0)),
});

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export const oembedSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  author_name: z.string().optional(),
  author_url: absoluteUrl.optional(),
  provider_name: z.string(),
  provider_url: absoluteUrl,
  cache_age: z.number().int(),
  html: z.string().describe('A blockquote card: escaped text and links, no script or iframe'),
  width: z.number().int(),
  height: z.null(),
  thumbnail_url: absoluteUrl.optional(),
  thumbnail_width: z.number().int().optional(),
  thumbnail_height: z.number().int().optional(),
});

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as feeds/json-feed writes it. */
export const jsonFeedSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: absoluteUrl,
  feed_url: absoluteUrl,
  description: z.string(),
  icon: absoluteUrl,
  favicon: absoluteUrl,
  language: z.string(),
  authors: z.array(z.object({ name: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      url: absoluteUrl,
      title: z.string(),
      summary: z.string(),
      content_html: z.string(),
      image: absoluteUrl.optional(),
      date_published: isoTime,
      date_modified: isoTime,
      authors: z.array(z.object({ name: z.string(), url: absoluteUrl })).optional(),
      tags: z.array(z.string()),
      language: z.string(),
    }),
  ),
});

/** This document: an OpenAPI 3.1 object (its own schema is the OpenAPI specification's). */
export const openApiDocumentSchema = z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) });

/** The web app manifest, /manifest.webmanifest (routes/site-meta). */
export const webManifestSchema = z.object({
  name: z.string(),
  short_name: z.string(),
  description: z.string(),
  lang: z.string(),
  start_url: z.string(),
  scope: z.string(),
  display: z.string(),
  background_color: z.string(),
  theme_color: z.string(),
  icons: z.array(z.object({ src: z.string(), type: z.string(), sizes: z.string(), purpose: z.string() })),
});

/** Breaking-news alerts readers see now, newest first (routes/alerts; docs/alerts.md). */
export const publicAlertListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      text: z.string().describe('Plain text, at most 300 characters'),
      url: absoluteUrl.nullable().describe('A page of this site, or null'),
      language: z.string().describe('BCP 47 language tag of the text'),
      createdAt: isoTime,
      expiresAt: isoTime,
    }),
  ),
});

/** A curated front, home or a section (routes/fronts; docs/fronts.md): the editors' lead and top stories in their order. */
export const publicFrontSchema = z.object({
  front: z.string().describe('"home" or the section slug'),
  url: absoluteUrl.describe('The page this front leads'),
  lead: articleSummarySchema.nullable().describe('The lead story: the editors\' choice, else on home the newest story; null on a section front without one'),
  leadCurated: z.boolean().describe('Whether an editor chose the lead'),
  top: z.array(articleSummarySchema).describe('Top stories in the editors\' order (none repeats the lead)'),
  latestUrl: absoluteUrl.describe('The automatic, newest-first list that follows on the page'),
});
