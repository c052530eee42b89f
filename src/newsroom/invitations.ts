/**
 * One-time invitation and recovery links. The token is in the link only; D1 keeps its hash,
 * an expiry and when it was used. Shared by the invite CLI (scripts/newsroom-invite.ts) and
 * the newsroom routes.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { invitations, people, type PersonRole } from '../db/schema';
import { hashToken } from '../model/tokens';
import { looksLikeSecret, randomSecret } from './secrets';

export const INVITATION_LIFETIME_MS = 72 * 60 * 60 * 1000;
export const invitationPath = (token: string) => `/newsroom/invite/${token}`;

export interface NewInvitation {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export async function newInvitation(now = Date.now()): Promise<NewInvitation> {
  const token = randomSecret();
  return { token, tokenHash: await hashToken(token), expiresAt: new Date(now + INVITATION_LIFETIME_MS) };
}

/**
 * Emails are stored lowercased by JavaScript, which knows every script (SQLite's lower()
 * folds only ASCII: "Ł" and "ł" would be two people); the unique index then holds.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const findPersonByEmail = async (db: Db, email: string) =>
  (await db.select().from(people).where(eq(people.email, normalizeEmail(email))))[0] ?? null;

/** Creates the person (or refuses an existing email) and an invitation; returns the token. */
export async function invitePerson(db: Db, person: { name: string; email: string; role: PersonRole }): Promise<string | { error: string }> {
  if (await findPersonByEmail(db, person.email)) return { error: `${person.email} is already in the newsroom; use --recovery for a new sign-in link` };
  const [created] = await db.insert(people).values({ ...person, email: normalizeEmail(person.email) }).returning({ id: people.id });
  const invitation = await newInvitation();
  await db.insert(invitations).values({ tokenHash: invitation.tokenHash, personId: created!.id, purpose: 'invite', expiresAt: invitation.expiresAt });
  return invitation.token;
}

/** A recovery link for an existing, active person: registers a new passkey like an invitation. */
export async function issueRecovery(db: Db, email: string): Promise<string | { error: string }> {
  const person = await findPersonByEmail(db, email);
  if (!person) return { error: `nobody with the email ${email} is in the newsroom` };
  if (!person.active) return { error: `${email} is deactivated` };
  const invitation = await newInvitation();
  await db.insert(invitations).values({ tokenHash: invitation.tokenHash, personId: person.id, purpose: 'recovery', expiresAt: invitation.expiresAt });
  return invitation.token;
}

/** The unused, unexpired invitation of an active person behind `token`, or null. */
export async function findUsableInvitation(db: Db, token: string, now = Date.now()) {
  if (!looksLikeSecret(token)) return null; // not one of ours: no D1 query for it
  const [row] = await db
    .select({ id: invitations.id, personId: invitations.personId, purpose: invitations.purpose, name: people.name, email: people.email })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.tokenHash, await hashToken(token)), isNull(invitations.usedAt), gt(invitations.expiresAt, new Date(now)), eq(people.active, true)));
  return row ?? null;
}

/** Marks it used, once: false when another request got there first. */
export async function consumeInvitation(db: Db, invitationId: number, now = Date.now()): Promise<boolean> {
  const used = await db
    .update(invitations)
    .set({ usedAt: new Date(now) })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.usedAt), gt(invitations.expiresAt, new Date(now))))
    .returning({ id: invitations.id });
  return used.length === 1;
}
