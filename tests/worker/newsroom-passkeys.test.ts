/**
 * The passkey ceremonies' server checks, in workerd with a software passkey
 * (newsroom-authenticator.ts): an invitation registers once, challenges work once and only
 * for our origin, and a deactivated person's passkey opens nothing.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { passkeys, sessions, webauthnChallenges } from '../../src/db/schema';
import { SoftwarePasskey } from './newsroom-authenticator';
import { addPerson, COOKIE, db, deactivate, invitationFor, ORIGIN, send } from './newsroom-support';

let ip = 0;
/** A ceremony step from our own page; each call from its own client address (rate limits are tested elsewhere). */
const step = (path: string, body?: unknown) =>
  send(path, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', 'cf-connecting-ip': `192.0.2.${++ip}` }, body: JSON.stringify(body ?? {}) });

async function register(passkey: SoftwarePasskey, token: string) {
  const options = (await (await step(`/newsroom/invite/${token}/options`)).json()) as { challenge: string };
  return { options, response: await passkey.register(options) };
}

const cookieOf = (response: Response) => /^__Host-newsroom=([\w-]{43}); Path=\/; HttpOnly; SameSite=Strict; Max-Age=604800; Secure$/.exec(response.headers.get('set-cookie') ?? '')?.[1];

describe('passkey ceremonies', () => {
  it('registers a passkey from an invitation once, starts a session, then signs in without a username', async () => {
    const personId = await addPerson('editor', 'Мирослава Żółkiewska');
    const token = await invitationFor(personId);
    const passkey = await SoftwarePasskey.create(ORIGIN);
    const { response } = await register(passkey, token);
    const registered = await step(`/newsroom/invite/${token}/verify`, response);
    expect(registered.status).toBe(200);
    expect(await registered.json()).toEqual({ redirect: '/newsroom' });
    const sessionId = cookieOf(registered);
    expect(sessionId).toBeDefined();
    const page = await send('/newsroom', { headers: { cookie: `${COOKIE}=${sessionId}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Мирослава Żółkiewska');
    const [stored] = await db().select().from(passkeys).where(eq(passkeys.personId, personId));
    expect(stored).toMatchObject({ id: passkey.id, transports: '["internal"]' });

    // The same response again, and a fresh ceremony on the same link: both refused.
    expect((await step(`/newsroom/invite/${token}/verify`, response)).status).toBe(404);
    expect((await step(`/newsroom/invite/${token}/options`)).status).toBe(404);

    const options = (await (await step('/newsroom/sign-in/options')).json()) as { challenge: string; allowCredentials?: unknown[] };
    expect(options.allowCredentials ?? []).toEqual([]); // discoverable: no username, no list
    const assertion = await passkey.authenticate(options);
    const signedIn = await step('/newsroom/sign-in/verify', assertion);
    expect(signedIn.status).toBe(200);
    expect(cookieOf(signedIn)).toBeDefined();
    expect(cookieOf(signedIn)).not.toBe(sessionId);
    // Replaying the signed assertion: its challenge is gone.
    const replayed = await step('/newsroom/sign-in/verify', assertion);
    expect(replayed.status).toBe(400);
    expect(await replayed.json()).toMatchObject({ error: { code: 'passkey_refused', details: { field: 'credential' } } });
    expect(await db().select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(2);
  });

  it('refuses a response made for another origin, and an expired challenge', async () => {
    const token = await invitationFor(await addPerson('contributor'));
    const passkey = await SoftwarePasskey.create(ORIGIN);
    const options = (await (await step(`/newsroom/invite/${token}/options`)).json()) as { challenge: string };
    const phished = await step(`/newsroom/invite/${token}/verify`, await passkey.register(options, 'https://news.example.evil.test'));
    expect(phished.status).toBe(400);
    expect(((await phished.json()) as { error: { message: string } }).error.message).toMatch(/origin/i);

    const { options: late, response } = await register(passkey, token);
    await db().update(webauthnChallenges).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(webauthnChallenges.challenge, late.challenge));
    const expired = await step(`/newsroom/invite/${token}/verify`, response);
    expect(expired.status).toBe(400);
    expect(await expired.json()).toMatchObject({ error: { message: 'This sign-in attempt expired or was already used; start again' } });
    // Nothing registered, the invitation still usable.
    expect((await register(passkey, token)).options.challenge).toMatch(/^[\w-]+$/);
  });

  it("does not sign in a deactivated person with their passkey", async () => {
    const personId = await addPerson('admin');
    const passkey = await SoftwarePasskey.create(ORIGIN);
    const token = await invitationFor(personId);
    expect((await step(`/newsroom/invite/${token}/verify`, (await register(passkey, token)).response)).status).toBe(200);
    await deactivate(personId);
    const options = (await (await step('/newsroom/sign-in/options')).json()) as { challenge: string };
    const refused = await step('/newsroom/sign-in/verify', await passkey.authenticate(options));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { message: 'This passkey is not registered here, or its person no longer has access' } });
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('answers a malformed body with a 400 and an oversized one with a 413, naming it', async () => {
    const response = await send('/newsroom/sign-in/verify', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.250' }, body: '"nope"' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body', details: { field: 'body' } } });
    const huge = await send('/newsroom/sign-in/verify', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.251' }, body: JSON.stringify({ id: 'x'.repeat(100_000) }) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'body_too_large', details: { field: 'body' } } });
  });
});
