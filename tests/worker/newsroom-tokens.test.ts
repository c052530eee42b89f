/**
 * The Tokens screen (admins): a token created here authenticates against the editor API
 * with its role and byline, a revoked one does not; newsroom identity rows are neither
 * listed nor revocable; everyone else is refused.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog, authors, people } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { createToken } from '../../src/queries/editor-tokens';
import { api } from './editor-support';
import { addPerson, db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';

const NAME = 'Import z „Gazety Łódzkiej” — skrypt nocny 🌙';

beforeAll(warmNewsroom, 60_000);

describe('newsroom tokens screen', () => {
  it('refuses signed-out visitors, contributors and editors', async () => {
    expect((await send('/newsroom/tokens')).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm('/newsroom/tokens', '', { name: 'x', role: 'admin' })).status).toBe(303);
    const [existing] = await db().insert(apiTokens).values({ name: 'skrypt', role: 'editor', tokenHash: crypto.randomUUID(), tokenPrefix: 'abcdefgh' }).returning();
    for (const role of ['contributor', 'editor'] as const) {
      const { cookie, csrf } = await signedIn(role);
      expect((await send('/newsroom/tokens', { headers: { cookie } })).status).toBe(403);
      expect((await postForm('/newsroom/tokens', cookie, { _csrf: csrf, name: 'Przejęcie', role: 'admin' })).status).toBe(403);
      expect((await postForm(`/newsroom/tokens/${existing!.id}/revoke`, cookie, { _csrf: csrf })).status).toBe(403);
    }
    expect(await db().select().from(apiTokens).where(eq(apiTokens.name, 'Przejęcie'))).toEqual([]);
    expect((await db().select().from(apiTokens).where(eq(apiTokens.id, existing!.id)))[0]!.revokedAt).toBeNull();
  });

  it('refuses a cross-origin create and one without the CSRF token', async () => {
    const { cookie, csrf } = await signedIn('admin');
    expect((await postForm('/newsroom/tokens', cookie, { _csrf: csrf, name: 'Podróbka', role: 'admin' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm('/newsroom/tokens', cookie, { name: 'Podróbka', role: 'admin' })).status).toBe(403);
    expect(await db().select().from(apiTokens).where(eq(apiTokens.name, 'Podróbka'))).toEqual([]);
  });

  it('creates a token that works against the editor API once, with owner and byline; revoked, it stops working', async () => {
    const admin = await signedIn('admin');
    const owner = await addPerson('editor', 'Тарас Wójcik');
    const [ownerRow] = await db().select().from(people).where(eq(people.id, owner));
    await db().insert(authors).values({ slug: 'desk-nocny', name: 'Dział nocny „Kuriera”' });
    const created = await postForm('/newsroom/tokens', admin.cookie, { _csrf: admin.csrf, name: NAME, role: 'editor', owner: ownerRow!.email.toUpperCase(), author: 'desk-nocny' });
    expect(created.status).toBe(200);
    const secret = /id="token-secret" type="text" readonly="" value="([^"]+)"/.exec(await created.text())?.[1];
    expect(secret).toBeDefined();
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.name, NAME));
    expect(row).toMatchObject({ role: 'editor', personId: owner, revokedAt: null });
    expect(row!.tokenHash).not.toContain(secret!); // only the hash is kept

    const asEditor = await api('/tags', { token: secret!, json: { name: 'Nocna zmiana 🌙' } });
    expect(asEditor.status).toBe(201); // editors may create tags
    expect((await api('/tokens', { token: secret! })).status).toBe(403); // but not list tokens

    const list = await (await send('/newsroom/tokens', { headers: { cookie: admin.cookie } })).text();
    const listed = new RegExp(`data-token-id="${row!.id}">(.*?)</tr>`).exec(list)![1]!;
    expect(listed).toContain('<td>Тарас Wójcik</td><td>Dział nocny „Kuriera”</td>');
    expect(listed).toMatch(/<td><time datetime="[^"]+">[^<]+<\/time><\/td><td>no<\/td>/); // used, not revoked

    const revoked = await postForm(`/newsroom/tokens/${row!.id}/revoke`, admin.cookie, { _csrf: admin.csrf });
    expect(revoked.headers.get('location')).toBe('/newsroom/tokens?done=revoked');
    expect((await api('/tags', { token: secret! })).status).toBe(401);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'token.revoke'));
    expect(audit.at(-1)).toMatchObject({ tokenId: (await newsroomIdentity(db(), { id: admin.personId, name: 'x', role: 'admin' })).tokenId, details: { tokenId: row!.id } });
  });

  it("caps a person's token at the person's role and stops it when the person is deactivated", async () => {
    const owner = await addPerson('editor', 'Ярина Nowak-Коваль');
    const { row, secret } = await createToken(db(), { name: 'Skrypt „Ярини” 🌙', role: 'admin', authorId: null, personId: owner });
    expect((await api('/tokens', { token: secret })).status).toBe(403); // an editor's token does no admin work
    expect((await api('/tags', { token: secret, json: { name: 'Nocne wydanie' } })).status).toBe(201);
    await db().update(people).set({ role: 'contributor' }).where(eq(people.id, owner));
    expect((await api('/tags', { token: secret, json: { name: 'Poranne wydanie' } })).status).toBe(403); // demoted: contributor now
    await db().update(people).set({ active: false }).where(eq(people.id, owner));
    expect((await api('/tags', { token: secret })).status).toBe(401);
    expect((await db().select().from(apiTokens).where(eq(apiTokens.id, row.id)))[0]!.revokedAt).toBeNull(); // reactivating restores it
  });

  it('shows errors on the form: invalid fields, unknown owner, unknown byline', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const invalid = await postForm('/newsroom/tokens', cookie, { _csrf: csrf, name: ' ', role: 'owner' });
    expect(invalid.status).toBe(400);
    const html = await invalid.text();
    expect(html).toContain('id="token-name-error"');
    expect(html).toContain('id="token-role-error"');
    const owner = await postForm('/newsroom/tokens', cookie, { _csrf: csrf, name: 'Skrypt', role: 'contributor', owner: 'nikt@example.com' });
    expect(owner.status).toBe(400);
    expect(await owner.text()).toContain('id="token-owner-error">nobody with this email is in the newsroom');
    const author = await postForm('/newsroom/tokens', cookie, { _csrf: csrf, name: 'Skrypt', role: 'contributor', author: 'no-such-author' });
    expect(author.status).toBe(400);
    expect(await author.text()).toContain('id="token-author-error">no author &quot;no-such-author&quot;');
    expect(await db().select().from(apiTokens).where(eq(apiTokens.name, 'Skrypt'))).toEqual([]);
  });

  it('neither lists nor revokes the newsroom identity rows', async () => {
    const admin = await signedIn('admin');
    const identity = await newsroomIdentity(db(), { id: admin.personId, name: 'Admin', role: 'admin' });
    const list = await (await send('/newsroom/tokens', { headers: { cookie: admin.cookie } })).text();
    expect(list).not.toContain(`data-token-id="${identity.tokenId}"`);
    expect((await postForm(`/newsroom/tokens/${identity.tokenId}/revoke`, admin.cookie, { _csrf: admin.csrf })).status).toBe(404);
    expect((await postForm('/newsroom/tokens/abc/revoke', admin.cookie, { _csrf: admin.csrf })).status).toBe(404);
  });
});
