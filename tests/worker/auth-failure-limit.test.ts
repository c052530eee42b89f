/**
 * The failed-authentication limiter runs before the token is hashed or looked up, keys on
 * CF-Connecting-IP alone, and never counts a client that does not fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

let editor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

const d1Queries = (res: Response) => Number(/d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);

/** Fails from `ip` until the limiter answers 429 (at most two windows' worth: a run may cross a window). */
async function failUntilLimited(ip: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 45; i++) {
    const res = await api('/articles', { token: `enc_guess_${ip}_${i}`, ip, headers });
    if (res.status === 429) return res;
    expect(res.status).toBe(401);
  }
  throw new Error('never limited');
}

describe('failed-authentication limiter', () => {
  it('once an address is over the limit, its next attempts cost no hashing and no D1 query', async () => {
    await failUntilLimited('203.0.113.50');
    const guess = await api('/articles', { token: 'enc_another_guess', ip: '203.0.113.50' });
    expect(guess.status).toBe(429);
    expect(guess.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(d1Queries(guess)).toBe(0);
    // A real token from that address is refused too, before it is looked up.
    const real = await api('/articles', { token: editor, ip: '203.0.113.50' });
    expect(real.status).toBe(429);
    expect(d1Queries(real)).toBe(0);
  });

  it('a client that never fails is never counted', async () => {
    for (let i = 0; i < 30; i++) expect((await api('/articles', { token: editor, ip: '203.0.113.60' })).status).toBe(200);
    expect((await api('/articles', { token: 'enc_wrong', ip: '203.0.113.60' })).status).toBe(401);
  });

  it('keys on CF-Connecting-IP only: a forged X-Forwarded-For does not buy fresh attempts', async () => {
    await failUntilLimited('203.0.113.70');
    const forged = await api('/articles', { token: 'enc_guess', ip: '203.0.113.70', headers: { 'x-forwarded-for': '198.51.100.99', 'x-real-ip': '198.51.100.99' } });
    expect(forged.status).toBe(429);
  });

  it('other addresses are unaffected', async () => {
    expect((await api('/articles', { token: editor, ip: '203.0.113.80' })).status).toBe(200);
  });
});
