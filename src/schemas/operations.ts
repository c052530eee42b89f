/**
 * Every editor API operation, described once with the same zod schemas the routes validate
 * with. The OpenAPI document and the reference page are generated from this list, and a
 * test checks it against the routes the app really registers, so they cannot drift apart.
 */
import * as z from 'zod';
import type { TokenRole } from '../db/schema';
import {
  articleListSchema, createArticleSchema, editorArticleSchema, listArticlesQuerySchema, publishSchema, revisionListSchema, updateArticleSchema,
} from './article';
import { emptyBodySchema } from './common';
import {
  authorSchema, createAuthorSchema, createdTokenSchema, createSectionSchema, createTagSchema, createTokenSchema, sectionSchema, tagSchema,
  tokenSchema, updateAuthorSchema, updateSectionSchema, updateTagSchema,
} from './taxonomy';


export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI path under /api/v1/editor, with `{param}` placeholders. */
  path: string;
  summary: string;
  role: TokenRole;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body may be left out entirely. */
  bodyOptional?: boolean;
  success: { status: number; schema: z.ZodType | null };
  /** Extra request headers the operation reads. */
  headers?: ('If-Match' | 'Idempotency-Key')[];
}

const items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

const taxonomyOps = (kind: 'authors' | 'sections' | 'tags', item: z.ZodType, create: z.ZodType, update: z.ZodType, writeRole: TokenRole): Operation[] => [
  { method: 'get', path: `/${kind}`, summary: `List ${kind}`, role: 'contributor', success: { status: 200, schema: items(item) } },
  { method: 'post', path: `/${kind}`, summary: `Create one of the ${kind}`, role: writeRole, body: create, success: { status: 201, schema: item } },
  { method: 'patch', path: `/${kind}/{slug}`, summary: `Change one of the ${kind}`, role: writeRole, body: update, success: { status: 200, schema: item } },
  { method: 'delete', path: `/${kind}/{slug}`, summary: `Delete one of the ${kind} no article uses`, role: 'admin', success: { status: 204, schema: null } },
];

const article = { status: 200, schema: editorArticleSchema };

export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/articles', summary: 'List articles of any status (contributors: their own), newest change first', role: 'contributor', query: listArticlesQuerySchema, success: { status: 200, schema: articleListSchema } },
  { method: 'post', path: '/articles', summary: 'Create a draft', role: 'contributor', body: createArticleSchema, headers: ['Idempotency-Key'], success: { status: 201, schema: editorArticleSchema } },
  { method: 'get', path: '/articles/{id}', summary: 'Read an article (ETag header)', role: 'contributor', success: article },
  { method: 'patch', path: '/articles/{id}', summary: 'Change an article; If-Match with its ETag is required', role: 'contributor', body: updateArticleSchema, headers: ['If-Match'], success: article },
  { method: 'delete', path: '/articles/{id}', summary: 'Move an article to the trash', role: 'editor', success: article },
  { method: 'post', path: '/articles/{id}/restore', summary: 'Take an article out of the trash', role: 'editor', body: emptyBodySchema, bodyOptional: true, success: article },
  { method: 'post', path: '/articles/{id}/publish', summary: 'Publish now, or at `at` (a future ISO 8601 time)', role: 'editor', body: publishSchema, bodyOptional: true, headers: ['Idempotency-Key'], success: article },
  { method: 'post', path: '/articles/{id}/unpublish', summary: 'Take a published article down (readers get 410) or cancel a schedule', role: 'editor', body: emptyBodySchema, bodyOptional: true, success: article },
  { method: 'get', path: '/articles/{id}/revisions', summary: 'List the revisions of an article', role: 'contributor', success: { status: 200, schema: revisionListSchema } },
  { method: 'get', path: '/articles/{id}/revisions/{rev}', summary: 'Read the snapshot of one revision (only title, slug and status once compacted)', role: 'contributor', success: { status: 200, schema: z.object({ revision: z.number().int(), compacted: z.boolean(), snapshot: z.record(z.string(), z.unknown()) }) } },
  { method: 'post', path: '/articles/{id}/revisions/{rev}/restore', summary: 'Bring back the content of a revision, as a new revision (410 once the revision is compacted)', role: 'contributor', success: article },
  {
    method: 'get', path: '/articles/{id}/shares', summary: 'All-time share counts of an article, by network', role: 'contributor',
    success: { status: 200, schema: z.object({ id: z.number().int(), slug: z.string(), total: z.number().int(), networks: z.record(z.string(), z.number().int()) }) },
  },
  ...taxonomyOps('authors', authorSchema, createAuthorSchema, updateAuthorSchema, 'admin'),
  ...taxonomyOps('sections', sectionSchema, createSectionSchema, updateSectionSchema, 'admin'),
  ...taxonomyOps('tags', tagSchema, createTagSchema, updateTagSchema, 'editor'),
  { method: 'get', path: '/tokens', summary: 'List API tokens (never their secrets)', role: 'admin', success: { status: 200, schema: items(tokenSchema) } },
  { method: 'post', path: '/tokens', summary: 'Create an API token; the secret is in this response only', role: 'admin', body: createTokenSchema, success: { status: 201, schema: createdTokenSchema } },
  { method: 'post', path: '/tokens/{id}/revoke', summary: 'Revoke an API token', role: 'admin', success: { status: 200, schema: tokenSchema } },
  {
    method: 'get', path: '/purges', summary: 'Cache purges not yet confirmed everywhere; the cron retries them', role: 'editor',
    success: {
      status: 200,
      schema: items(z.object({ id: z.number().int(), tags: z.array(z.string()), reason: z.string(), createdAt: z.string(), attempts: z.number().int(), lastError: z.string().nullable() })),
    },
  },
];
