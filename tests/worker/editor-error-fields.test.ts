/** Every 4xx a client can fix names what to fix: `details.fields` with a reason per field or header. */
import { beforeAll, describe, expect, it } from 'vitest';
import { request, seedSampleNewsroom } from './support';
import { api, createDraft, EDITOR_API, tokenFor } from './editor-support';

let editor: string;
let draft: { id: number; etag: string };
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  draft = await createDraft(editor, { title: 'Storm closes the ferry terminal for a second night running' });
  await api('/articles', { token: editor, json: { title: 'Keyed', body: '', section: 'world' }, headers: { 'idempotency-key': 'used' } });
});

const raw = (path: string, init: RequestInit) =>
  request(`${EDITOR_API}${path}`, { ...init, headers: { authorization: `Bearer ${editor}`, 'cf-connecting-ip': '198.51.100.200', ...init.headers } });

const cases: [string, number, string, () => Promise<Response>][] = [
  ['malformed JSON', 400, '', () => raw('/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": "x",' })],
  ['an unknown field', 400, 'colour', () => api('/articles', { token: editor, json: { title: 'x', body: '', section: 'world', colour: 'red' } })],
  ['a headline over 300 characters', 400, 'title', () => api('/articles', { token: editor, json: { title: 'x'.repeat(301), body: '', section: 'world' } })],
  ['an unknown section', 400, 'section', () => api('/articles', { token: editor, json: { title: 'x', body: '', section: 'no-such-section' } })],
  ['not JSON', 415, 'Content-Type', () => raw('/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'title=x' })],
  ['over 1 MB', 413, '', () => api('/articles', { token: editor, json: { title: 'x', body: 'a'.repeat(1_100_000), section: 'world' } })],
  ['no If-Match', 428, 'If-Match', () => api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { dek: 'x' } })],
  ['a stale If-Match', 412, 'If-Match', () => api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { dek: 'x' }, headers: { 'if-match': '"a1-r999"' } })],
  ['a malformed Idempotency-Key', 400, 'Idempotency-Key', () => api('/articles', { token: editor, json: { title: 'x', body: '', section: 'world' }, headers: { 'idempotency-key': 'spaces are not allowed' } })],
  ['a reused Idempotency-Key', 422, 'Idempotency-Key', () => api('/articles', { token: editor, json: { title: 'Other', body: '', section: 'world' }, headers: { 'idempotency-key': 'used' } })],
  ['a taken slug', 409, 'slug', async () => {
    const live = await createDraft(editor, { title: 'Taken slug owner' });
    await api(`/articles/${live.id}/publish`, { token: editor, method: 'POST' });
    return api('/articles', { token: editor, json: { title: 'x', body: '', section: 'world', slug: 'taken-slug-owner' } });
  }],
];

describe('4xx answers name the field and the reason', () => {
  it.each(cases)('%s: %i on "%s"', async (_name, status, field, send) => {
    const res = await send();
    expect(res.status).toBe(status);
    const { error } = await res.json<{ error: { code: string; message: string; details: { fields: Record<string, string[]> } } }>();
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.details.fields[field]?.length, JSON.stringify(error)).toBeGreaterThan(0);
    expect(error.details.fields[field]!.every((reason) => reason.length > 3)).toBe(true);
  });
});
