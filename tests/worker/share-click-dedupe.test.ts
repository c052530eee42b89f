/**
 * One count per reader, article, network and UTC day: repeats and loops are not counted
 * and cost no D1 write, different readers all count (also concurrently), no address is
 * stored, and yesterday's visitors and salts are pruned.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/client';
import { dailySalts, shareClickVisitors } from '../../src/db/schema';
import { app } from '../../src/index';
import { D1Metrics, measureD1 } from '../../src/platform/d1-metrics';
import { getShareCounts, pruneShareClickVisitors, recordShareClickOnce, utcDay } from '../../src/queries/shares';
import { countShareClick, type ShareClick } from '../../src/share/click-counting';
import { subscriberPrefix } from '../../src/share/visitor-key';
import { BROWSER_UA, insertArticle } from './share-fixtures';
import { db, ORIGIN, seedSampleNewsroom } from './support';

const limiters = () => ({ perVisitor: env.SHARE_CLICKS, perClient: env.SHARE_CLICK_CLIENTS });
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** A click through the Worker that resolves once its deferred count is written. */
async function clickSettled(path: string, headers: Record<string, string>): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(new Request(new URL(path, ORIGIN), { redirect: 'manual', headers }), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const reader = (address: string, userAgent = BROWSER_UA) => ({ 'cf-connecting-ip': address, 'user-agent': userAgent });

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('once per reader, article, network and day', () => {
  it('counts 50 concurrent clicks of one reader once, and of 50 readers 50 times', async () => {
    const article = await insertArticle({ slug: 'dedupe-concurrent' });
    const oneReader = Array.from({ length: 50 }, () => clickSettled('/share/dedupe-concurrent/x', reader('192.0.2.10')));
    const manyReaders = Array.from({ length: 50 }, (_, i) => clickSettled('/share/dedupe-concurrent/reddit', reader(`192.0.2.${100 + i}`)));
    const responses = await Promise.all([...oneReader, ...manyReaders]);
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([302]));
    expect(await getShareCounts(db(), article.id)).toEqual({ total: 51, networks: { x: 1, reddit: 50 } });
  });

  it('the D1 batch alone, without the limiter in front, counts one visitor once under concurrency', async () => {
    const article = await insertArticle({ slug: 'dedupe-sql' });
    const day = utcDay();
    const same = await Promise.all(Array.from({ length: 50 }, () => recordShareClickOnce(db(), { articleId: article.id, network: 'x', day, visitor: 'same-visitor' })));
    const distinct = await Promise.all(Array.from({ length: 50 }, (_, i) => recordShareClickOnce(db(), { articleId: article.id, network: 'email', day, visitor: `visitor-${i}` })));
    expect(same.filter(Boolean)).toHaveLength(1);
    expect(distinct.filter(Boolean)).toHaveLength(50);
    expect(await getShareCounts(db(), article.id)).toEqual({ total: 51, networks: { x: 1, email: 50 } });
  });

  it('counts one reader once per network: X and LinkedIn are two shares, the short link a third', async () => {
    const article = await insertArticle({ slug: 'dedupe-networks' });
    const me = reader('192.0.2.20');
    for (const path of ['/share/dedupe-networks/x', '/share/dedupe-networks/x', '/share/dedupe-networks/twitter', '/share/dedupe-networks/linkedin', `/s/${article.shortCode}`, `/s/${article.shortCode}`]) {
      await clickSettled(path, me);
    }
    expect(await getShareCounts(db(), article.id)).toEqual({ total: 3, networks: { x: 1, linkedin: 1, short: 1 } });
  });

  it('tells readers apart by address and browser, not by headers a client can choose', async () => {
    const article = await insertArticle({ slug: 'dedupe-readers' });
    const path = '/share/dedupe-readers/bluesky';
    await clickSettled(path, reader('192.0.2.30'));
    await clickSettled(path, reader('192.0.2.30', FIREFOX_UA)); // a second browser at the same address
    await clickSettled(path, reader('192.0.2.31')); // the same browser elsewhere
    await clickSettled(path, { ...reader('192.0.2.30'), 'x-forwarded-for': '198.18.0.1', 'x-real-ip': '198.18.0.2', 'true-client-ip': '198.18.0.3' });
    // IPv6: one subscriber's /64, however the host part varies.
    await clickSettled(path, reader('2001:db8:aa:1::1'));
    await clickSettled(path, reader('2001:0db8:00aa:0001:ffff:1:2:3'));
    await clickSettled(path, reader('2001:db8:aa:2::1'));
    expect(await getShareCounts(db(), article.id)).toEqual({ total: 5, networks: { bluesky: 5 } });
  });

  it('stores a salted hash per visitor, never an address or a User-Agent', async () => {
    await insertArticle({ slug: 'dedupe-privacy' });
    const visitorsToday = async () => (await db().select().from(shareClickVisitors).where(eq(shareClickVisitors.day, utcDay()))).map((row) => row.visitor);
    const before = new Set(await visitorsToday());
    await clickSettled('/share/dedupe-privacy/telegram', reader('192.0.2.40'));
    const added = (await visitorsToday()).filter((visitor) => !before.has(visitor));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{32}$/);
    const { results } = await env.DB.prepare('select * from share_click_visitors union all select day, salt from daily_salts').all();
    expect(JSON.stringify(results)).not.toMatch(/192\.0\.2|2001:db8|Mozilla/);
  });

  it('counts the same reader again on the next UTC day, under a new salt', async () => {
    const article = await insertArticle({ slug: 'dedupe-tomorrow' });
    const click: ShareClick = { articleId: article.id, network: 'whatsapp', clientAddress: '192.0.2.50', userAgent: BROWSER_UA };
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    expect(await countShareClick(db(), limiters(), click)).toBe('counted');
    expect(await countShareClick(db(), limiters(), click)).toBe('repeat');
    expect(await countShareClick(db(), limiters(), click, tomorrow)).toBe('counted');
    const salts = await db().select().from(dailySalts);
    expect(salts.map((s) => s.day).sort()).toEqual([utcDay(), utcDay(tomorrow)]);
    expect(salts[0]!.salt).not.toBe(salts[1]!.salt);
  });
});

describe('subscriberPrefix', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0DB8:0000:0001:aaaa:bbbb:cccc:dddd', '2001:db8:0:1::/64'],
    ['2001:db8:0:1::', '2001:db8:0:1::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s is the subscriber %s', (address, prefix) => {
    expect(subscriberPrefix(address)).toBe(prefix);
  });
});

describe('what a loop or a flood costs', () => {
  it('a repeat within the minute makes no D1 query at all', async () => {
    const article = await insertArticle({ slug: 'dedupe-loop' });
    const click: ShareClick = { articleId: article.id, network: 'facebook', clientAddress: '192.0.2.60', userAgent: BROWSER_UA };
    await countShareClick(db(), limiters(), { ...click, network: 'x' }); // the isolate learns today's salt
    const metrics = new D1Metrics();
    const measured = getDb(measureD1(env.DB, metrics));
    expect(await countShareClick(measured, limiters(), click)).toBe('counted');
    expect({ roundTrips: metrics.roundTrips, statements: metrics.statements }).toEqual({ roundTrips: 1, statements: 2 });
    for (let i = 0; i < 20; i++) expect(await countShareClick(measured, limiters(), click)).toBe('repeat');
    expect(metrics.roundTrips).toBe(1);
  });

  it('caps the clicks one address can have counted, however it varies its User-Agent', async () => {
    const article = await insertArticle({ slug: 'dedupe-flood' });
    const outcomes: string[] = [];
    for (let i = 0; i < 70; i++) {
      const click = { articleId: article.id, network: 'x', clientAddress: '192.0.2.70', userAgent: `${BROWSER_UA} run/${i}` };
      outcomes.push(await countShareClick(db(), limiters(), click));
    }
    const counted = outcomes.filter((o) => o === 'counted').length;
    // 30 a window; a run that crosses a window boundary may get a second window's worth.
    expect(counted).toBeGreaterThanOrEqual(30);
    expect(counted).toBeLessThanOrEqual(60);
    expect(outcomes).toContain('over-budget');
    expect((await getShareCounts(db(), article.id)).total).toBe(counted);
  });
});

describe('pruneShareClickVisitors', () => {
  it('deletes visitors and salts of days before yesterday, a bounded number of rows a run', async () => {
    const now = new Date('2020-05-10T00:30:00Z');
    const days = ['2020-05-07', '2020-05-08', '2020-05-09', '2020-05-10'];
    for (const day of days) {
      await db().insert(dailySalts).values({ day, salt: `salt-${day}` });
      await db().insert(shareClickVisitors).values([1, 2].map((n) => ({ day, visitor: `${day}-${n}` })));
    }
    expect(await pruneShareClickVisitors(db(), now, 3)).toEqual({ visitors: 3, salts: 2 });
    expect(await pruneShareClickVisitors(db(), now, 3)).toEqual({ visitors: 1, salts: 0 });
    expect(await pruneShareClickVisitors(db(), now, 3)).toEqual({ visitors: 0, salts: 0 });
    const kept = (await db().select().from(shareClickVisitors)).filter((row) => row.day.startsWith('2020'));
    expect(kept.map((row) => row.visitor).sort()).toEqual(['2020-05-09-1', '2020-05-09-2', '2020-05-10-1', '2020-05-10-2']);
    const salts = (await db().select().from(dailySalts)).filter((row) => row.day.startsWith('2020'));
    expect(salts.map((row) => row.day).sort()).toEqual(['2020-05-09', '2020-05-10']);
  });
});
