import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorApi, type EditorApi } from '../../src/routes/editor';
import { EDITOR_API_PREFIX } from '../../src/routes/editor-gateway';
import { OPERATIONS } from '../../src/schemas/operations';
import { PUBLIC_OPERATIONS } from '../../src/schemas/public-operations';
import { ORIGIN, request, seedSampleNewsroom } from './support';
import { tokenFor } from './editor-support';

let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: object; additionalProperties: boolean } }> }; 'x-required-role': string }>>;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1, generated from the zod schemas (strict bodies)', async () => {
    const res = await request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json<OpenApiDoc>();
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/api/v1/editor/articles']!.post!;
    const schema = create.requestBody!.content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'body', 'section', 'bodyFormat', 'sources', 'related']));
    expect(schema.additionalProperties).toBe(false);
    expect(create['x-required-role']).toBe('contributor');
  });

  it('describes exactly the routes the app registers under /api/v1/editor', async () => {
    // The editor API is mounted lazily (routes/editor-gateway): its routes are its own.
    const registered = new Set(
      editorApi.routes
        .filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
        .map((r) => `${r.method} ${EDITOR_API_PREFIX}${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(OPERATIONS.map((op) => `${op.method.toUpperCase()} /api/v1/editor${op.path}`));
    expect([...documented].sort()).toEqual([...registered].sort());
  });

  it('has a server-rendered reference page with every operation and no scripts', async () => {
    const res = await request('/api/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).not.toMatch(/<script/i);
    for (const op of OPERATIONS) expect(page).toContain(`/api/v1/editor${op.path}`);
    for (const op of PUBLIC_OPERATIONS) expect(page).toContain(`<code>${op.path}</code>`);
  });

  it('documents the public API beside the editor API: tokenless, tagged, with a license and a server', async () => {
    const doc = await (await request('/api/v1/openapi.json')).json<{
      info: { license: { name: string } }; servers: { url: string }[]; tags: { name: string; description: string }[];
      paths: Record<string, Record<string, { security?: unknown[]; tags: string[] }>>;
    }>();
    expect(doc.info.license.name.length).toBeGreaterThan(0);
    expect(doc.servers[0]!.url).toBe(ORIGIN);
    for (const op of PUBLIC_OPERATIONS) {
      expect(doc.paths[op.path]!.get!.security, op.path).toEqual([]);
      expect(doc.tags.map((t) => t.name)).toContain(op.tag);
    }
    expect(doc.paths['/api/v1/editor/articles']!.get!.security).toBeUndefined();
  });
});

describe('typed client (hc)', () => {
  it('creates, reads and updates an article through the exported route types', async () => {
    const client = hc<EditorApi>(`${ORIGIN}/api/v1/editor`, {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
      headers: { authorization: `Bearer ${editor}`, 'cf-connecting-ip': '192.0.2.50' },
    });
    const created = await client.articles.$post({ json: { title: 'Typed client story', body: 'Hello', section: 'world' } });
    expect(created.status).toBe(201);
    const { id, etag } = (await created.json()) as { id: number; etag: string };

    const read = await client.articles[':id'].$get({ param: { id: String(id) } });
    const article = await read.json();
    expect(article.title).toBe('Typed client story');

    const updated = await client.articles[':id'].$patch({ param: { id: String(id) }, json: { dek: 'Typed' } }, { headers: { 'if-match': etag } });
    expect(updated.status).toBe(200);
    expect((await updated.json()).dek).toBe('Typed');
  });
});
