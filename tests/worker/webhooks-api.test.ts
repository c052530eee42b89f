/**
 * The webhook endpoints API (/api/v1/editor/webhooks): admins only, the secret shown once,
 * the URL rules (SSRF), changes, deletion and the delivery log's errors. Every response is
 * also checked against the OpenAPI document by the shared `request` helper.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries, webhookEvents } from '../../src/db/schema';
import { RETENTION_MS, pruneWebhookLog } from '../../src/webhooks/retention';
import { decryptSecret, encryptSecret, generateSigningSecret } from '../../src/webhooks/secrets';
import { webhookUrlProblem } from '../../src/webhooks/url-policy';
import { api, tokenFor } from './editor-support';
import { db } from './support';
import { registerWebhook, receiverUrl } from './webhooks-support';

let admin: string;

beforeAll(async () => {
  admin = (await tokenFor('admin')).secret;
});

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; details: { fields?: Record<string, string[]> } } }).error;
}

describe('who may manage webhooks', () => {
  it('answers 401 without a token and 403 to editors and contributors', async () => {
    expect((await api('/webhooks')).status).toBe(401);
    for (const role of ['editor', 'contributor'] as const) {
      const { secret } = await tokenFor(role);
      expect((await api('/webhooks', { token: secret })).status).toBe(403);
      expect((await api('/webhooks', { token: secret, json: { url: 'https://hooks.example.com/x', events: ['article.published'] } })).status).toBe(403);
    }
  });
});

describe('registering, listing, changing and deleting endpoints', () => {
  it('returns the secret once (Standard Webhooks form), and never again', async () => {
    const created = await registerWebhook(admin, 'https://hooks.example.com/newsroom?source=courier', ['article.published', 'article.corrected']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(atob(created.secret.slice(6))).toHaveLength(32);
    const list = await (await api('/webhooks', { token: admin })).text();
    const one = await (await api(`/webhooks/${created.id}`, { token: admin })).text();
    for (const text of [list, one]) {
      expect(text).toContain('hooks.example.com/newsroom');
      expect(text).not.toContain(created.secret.slice(6));
      expect(text).not.toContain('secret');
    }
  });

  it('changes events and active, and switching back on clears the reason', async () => {
    const created = await registerWebhook(admin, 'https://hooks.example.com/change', ['article.published']);
    const changed = await api(`/webhooks/${created.id}`, { token: admin, method: 'PATCH', json: { events: ['article.updated', 'live.entry.created'], active: false } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ events: ['article.updated', 'live.entry.created'], active: false });
    const empty = await api(`/webhooks/${created.id}`, { token: admin, method: 'PATCH', json: {} });
    expect(empty.status).toBe(400);
    const unknown = await api(`/webhooks/${created.id}`, { token: admin, method: 'PATCH', json: { events: ['article.deleted'] } });
    expect(unknown.status).toBe(400);
    expect(Object.keys((await errorOf(unknown)).details.fields ?? {})).toEqual(['events.0']);
    const urlChange = await api(`/webhooks/${created.id}`, { token: admin, method: 'PATCH', json: { url: 'https://elsewhere.example.com/' } });
    expect(urlChange.status).toBe(400);
  });

  it('deletes an endpoint; afterwards it and its log are 404', async () => {
    const created = await registerWebhook(admin, 'https://hooks.example.com/delete-me', ['article.published']);
    expect((await api(`/webhooks/${created.id}`, { token: admin, method: 'DELETE' })).status).toBe(204);
    expect((await api(`/webhooks/${created.id}`, { token: admin })).status).toBe(404);
    expect((await api(`/webhooks/${created.id}/deliveries`, { token: admin })).status).toBe(404);
    expect((await api(`/webhooks/${created.id}`, { token: admin, method: 'DELETE' })).status).toBe(404);
  });

  it('answers 404 for a delivery of another endpoint, and 400 for a bad status filter', async () => {
    const created = await registerWebhook(admin, receiverUrl('ok', 'api-unused'), ['article.published']);
    expect((await api(`/webhooks/${created.id}/deliveries/999999/replay`, { token: admin, json: {} })).status).toBe(404);
    const bad = await api(`/webhooks/${created.id}/deliveries?status=lost`, { token: admin });
    expect(bad.status).toBe(400);
    expect(Object.keys((await errorOf(bad)).details.fields ?? {})).toEqual(['status']);
  });
});

describe('endpoint URLs (SSRF)', () => {
  const refusedEverywhere = [
    'http://hooks.example.com/plain-http',
    'https://user:pass@hooks.example.com/',
    'ftp://hooks.example.com/',
    'file:///etc/passwd',
    'https://10.0.0.8/',
    'https://172.20.1.1/',
    'https://192.168.1.20/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.100.100.200/',
    'https://0.0.0.0/',
    'https://[fd00::1]/',
    'https://[fe80::1]/',
    'https://[::ffff:10.0.0.1]/',
    'https://[2002:a00:1::]/',
    'https://intranet/',
    'https://printer.local/',
    'not a url',
  ];

  it.each(refusedEverywhere)('refuses %s with a 400 naming url', async (url) => {
    const res = await api('/webhooks', { token: admin, json: { url, events: ['article.published'] } });
    expect(res.status).toBe(400);
    expect(Object.keys((await errorOf(res)).details.fields ?? {})).toEqual(['url']);
  });

  it('in production also refuses loopback in every spelling, which the dev configuration allows', () => {
    const loopback = ['http://127.0.0.1:8788/hook', 'https://127.0.0.1/', 'https://2130706433/', 'https://0x7f.1/', 'https://[::1]/', 'https://localhost/', 'https://api.localhost/', 'http://localhost:9000/'];
    for (const url of loopback) expect([url, webhookUrlProblem(url, false)]).toEqual([url, expect.stringMatching(/private|https/)]);
    for (const url of loopback) expect([url, webhookUrlProblem(url, true)]).toEqual([url, null]);
    // Allowing loopback allows nothing else.
    expect(webhookUrlProblem('http://10.1.2.3/', true)).toBe('must use https');
    expect(webhookUrlProblem('https://10.1.2.3/', true)).toMatch(/private/);
  });

  it('accepts public https hosts and public IP literals', () => {
    for (const url of ['https://hooks.example.com/a', 'https://hooks.example.com:8443/a', 'https://93.184.216.34/', 'https://[2606:4700::6810:84e5]/', 'https://example.pl/webhook?ż=1']) {
      expect([url, webhookUrlProblem(url, false)]).toEqual([url, null]);
    }
  });
});

describe('replay conflicts', () => {
  /** A delivery row in `status`, written straight to D1 (no Queue involved). */
  async function deliveryIn(endpointId: number, status: 'failing' | 'dead') {
    const [event] = await db().insert(webhookEvents).values({ type: 'article.published', articleId: 1, dispatchedAt: new Date() }).returning();
    const [row] = await db().insert(webhookDeliveries).values({ eventId: event!.id, endpointId, messageId: `msg_${crypto.randomUUID().replaceAll('-', '')}`, payload: '{}', status }).returning();
    return row!.id;
  }

  it('refuses to replay a delivery the Queue is still retrying, and one for a switched-off endpoint', async () => {
    const created = await registerWebhook(admin, receiverUrl('ok', 'api-replay'), ['article.published']);
    const failing = await deliveryIn(created.id, 'failing');
    const inProgress = await api(`/webhooks/${created.id}/deliveries/${failing}/replay`, { token: admin, json: {} });
    expect(inProgress.status).toBe(409);
    expect((await errorOf(inProgress)).code).toBe('delivery_in_progress');

    const dead = await deliveryIn(created.id, 'dead');
    await api(`/webhooks/${created.id}`, { token: admin, method: 'PATCH', json: { active: false } });
    const disabled = await api(`/webhooks/${created.id}/deliveries/${dead}/replay`, { token: admin, json: {} });
    expect(disabled.status).toBe(409);
    expect((await errorOf(disabled)).code).toBe('endpoint_disabled');
  });
});

describe('secrets at rest', () => {
  const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));

  it('round-trips through AES-GCM, and a different key cannot open it', async () => {
    const secret = generateSigningSecret();
    const sealed = await encryptSecret(secret, key);
    expect(sealed).not.toContain(secret.slice(6));
    expect(await decryptSecret(sealed, key)).toBe(secret);
    const other = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
    await expect(decryptSecret(sealed, other)).rejects.toThrow();
  });

  it('refuses to work without a 32-byte WEBHOOK_SECRET_KEY', async () => {
    await expect(encryptSecret(generateSigningSecret(), undefined)).rejects.toMatchObject({ status: 500, code: 'webhooks_not_configured' });
    await expect(encryptSecret(generateSigningSecret(), btoa('too short'))).rejects.toMatchObject({ code: 'webhooks_not_configured' });
  });
});

describe('retention', () => {
  it('deletes ended deliveries and their events after 30 days, keeps recent and still-retrying ones', async () => {
    const created = await registerWebhook(admin, receiverUrl('ok', 'api-retention'), ['article.published']);
    const now = Date.now();
    const old = new Date(now - RETENTION_MS - 60_000);
    const row = async (status: 'delivered' | 'dead' | 'failing', createdAt: Date) => {
      const [event] = await db().insert(webhookEvents).values({ type: 'article.published', articleId: 1, createdAt, dispatchedAt: createdAt }).returning();
      const [delivery] = await db().insert(webhookDeliveries).values({ eventId: event!.id, endpointId: created.id, messageId: `msg_${crypto.randomUUID().replaceAll('-', '')}`, payload: '{}', status, createdAt }).returning();
      return { event: event!.id, delivery: delivery!.id };
    };
    const oldDelivered = await row('delivered', old);
    const oldDead = await row('dead', old);
    const oldFailing = await row('failing', old);
    const recent = await row('delivered', new Date(now - 3600_000));

    expect(await pruneWebhookLog(db(), now)).toEqual({ deliveries: 2, events: 2 });
    const left = (await db().select({ id: webhookDeliveries.id }).from(webhookDeliveries)).map((r) => r.id);
    expect(left).toEqual(expect.arrayContaining([oldFailing.delivery, recent.delivery]));
    expect(left).not.toContain(oldDelivered.delivery);
    expect(left).not.toContain(oldDead.delivery);
    const events = (await db().select({ id: webhookEvents.id }).from(webhookEvents)).map((r) => r.id);
    expect(events).toEqual(expect.arrayContaining([oldFailing.event, recent.event]));
    expect(events).not.toContain(oldDelivered.event);
  });
});
