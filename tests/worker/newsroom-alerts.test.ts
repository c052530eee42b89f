/**
 * The Alerts screen: editors raise and remove banners through publishing/alerts (audited
 * under their name; the banner reaches the home page); contributors and signed-out
 * visitors are refused; forgery is refused; the API's checks show on the form.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { alerts, auditLog } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';

const TEXT = 'PILNE: Sejm przyjął ustawę o „zielonych nabrzeżach” — Київ reaguje 🚨';

beforeAll(warmNewsroom, 60_000);

describe('newsroom alerts screen', () => {
  it('refuses signed-out visitors, contributors, cross-origin posts and missing CSRF tokens', async () => {
    expect((await send('/newsroom/alerts')).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm('/newsroom/alerts', '', { text: 'x' })).status).toBe(303);
    const contributor = await signedIn('contributor');
    expect((await send('/newsroom/alerts', { headers: { cookie: contributor.cookie } })).status).toBe(403);
    expect((await postForm('/newsroom/alerts', contributor.cookie, { _csrf: contributor.csrf, text: 'Fałszywy alarm' })).status).toBe(403);
    expect((await postForm('/newsroom/alerts/1/remove', contributor.cookie, { _csrf: contributor.csrf })).status).toBe(403);
    const editor = await signedIn('editor');
    expect((await postForm('/newsroom/alerts', editor.cookie, { _csrf: editor.csrf, text: 'Fałszywy alarm' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm('/newsroom/alerts', editor.cookie, { text: 'Fałszywy alarm' })).status).toBe(403);
    expect(await db().select().from(alerts).where(eq(alerts.text, 'Fałszywy alarm'))).toEqual([]);
  });

  it('lets an editor raise an alert readers see, and remove it; both audited under their name', async () => {
    const editor = await signedIn('editor');
    const raised = await postForm('/newsroom/alerts', editor.cookie, { _csrf: editor.csrf, text: `  ${TEXT}\n`, url: '/sections/world', language: 'pl', expiresAt: '' });
    expect(raised.headers.get('location')).toBe('/newsroom/alerts?done=raised');
    const [alert] = await db().select().from(alerts).where(eq(alerts.text, TEXT));
    expect(alert).toMatchObject({ url: '/sections/world', language: 'pl', removedAt: null });
    expect(await (await send('/api/v1/alerts')).text()).toContain('Sejm przyjął ustawę'); // what the banner script reads
    const identity = await newsroomIdentity(db(), { id: editor.personId, name: 'x', role: 'editor' });
    const entries = await db().select().from(auditLog).where(eq(auditLog.tokenId, identity.tokenId));
    expect(entries.length).toBeGreaterThan(0);

    const page = await (await send('/newsroom/alerts?done=raised', { headers: { cookie: editor.cookie } })).text();
    expect(page).toContain('Alert raised: readers see it now.');
    expect(page).toContain(`Remove alert ${alert!.id}`);
    expect((await postForm(`/newsroom/alerts/${alert!.id}/remove`, editor.cookie, { _csrf: editor.csrf })).status).toBe(303);
    expect((await db().select().from(alerts).where(eq(alerts.id, alert!.id)))[0]!.removedAt).not.toBeNull();
    expect(await (await send('/api/v1/alerts')).text()).not.toContain('Sejm przyjął ustawę');
    expect((await db().select().from(auditLog).where(eq(auditLog.tokenId, identity.tokenId))).length).toBeGreaterThan(entries.length);
  });

  it('shows the API checks next to the fields', async () => {
    const editor = await signedIn('admin');
    const tooLong = await postForm('/newsroom/alerts', editor.cookie, { _csrf: editor.csrf, text: '🚨'.repeat(301), url: 'https://evil.example/x', expiresAt: 'soon' });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('enter a date and time');
    const invalid = await postForm('/newsroom/alerts', editor.cookie, { _csrf: editor.csrf, text: '🚨'.repeat(301) });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('id="alert-text-error">at most 300 characters');
    const offsite = await postForm('/newsroom/alerts', editor.cookie, { _csrf: editor.csrf, text: 'Uwaga', url: 'https://evil.example/x' });
    expect(offsite.status).toBe(400);
    expect(await db().select().from(alerts).where(eq(alerts.text, 'Uwaga'))).toEqual([]);
  });
});
