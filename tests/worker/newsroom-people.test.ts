/**
 * The People screen (admins): invitations that really register (software passkey), role
 * changes, deactivation that ends sessions, the last-admin rule, recovery links, passkey
 * removal, bylines, audit entries naming the admin, and refusals for everyone else.
 */
import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog, authors, passkeys, people, sessions } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { startSession } from '../../src/newsroom/sessions';
import { SoftwarePasskey } from './newsroom-authenticator';
import { addPerson, COOKIE, db, ORIGIN, postForm, send, signedIn, warmNewsroom } from './newsroom-support';

let ip = 0;
const step = (path: string, body?: unknown) =>
  send(path, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', 'cf-connecting-ip': `203.0.113.${++ip}` }, body: JSON.stringify(body ?? {}) });

/** The one-time link a page shows, registered with a software passkey; returns the new session cookie. */
async function registerFromPage(html: string, passkey: SoftwarePasskey) {
  const url = /id="one-time-link" type="text" readonly="" value="([^"]+)"/.exec(html)?.[1];
  expect(url).toMatch(/^https:\/\/news\.example\/newsroom\/invite\/[\w-]{43}$/);
  const path = new URL(url!).pathname;
  const options = (await (await step(`${path}/options`)).json()) as { challenge: string };
  const verified = await step(`${path}/verify`, await passkey.register(options));
  expect(verified.status).toBe(200);
  return `${COOKIE}=${/^__Host-newsroom=([\w-]{43});/.exec(verified.headers.get('set-cookie') ?? '')![1]}`;
}

const auditOf = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));
const personByEmail = async (email: string) => (await db().select().from(people).where(eq(people.email, email)))[0]!;

beforeAll(warmNewsroom, 60_000);

describe('newsroom people screen', () => {
  it('refuses signed-out visitors, contributors and editors on every route', async () => {
    expect((await send('/newsroom/people')).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm('/newsroom/people', '', { name: 'X', email: 'x@example.com', role: 'admin' })).status).toBe(303);
    const target = await addPerson('contributor');
    for (const role of ['contributor', 'editor'] as const) {
      const { cookie, csrf } = await signedIn(role);
      expect((await send('/newsroom/people', { headers: { cookie } })).status).toBe(403);
      expect((await send(`/newsroom/people/${target}`, { headers: { cookie } })).status).toBe(403);
      for (const action of ['', '/role', '/byline', '/deactivate', '/reactivate', '/sign-out-everywhere', '/recovery', '/passkeys/remove']) {
        const path = action ? `/newsroom/people/${target}${action}` : '/newsroom/people';
        expect((await postForm(path, cookie, { _csrf: csrf, role: 'admin', name: 'Przejęcie', email: `takeover-${role}@example.com` })).status, `${role} ${path}`).toBe(403);
      }
    }
    expect((await db().select().from(people).where(eq(people.id, target)))[0]!.role).toBe('contributor');
    expect(await db().select().from(people).where(eq(people.name, 'Przejęcie'))).toEqual([]);
  });

  it('refuses a cross-origin invitation and one without the CSRF token', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const fields = { name: 'Podrobiony', email: 'forged@example.com', role: 'admin' };
    expect((await postForm('/newsroom/people', cookie, { _csrf: csrf, ...fields }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm('/newsroom/people', cookie, fields)).status).toBe(403);
    expect(await db().select().from(people).where(eq(people.email, 'forged@example.com'))).toEqual([]);
  });

  it('invites someone: the link shown once registers a passkey, the list shows it, the audit names the admin', async () => {
    const admin = await signedIn('admin');
    const invited = await postForm('/newsroom/people', admin.cookie, { _csrf: admin.csrf, name: 'Мирослава Żółkiewska 🎙️', email: 'Miroslawa.Zolkiewska@Example.com', role: 'editor' });
    expect(invited.status).toBe(200);
    const html = await invited.text();
    const passkey = await SoftwarePasskey.create(ORIGIN);
    const cookie = await registerFromPage(html, passkey);
    const home = await send('/newsroom', { headers: { cookie } });
    expect(await home.text()).toContain('Мирослава Żółkiewska 🎙️');

    const person = await personByEmail('miroslawa.zolkiewska@example.com');
    expect(person).toMatchObject({ role: 'editor', active: true });
    const list = await (await send('/newsroom/people', { headers: { cookie: admin.cookie } })).text();
    const row = new RegExp(`data-person-id="${person.id}">(.*?)</tr>`).exec(list)![1]!;
    expect(row).toContain('<td>editor</td><td>active</td><td>1</td>');
    expect(row).toMatch(/<time datetime=/); // registration counts as the first sign-in

    const [entry] = await auditOf('person.invite');
    const adminIdentity = await newsroomIdentity(db(), { id: admin.personId, name: 'x', role: 'admin' });
    expect(entry).toMatchObject({ tokenId: adminIdentity.tokenId, details: { email: 'miroslawa.zolkiewska@example.com', role: 'editor' } });

    const again = await postForm('/newsroom/people', admin.cookie, { _csrf: admin.csrf, name: 'Mirosława Ż.', email: 'MIROSLAWA.zolkiewska@example.com', role: 'admin' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('id="invite-email-error">already in the newsroom');
  });

  it('shows invitation errors next to their fields', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const bad = await postForm('/newsroom/people', cookie, { _csrf: csrf, name: '  ', email: 'not-an-email', role: 'owner' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="invite-name-error">enter their name');
    expect(html).toContain('id="invite-email-error">enter an email address');
    expect(html).toContain('id="invite-role-error">choose contributor, editor or admin');
  });

  it('changes roles, and the identity row follows', async () => {
    const admin = await signedIn('admin');
    const target = await signedIn('contributor');
    const changed = await postForm(`/newsroom/people/${target.personId}/role`, admin.cookie, { _csrf: admin.csrf, role: 'editor' });
    expect(changed.headers.get('location')).toBe(`/newsroom/people/${target.personId}?done=role`);
    expect((await db().select().from(people).where(eq(people.id, target.personId)))[0]!.role).toBe('editor');
    const [identity] = await db().select().from(apiTokens).where(and(eq(apiTokens.personId, target.personId), eq(apiTokens.tokenPrefix, 'newsroom')));
    expect(identity!.role).toBe('editor');
    expect((await auditOf('person.role')).at(-1)).toMatchObject({ details: { personId: target.personId, from: 'contributor', to: 'editor' } });
    expect((await postForm(`/newsroom/people/${target.personId}/role`, admin.cookie, { _csrf: admin.csrf, role: 'owner' })).status).toBe(400);
    expect((await postForm('/newsroom/people/999999/role', admin.cookie, { _csrf: admin.csrf, role: 'editor' })).status).toBe(404);
  });

  it('deactivating ends every session at once; reactivating does not bring them back', async () => {
    const admin = await signedIn('admin');
    const target = await signedIn('editor');
    await startSession(db(), target.personId);
    expect((await send('/newsroom', { headers: { cookie: target.cookie } })).status).toBe(200);
    expect((await postForm(`/newsroom/people/${target.personId}/deactivate`, admin.cookie, { _csrf: admin.csrf })).status).toBe(303);
    expect((await send('/newsroom', { headers: { cookie: target.cookie } })).status).toBe(303);
    expect(await db().select().from(sessions).where(eq(sessions.personId, target.personId))).toEqual([]);
    const page = await (await send(`/newsroom/people/${target.personId}?done=deactivate`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('Deactivated: their sessions have ended.');
    expect(page).not.toContain('Create recovery link');
    expect((await postForm(`/newsroom/people/${target.personId}/recovery`, admin.cookie, { _csrf: admin.csrf })).status).toBe(409);
    expect((await postForm(`/newsroom/people/${target.personId}/reactivate`, admin.cookie, { _csrf: admin.csrf })).status).toBe(303);
    expect((await db().select().from(people).where(eq(people.id, target.personId)))[0]!.active).toBe(true);
    expect((await send('/newsroom', { headers: { cookie: target.cookie } })).status).toBe(303);
    expect((await auditOf('person.deactivate')).some((e) => (e.details as { personId: number }).personId === target.personId)).toBe(true);
  });

  it('never lets the last active admin be demoted or deactivated', async () => {
    const me = await signedIn('admin');
    await db().update(people).set({ active: false }).where(and(eq(people.role, 'admin'), ne(people.id, me.personId)));
    const demote = await postForm(`/newsroom/people/${me.personId}/role`, me.cookie, { _csrf: me.csrf, role: 'editor' });
    expect(demote.status).toBe(409);
    expect(await demote.text()).toContain('This is the last active admin');
    expect((await postForm(`/newsroom/people/${me.personId}/deactivate`, me.cookie, { _csrf: me.csrf })).status).toBe(409);
    expect((await db().select().from(people).where(eq(people.id, me.personId)))[0]).toMatchObject({ role: 'admin', active: true });

    const other = await addPerson('editor', 'Ганна Wiśniewska');
    expect((await postForm(`/newsroom/people/${other}/role`, me.cookie, { _csrf: me.csrf, role: 'admin' })).status).toBe(303);
    expect((await postForm(`/newsroom/people/${me.personId}/role`, me.cookie, { _csrf: me.csrf, role: 'editor' })).status).toBe(303);
    // Now an editor: the People screen is closed to them.
    expect((await send('/newsroom/people', { headers: { cookie: me.cookie } })).status).toBe(403);
  });

  it('signs someone out everywhere (audited), issues a recovery link that registers, and removes a passkey', async () => {
    const admin = await signedIn('admin');
    const target = await signedIn('contributor');
    expect((await postForm(`/newsroom/people/${target.personId}/sign-out-everywhere`, admin.cookie, { _csrf: admin.csrf })).status).toBe(303);
    expect((await send('/newsroom', { headers: { cookie: target.cookie } })).status).toBe(303);
    expect((await auditOf('person.sign-out-everywhere')).at(-1)).toMatchObject({ details: { personId: target.personId, sessions: 1 } });

    const recovery = await postForm(`/newsroom/people/${target.personId}/recovery`, admin.cookie, { _csrf: admin.csrf });
    expect(recovery.status).toBe(200);
    const passkey = await SoftwarePasskey.create(ORIGIN);
    const cookie = await registerFromPage(await recovery.text(), passkey);
    expect((await send('/newsroom', { headers: { cookie } })).status).toBe(200);

    const page = await (await send(`/newsroom/people/${target.personId}`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain(`Remove passkey ${passkey.id.slice(0, 12)}`);
    const removed = await postForm(`/newsroom/people/${target.personId}/passkeys/remove`, admin.cookie, { _csrf: admin.csrf, passkey: passkey.id });
    expect(removed.status).toBe(303);
    expect(await db().select().from(passkeys).where(eq(passkeys.personId, target.personId))).toEqual([]);
    expect((await postForm(`/newsroom/people/${target.personId}/passkeys/remove`, admin.cookie, { _csrf: admin.csrf, passkey: passkey.id })).status).toBe(404);
  });

  it("sets and clears a person's byline on their newsroom identity", async () => {
    const admin = await signedIn('admin');
    const target = await addPerson('contributor', 'Ołeksij Bondarenko');
    const [author] = await db().insert(authors).values({ slug: 'oleksii-bondarenko', name: 'Олексій Бондаренко' }).returning();
    expect((await postForm(`/newsroom/people/${target}/byline`, admin.cookie, { _csrf: admin.csrf, author: 'oleksii-bondarenko' })).status).toBe(303);
    const identity = await newsroomIdentity(db(), { id: target, name: 'Ołeksij Bondarenko', role: 'contributor' });
    expect(identity).toMatchObject({ authorId: author!.id, authorSlug: 'oleksii-bondarenko' });
    const page = await (await send(`/newsroom/people/${target}`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('Олексій Бондаренко (oleksii-bondarenko)');
    const unknown = await postForm(`/newsroom/people/${target}/byline`, admin.cookie, { _csrf: admin.csrf, author: 'nobody-here' });
    expect(unknown.status).toBe(400);
    expect((await postForm(`/newsroom/people/${target}/byline`, admin.cookie, { _csrf: admin.csrf, author: '' })).status).toBe(303);
    expect((await newsroomIdentity(db(), { id: target, name: 'x', role: 'contributor' })).authorId).toBeNull();
  });
});
