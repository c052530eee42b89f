/**
 * The editor API for breaking-news alerts: raise, list, remove, with what a newsroom really
 * sends (Ukrainian, Polish, emoji, quotes, 300-character headlines), validation that names
 * the field, the role rules, the audit log, and expiry without anyone acting.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { alerts } from '../../src/db/schema';
import { characterCount, MAX_ALERT_CHARACTERS } from '../../src/schemas/alerts';
import { api, tokenFor } from './editor-support';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const tokens = { contributor: '', editor: '', admin: '' };
beforeAll(async () => {
  await seedSampleNewsroom();
  for (const role of ['contributor', 'editor', 'admin'] as const) tokens[role] = (await tokenFor(role)).secret;
});

const UKRAINIAN = '⚡ Терміново: у Києві оголошено повітряну тривогу — мешканців просять пройти до укриттів';
const POLISH = 'Pilne: „Rząd ogłasza stan klęski żywiołowej” na Dolnym Śląsku po ulewach 🌧️';
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

interface EditorAlert { id: number; text: string; url: string | null; language: string; state: string; expiresAt: string; purge: { tags: string[]; status: string; urls: string[] } }
interface ErrorBody { error: { code: string; details: { fields: Record<string, string[]> } } }

const raise = (json: unknown, token = tokens.editor) => api('/alerts', { token, json });
const publicAlerts = async () => (await request('/api/v1/alerts')).json<{ items: { id: number; text: string; url: string | null; language: string }[] }>();
const auditOf = (id: number) =>
  env.DB.prepare("select action, actor, details from audit_log where action like 'alert.%' and json_extract(details, '$.alertId') = ? order by id").bind(id).all<{ action: string; actor: string; details: string }>();

describe('raising an alert', () => {
  it('accepts a Ukrainian headline with emoji, stores the link as a path and shows it to readers', async () => {
    const res = await raise({ text: `  ${UKRAINIAN}\n`, url: `${ORIGIN}/articles/harbor-line-extension-battery-trams?ref=alert#top`, language: 'UK', expiresAt: inHours(2) });
    expect(res.status).toBe(201);
    const alert = await res.json<EditorAlert>();
    expect(alert).toMatchObject({ text: UKRAINIAN, url: '/articles/harbor-line-extension-battery-trams?ref=alert#top', language: 'uk', state: 'active' });
    expect(alert.purge).toMatchObject({ status: 'done' });
    expect(alert.purge.tags).toContain('alerts');
    const shown = await publicAlerts();
    expect(shown.items[0]).toMatchObject({ id: alert.id, text: UKRAINIAN, url: `${ORIGIN}/articles/harbor-line-extension-battery-trams?ref=alert#top`, language: 'uk' });
    const audit = await auditOf(alert.id);
    expect(audit.results.map((r) => r.action)).toEqual(['alert.raise']);
    expect(JSON.parse(audit.results[0]!.details)).toMatchObject({ text: UKRAINIAN });
  });

  it('takes exactly 300 characters as readers count them (emoji and Polish letters are one each), not 301', async () => {
    const unit = 'Żółć 🇵🇱 ';
    const exact = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(unit.repeat(60))].map((s) => s.segment).slice(0, MAX_ALERT_CHARACTERS).join('');
    expect(characterCount(exact)).toBe(MAX_ALERT_CHARACTERS);
    expect(exact.length).toBeGreaterThan(MAX_ALERT_CHARACTERS);
    const ok = await raise({ text: exact.endsWith(' ') ? `${exact.slice(0, -1)}!` : exact });
    expect(ok.status).toBe(201);
    const tooLong = await raise({ text: `${exact.trim()}!!` });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json<ErrorBody>()).error.details.fields.text).toEqual(['at most 300 characters']);
  });

  it('defaults to six hours and to English, and a Polish headline with quotes comes back unchanged', async () => {
    const before = Date.now();
    const alert = await (await raise({ text: POLISH })).json<EditorAlert>();
    expect(alert).toMatchObject({ text: POLISH, url: null, language: 'en' });
    expect(Date.parse(alert.expiresAt) - before).toBeGreaterThanOrEqual(6 * 3_600_000 - 1000);
    expect(Date.parse(alert.expiresAt) - before).toBeLessThanOrEqual(6 * 3_600_000 + 60_000);
  });
});

describe('validation names the field', () => {
  const cases: [string, unknown, string][] = [
    ['empty text', { text: ' \n\t ' }, 'text'],
    ['missing text', { url: '/articles/x' }, 'text'],
    ['another site', { text: 'x', url: 'https://evil.example/articles/x' }, 'url'],
    ['a protocol-relative URL', { text: 'x', url: '//evil.example/x' }, 'url'],
    ['a backslash path', { text: 'x', url: '/\\evil.example/x' }, 'url'],
    ['javascript:', { text: 'x', url: 'javascript:alert(1)' }, 'url'],
    ['a relative path', { text: 'x', url: 'articles/x' }, 'url'],
    ['our host over another scheme', { text: 'x', url: 'ftp://news.example/x' }, 'url'],
    ['credentials in our URL', { text: 'x', url: 'https://user:pw@news.example/x' }, 'url'],
    ['expiry in the past', { text: 'x', expiresAt: inHours(-1) }, 'expiresAt'],
    ['expiry beyond 7 days', { text: 'x', expiresAt: inHours(24 * 8) }, 'expiresAt'],
    ['a malformed expiry', { text: 'x', expiresAt: 'tomorrow' }, 'expiresAt'],
    ['a bad language tag', { text: 'x', language: 'not a tag!' }, 'language'],
    ['an unknown field', { text: 'x', colour: 'red' }, 'colour'],
  ];
  it.each(cases)('%s: 400', async (_name, body, field) => {
    const res = await raise(body);
    expect(res.status).toBe(400);
    const error = (await res.json<ErrorBody>()).error;
    expect(error.code).toBe('validation_error');
    expect(Object.keys(error.details.fields)).toEqual([field]);
  });

  it('stores nothing for a rejected alert', async () => {
    const before = (await db().select().from(alerts)).length;
    await raise({ text: 'Nope', url: 'https://evil.example/' });
    expect((await db().select().from(alerts)).length).toBe(before);
  });
});

describe('roles', () => {
  it('contributors can neither raise, list nor remove; no token is a 401', async () => {
    expect((await raise({ text: 'Contributor alert' }, tokens.contributor)).status).toBe(403);
    expect((await api('/alerts', { token: tokens.contributor })).status).toBe(403);
    const alert = await (await raise({ text: 'To remove' })).json<EditorAlert>();
    expect((await api(`/alerts/${alert.id}`, { token: tokens.contributor, method: 'DELETE' })).status).toBe(403);
    expect((await api('/alerts', { json: { text: 'Anonymous' } })).status).toBe(401);
    expect((await publicAlerts()).items.map((a) => a.text)).not.toContain('Contributor alert');
  });

  it('admins may raise as well', async () => {
    expect((await raise({ text: 'Admin alert' }, tokens.admin)).status).toBe(201);
  });
});

describe('removing an alert', () => {
  it('takes it away from readers at once, audits it once, and answers 409 the second time', async () => {
    const alert = await (await raise({ text: 'Bridge closed after collision' })).json<EditorAlert>();
    expect((await publicAlerts()).items.map((a) => a.id)).toContain(alert.id);
    const res = await api(`/alerts/${alert.id}`, { token: tokens.editor, method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json<EditorAlert>()).toMatchObject({ id: alert.id, state: 'removed', purge: { status: 'done' } });
    expect((await publicAlerts()).items.map((a) => a.id)).not.toContain(alert.id);
    const again = await api(`/alerts/${alert.id}`, { token: tokens.editor, method: 'DELETE' });
    expect(again.status).toBe(409);
    expect((await auditOf(alert.id)).results.map((r) => r.action)).toEqual(['alert.raise', 'alert.remove']);
  });

  it('answers 404 for an unknown alert and 400 for a malformed id', async () => {
    expect((await api('/alerts/999999', { token: tokens.editor, method: 'DELETE' })).status).toBe(404);
    const bad = await api('/alerts/abc', { token: tokens.editor, method: 'DELETE' });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json<ErrorBody>()).error.details.fields)).toEqual(['id']);
  });
});

describe('expiry', () => {
  it('an expired alert leaves the public list by itself and shows as expired to editors', async () => {
    const [row] = await db()
      .insert(alerts)
      .values({ text: 'Expired a minute ago', expiresAt: new Date(Date.now() - 60_000), createdAt: new Date(Date.now() - 3_600_000) })
      .returning();
    const res = await request('/api/v1/alerts');
    expect((await res.json<{ items: { id: number }[] }>()).items.map((a) => a.id)).not.toContain(row!.id);
    const list = await (await api('/alerts', { token: tokens.editor })).json<{ items: EditorAlert[] }>();
    expect(list.items.find((a) => a.id === row!.id)?.state).toBe('expired');
    expect(list.items.some((a) => a.state === 'active')).toBe(true);
    expect(list.items.some((a) => a.state === 'removed')).toBe(true);
  });
});

describe('the contract', () => {
  it('the OpenAPI document describes the three alert operations with their request body', async () => {
    const doc = await (await request('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>> }>();
    expect(Object.keys(doc.paths['/api/v1/editor/alerts'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/editor/alerts/{id}'] ?? {})).toEqual(['delete']);
    const body = doc.paths['/api/v1/editor/alerts']!.post!.requestBody!.content['application/json']!.schema;
    expect(Object.keys(body.properties).sort()).toEqual(['expiresAt', 'language', 'text', 'url']);
  });
});
