/**
 * The OpenAPI 3.1 document of the editor API, generated from OPERATIONS and their zod
 * schemas (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is).
 */
import * as z from 'zod';
import { errorSchema } from './common';
import { OPERATIONS, type Operation } from './operations';

export const EDITOR_API_BASE = '/api/v1/editor';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const ERRORS: Record<string, string> = {
  '400': 'Invalid input: malformed JSON, or fields that fail validation (details.fields)',
  '401': 'Missing, invalid or revoked token',
  '403': 'The token\'s role does not allow this',
  '404': 'No such resource',
  '409': 'Conflicts with the current state (slug taken, already published, in the trash...)',
  '412': 'If-Match does not match the current ETag',
  '413': 'Body larger than 1 MB',
  '415': 'Body is not application/json',
  '422': 'Idempotency-Key reused with a different request',
  '428': 'If-Match is required',
  '410': 'The revision was compacted: only the newest revisions keep their content',
  '429': 'Rate limited; see Retry-After',
  '500': 'A failure on our side that a retry will not fix; details.requestId is also in our logs',
  '503': 'The database is briefly unavailable; retry after Retry-After seconds',
};

const errorRef = { $ref: '#/components/schemas/Error' };

function pathParams(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name, in: 'path', required: true, schema: name === 'slug' ? { type: 'string' } : { type: 'integer', minimum: 1 },
  }));
}

function queryParams(op: Operation) {
  if (!op.query) return [];
  const schema = jsonSchema(op.query, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s }));
}

function headerParams(op: Operation) {
  return (op.headers ?? []).map((name) => ({
    name, in: 'header', required: name === 'If-Match', schema: { type: 'string' },
    description: name === 'If-Match' ? 'The ETag of the version you edited' : 'Retries with the same key and body get the first response',
  }));
}

function operationObject(op: Operation) {
  const errorStatuses = ['400', '401', '403', ...(op.path.includes('{') ? ['404'] : []), ...(op.body ? ['413', '415'] : []), ...(op.method !== 'get' ? ['409', '429'] : [])];
  if (op.headers?.includes('If-Match')) errorStatuses.push('412', '428');
  if (op.headers?.includes('Idempotency-Key')) errorStatuses.push('422');
  if (op.path.endsWith('/restore') && op.path.includes('revisions')) errorStatuses.push('410');
  errorStatuses.push('500', '503');
  return {
    summary: op.summary,
    description: `Needs the ${op.role} role or higher.`,
    operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^\w]+(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    'x-required-role': op.role,
    parameters: [...pathParams(op.path), ...queryParams(op), ...headerParams(op)],
    ...(op.body ? { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    responses: {
      [String(op.success.status)]: op.success.schema
        ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(op.success.schema, 'output') } } }
        : { description: 'Success, no content' },
      ...Object.fromEntries(errorStatuses.map((s) => [s, { description: ERRORS[s], content: { 'application/json': { schema: errorRef } } }])),
    },
  };
}

/** The whole document; `origin` becomes the server URL. */
export function editorOpenApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[`${EDITOR_API_BASE}${op.path}`] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: { title: 'The Edge Courier editor API', version: '1.0.0', description: 'Write, revise, schedule and publish articles. See /api/v1/docs.' },
    servers: [{ url: origin }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from `npm run token:create` or POST /tokens' } },
      schemas: { Error: jsonSchema(errorSchema, 'output') },
    },
    paths,
  };
}
