import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../src/db/schema';
import { hashToken } from '../../src/model/tokens';
import { api, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

let admin: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  admin = (await tokenFor('admin')).secret;
});

describe('token administration', () => {
  it('returns a new secret once, stores only its hash, and lists tokens without secrets', async () => {
    const res = await api('/tokens', { token: admin, json: { name: 'newsdesk bot', role: 'editor', author: 'maya-okafor' } });
    expect(res.status).toBe(201);
    const created = await res.json<{ id: number; token: string; prefix: string; authorId: number }>();
    expect(created.token).toMatch(/^enc_/);
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(await hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const list = await (await api('/tokens', { token: admin })).text();
    expect(list).toContain('newsdesk bot');
    expect(list).not.toContain(created.token);

    // The new token works, and credits its author on the articles it creates.
    const story = await api('/articles', { token: created.token, json: { title: 'Bot story', body: '', section: 'world' } });
    expect(await story.json()).toMatchObject({ author: 'maya-okafor' });
  });

  it('refuses a revoked token with 401', async () => {
    const { secret, id } = await tokenFor('editor');
    expect((await api('/articles', { token: secret })).status).toBe(200);
    expect((await api(`/tokens/${id}/revoke`, { token: admin, method: 'POST' })).status).toBe(200);
    const res = await api('/articles', { token: secret });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('records when a token was last used, without a write on every request', async () => {
    const { secret, id } = await tokenFor('editor');
    await api('/articles', { token: secret });
    const [first] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(first!.lastUsedAt).toBeInstanceOf(Date);
    await api('/articles', { token: secret });
    const [second] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(second!.lastUsedAt!.getTime()).toBe(first!.lastUsedAt!.getTime());
  });

  it('rejects an unknown role', async () => {
    const res = await api('/tokens', { token: admin, json: { name: 'x', role: 'root' } });
    expect(res.status).toBe(400);
  });
});

describe('rate limits', () => {
  it('limits failed sign-ins per client IP with 429, Retry-After and a JSON error', async () => {
    // The binding counts in fixed windows: a run that crosses a window boundary starts
    // counting again, so allow two windows' worth of attempts before expecting the 429.
    const statuses: number[] = [];
    for (let i = 0; i < 45 && statuses.at(-1) !== 429; i++) statuses.push((await api('/articles', { token: `enc_guess${i}`, ip: '203.0.113.7' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const res = await api('/articles', { token: 'enc_guess', ip: '203.0.113.7' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('rate_limited');
    // Another client is not affected.
    expect((await api('/articles', { token: 'enc_guess', ip: '203.0.113.8' })).status).toBe(401);
  });

  it('limits writes per token, not reads and not other tokens', async () => {
    const { secret } = await tokenFor('editor');
    let status = 0;
    // Up to two windows' worth of writes (limit 120 a window), as above.
    for (let i = 0; i < 250 && status !== 429; i++) {
      status = (await api('/articles', { token: secret, json: { invalid: true } })).status;
    }
    expect(status).toBe(429);
    expect((await api('/articles', { token: secret })).status).toBe(200);
    const other = (await tokenFor('editor')).secret;
    expect((await api('/articles', { token: other, json: { invalid: true } })).status).toBe(400);
  });
});
