/** Idempotency-Key reservations expire: a request that died mid-flight does not block its key forever. */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys } from '../../src/db/schema';
import { hashToken } from '../../src/model/tokens';
import { ANSWERED_KEY_TTL_MS, pruneIdempotencyKeys, RESERVATION_TTL_MS } from '../../src/queries/editor-idempotency';
import { api, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

let token: { secret: string; id: number };
beforeAll(async () => {
  await seedSampleNewsroom();
  token = await tokenFor('editor');
});

const body = { title: 'Tram depot fire: what we know so far about the night shift evacuation', body: 'Text.', section: 'world' };
const create = (key: string, json: object = body) => api('/articles', { token: token.secret, json, headers: { 'idempotency-key': key } });

/** What the first request left behind when its isolate died before storing an answer. */
async function deadReservation(key: string, json: object, ageMs: number) {
  const requestHash = await hashToken(`POST /api/v1/editor/articles\n${JSON.stringify(json)}`);
  await db().insert(idempotencyKeys).values({ tokenId: token.id, key, requestHash, status: 0, responseBody: '', createdAt: new Date(Date.now() - ageMs) });
}

describe('Idempotency-Key reservations', () => {
  it('a reservation younger than the TTL still means "in progress": 409', async () => {
    await deadReservation('young', body, 5_000);
    expect((await create('young')).status).toBe(409);
  });

  it('an expired reservation is taken over by the same request, which then runs once', async () => {
    await deadReservation('died', body, RESERVATION_TTL_MS + 1_000);
    const first = await create('died');
    expect(first.status).toBe(201);
    const again = await create('died');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json<{ id: number }>()).id).toBe((await first.json<{ id: number }>()).id);
  });

  it('an expired reservation of a different request is still a 422, not a takeover', async () => {
    await deadReservation('other', { ...body, title: 'Something else' }, RESERVATION_TTL_MS + 1_000);
    expect((await create('other')).status).toBe(422);
  });

  it('the cron forgets answered keys after a day', async () => {
    expect((await create('old-answer')).status).toBe(201);
    const stored = () => db().select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tokenId, token.id), eq(idempotencyKeys.key, 'old-answer')));
    await pruneIdempotencyKeys(db(), Date.now());
    expect(await stored()).toHaveLength(1);
    await pruneIdempotencyKeys(db(), Date.now() + ANSWERED_KEY_TTL_MS + 1_000);
    expect(await stored()).toHaveLength(0);
  });
});
