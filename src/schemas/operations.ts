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
import { alertListSchema, alertWriteResponseSchema, createAlertSchema } from './alerts';
import { emptyBodySchema } from './common';
import { correctionListSchema, createCorrectionSchema, editorCorrectionSchema, updateCorrectionSchema } from './corrections';
import { editorFrontSchema, putFrontSchema } from './fronts';
import { createEntrySchema, deletedEntrySchema, editorEntrySchema, updateEntrySchema } from './live';
import {
  authorSchema, createAuthorSchema, createdTokenSchema, createSectionSchema, createTagSchema, createTokenSchema, sectionSchema, tagSchema,
  tokenSchema, updateAuthorSchema, updateSectionSchema, updateTagSchema,
} from './taxonomy';
import { editorMediaSchema, listMediaQuerySchema, mediaListSchema, updateMediaSchema, uploadMediaQuerySchema } from './media';
import { createdWebhookSchema, createWebhookSchema, deliveryListQuerySchema, updateWebhookSchema, webhookDeliverySchema, webhookSchema } from './webhooks';


export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
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
  /** The body is raw bytes of this media type, not JSON (image uploads: docs/media.md). */
  rawBody?: string;
  /** A second success status with the same body (an upload of bytes already stored answers 200). */
  alsoSuccess?: number;
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
  { method: 'post', path: '/articles/{id}/entries', summary: 'Post a live entry to a story whose coverage is open (docs/live.md)', role: 'contributor', body: createEntrySchema, success: { status: 201, schema: editorEntrySchema } },
  { method: 'patch', path: '/articles/{id}/entries/{entryId}', summary: 'Change a live entry’s text, pinned or key-event flag', role: 'contributor', body: updateEntrySchema, success: { status: 200, schema: editorEntrySchema } },
  { method: 'delete', path: '/articles/{id}/entries/{entryId}', summary: 'Delete a live entry', role: 'contributor', success: { status: 200, schema: deletedEntrySchema } },
  { method: 'get', path: '/articles/{id}/corrections', summary: 'List the corrections, clarifications and update notes of an article (docs/corrections.md)', role: 'contributor', success: { status: 200, schema: correctionListSchema } },
  { method: 'post', path: '/articles/{id}/corrections', summary: 'Add a correction, clarification or update note to a published story (409 otherwise)', role: 'editor', body: createCorrectionSchema, headers: ['Idempotency-Key'], success: { status: 201, schema: editorCorrectionSchema } },
  { method: 'patch', path: '/articles/{id}/corrections/{correctionId}', summary: 'Fix a note’s text or kind; its date and the story’s “Updated” time stay', role: 'editor', body: updateCorrectionSchema, success: { status: 200, schema: editorCorrectionSchema } },
  { method: 'delete', path: '/articles/{id}/corrections/{correctionId}', summary: 'Remove a note (admins; the audit log keeps it whole)', role: 'admin', success: { status: 200, schema: editorCorrectionSchema } },
  ...taxonomyOps('authors', authorSchema, createAuthorSchema, updateAuthorSchema, 'admin'),
  ...taxonomyOps('sections', sectionSchema, createSectionSchema, updateSectionSchema, 'admin'),
  ...taxonomyOps('tags', tagSchema, createTagSchema, updateTagSchema, 'editor'),
  { method: 'get', path: '/tokens', summary: 'List API tokens (never their secrets)', role: 'admin', success: { status: 200, schema: items(tokenSchema) } },
  { method: 'post', path: '/tokens', summary: 'Create an API token; the secret is in this response only', role: 'admin', body: createTokenSchema, success: { status: 201, schema: createdTokenSchema } },
  { method: 'post', path: '/tokens/{id}/revoke', summary: 'Revoke an API token', role: 'admin', success: { status: 200, schema: tokenSchema } },
  { method: 'get', path: '/fronts/{front}', summary: 'Read the curated slots of a front (`home` or a section slug; ETag header)', role: 'editor', success: { status: 200, schema: editorFrontSchema } },
  { method: 'put', path: '/fronts/{front}', summary: 'Set the lead and top stories of a front; If-Match with its ETag is required (docs/fronts.md)', role: 'editor', body: putFrontSchema, headers: ['If-Match'], success: { status: 200, schema: editorFrontSchema } },
  { method: 'get', path: '/alerts', summary: 'Breaking-news alerts: the active ones and the latest 50 of any state (docs/alerts.md)', role: 'editor', success: { status: 200, schema: alertListSchema } },
  { method: 'post', path: '/alerts', summary: 'Raise a breaking-news banner on every reader page until expiresAt', role: 'editor', body: createAlertSchema, success: { status: 201, schema: alertWriteResponseSchema } },
  { method: 'delete', path: '/alerts/{id}', summary: 'Remove a breaking-news banner for readers', role: 'editor', success: { status: 200, schema: alertWriteResponseSchema } },
  {
    method: 'get', path: '/purges', summary: 'Cache purges not yet confirmed everywhere; the cron retries them', role: 'editor',
    success: {
      status: 200,
      schema: items(z.object({ id: z.number().int(), tags: z.array(z.string()), reason: z.string(), createdAt: z.string(), attempts: z.number().int(), lastError: z.string().nullable() })),
    },
  },
  { method: 'get', path: '/webhooks', summary: 'List webhook endpoints (never their secrets)', role: 'admin', success: { status: 200, schema: items(webhookSchema) } },
  { method: 'post', path: '/webhooks', summary: 'Register a webhook endpoint; the signing secret is in this response only', role: 'admin', body: createWebhookSchema, success: { status: 201, schema: createdWebhookSchema } },
  { method: 'get', path: '/webhooks/{id}', summary: 'Read a webhook endpoint', role: 'admin', success: { status: 200, schema: webhookSchema } },
  { method: 'patch', path: '/webhooks/{id}', summary: 'Change the events of a webhook endpoint, or switch it on or off', role: 'admin', body: updateWebhookSchema, success: { status: 200, schema: webhookSchema } },
  { method: 'delete', path: '/webhooks/{id}', summary: 'Delete a webhook endpoint and its delivery log', role: 'admin', success: { status: 204, schema: null } },
  { method: 'get', path: '/webhooks/{id}/deliveries', summary: 'The delivery log of a webhook endpoint, newest first', role: 'admin', query: deliveryListQuerySchema, success: { status: 200, schema: items(webhookDeliverySchema) } },
  { method: 'post', path: '/webhooks/{id}/deliveries/{deliveryId}/replay', summary: 'Send a delivery again (same webhook-id and body, new timestamp and signature)', role: 'admin', success: { status: 202, schema: webhookDeliverySchema } },
  { method: 'get', path: '/media', summary: 'The media library, newest first; `q` searches alt text, caption and credit (docs/media.md)', role: 'contributor', query: listMediaQuerySchema, success: { status: 200, schema: mediaListSchema } },
  { method: 'post', path: '/media', summary: 'Upload an image: the body is the image bytes (JPEG, PNG, WebP, AVIF or GIF, at most 25 MB, Content-Length required); 200 with the existing image for the same bytes', role: 'contributor', query: uploadMediaQuerySchema, rawBody: 'image/*', alsoSuccess: 200, success: { status: 201, schema: editorMediaSchema } },
  { method: 'get', path: '/media/{media}', summary: 'Read a library image', role: 'contributor', success: { status: 200, schema: editorMediaSchema } },
  { method: 'patch', path: '/media/{media}', summary: 'Change an image’s alt text, caption, credit, licence or focal point (editors, or the contributor who uploaded it)', role: 'contributor', body: updateMediaSchema, success: { status: 200, schema: editorMediaSchema } },
  { method: 'delete', path: '/media/{media}', summary: 'Delete an image and every copy of it (409 while any story outside the trash uses it, drafts included)', role: 'editor', success: { status: 204, schema: null } },
];
