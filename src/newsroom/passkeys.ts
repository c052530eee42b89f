/**
 * Passkey ceremonies (WebAuthn, @simplewebauthn/server). The relying party is the site's
 * origin (SITE_ORIGIN, else the request's), so http://localhost works under `npm run dev`.
 *
 * Challenges live in D1 (webauthn_challenges), not in a cookie: each is deleted by the
 * request that uses it (DELETE ... RETURNING, so two racing requests cannot both use it)
 * and refused after 5 minutes. A signed cookie could not be made single-use without
 * server state anyway. The browser echoes the challenge inside clientDataJSON, which the
 * library then checks against the signature; a registration challenge is also bound to
 * the invitation it was issued for.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passkeys, people, webauthnChallenges } from '../db/schema';
import { HttpError } from '../http/errors';
import { consumeInvitation, findUsableInvitation } from './invitations';
import { startSession } from './sessions';

export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;

const relyingParty = (origin: string) => ({ rpID: new URL(origin).hostname, expectedOrigin: origin });
const refused = (message: string) => new HttpError(400, 'passkey_refused', message, { field: 'credential' });

async function storeChallenge(db: Db, challenge: string, purpose: 'register' | 'authenticate', invitationId: number | null, now: number) {
  await db.batch([
    // Housekeeping on the way: expired challenges go, so the table stays small.
    db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, new Date(now))),
    db.insert(webauthnChallenges).values({ challenge, purpose, invitationId, expiresAt: new Date(now + CHALLENGE_LIFETIME_MS) }),
  ]);
}

/** Reads the challenge the browser signed and deletes it; throws unless it was ours, unused and fresh. */
async function consumeChallenge(db: Db, clientDataJSON: unknown, purpose: 'register' | 'authenticate', now: number) {
  let challenge: unknown;
  try {
    challenge = JSON.parse(isoBase64URL.toUTF8String(String(clientDataJSON))).challenge;
  } catch {
    throw refused('The passkey response is malformed');
  }
  if (typeof challenge !== 'string') throw refused('The passkey response is malformed');
  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.purpose, purpose), gt(webauthnChallenges.expiresAt, new Date(now))))
    .returning({ invitationId: webauthnChallenges.invitationId });
  if (!row) throw refused('This sign-in attempt expired or was already used; start again');
  return { challenge, invitationId: row.invitationId };
}

const usableInvitation = async (db: Db, token: string, now: number) => {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) throw new HttpError(404, 'invitation_not_found', 'This invitation link is not valid: it was used, it expired, or it never existed');
  return invitation;
};

export async function registrationOptions(db: Db, token: string, origin: string, siteName: string, now = Date.now()) {
  const invitation = await usableInvitation(db, token, now);
  const existing = await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.personId, invitation.personId));
  const options = await generateRegistrationOptions({
    rpName: siteName,
    rpID: relyingParty(origin).rpID,
    userName: invitation.email,
    userDisplayName: invitation.name,
    userID: new Uint8Array(new TextEncoder().encode(`person-${invitation.personId}`)),
    attestationType: 'none',
    excludeCredentials: existing,
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await storeChallenge(db, options.challenge, 'register', invitation.id, now);
  return options;
}

/** Registers the passkey, uses up the invitation and starts a session; returns the session id. */
export async function completeRegistration(db: Db, token: string, response: RegistrationResponseJSON, origin: string, now = Date.now()): Promise<string> {
  const invitation = await usableInvitation(db, token, now);
  const { challenge, invitationId } = await consumeChallenge(db, response?.response?.clientDataJSON, 'register', now);
  if (invitationId !== invitation.id) throw refused('This passkey was created for another invitation');
  const { rpID, expectedOrigin } = relyingParty(origin);
  const verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin, expectedRPID: rpID, requireUserVerification: false }).catch((error: Error) => {
    throw refused(`The passkey could not be verified: ${error.message}`);
  });
  if (!verification.verified) throw refused('The passkey could not be verified');
  if (!(await consumeInvitation(db, invitation.id, now))) throw new HttpError(409, 'invitation_used', 'This invitation was used a moment ago');
  const { credential } = verification.registrationInfo;
  await db.insert(passkeys).values({
    id: credential.id,
    personId: invitation.personId,
    publicKey: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports ? JSON.stringify(credential.transports) : null,
    createdAt: new Date(now),
  });
  return startSession(db, invitation.personId, now);
}

/** Discoverable credentials: no username, the authenticator offers the passkeys it has for us. */
export async function authenticationOptions(db: Db, origin: string, now = Date.now()) {
  const options = await generateAuthenticationOptions({ rpID: relyingParty(origin).rpID, userVerification: 'preferred' });
  await storeChallenge(db, options.challenge, 'authenticate', null, now);
  return options;
}

export async function completeAuthentication(db: Db, response: AuthenticationResponseJSON, origin: string, now = Date.now()): Promise<string> {
  const { challenge } = await consumeChallenge(db, response?.response?.clientDataJSON, 'authenticate', now);
  const [stored] = await db
    .select({ id: passkeys.id, personId: passkeys.personId, publicKey: passkeys.publicKey, counter: passkeys.counter, transports: passkeys.transports })
    .from(passkeys)
    .innerJoin(people, eq(people.id, passkeys.personId))
    .where(and(eq(passkeys.id, String(response.id)), eq(people.active, true)));
  if (!stored) throw refused('This passkey is not registered here, or its person no longer has access');
  const { rpID, expectedOrigin } = relyingParty(origin);
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin,
    expectedRPID: rpID,
    credential: { id: stored.id, publicKey: isoBase64URL.toBuffer(stored.publicKey), counter: stored.counter, transports: stored.transports ? JSON.parse(stored.transports) : undefined },
    requireUserVerification: false,
  }).catch((error: Error) => {
    throw refused(`The passkey could not be verified: ${error.message}`);
  });
  if (!verification.verified) throw refused('The passkey could not be verified');
  await db.update(passkeys).set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: new Date(now) }).where(eq(passkeys.id, stored.id));
  return startSession(db, stored.personId, now);
}

