/**
 * What admins do to people (the People screen, people.tsx): list, invite, change role,
 * deactivate and reactivate, sign out everywhere, recovery links, remove a passkey, set the
 * byline. Each change writes an audit entry naming the admin. The last active admin can be
 * neither demoted nor deactivated: the condition is in the UPDATE itself, so two admins
 * demoting each other at once cannot both succeed.
 */
import { and, asc, eq, isNull, not, sql } from 'drizzle-orm';
import * as z from 'zod';
import type { Db } from '../db/client';
import { apiTokens, authors, passkeys, people, PERSON_ROLES, type PersonRole } from '../db/schema';
import { HttpError } from '../http/errors';
import { auditEntry, type Actor } from '../publishing/write-change';
import { NEWSROOM_TOKEN_PREFIX, newsroomIdentity } from './identity';
import { invitePerson, issueRecovery } from './invitations';
import { endAllSessions } from './sessions';

export const inviteSchema = z.strictObject({
  name: z.string().trim().min(1, 'enter their name').max(120).regex(/^[^\p{Cc}]*$/u, 'no control characters'),
  email: z.email('enter an email address').max(254),
  role: z.enum(PERSON_ROLES, 'choose contributor, editor or admin'),
});
export const roleSchema = z.enum(PERSON_ROLES, 'choose contributor, editor or admin');

// Spelled out: Drizzle leaves columns unqualified in a one-table select, and "id" would be the passkey's.
const passkeyCount = sql<number>`(select count(*) from passkeys where passkeys.person_id = people.id)`;
/** Registering a passkey signs the person in too, so a passkey never used since counts from its creation. */
const lastSignIn = sql<number | null>`(select max(coalesce(passkeys.last_used_at, passkeys.created_at)) from passkeys where passkeys.person_id = people.id)`;

export async function listPeople(db: Db, limit: number, offset: number) {
  const rows = await db
    .select({ id: people.id, name: people.name, email: people.email, role: people.role, active: people.active, passkeys: passkeyCount, lastSignIn })
    .from(people)
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({ ...row, lastSignIn: row.lastSignIn === null ? null : new Date(row.lastSignIn) }));
}
export type PersonListing = Awaited<ReturnType<typeof listPeople>>[number];

/** A person with their passkeys and byline, or a 404. */
export async function findPerson(db: Db, id: number) {
  const [person] = Number.isSafeInteger(id) && id > 0 ? await db.select().from(people).where(eq(people.id, id)) : [];
  if (!person) throw new HttpError(404, 'not_found', 'No such person', { field: 'id' });
  const [keys, byline] = await db.batch([
    db.select({ id: passkeys.id, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt }).from(passkeys).where(eq(passkeys.personId, id)).orderBy(asc(passkeys.createdAt)),
    db
      .select({ slug: authors.slug, name: authors.name })
      .from(apiTokens)
      .innerJoin(authors, eq(authors.id, apiTokens.authorId))
      .where(and(eq(apiTokens.personId, id), eq(apiTokens.tokenPrefix, NEWSROOM_TOKEN_PREFIX), isNull(apiTokens.revokedAt)))
      .limit(1),
  ]);
  return { ...person, passkeys: keys, byline: byline[0] ?? null };
}
export type PersonDetail = Awaited<ReturnType<typeof findPerson>>;

/** True when this row is the only active admin (SQL, evaluated inside the UPDATE). */
const isLastActiveAdmin = sql`(${people.role} = 'admin' and ${people.active} = 1 and (select count(*) from people where role = 'admin' and active = 1) <= 1)`;
const lastAdmin = () => new HttpError(409, 'last_admin', 'This is the last active admin: make someone else an admin first', { field: 'role' });

export async function invite(db: Db, actor: Actor, input: z.output<typeof inviteSchema>): Promise<string> {
  const token = await invitePerson(db, input);
  if (typeof token !== 'string') throw new HttpError(409, 'email_taken', `${input.email} is already in the newsroom; send them a recovery link from their page`, { fields: { email: ['already in the newsroom'] } });
  await auditEntry(db, actor, 'person.invite', null, { email: input.email.toLowerCase(), role: input.role });
  return token;
}

export async function changeRole(db: Db, actor: Actor, id: number, role: PersonRole) {
  const before = await findPerson(db, id);
  if (before.role === role) return;
  const changed = await db
    .update(people)
    .set({ role })
    .where(and(eq(people.id, id), role === 'admin' ? undefined : not(isLastActiveAdmin)))
    .returning({ id: people.id, name: people.name });
  if (!changed.length) throw lastAdmin();
  await newsroomIdentity(db, { ...changed[0]!, role }); // their identity row follows at once
  await auditEntry(db, actor, 'person.role', null, { personId: id, from: before.role, to: role });
}

/** Deactivating also ends every session (the session check would refuse them anyway). */
export async function setActive(db: Db, actor: Actor, id: number, active: boolean) {
  await findPerson(db, id);
  const changed = await db
    .update(people)
    .set({ active })
    .where(and(eq(people.id, id), active ? undefined : not(isLastActiveAdmin)))
    .returning({ id: people.id });
  if (!changed.length) throw lastAdmin();
  if (!active) await endAllSessions(db, id);
  await auditEntry(db, actor, active ? 'person.reactivate' : 'person.deactivate', null, { personId: id });
}

export async function signOutEverywhere(db: Db, actor: Actor, id: number) {
  await findPerson(db, id);
  const ended = await endAllSessions(db, id);
  await auditEntry(db, actor, 'person.sign-out-everywhere', null, { personId: id, sessions: ended });
}

export async function recoveryLink(db: Db, actor: Actor, id: number): Promise<string> {
  const person = await findPerson(db, id);
  const token = await issueRecovery(db, person.email);
  if (typeof token !== 'string') throw new HttpError(409, 'inactive', 'This person is deactivated: reactivate them first', { field: 'id' });
  await auditEntry(db, actor, 'person.recovery', null, { personId: id });
  return token;
}

export async function removePasskey(db: Db, actor: Actor, id: number, credentialId: string) {
  const removed = await db.delete(passkeys).where(and(eq(passkeys.personId, id), eq(passkeys.id, credentialId))).returning({ id: passkeys.id });
  if (!removed.length) throw new HttpError(404, 'not_found', 'No such passkey for this person', { field: 'passkey' });
  await auditEntry(db, actor, 'person.passkey-remove', null, { personId: id, passkey: credentialId.slice(0, 12) });
}

/** The byline the person's stories get: author_id on their newsroom identity row (identity.ts). */
export async function setByline(db: Db, actor: Actor, id: number, authorSlug: string | null) {
  const person = await findPerson(db, id);
  let authorId: number | null = null;
  if (authorSlug) {
    const [author] = await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, authorSlug));
    if (!author) throw new HttpError(400, 'validation_error', 'Unknown author', { fields: { author: [`no author "${authorSlug.slice(0, 120)}"`] } });
    authorId = author.id;
  }
  const identity = await newsroomIdentity(db, person);
  await db.update(apiTokens).set({ authorId }).where(eq(apiTokens.id, identity.tokenId));
  await auditEntry(db, actor, 'person.byline', null, { personId: id, author: authorSlug });
}
