/** Request and response shapes of /api/v1/editor/articles. */
import * as z from 'zod';
import { ARTICLE_STATUSES } from '../db/schema';
import { articleLanguageTag, MAX_LANGUAGE_TAG_LENGTH } from '../model/language';
import { httpsUrlSchema, httpUrlSchema, idSchema, slugSchema } from './common';

/** A long feature is ~50,000 characters; this leaves room without inviting abuse. */
export const MAX_BODY_CHARS = 200_000;

export const sourceSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: httpUrlSchema,
});

const heroWords = {
  caption: z.string().trim().max(1000).nullable().optional(),
  credit: z.string().trim().max(300).nullable().optional(),
};

/** A lead image from the media library; alt, caption and credit default to the library's (docs/media.md). */
export const libraryHeroImageSchema = z.strictObject({
  mediaId: z.string().regex(/^[0-9a-f]{32}$/, 'a media id: 32 hex digits from POST /media').describe('Id of an image in the media library'),
  alt: z.string().trim().max(500).optional().describe("Defaults to the library image's alt text; one of the two is required"),
  ...heroWords,
});

/** An image on another site: admins only, shown as a plain <img> and marked external. */
export const externalHeroImageSchema = z.strictObject({
  url: httpsUrlSchema,
  alt: z.string().trim().max(500),
  ...heroWords,
});

export const heroImageSchema = z.union([libraryHeroImageSchema, externalHeroImageSchema]);

const LANGUAGE_TAG_MESSAGE = 'not a BCP 47 language tag ("en", "pl", "uk", "pt-BR")';

/**
 * A language tag the runtime's Intl accepts, stored in its canonical form ("PT-br" ->
 * "pt-BR"), so that whatever is stored can be handed to Intl and to `lang` attributes.
 */
const languageSchema = z
  .string()
  .trim()
  .max(MAX_LANGUAGE_TAG_LENGTH, `at most ${MAX_LANGUAGE_TAG_LENGTH} characters`)
  .describe('A BCP 47 language tag ("en", "pl", "pt-BR"), stored in its canonical form')
  .transform((tag, ctx) => {
    const canonical = articleLanguageTag(tag);
    if (canonical !== null) return canonical;
    ctx.addIssue({ code: 'custom', message: LANGUAGE_TAG_MESSAGE, input: tag });
    return z.NEVER;
  });

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((list) => new Set(list).size === list.length, 'must not repeat an item');

/** Fields an editor may set on create and change on update. */
const articleFields = {
  title: z.string().trim().min(1).max(300),
  body: z.string().max(MAX_BODY_CHARS),
  bodyFormat: z.enum(['markdown', 'html']),
  section: slugSchema,
  dek: z.string().trim().max(1000),
  slug: slugSchema,
  author: slugSchema.nullable(),
  tags: uniqueList(slugSchema, 30),
  sources: z.array(sourceSchema).max(30),
  related: uniqueList(idSchema.pipe(z.number()), 20),
  heroImage: heroImageSchema.nullable(),
  language: languageSchema,
  canonicalUrl: httpUrlSchema.nullable(),
  /** Live coverage: `true` opens it (entries may be posted), `false` closes it (docs/live.md). */
  live: z.boolean(),
};

export const createArticleSchema = z.strictObject({
  ...articleFields,
  bodyFormat: articleFields.bodyFormat.default('markdown'),
  dek: articleFields.dek.optional(),
  slug: articleFields.slug.optional(),
  author: articleFields.author.optional(),
  tags: articleFields.tags.optional(),
  sources: articleFields.sources.optional(),
  related: articleFields.related.optional(),
  heroImage: articleFields.heroImage.optional(),
  language: articleFields.language.optional(),
  canonicalUrl: articleFields.canonicalUrl.optional(),
  live: articleFields.live.optional(),
});

export const updateArticleSchema = z
  .strictObject({
    ...(Object.fromEntries(Object.entries(articleFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof articleFields]: z.ZodOptional<(typeof articleFields)[K]>;
    }),
    /** A typo fix: readers' "Updated" time, dateModified and feed dates stay as they were (docs/corrections.md). */
    minor: z.boolean().optional().describe('true for a typo fix: the public "Updated" time, dateModified and feed dates do not move'),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'minor'), 'send at least one field to change');

/** `POST .../publish`: now (empty body or `{}`), or at a future time. */
export const publishSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }).optional(),
});

export const listArticlesQuerySchema = z.strictObject({
  status: z.enum([...ARTICLE_STATUSES, 'trash']).optional(),
  section: slugSchema.optional(),
  author: slugSchema.optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const revisionParamSchema = z.strictObject({ id: idSchema, rev: idSchema });

export const editorArticleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  dek: z.string(),
  body: z.string(),
  bodyFormat: z.enum(['markdown', 'html']),
  bodyHtml: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  publishedAt: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  updatedAt: z.string(),
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
  language: z.string(),
  section: z.string(),
  author: z.string().nullable(),
  tags: z.array(z.string()),
  sources: z.array(z.object({ name: z.string(), url: z.string() })),
  related: z.array(z.number().int()),
  /** `mediaId` for a library image (url: its 16:9 JPEG copy); `external: true` for another site's URL. */
  heroImage: z
    .object({ mediaId: z.string().nullable(), url: z.string(), alt: z.string(), caption: z.string().nullable(), credit: z.string().nullable(), external: z.boolean() })
    .nullable(),
  canonicalUrl: z.string().nullable(),
  /** The last significant change after publication: what readers see as "Updated" (docs/corrections.md); a minor save leaves it. */
  significantUpdatedAt: z.string().nullable(),
  /** Live coverage open (docs/live.md), and when it opened and closed. */
  live: z.boolean(),
  coverageStartedAt: z.string().nullable(),
  coverageEndedAt: z.string().nullable(),
  revision: z.number().int(),
  etag: z.string(),
  /** Only on a change readers could see: the purge it caused (docs/caching.md, "Purges"). */
  purge: z
    .object({
      id: z.number().int(),
      tags: z.array(z.string()),
      status: z.enum(['done', 'pending']),
      urls: z.array(z.string()),
    })
    .optional(),
});

export const articleListSchema = z.object({ items: z.array(editorArticleSchema), nextCursor: z.string().nullable() });

export const revisionListSchema = z.object({
  items: z.array(z.object({ revision: z.number().int(), action: z.string(), tokenId: z.number().int().nullable(), createdAt: z.string(), compacted: z.boolean() })),
});

export type CreateArticleInput = z.output<typeof createArticleSchema>;
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;
export type EditorArticle = z.output<typeof editorArticleSchema>;
