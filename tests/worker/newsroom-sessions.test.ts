/**
 * Newsroom sessions and forgery checks, through the Worker's real fetch handler against the
 * local D1. Time is controlled by writing the session rows' clocks back, which is exactly
 * what the expiry checks read.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articles, sessions } from '../../src/db/schema';
import { isSessionAlive, loadSession, SESSION_IDLE_MS, SESSION_LIFETIME_MS, startSession } from '../../src/newsroom/sessions';
import { hashToken } from '../../src/model/tokens';
import { addPerson, COOKIE, db, deactivate, postForm, send, signedIn } from './newsroom-support';

const HOUR = 60 * 60 * 1000;

describe('newsroom sessions', () => {
  it('lets a signed-in person see the stories list, and redirects anyone else to sign-in', async () => {
    const { cookie } = await signedIn('editor');
    const lastSeen = async () => (await db().select({ at: sessions.lastSeenAt }).from(sessions)).map((row) => row.at.getTime()).sort();
    const before = await lastSeen();
    const page = await send('/newsroom', { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Stories</h1>');
    expect(html).toContain('Ołeksandra Kowalczyk-Шевченко');
    // last_seen_at is not rewritten per request (only every TOUCH_INTERVAL_MS).
    expect(await lastSeen()).toEqual(before);
    for (const path of ['/newsroom', '/newsroom/anything/else?next=https://evil.example', '/newsroom?status=draft']) {
      const anonymous = await send(path);
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.headers.get('location'), path).toBe('/newsroom/sign-in');
    }
    const forged = await send('/newsroom', { headers: { cookie: `${COOKIE}=${'A'.repeat(43)}` } });
    expect(forged.status).toBe(303);
  });

  it('stores only the hash of the session id', async () => {
    const personId = await addPerson('contributor');
    const id = await startSession(db(), personId);
    const rows = await db().select().from(sessions).where(eq(sessions.personId, personId));
    expect(rows.map((r) => r.idHash)).toEqual([await hashToken(id)]);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('ends a session after 12 idle hours and after 7 days whatever the activity', async () => {
    const now = Date.now();
    expect(isSessionAlive({ lastSeenAt: new Date(now - SESSION_IDLE_MS + HOUR), expiresAt: new Date(now + HOUR) }, now)).toBe(true);
    expect(isSessionAlive({ lastSeenAt: new Date(now - SESSION_IDLE_MS - 1), expiresAt: new Date(now + HOUR) }, now)).toBe(false);
    expect(isSessionAlive({ lastSeenAt: new Date(now), expiresAt: new Date(now - 1) }, now)).toBe(false);

    const idle = await signedIn('editor');
    await db().update(sessions).set({ lastSeenAt: new Date(now - 13 * HOUR) }).where(eq(sessions.personId, idle.personId));
    expect((await send('/newsroom', { headers: { cookie: idle.cookie } })).status).toBe(303);
    // The dead row is gone, not just ignored.
    expect(await db().select().from(sessions).where(eq(sessions.personId, idle.personId))).toEqual([]);

    // Active every hour for 8 days: the absolute lifetime still ends it.
    const old = await signedIn('editor', now - 8 * 24 * HOUR);
    await db().update(sessions).set({ lastSeenAt: new Date(now - HOUR) }).where(eq(sessions.personId, old.personId));
    expect(SESSION_LIFETIME_MS).toBe(7 * 24 * HOUR);
    expect((await send('/newsroom', { headers: { cookie: old.cookie } })).status).toBe(303);
  });

  it('keeps an active session alive by moving last_seen_at', async () => {
    const now = Date.now();
    const { personId, sessionId } = await signedIn('editor');
    await db().update(sessions).set({ lastSeenAt: new Date(now - 11 * HOUR) }).where(eq(sessions.personId, personId));
    expect(await loadSession(db(), sessionId, now)).toMatchObject({ id: personId });
    const [row] = await db().select().from(sessions).where(eq(sessions.personId, personId));
    expect(row!.lastSeenAt.getTime()).toBe(now);
  });

  it('signs out: the session row is deleted and the cookie cleared', async () => {
    const { cookie, csrf, personId } = await signedIn('contributor');
    const out = await postForm('/newsroom/sign-out', cookie, { _csrf: csrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/newsroom/sign-in');
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-newsroom=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0; Secure$/);
    expect(await db().select().from(sessions).where(eq(sessions.personId, personId))).toEqual([]);
    expect((await send('/newsroom', { headers: { cookie } })).status).toBe(303);
  });

  it('lets an admin sign someone out everywhere, and nobody else', async () => {
    const target = await signedIn('contributor');
    await startSession(db(), target.personId); // a second device
    const editor = await signedIn('editor');
    const refused = await postForm(`/newsroom/people/${target.personId}/sign-out-everywhere`, editor.cookie, { _csrf: editor.csrf });
    expect(refused.status).toBe(403);
    expect(await db().select().from(sessions).where(eq(sessions.personId, target.personId))).toHaveLength(2);

    const admin = await signedIn('admin');
    const done = await postForm(`/newsroom/people/${target.personId}/sign-out-everywhere`, admin.cookie, { _csrf: admin.csrf });
    expect(done.status).toBe(303);
    expect(await db().select().from(sessions).where(eq(sessions.personId, target.personId))).toEqual([]);
    expect((await send('/newsroom', { headers: { cookie: target.cookie } })).status).toBe(303);
    expect((await postForm('/newsroom/people/999999/sign-out-everywhere', admin.cookie, { _csrf: admin.csrf })).status).toBe(404);
  });

  it('locks a deactivated person out at once', async () => {
    const { cookie, personId } = await signedIn('admin');
    expect((await send('/newsroom', { headers: { cookie } })).status).toBe(200);
    await deactivate(personId);
    expect((await send('/newsroom', { headers: { cookie } })).status).toBe(303);
  });
});

describe('newsroom forgery checks', () => {
  it('refuses a cross-site Origin, even with the right token', async () => {
    const { cookie, csrf, personId } = await signedIn('editor');
    for (const headers of [{ origin: 'https://evil.example' }, { origin: 'http://news.example' }, { 'sec-fetch-site': 'cross-site' }, {} as Record<string, string>]) {
      const response = await postForm('/newsroom/sign-out', cookie, { _csrf: csrf }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await db().select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(1);
  });

  it('refuses a missing or wrong token from our own origin', async () => {
    const { cookie, personId } = await signedIn('editor');
    const other = await signedIn('editor');
    for (const fields of [{} as Record<string, string>, { _csrf: '' }, { _csrf: 'x'.repeat(43) }, { _csrf: other.csrf }]) {
      const response = await postForm('/newsroom/sign-out', cookie, fields);
      expect(response.status, JSON.stringify(fields)).toBe(403);
      expect(await response.text()).toContain('reload the page');
    }
    expect(await db().select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(1);
  });

  it('accepts Sec-Fetch-Site: same-origin with the token when a browser sends no Origin', async () => {
    const { cookie, csrf } = await signedIn('editor');
    expect((await postForm('/newsroom/sign-out', cookie, { _csrf: csrf }, { 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });

  it('refuses cross-site passkey ceremonies before they start', async () => {
    const response = await send('/newsroom/sign-in/options', { method: 'POST', headers: { origin: 'https://evil.example', 'cf-connecting-ip': '198.51.100.7' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'cross_site_request', details: { field: 'Origin' } } });
  });

  it('refuses a form over 1 MB as it streams, before reading its CSRF field, and writes nothing', async () => {
    const { cookie, csrf } = await signedIn('editor');
    const huge = await postForm('/newsroom/stories', cookie, { _csrf: csrf, title: 'Zbyt długi tekst — „za duży” 📰', body: 'ł'.repeat(600_000) });
    expect(huge.status).toBe(413);
    expect(await db().select().from(articles).where(eq(articles.title, 'Zbyt długi tekst — „za duży” 📰'))).toEqual([]);
  });
});
