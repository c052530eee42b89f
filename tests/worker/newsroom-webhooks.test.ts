/**
 * The Webhooks screens (/newsroom/webhooks, admins): register an endpoint through the API's
 * createWebhook (the secret shows once, on that answer only; the URL policy is the API's),
 * switch it off and on, delete it, list its deliveries and replay one through replayDelivery
 * (the API's 409s show on the page). Editors, signed-out visitors and forgeries are refused.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../../src/db/schema';
import { api, tokenFor } from './editor-support';
import { db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';
import { receiverUrl } from './webhooks-support';

const EVENTS = ['article.published', 'article.corrected'];
const form = (fields: Record<string, string>, events: string[]) => {
  const params = new URLSearchParams(fields);
  for (const event of events) params.append('events', event);
  return params;
};
const postMany = (path: string, cookie: string, body: URLSearchParams, origin = 'https://news.example') =>
  send(path, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });

/** A delivery row in `status`, written straight to D1 (no Queue involved), as webhooks-api.test.ts does. */
async function deliveryIn(endpointId: number, status: 'failing' | 'dead') {
  const [event] = await db().insert(webhookEvents).values({ type: 'article.published', articleId: 1, dispatchedAt: new Date() }).returning();
  const [row] = await db().insert(webhookDeliveries).values({ eventId: event!.id, endpointId, messageId: `msg_${crypto.randomUUID().replaceAll('-', '')}`, payload: '{}', status }).returning();
  return row!.id;
}

beforeAll(warmNewsroom, 60_000);

describe('newsroom webhooks screens', () => {
  it('refuses signed-out visitors, editors, cross-origin posts and missing CSRF tokens', async () => {
    const url = receiverUrl('ok', 'newsroom-refused');
    expect((await send('/newsroom/webhooks')).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm('/newsroom/webhooks', '', { url })).status).toBe(303);
    const editor = await signedIn('editor');
    expect((await send('/newsroom/webhooks', { headers: { cookie: editor.cookie } })).status).toBe(403);
    expect((await postMany('/newsroom/webhooks', editor.cookie, form({ _csrf: editor.csrf, url }, EVENTS))).status).toBe(403);
    expect((await postForm('/newsroom/webhooks/1/delete', editor.cookie, { _csrf: editor.csrf })).status).toBe(403);
    expect((await postForm('/newsroom/webhooks/1/deliveries/1/replay', editor.cookie, { _csrf: editor.csrf })).status).toBe(403);
    const admin = await signedIn('admin');
    expect((await postMany('/newsroom/webhooks', admin.cookie, form({ _csrf: admin.csrf, url }, EVENTS), 'https://evil.example')).status).toBe(403);
    expect((await postMany('/newsroom/webhooks', admin.cookie, form({ url }, EVENTS))).status).toBe(403);
    expect(await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, url))).toEqual([]);
  });

  it('registers an endpoint showing its secret once, with the same row as the API, then switches it off, on and deletes it', async () => {
    const admin = await signedIn('admin');
    const url = receiverUrl('ok', 'newsroom-żółw-🐢');
    const created = await postMany('/newsroom/webhooks', admin.cookie, form({ _csrf: admin.csrf, url, active: 'true' }, EVENTS));
    expect(created.status).toBe(200);
    const html = await created.text();
    const secret = /<code id="webhook-secret">(whsec_[^<]+)<\/code>/.exec(html)?.[1];
    expect(secret).toBeTruthy();
    expect(created.headers.get('cache-control')).toBe('private, no-store');
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, new URL(url).href));
    expect(row).toMatchObject({ events: EVENTS, active: true });
    expect(row!.secretCiphertext).not.toContain(secret!.slice(6));
    const later = await (await send('/newsroom/webhooks', { headers: { cookie: admin.cookie } })).text();
    expect(later).not.toContain(secret!);
    expect(later).toContain(`Switch off endpoint ${row!.id}`);

    const token = (await tokenFor('admin')).secret;
    const viaApi = await (await api('/webhooks', { token, json: { url, events: EVENTS } })).json<{ id: number }>();
    const [apiRow] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, viaApi.id));
    expect({ url: apiRow!.url, events: apiRow!.events, active: apiRow!.active }).toEqual({ url: row!.url, events: row!.events, active: row!.active });

    expect((await postForm(`/newsroom/webhooks/${row!.id}/active`, admin.cookie, { _csrf: admin.csrf, active: 'false' })).headers.get('location')).toBe('/newsroom/webhooks?done=disabled');
    expect((await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, row!.id)))[0]!.active).toBe(false);
    await postForm(`/newsroom/webhooks/${row!.id}/active`, admin.cookie, { _csrf: admin.csrf, active: 'true' });
    expect((await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, row!.id)))[0]!.active).toBe(true);
    expect((await postForm(`/newsroom/webhooks/${row!.id}/delete`, admin.cookie, { _csrf: admin.csrf })).headers.get('location')).toBe('/newsroom/webhooks?done=deleted');
    expect(await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, row!.id))).toEqual([]);
    expect((await postForm(`/newsroom/webhooks/${row!.id}/delete`, admin.cookie, { _csrf: admin.csrf })).status).toBe(404);
  });

  it('answers the API refusals on the form: the URL policy and missing events', async () => {
    const admin = await signedIn('admin');
    const refused = await postMany('/newsroom/webhooks', admin.cookie, form({ _csrf: admin.csrf, url: 'https://169.254.169.254/latest/meta-data/' }, EVENTS));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="webhook-url-error"');
    const noEvents = await postMany('/newsroom/webhooks', admin.cookie, form({ _csrf: admin.csrf, url: receiverUrl('ok', 'newsroom-none') }, []));
    expect(noEvents.status).toBe(400);
    expect(await noEvents.text()).toContain('id="webhook-events-error"');
    expect(await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, 'https://169.254.169.254/latest/meta-data/'))).toEqual([]);
  });

  it('lists deliveries and replays an ended one; a delivery still retrying answers the API 409 on the page', async () => {
    const admin = await signedIn('admin');
    const token = (await tokenFor('admin')).secret;
    const endpoint = await (await api('/webhooks', { token, json: { url: receiverUrl('ok', 'newsroom-replay'), events: EVENTS } })).json<{ id: number }>();
    const failing = await deliveryIn(endpoint.id, 'failing');
    const dead = await deliveryIn(endpoint.id, 'dead');
    const page = await (await send(`/newsroom/webhooks/${endpoint.id}`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain(`Replay delivery ${dead}`);
    expect(page).not.toContain(`Replay delivery ${failing}`);
    const inProgress = await postForm(`/newsroom/webhooks/${endpoint.id}/deliveries/${failing}/replay`, admin.cookie, { _csrf: admin.csrf });
    expect(inProgress.status).toBe(409);
    expect(await inProgress.text()).toContain('The delivery is failing; replay it once it has ended');
    const replayed = await postForm(`/newsroom/webhooks/${endpoint.id}/deliveries/${dead}/replay`, admin.cookie, { _csrf: admin.csrf });
    expect(replayed.headers.get('location')).toBe(`/newsroom/webhooks/${endpoint.id}?done=replayed`);
    expect((await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, dead)))[0]!.status).not.toBe('dead');
    expect((await send(`/newsroom/webhooks/999999`, { headers: { cookie: admin.cookie } })).status).toBe(404);
  });
});
