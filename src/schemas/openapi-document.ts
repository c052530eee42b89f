/**
 * The OpenAPI 3.1 document of the whole API: the public content API (PUBLIC_OPERATIONS)
 * and the editor API (OPERATIONS), generated from their zod schemas (zod 4's JSON Schema
 * output is draft 2020-12, which OpenAPI 3.1 uses as is). Output schemas list every field
 * and allow no others, so the worker tests can check each response against this document.
 */
import * as z from 'zod';
import { wantsJson } from '../http/errors';
import { errorSchema } from './common';
import { OPERATIONS, type Operation } from './operations';
import { PUBLIC_OPERATIONS, PUBLIC_TAGS, type PublicOperation } from './public-operations';

export const EDITOR_API_BASE = '/api/v1/editor';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const ERRORS: Record<string, string> = {
  '400': 'Invalid input: malformed JSON, or fields that fail validation (details.fields)',
  '401': 'Missing, invalid or revoked token',
  '403': 'The token\'s role does not allow this',
  '404': 'No such resource',
  '409': 'Conflicts with the current state (slug taken, already published, in the trash...)',
  '412': 'If-Match does not match the current ETag',
  '411': 'Content-Length is required: an upload streams to storage, which needs its size up front',
  '413': 'Body larger than 1 MB (an image upload: 25 MB)',
  '415': 'Body is not application/json (an image upload: not a JPEG, PNG, WebP, AVIF or GIF by its bytes)',
  '422': 'Idempotency-Key reused with a different request',
  '428': 'If-Match is required',
  '410': 'The revision was compacted: only the newest revisions keep their content',
  '429': 'Rate limited (failed sign-ins per address, writes per token); see Retry-After',
  '500': 'A failure on our side that a retry will not fix; details.requestId is also in our logs',
  '503': 'The database is briefly unavailable; retry after Retry-After seconds',
};

const errorRef = { $ref: '#/components/schemas/Error' };
const jsonError = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });

/** `{id}`, `{rev}`, `{deliveryId}` are numbers; `{slug}`, `{front}` and the rest are strings. */
const pathParam = (name: string) => ({
  name, in: 'path', required: true, schema: /^(id|rev|\w+Id)$/.test(name) ? { type: 'integer', minimum: 1 } : { type: 'string' },
});
const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => pathParam(name!));

function queryParams(query: z.ZodType | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s, ...(s.description ? { description: s.description } : {}),
  }));
}

function headerParams(op: Operation) {
  return (op.headers ?? []).map((name) => ({
    name, in: 'header', required: name === 'If-Match', schema: { type: 'string' },
    description: name === 'If-Match' ? 'The ETag of the version you edited' : 'Retries with the same key and body get the first response',
  }));
}

const camel = (method: string, path: string) =>
  `${method}${path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^\w]+(\w)/g, (_, ch: string) => ch.toUpperCase())}`;
const editorTag = (op: Operation) => `Editor ${op.path.split('/')[1]}`;

function editorOperation(op: Operation) {
  const errorStatuses = ['400', '401', '403', ...(op.path.includes('{') ? ['404'] : []), ...(op.body || op.rawBody ? ['413', '415'] : []), ...(op.rawBody ? ['411'] : []), ...(op.method !== 'get' ? ['409'] : []), '429'];
  if (op.headers?.includes('If-Match')) errorStatuses.push('412', '428');
  if (op.headers?.includes('Idempotency-Key')) errorStatuses.push('422');
  if (op.path.endsWith('/restore') && op.path.includes('revisions')) errorStatuses.push('410');
  errorStatuses.push('500', '503');
  return {
    tags: [editorTag(op)],
    summary: op.summary,
    description: `Needs the ${op.role} role or higher.`,
    operationId: camel(op.method, op.path),
    'x-required-role': op.role,
    parameters: [...pathParams(op.path), ...queryParams(op.query), ...headerParams(op)],
    ...(op.body ? { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    ...(op.rawBody ? { requestBody: { required: true, content: { [op.rawBody]: { schema: { type: 'string', contentMediaType: op.rawBody } } } } } : {}),
    responses: {
      [String(op.success.status)]: op.success.schema
        ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(op.success.schema, 'output') } } }
        : { description: 'Success, no content' },
      ...(op.alsoSuccess && op.success.schema
        ? { [String(op.alsoSuccess)]: { description: 'Success: it was already there', content: { 'application/json': { schema: jsonSchema(op.success.schema, 'output') } } } }
        : {}),
      ...Object.fromEntries(errorStatuses.map((s) => [s, jsonError(ERRORS[s]!)])),
    },
  };
}

const PUBLIC_HEADERS = {
  ETag: { description: 'Strong validator: send it back in If-None-Match for a 304', schema: { type: 'string' } },
  'Cache-Status': { description: 'RFC 9211: whether the edge cache answered (hit) or the site rendered it', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Always *: any site may read the public API from a browser', schema: { type: 'string' } },
};

function publicOperation(op: PublicOperation) {
  const { success } = op;
  const type = success.contentType ?? 'application/json';
  const media = success.schema ? { schema: jsonSchema(success.schema, 'output'), ...(success.example ? { example: success.example } : {}) } : { schema: { type: 'string' } };
  const ownError = op.errorType === 'html' ? htmlPage : jsonError;
  // What the Worker answers on its own for these paths (onError, the edge cache's 503): JSON under /api/.
  const serverError = wantsJson(op.path) ? jsonError : htmlPage;
  const errors = Object.entries(op.errors ?? {});
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: op.operationId,
    security: [],
    parameters: [...pathParams(op.path), ...queryParams(op.query)],
    responses: {
      '200': { description: 'Success', headers: PUBLIC_HEADERS, content: { [type]: media } },
      '301': { description: 'Moved: to the clean URL (a query parameter this endpoint does not read, a doubled slash) or, for an article, its current slug', headers: { Location: { schema: { type: 'string' } } } },
      '304': { description: 'Not modified: the If-None-Match or If-Modified-Since copy is current' },
      ...Object.fromEntries(errors.map(([status, description]) => [status, ownError(description)])),
      // Every operation documents a client error: these come from Cloudflare's edge, not the site.
      ...(errors.some(([status]) => status.startsWith('4')) ? {} : { '4XX': { description: 'Refused by Cloudflare before it reaches the site (414 URI too long, 431 headers too large); not JSON' } }),
      '500': serverError(ERRORS['500']!),
      '503': { ...serverError(ERRORS['503']!), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
    },
  };
}

// Building the document costs tens of milliseconds of CPU and it never changes within an
// isolate: keep the last one (one entry, so no request can make it grow).
let built: { origin: string; document: ReturnType<typeof buildDocument> } | undefined;

/** The whole document; `origin` becomes the server URL. Shared: do not mutate it. */
export function openApiDocument(origin: string) {
  if (built?.origin !== origin) built = { origin, document: buildDocument(origin) };
  return built.document;
}

function buildDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of PUBLIC_OPERATIONS) (paths[op.path] ??= {}).get = publicOperation(op);
  for (const op of OPERATIONS) (paths[`${EDITOR_API_BASE}${op.path}`] ??= {})[op.method] = editorOperation(op);
  const editorTags = [...new Set(OPERATIONS.map(editorTag))];
  return {
    openapi: '3.1.0',
    info: {
      title: 'The Edge Courier API',
      version: '1.0.0',
      description: 'The public content API (published articles, sections, tags, authors, search, share counts, oEmbed, feeds: no token, '
        + 'readable from any origin) and the editor API under /api/v1/editor (bearer token). Errors are JSON `{ error: { code, message, details } }`. '
        + 'Reference: /api/v1/docs.',
      license: { name: 'Proprietary: articles are © The Edge Courier and their authors', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: origin, description: 'This site' }],
    tags: [
      ...Object.entries(PUBLIC_TAGS).map(([name, description]) => ({ name, description })),
      ...editorTags.map((name) => ({ name, description: `Editor API: ${name.slice('Editor '.length)} (bearer token)` })),
    ],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from `npm run token:create` or POST /api/v1/editor/tokens' } },
      schemas: {
        Error: {
          ...jsonSchema(errorSchema, 'output'),
          examples: [{ error: { code: 'invalid_parameter', message: 'limit must be a positive integer', details: { parameter: 'limit' } } }],
        },
      },
    },
    paths,
  };
}
