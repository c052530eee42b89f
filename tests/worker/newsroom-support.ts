/** Helpers for the newsroom tests: people and sessions written straight to the local D1. */
import { eq } from 'drizzle-orm';
import { people, type PersonRole } from '../../src/db/schema';
import { newInvitation } from '../../src/newsroom/invitations';
import { invitations } from '../../src/db/schema';
import { csrfTokenFor, startSession } from '../../src/newsroom/sessions';

import { db, ORIGIN, request } from './support';

export { db, ORIGIN };
export const COOKIE = '__Host-newsroom';

let counter = 0;

/** Through the Worker's fetch handler, redirects not followed (support.ts). */
export const send = (path: string, init: RequestInit = {}): Promise<Response> => request(path, init);

/** A person with a realistic name; returns their id. */
export async function addPerson(role: PersonRole, name = 'Ołeksandra Kowalczyk-Шевченко'): Promise<number> {
  const [row] = await db().insert(people).values({ name, email: `person-${++counter}-${crypto.randomUUID()}@example.com`, role }).returning({ id: people.id });
  return row!.id;
}

/** A signed-in person: their session cookie and the CSRF token the forms carry. */
export async function signedIn(role: PersonRole, now?: number) {
  const personId = await addPerson(role);
  const sessionId = await startSession(db(), personId, now);
  return { personId, sessionId, cookie: `${COOKIE}=${sessionId}`, csrf: await csrfTokenFor(sessionId) };
}

/** A same-origin form POST, as the newsroom's own pages send it. */
export function postForm(path: string, cookie: string, fields: Record<string, string>, headers: Record<string, string> = { origin: ORIGIN }) {
  return send(path, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
}

export async function invitationFor(personId: number, options: { purpose?: 'invite' | 'recovery'; expiresAt?: Date } = {}) {
  const invitation = await newInvitation();
  await db().insert(invitations).values({ tokenHash: invitation.tokenHash, personId, purpose: options.purpose ?? 'invite', expiresAt: options.expiresAt ?? invitation.expiresAt });
  return invitation.token;
}

export const deactivate = (personId: number) => db().update(people).set({ active: false }).where(eq(people.id, personId));

/**
 * The first /newsroom request imports the lazy newsroom app (gateway.ts): call this from
 * `beforeAll` with a long timeout so the import happens once, outside any test's timeout.
 */
export async function warmNewsroom(): Promise<void> {
  await send('/newsroom/sign-in');
}
