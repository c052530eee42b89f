/**
 * Signed preview links (docs/newsroom.md "Preview links"): created, listed and revoked in
 * the newsroom by whoever may edit the story; /preview/{token} shows the draft in the
 * reader's design, never cached or indexed; expiry, revocation, publication and the trash
 * end it; anonymous clients pay one indexed read per guess and are rate limited.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, articles, auditLog, previewLinks } from '../../src/db/schema';
import { bypassReason } from '../../src/edge-cache/policy';
import worker from '../../src/index';
import { hashToken } from '../../src/model/tokens';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { api, createDraft, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';
import { db, ORIGIN, postForm, send, signedIn } from './newsroom-support';

const TITLE = 'Prezydent Gdańska zapowiada „nową przystań” dla promów — Київ і Варшава podpisują umowę o współpracy portów 🚢';
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
let ipCounter = 0;
const fromClient = (ip = `203.0.113.${(ipCounter++ % 200) + 1}`) => ({ headers: { 'cf-connecting-ip': ip } });

async function draft(fields: Record<string, unknown> = {}) {
  const { secret } = await tokenFor('admin');
  const story = await createDraft(secret, { title: TITLE, body: 'Treść „robocza” z cytatem i emoji 🌊. Текст українською.', language: 'pl', ...fields });
  return { ...story, admin: secret };
}

/** Runs the cron handler as the platform would at `scheduledTime` (as tests/worker/scheduled.test.ts does). */
async function runCron(scheduledTime: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '* * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Creates a link through the newsroom form; returns the page's HTML and the link's full URL. */
async function createLink(storyId: number, person: { cookie: string; csrf: string }, lifetime = '7d') {
  const res = await postForm(`/newsroom/stories/${storyId}/preview-links`, person.cookie, { _csrf: person.csrf, lifetime });
  const html = await res.text();
  const url = /value="(https:\/\/news\.example\/preview\/[\w-]{43})"/.exec(html)?.[1];
  return { res, html, url: url!, path: url ? new URL(url).pathname : '' };
}

describe('preview links', () => {
  beforeAll(() => seedSampleNewsroom());

  it('are never stored by the edge cache, in either edition', () => {
    const at = (path: string) => bypassReason(new Request(`${ORIGIN}${path}`));
    expect(at('/preview/abc')).toBe('preview');
    expect(at('/lite/preview/abc?x=1')).toBe('preview');
    expect(at('/previewer')).toBeNull();
    expect(at('/articles/preview')).toBeNull();
  });

  it('shows a draft to whoever holds the link, in the reader design, private and unindexed', async () => {
    const story = await draft();
    const editor = await signedIn('editor');
    const { res, html, url, path } = await createLink(story.id, editor);
    expect(res.status).toBe(200);
    expect(url).toMatch(/^https:\/\/news\.example\/preview\/[\w-]{43}$/);
    expect(html).toContain('Copy it now: it is shown only this once.');
    expect(html).toContain(`value="${url.replace('/preview/', '/lite/preview/')}"`);
    // Only the hash is stored.
    const token = path.split('/').at(-1)!;
    const [row] = await db().select().from(previewLinks).where(eq(previewLinks.articleId, story.id));
    expect(row!.tokenHash).toBe(await hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);

    const page = await send(path, fromClient());
    const body = await page.text();
    expect(page.status).toBe(200);
    expect(body).toContain(`<h1>${escaped(TITLE)}</h1>`);
    expect(body).toContain('data-preview-banner');
    expect(body).toContain('<strong>Preview</strong>');
    expect(body).toContain('<meta name="robots" content="noindex');
    expect(body).toContain('<html lang="pl"');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-status')).toContain('detail=preview');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cache-tag')).toBeNull();

    const lite = await send(`/lite${path}`, fromClient());
    const liteBody = await lite.text();
    expect(lite.status).toBe(200);
    expect(liteBody).toContain(`<h1>${escaped(TITLE)}</h1>`);
    expect(liteBody).toContain('data-preview-banner');
    expect(liteBody).not.toContain('<img');
    expect(lite.headers.get('cache-control')).toBe('private, no-store');
  });

  it('lists links with creator and expiry, and revokes them (audited)', async () => {
    const story = await draft();
    const editor = await signedIn('editor');
    const { path } = await createLink(story.id, editor, '1h');
    const list = await (await send(`/newsroom/stories/${story.id}/preview-links`, { headers: { cookie: editor.cookie } })).text();
    expect(list).toContain('Ołeksandra Kowalczyk-Шевченко');
    expect(list).toContain('Active');
    expect(list).not.toContain(path.split('/').at(-1)!);
    const [row] = await db().select().from(previewLinks).where(eq(previewLinks.articleId, story.id));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(3600 * 1000);

    const revoke = await postForm(`/newsroom/stories/${story.id}/preview-links/${row!.id}/revoke`, editor.cookie, { _csrf: editor.csrf });
    expect(revoke.status).toBe(303);
    expect(revoke.headers.get('location')).toBe(`/newsroom/stories/${story.id}/preview-links?revoked=1`);
    expect((await send(path, fromClient())).status).toBe(404);
    const again = await postForm(`/newsroom/stories/${story.id}/preview-links/${row!.id}/revoke`, editor.cookie, { _csrf: editor.csrf });
    expect(again.status).toBe(404);
    const audit = await db().select().from(auditLog).where(eq(auditLog.articleId, story.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['preview-link.create', 'preview-link.revoke']));
    expect(audit.filter((a) => a.action === 'preview-link.revoke')).toHaveLength(1);
    expect(audit.find((a) => a.action === 'preview-link.create')!.actor).toBe('Ołeksandra Kowalczyk-Шевченко');
  });

  it('stop working when expired, and answer unknown tokens with a small 404 after one indexed read', async () => {
    const story = await draft();
    const editor = await signedIn('editor');
    const { path } = await createLink(story.id, editor, '1d');
    await db().update(previewLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(previewLinks.articleId, story.id));
    const expired = await send(path, fromClient());
    expect(expired.status).toBe(404);
    expect(expired.headers.get('cache-control')).toBe('private, no-store');
    expect(await expired.text()).not.toContain(escaped(TITLE));

    const unknown = await send(`/preview/${'A'.repeat(43)}`, fromClient());
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('server-timing')).toMatch(/d1;[^,]*desc="1 query"/);
    const malformed = await send('/preview/not-a-token', fromClient());
    expect(malformed.status).toBe(404);
    expect(malformed.headers.get('server-timing') ?? '').not.toMatch(/desc="[1-9]/);
  });

  it('redirects to the real page once the story is published, and stops when it is trashed', async () => {
    const story = await draft();
    const editor = await signedIn('editor');
    const { path } = await createLink(story.id, editor);
    const other = await draft({ title: `${TITLE} (druga wersja)` });
    const second = await createLink(other.id, editor);

    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    const full = await send(path, fromClient());
    expect(full.status).toBe(302);
    expect(full.headers.get('location')).toBe(`/articles/${story.slug}`);
    const lite = await send(`/lite${path}`, fromClient());
    expect(lite.headers.get('location')).toBe(`/lite/articles/${story.slug}`);
    // No new link for a published story: it has its real address.
    const refused = await postForm(`/newsroom/stories/${story.id}/preview-links`, editor.cookie, { _csrf: editor.csrf, lifetime: '7d' });
    expect(refused.status).toBe(409);

    expect((await api(`/articles/${other.id}`, { token: other.admin, method: 'DELETE' })).status).toBe(200);
    expect((await send(second.path, fromClient())).status).toBe(404);
  });

  it('end for good on publication or the trash: unpublish and restore do not bring them back', async () => {
    const editor = await signedIn('editor');
    const story = await draft();
    const { path } = await createLink(story.id, editor);
    expect((await send(path, fromClient())).status).toBe(200);
    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    expect((await send(path, fromClient())).status).toBe(302);
    const [revoked] = await db().select().from(previewLinks).where(eq(previewLinks.articleId, story.id));
    expect(revoked!.revokedAt).not.toBeNull();
    expect((await api(`/articles/${story.id}/unpublish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    const afterUnpublish = await send(path, fromClient());
    expect(afterUnpublish.status).toBe(404);
    expect(await afterUnpublish.text()).not.toContain(escaped(TITLE));
    expect((await send(`/lite${path}`, fromClient())).status).toBe(404);
    // Public again: the link leads to the public page once more, never to a preview.
    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    expect((await send(path, fromClient())).headers.get('location')).toBe(`/articles/${story.slug}`);

    const trashed = await draft({ title: `${TITLE} — wersja do kosza 🗑️` });
    const second = await createLink(trashed.id, editor);
    expect((await api(`/articles/${trashed.id}`, { token: trashed.admin, method: 'DELETE' })).status).toBe(200);
    expect((await send(second.path, fromClient())).status).toBe(404);
    expect((await api(`/articles/${trashed.id}/restore`, { token: trashed.admin, method: 'POST' })).status).toBe(200);
    const afterRestore = await send(second.path, fromClient());
    expect(afterRestore.status).toBe(404);
    expect(await afterRestore.text()).not.toContain('data-preview-banner');
  });

  it('revoked by hand stay dead even once the story is public', async () => {
    const editor = await signedIn('editor');
    const story = await draft({ title: `${TITLE} — link cofnięty ręcznie` });
    const { path } = await createLink(story.id, editor);
    const [row] = await db().select().from(previewLinks).where(eq(previewLinks.articleId, story.id));
    expect((await postForm(`/newsroom/stories/${story.id}/preview-links/${row!.id}/revoke`, editor.cookie, { _csrf: editor.csrf })).status).toBe(303);
    // Revoked a moment before publication (the clock can tick within one millisecond here).
    await db().update(previewLinks).set({ revokedAt: new Date(Date.now() - 5_000) }).where(eq(previewLinks.id, row!.id));
    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    expect((await send(path, fromClient())).status).toBe(404);
  });

  it('of a scheduled story published by the cron lead to the public page while it is public', async () => {
    const editor = await signedIn('editor');
    const story = await draft({ title: `${TITLE} — embargo do 6:00` });
    const at = Date.now() + 60_000;
    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, json: { at: new Date(at).toISOString() } })).status).toBe(200);
    const { path } = await createLink(story.id, editor);
    expect((await send(path, fromClient())).status).toBe(200);
    await runCron(at + 1_000);
    const [published] = await db().select().from(articles).where(eq(articles.id, story.id));
    expect(published!.status).toBe('published');
    const full = await send(path, fromClient());
    expect(full.status).toBe(302);
    expect(full.headers.get('location')).toBe(`/articles/${published!.slug}`);
    expect((await send(`/lite${path}`, fromClient())).headers.get('location')).toBe(`/lite/articles/${published!.slug}`);
    expect((await api(`/articles/${story.id}/unpublish`, { token: story.admin, method: 'POST' })).status).toBe(200);
    expect((await send(path, fromClient())).status).toBe(404);
  });

  it('shows a scheduled story until its time comes', async () => {
    const story = await draft();
    const at = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    expect((await api(`/articles/${story.id}/publish`, { token: story.admin, json: { at } })).status).toBe(200);
    const editor = await signedIn('editor');
    const { path } = await createLink(story.id, editor);
    const page = await send(path, fromClient());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(escaped(TITLE));
  });

  it('rate-limits each client, whatever the token', async () => {
    // The limiter counts in fixed 60-second windows: within 121 requests one window sees 61.
    const statuses: number[] = [];
    while (statuses.length < 121 && statuses.at(-1) !== 429) statuses.push((await send(`/preview/${'B'.repeat(42)}${statuses.length % 10}`, fromClient('198.51.100.77'))).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeGreaterThan(60);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([404]));
    expect((await send(`/preview/${'B'.repeat(43)}`, fromClient('198.51.100.78'))).status).toBe(404);
  });

  it('follow who may edit the story: contributors their own drafts only', async () => {
    const story = await draft();
    const contributor = await signedIn('contributor');
    const base = `/newsroom/stories/${story.id}/preview-links`;
    expect((await send(base, { headers: { cookie: contributor.cookie } })).status).toBe(403);
    expect((await postForm(base, contributor.cookie, { _csrf: contributor.csrf, lifetime: '1d' })).status).toBe(403);

    // The contributor's own draft (owned through their newsroom identity, as the editor screens create it).
    const identity = await newsroomIdentity(db(), { id: contributor.personId, name: 'Ołeksandra', role: 'contributor' });
    const own = await draft();
    await db().update(articles).set({ createdByTokenId: identity.tokenId }).where(eq(articles.id, own.id));
    const created = await createLink(own.id, contributor);
    expect(created.res.status).toBe(200);
    expect(created.url).toBeTruthy();
    // Once scheduled it is no longer theirs to edit, nor to share.
    await api(`/articles/${own.id}/publish`, { token: own.admin, json: { at: new Date(Date.now() + 86_400_000).toISOString() } });
    expect((await postForm(`/newsroom/stories/${own.id}/preview-links`, contributor.cookie, { _csrf: contributor.csrf })).status).toBe(403);
    expect(await db().select().from(apiTokens).where(eq(apiTokens.id, identity.tokenId))).toHaveLength(1);
  });

  it('refuses signed-out, cross-origin and token-less requests, and nonsense values', async () => {
    const story = await draft();
    const base = `/newsroom/stories/${story.id}/preview-links`;
    const signedOut = await send(base);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/newsroom/sign-in');
    expect([303, 403]).toContain((await postForm(base, '', { lifetime: '1d' })).status);
    const editor = await signedIn('editor');
    expect((await postForm(base, editor.cookie, { _csrf: editor.csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(base, editor.cookie, { lifetime: '1d' })).status).toBe(403);
    const bad = await postForm(base, editor.cookie, { _csrf: editor.csrf, lifetime: '10y' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('lifetime must be one of');
    expect((await send(`/newsroom/stories/999999/preview-links`, { headers: { cookie: editor.cookie } })).status).toBe(404);
    expect((await send(`${base}?page=0`, { headers: { cookie: editor.cookie } })).status).toBe(400);
    expect(await db().select().from(previewLinks).where(eq(previewLinks.articleId, story.id))).toHaveLength(0);
  });
});
