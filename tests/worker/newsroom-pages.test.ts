/**
 * The newsroom shell: never cached, never indexed, never framed; the stories list with its
 * status filter; invitation links (single use, expiry); rate limits on the ceremonies.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articles, invitations } from '../../src/db/schema';
import { bypassReason } from '../../src/edge-cache/policy';
import { consumeInvitation } from '../../src/newsroom/invitations';
import { hashToken } from '../../src/model/tokens';
import { seedSampleNewsroom } from './support';
import { addPerson, db, deactivate, ORIGIN, send, signedIn } from './newsroom-support';

const TITLES = {
  published: "Harborview engineers study Nowa Przystań's movable flood walls",
  draft: 'Draft: Port authority chief expected to step down',
  scheduled: 'Embargoed: Harborview University sea-level report warns of faster rise',
};
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

describe('the newsroom shell', () => {
  it('never enters the edge cache, whatever the path or parameters', () => {
    const at = (path: string, init?: RequestInit) => bypassReason(new Request(`${ORIGIN}${path}`, init));
    expect(at('/newsroom')).toBe('newsroom');
    expect(at('/newsroom/sign-in')).toBe('newsroom');
    expect(at('/newsroom/invite/abc?utm_source=x')).toBe('newsroom');
    expect(at('/newsroom?status=draft')).toBe('newsroom');
    expect(at('/newsroomish')).toBeNull();
  });

  it('answers private, unindexed, unframeable pages for everyone, signed in or not', async () => {
    const { cookie } = await signedIn('editor');
    for (const [path, headers] of [['/newsroom/sign-in', {}], ['/newsroom', { cookie }], ['/newsroom', {}], ['/newsroom/assets/passkeys.js', {}]] as const) {
      const response = await send(path, { headers });
      expect(response.headers.get('cache-control'), path).toBe('private, no-store');
      expect(response.headers.get('x-robots-tag'), path).toBe('noindex, nofollow');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy'), path).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('cache-status'), path).toBe('edge-news; fwd=bypass; detail=newsroom');
    }
  });

  it('uses no inline script or style, so the strict CSP needs no new hash', async () => {
    const html = await (await send('/newsroom/sign-in')).text();
    expect(html).toContain('<script src="/newsroom/assets/passkeys.js" defer="">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son\w+=/);
    // The script itself is a static asset, which this pool does not serve: its content type and
    // headers are checked under wrangler dev (tests/browser/newsroom-assets.test.ts).
  });

  it('lists stories newest change first, with status, section and a working status filter', async () => {
    await seedSampleNewsroom();
    const { cookie } = await signedIn('editor');
    const html = await (await send('/newsroom', { headers: { cookie } })).text();
    for (const title of Object.values(TITLES)) expect(html).toContain(escaped(title));
    const newest = await db().select({ title: articles.title }).from(articles).orderBy(articles.updatedAt);
    expect(html.indexOf(escaped(newest.at(-1)!.title))).toBeLessThan(html.indexOf(escaped(newest[0]!.title)));

    const drafts = await (await send('/newsroom?status=draft', { headers: { cookie } })).text();
    expect(drafts).toContain(escaped(TITLES.draft));
    expect(drafts).not.toContain(escaped(TITLES.published));
    expect(drafts).toContain('<option value="draft" selected="">draft</option>');
    // "All" in the form without JavaScript sends an empty status.
    expect(await (await send('/newsroom?status=', { headers: { cookie } })).text()).toContain(escaped(TITLES.published));
    const bad = await send('/newsroom?status=%3Cscript%3E', { headers: { cookie } });
    expect(bad.status).toBe(400);
    // Error pages of the newsroom are private and unindexed too.
    expect(bad.headers.get('cache-control')).toBe('private, no-store');
    expect(bad.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await bad.text()).not.toContain('<script>');
  });

  it("shows contributors only the stories their own tokens created: others' drafts never leak", async () => {
    const { cookie } = await signedIn('contributor');
    const html = await (await send('/newsroom', { headers: { cookie } })).text();
    expect(html).not.toContain(escaped(TITLES.draft));
    expect(html).toContain('No stories yet.');
  });
});

describe('stories by people', () => {
  it("shows a contributor their own token's story, with who changed it last, and hides it from other contributors", async () => {
    const { apiTokens } = await import('../../src/db/schema');
    const { createDraft, tokenFor } = await import('./editor-support');
    const author = await signedIn('contributor');
    const token = await tokenFor('contributor');
    await db().update(apiTokens).set({ personId: author.personId }).where(eq(apiTokens.id, token.id));
    const title = 'Ukraina i Polska: „wspólny most” nad Bugiem otwarty dla ciężarówek po 14 miesiącach przebudowy 🚛 — co się zmienia dla kierowców i mieszkańców';
    await createDraft(token.secret, { title });

    const own = await (await send('/newsroom?status=draft', { headers: { cookie: author.cookie } })).text();
    expect(own).toContain(title.replace(/&/g, '&amp;'));
    expect(own).toContain(' by Ołeksandra Kowalczyk-Шевченко');
    const other = await signedIn('contributor');
    expect(await (await send('/newsroom', { headers: { cookie: other.cookie } })).text()).not.toContain('wspólny most');
  });
});

describe('invitation links', () => {
  it('opens once: a used, expired or deactivated invitation is a 404 without the name', async () => {
    const { invitationFor } = await import('./newsroom-support');
    const personId = await addPerson('editor', 'Zoë “Quotes” Müller');
    const token = await invitationFor(personId);
    const page = await send(`/newsroom/invite/${token}`, { headers: { 'cf-connecting-ip': '198.51.100.20' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Welcome, Zoë “Quotes” Müller');
    // Only the hash is stored.
    const [row] = await db().select().from(invitations).where(eq(invitations.personId, personId));
    expect(row!.tokenHash).toBe(await hashToken(token));

    expect(await consumeInvitation(db(), row!.id)).toBe(true);
    expect(await consumeInvitation(db(), row!.id)).toBe(false);
    const used = await send(`/newsroom/invite/${token}`, { headers: { 'cf-connecting-ip': '198.51.100.20' } });
    expect(used.status).toBe(404);
    expect(await used.text()).not.toContain('Zoë');

    const expired = await invitationFor(personId, { expiresAt: new Date(Date.now() - 1000) });
    expect((await send(`/newsroom/invite/${expired}`, { headers: { 'cf-connecting-ip': '198.51.100.20' } })).status).toBe(404);
    const options = await send(`/newsroom/invite/${expired}/options`, { method: 'POST', headers: { origin: ORIGIN, 'cf-connecting-ip': '198.51.100.20' } });
    expect(options.status).toBe(404);
    expect(await options.json()).toMatchObject({ error: { code: 'invitation_not_found' } });

    const fresh = await invitationFor(personId);
    await deactivate(personId);
    expect((await send(`/newsroom/invite/${fresh}`, { headers: { 'cf-connecting-ip': '198.51.100.20' } })).status).toBe(404);
  });

  it('gives options that bind the challenge to the invitation, with a resident key', async () => {
    const { invitationFor } = await import('./newsroom-support');
    const token = await invitationFor(await addPerson('admin'));
    const response = await send(`/newsroom/invite/${token}/options`, { method: 'POST', headers: { origin: ORIGIN, 'cf-connecting-ip': '198.51.100.21' } });
    expect(response.status).toBe(200);
    const options = (await response.json()) as { rp: { id: string }; authenticatorSelection: { residentKey: string }; challenge: string };
    expect(options.rp.id).toBe('news.example');
    expect(options.authenticatorSelection.residentKey).toBe('required');
    expect(options.challenge).toMatch(/^[\w-]{32,}$/);
  });
});

describe('rate limits on the ceremonies', () => {
  it('answers 429 with Retry-After past 20 sign-in attempts a minute from one client, and not to others', async () => {
    const attempt = (ip: string) => send('/newsroom/sign-in/options', { method: 'POST', headers: { origin: ORIGIN, 'cf-connecting-ip': ip } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await attempt('203.0.113.50')).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const limited = await attempt('203.0.113.50');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await attempt('203.0.113.51')).status).toBe(200);
  });

  it('limits invitation guesses per client the same way', async () => {
    const guess = () => send(`/newsroom/invite/${'B'.repeat(43)}`, { headers: { 'cf-connecting-ip': '203.0.113.60' } });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await guess()).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
