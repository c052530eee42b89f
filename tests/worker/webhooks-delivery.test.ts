/**
 * Webhooks end to end, for real: the Worker's publishing path writes the event, the Queue
 * (Miniflare's, in this runtime) carries it, the consumer signs and POSTs it to a Node
 * receiver on 127.0.0.1 (tests/support/webhook-receiver.ts), and the delivery log records
 * what happened. Retries follow at once here (WEBHOOK_RETRY_DELAY_SCALE=0 in vitest.config).
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, webhookDeliveries, webhookEndpoints, webhookEvents } from '../../src/db/schema';
import worker from '../../src/index';
import { dispatchWebhookEvents } from '../../src/webhooks/dispatch';
import { webhookEventStatement } from '../../src/webhooks/events';
import { api, createDraft, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';
import { deliveries, received, receiverUrl, registerWebhook, verifyDocumented, verifyWithLibrary, waitFor, waitForRequests } from './webhooks-support';

const ALL = ['article.published', 'article.updated', 'article.unpublished', 'article.corrected', 'live.entry.created'];
// What a newsroom really sends: long headlines, Polish and Ukrainian, quotes and emoji.
const PL_TITLE = 'Gdańsk: „Żółta linia” tramwajowa otwarta po dwóch latach budowy — mieszkańcy Oruni i Śródmieścia komentują pierwsze kursy 🚋';
const UK_TITLE = 'Київ: у метро запрацювала нова станція «Виставковий центр-2», пасажири діляться враженнями та скаргами на черги ✨';

let admin: string;
let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  admin = (await tokenFor('admin')).secret;
  editor = (await tokenFor('editor')).secret;
});

async function publish(id: number) {
  const res = await api(`/articles/${id}/publish`, { token: editor, json: {} });
  expect(res.status).toBe(200);
  return (await res.json()) as { slug: string; etag: string };
}

async function runCron(scheduledTime: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '* * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('signed deliveries for article events', () => {
  it('delivers published, updated and unpublished, signed, with the public article JSON', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'lifecycle'), ALL);
    const draft = await createDraft(editor, { title: PL_TITLE, dek: 'Pierwszy dzień: "tłok, ale działa"' });
    // A draft's edits are not news: nothing is sent for them.
    const edited = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { dek: 'Szkic' }, headers: { 'if-match': draft.etag } });
    expect(edited.status).toBe(200);

    const published = await publish(draft.id);
    const [first] = await waitForRequests('lifecycle', 1);
    expect(first!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(await verifyDocumented(hook.secret, first!)).toBe(true);
    const payload = verifyWithLibrary(hook.secret, first!);
    expect(payload.type).toBe('article.published');
    // Exactly what the public article API answers.
    const publicJson = await (await request(`/api/v1/articles/${published.slug}`)).json();
    expect(payload.data.article).toEqual(publicJson);
    expect((payload.data.article as { title: string }).title).toBe(PL_TITLE);

    const updated = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { title: UK_TITLE }, headers: { 'if-match': published.etag } });
    expect(updated.status).toBe(200);
    const second = (await waitForRequests('lifecycle', 2))[1]!;
    expect(verifyWithLibrary(hook.secret, second)).toMatchObject({ type: 'article.updated', data: { article: { id: draft.id, title: UK_TITLE } } });

    expect((await api(`/articles/${draft.id}/unpublish`, { token: editor, json: {} })).status).toBe(200);
    const third = (await waitForRequests('lifecycle', 3))[2]!;
    // Gone from the site: only the id, never the text.
    expect(verifyWithLibrary(hook.secret, third)).toMatchObject({ type: 'article.unpublished', data: { article: { id: draft.id } } });
    expect(third.body).not.toContain('Київ');

    // Three events, three different messages; the draft edit sent nothing.
    expect(new Set((await received('lifecycle')).map((r) => r.headers['webhook-id'])).size).toBe(3);
    // The receiver answers before the consumer records the outcome: wait for the log.
    const log = await waitFor(async () => {
      const items = await deliveries(admin, hook.id);
      return items.every((d) => d.status === 'delivered') ? items : null;
    }, 'three delivered deliveries');
    expect(log.map((d) => [d.type, d.status, d.attempts, d.lastStatusCode])).toEqual([
      ['article.unpublished', 'delivered', 1, 200],
      ['article.updated', 'delivered', 1, 200],
      ['article.published', 'delivered', 1, 200],
    ]);
  });

  it('sends an endpoint only the events it subscribed to, and nothing to one switched off', async () => {
    const onlyUnpublished = await registerWebhook(admin, receiverUrl('ok', 'only-unpublished'), ['article.unpublished']);
    const off = await registerWebhook(admin, receiverUrl('ok', 'switched-off'), ALL);
    expect((await api(`/webhooks/${off.id}`, { token: admin, method: 'PATCH', json: { active: false } })).status).toBe(200);
    const draft = await createDraft(editor, { title: 'Rada miasta przyjęła budżet obywatelski na 2027 rok: 412 projektów, w tym 38 zielonych podwórek' });
    await publish(draft.id);
    await api(`/articles/${draft.id}/unpublish`, { token: editor, json: {} });
    const [only] = await waitForRequests('only-unpublished', 1);
    expect(verifyWithLibrary(onlyUnpublished.secret, only!).type).toBe('article.unpublished');
    expect(await received('switched-off')).toEqual([]);
  });
});

describe('corrections and live entries (through their editor endpoints)', () => {
  it('delivers article.corrected and live.entry.created, signed, with the public article', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'newsroom-extras'), ['article.corrected', 'live.entry.created']);
    const draft = await createDraft(editor, { title: 'Na żywo: powódź na Odrze — Wrocław i Opole w pogotowiu, fala kulminacyjna spodziewana w nocy 🌊', live: true });
    await publish(draft.id);
    const correction = await api(`/articles/${draft.id}/corrections`, { token: editor, json: { kind: 'correction', text: 'Poprawiliśmy poziom wody w Opolu: 6,2 m, nie 7,2 m — „błąd przy przepisywaniu”.' } });
    expect(correction.status).toBe(201);
    const entry = await api(`/articles/${draft.id}/entries`, { token: editor, json: { body: 'Godz. 22:15 — Straż pożarna: wał w Kozanowie trzyma. Київ przysyła pomoc 🇺🇦', keyEvent: true } });
    expect(entry.status).toBe(201);
    const requests = await waitForRequests('newsroom-extras', 2);
    const payloads = requests.map((r) => verifyWithLibrary(hook.secret, r)).sort((a, b) => a.type.localeCompare(b.type));
    for (const request of requests) expect(await verifyDocumented(hook.secret, request)).toBe(true);
    expect(payloads[0]).toMatchObject({ type: 'article.corrected', data: { article: { id: draft.id }, correction: { kind: 'correction', text: expect.stringContaining('6,2 m') } } });
    expect(payloads[1]).toMatchObject({ type: 'live.entry.created', data: { article: { id: draft.id }, entry: { keyEvent: true } } });
  });
});

describe('retries, dead letters, 410 and redirects', () => {
  it('retries a receiver that fails first, with the same webhook-id, until it succeeds', async () => {
    const hook = await registerWebhook(admin, receiverUrl('flaky/2', 'flaky'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Львів: відкрили оновлений Ринок — бруківку перекладали два роки, кав’ярні повертаються 🇺🇦' });
    await publish(draft.id);
    const attempts = await waitForRequests('flaky', 3);
    expect(attempts.map((a) => a.answered)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    for (const attempt of attempts) expect(await verifyDocumented(hook.secret, attempt)).toBe(true);
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(admin, hook.id);
      return log[0]?.status === 'delivered' ? log : null;
    }, 'the delivery to be recorded as delivered');
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, messageId: attempts[0]!.headers['webhook-id'] });
    expect(delivery!.responseExcerpt!.length).toBeLessThanOrEqual(200);
  });

  it('parks a delivery that always fails in the dead-letter queue and marks it dead', { timeout: 60_000 }, async () => {
    const hook = await registerWebhook(admin, receiverUrl('fail', 'always-fails'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Kraków: smog alarm for the third day running — schools keep pupils indoors, trams run free of charge' });
    await publish(draft.id);
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(admin, hook.id);
      return log[0]?.status === 'dead' ? log : null;
    }, 'the delivery to be marked dead', 50_000);
    // The first attempt and max_retries (7, wrangler.toml) retries, all answered 503.
    expect(delivery).toMatchObject({ status: 'dead', attempts: 8, lastStatusCode: 503 });
    expect((await received('always-fails')).map((r) => r.answered)).toEqual(Array(8).fill(503));
  });

  it('switches an endpoint off when the receiver answers 410 Gone', async () => {
    const hook = await registerWebhook(admin, receiverUrl('gone', 'gone'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Ostatnie wydanie papierowe „Kuriera Wieczornego” trafiło do kiosków — redakcja przenosi się do sieci' });
    await publish(draft.id);
    const endpoint = await waitFor(async () => {
      const res = await api(`/webhooks/${hook.id}`, { token: admin });
      const json = (await res.json()) as { active: boolean; disabledReason: string | null };
      return json.active ? null : json;
    }, 'the endpoint to be switched off');
    expect(endpoint.disabledReason).toContain('410');
    expect((await deliveries(admin, hook.id))[0]).toMatchObject({ status: 'gone', attempts: 1, lastStatusCode: 410 });
  });

  it('does not follow redirects: a 302 is a failed attempt', async () => {
    const hook = await registerWebhook(admin, receiverUrl('redirect', 'redirected'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Wrocław: most Grunwaldzki zamknięty dla samochodów do odwołania po odkryciu pęknięć w przęśle' });
    await publish(draft.id);
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(admin, hook.id);
      return log[0]?.lastStatusCode ? log : null;
    }, 'the first attempt');
    expect(delivery).toMatchObject({ status: 'failing', lastStatusCode: 302, lastError: 'HTTP 302' });
    // Delete it, so the retries stop (the consumer acknowledges deliveries of deleted endpoints).
    expect((await api(`/webhooks/${hook.id}`, { token: admin, method: 'DELETE' })).status).toBe(204);
    expect((await received('redirected')).every((r) => r.path === '/redirect/redirected')).toBe(true);
  });
});

describe('replay', () => {
  it('sends a delivery again with the same webhook-id and body, newly signed', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'replayed'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Poznań: „Noc Muzeów” przyciągnęła rekordowe 120 tysięcy zwiedzających, kolejki do Zamku do 2 w nocy 🌙' });
    await publish(draft.id);
    const [original] = await waitForRequests('replayed', 1);
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(admin, hook.id);
      return log[0]?.status === 'delivered' ? log : null;
    }, 'delivered');
    const res = await api(`/webhooks/${hook.id}/deliveries/${delivery!.id}/replay`, { token: admin, json: {} });
    expect(res.status).toBe(202);
    const replay = (await waitForRequests('replayed', 2))[1]!;
    expect(replay.headers['webhook-id']).toBe(original!.headers['webhook-id']);
    expect(replay.body).toBe(original!.body);
    expect(verifyWithLibrary(hook.secret, replay).type).toBe('article.published');
    const after = await waitFor(async () => {
      const log = await deliveries(admin, hook.id);
      return log[0]?.attempts === 2 ? log : null;
    }, 'the replay to be counted');
    expect(after[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});

describe('the outbox and the cron', () => {
  it('delivers events written in a batch that never reached the Queue (corrections, live entries), once the cron runs', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'from-cron'), ['article.corrected', 'live.entry.created']);
    const draft = await createDraft(editor, { title: 'Łódź: korekta — w artykule o remoncie Piotrkowskiej podaliśmy błędną datę zakończenia prac' });
    await publish(draft.id);
    // What the corrections and live-coverage code do: the event in the change's own batch.
    // No afterEvents here, as if the isolate died right after the write.
    await db().batch([
      db().update(articles).set({ dek: 'Poprawiono datę' }).where(eq(articles.id, draft.id)),
      webhookEventStatement(db(), 'article.corrected', draft.id, { correction: { text: 'Prace skończą się w 2027, nie w 2026 r.' } }),
      webhookEventStatement(db(), 'live.entry.created', draft.id, { entry: { id: 1, body: 'Ruch wstrzymany na 🚧 Piotrkowskiej' } }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await received('from-cron')).toEqual([]);

    await runCron(Date.now() + 60_000);
    const requests = await waitForRequests('from-cron', 2);
    const payloads = requests.map((r) => verifyWithLibrary(hook.secret, r)).sort((a, b) => a.type.localeCompare(b.type));
    expect(payloads[0]).toMatchObject({ type: 'article.corrected', data: { article: { id: draft.id }, correction: { text: 'Prace skończą się w 2027, nie w 2026 r.' } } });
    expect(payloads[1]).toMatchObject({ type: 'live.entry.created', data: { article: { id: draft.id }, entry: { id: 1 } } });
  });

  it("sends article.published when the cron publishes a scheduled story", async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'scheduled'), ['article.published']);
    const draft = await createDraft(editor, { title: 'Szczecin: nowy terminal promowy rusza w poniedziałek — pierwsze rejsy do Ystad już wyprzedane' });
    const at = Date.now() + 120_000;
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: new Date(at).toISOString() } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await received('scheduled')).toEqual([]);
    await runCron(at + 1000);
    const [delivered] = await waitForRequests('scheduled', 1);
    expect(verifyWithLibrary(hook.secret, delivered!)).toMatchObject({ type: 'article.published', data: { article: { id: draft.id } } });
  });

  it('sends again, from the cron, a delivery that was claimed but never reached the consumer', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'lost'), ['article.published']);
    const claimedAt = new Date(Date.now() - 16 * 60_000);
    // As if the isolate died between claiming the delivery and handing it to the Queue.
    const [event] = await db().insert(webhookEvents).values({ type: 'article.published', articleId: 1, createdAt: claimedAt, dispatchedAt: claimedAt }).returning();
    await db().insert(webhookDeliveries).values({
      eventId: event!.id, endpointId: hook.id, messageId: 'msg_lost0000000000000000000000000001', createdAt: claimedAt, enqueuedAt: claimedAt,
      payload: JSON.stringify({ type: 'article.published', timestamp: claimedAt.toISOString(), data: { article: { id: 1 } } }),
    });
    await runCron(Date.now());
    const [request] = await waitForRequests('lost', 1);
    expect(request!.headers['webhook-id']).toBe('msg_lost0000000000000000000000000001');
    expect(await verifyDocumented(hook.secret, request!)).toBe(true);
  });

  it('sends nothing about a story readers cannot see (a live entry on a draft)', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'draft-live'), ['live.entry.created']);
    const draft = await createDraft(editor, { title: 'Wybory uzupełniające w Gdyni: relacja na żywo (szkic, jeszcze niewidoczny dla czytelników)' });
    await db().batch([
      db().update(articles).set({ dek: 'Szkic relacji' }).where(eq(articles.id, draft.id)),
      webhookEventStatement(db(), 'live.entry.created', draft.id, { entry: { id: 7, body: 'Tajny szkic: wyniki exit poll' } }),
    ]);
    await dispatchWebhookEvents(env);
    // The event was handled (dispatched) and produced no delivery: nothing can ever be sent.
    const [event] = await db().select().from(webhookEvents).where(eq(webhookEvents.articleId, draft.id));
    expect(event).toMatchObject({ type: 'live.entry.created', dispatchedAt: expect.any(Date) });
    expect(await deliveries(admin, hook.id)).toEqual([]);
    expect(await received('draft-live')).toEqual([]);
  });

  it('stores the signing secret encrypted, never in the clear', async () => {
    const hook = await registerWebhook(admin, receiverUrl('ok', 'unused'), ['article.updated']);
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, hook.id));
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(row!.secretCiphertext).toMatch(/^v1\./);
    expect(row!.secretCiphertext).not.toContain(hook.secret.slice(6, 20));
  });
});
