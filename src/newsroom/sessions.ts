/**
 * Newsroom sessions: a random id in an HttpOnly cookie, its SHA-256 in D1. A session ends
 * after 12 idle hours or 7 days in all, on sign-out, when an admin signs its person out
 * everywhere, and at once when the person is deactivated (every check joins `people`).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { people, sessions, type PersonRole } from '../db/schema';
import { hashToken } from '../model/tokens';
import { hmac, looksLikeSecret, randomSecret } from './secrets';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is rewritten at most this often: one write per active person every few minutes, not per request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface SignedInPerson {
  id: number;
  name: string;
  email: string;
  role: PersonRole;
  /** Derived from the session id: what forms must send back (csrf.ts). */
  csrfToken: string;
  sessionIdHash: string;
}

/**
 * `__Host-` cookies must be Secure, which browsers refuse to set over http; http only
 * happens on http://localhost under `npm run dev`, where the plain name is used.
 */
export function sessionCookie(origin: string) {
  const secure = origin.startsWith('https:');
  return { name: secure ? '__Host-newsroom' : 'newsroom', secure };
}

export function sessionCookieHeader(origin: string, value: string, maxAgeSeconds: number): string {
  const { name, secure } = sessionCookie(origin);
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export const clearedSessionCookieHeader = (origin: string) => sessionCookieHeader(origin, '', 0);

export function readSessionCookie(cookieHeader: string | null, origin: string): string | undefined {
  const { name } = sessionCookie(origin);
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export const csrfTokenFor = (sessionId: string) => hmac(sessionId, 'newsroom-csrf');

/** Starts a session for `personId`; returns the id for the cookie (never stored). */
export async function startSession(db: Db, personId: number, now = Date.now()): Promise<string> {
  const id = randomSecret();
  await db.insert(sessions).values({ idHash: await hashToken(id), personId, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_LIFETIME_MS) });
  return id;
}

/** Whether a session row is still alive at `now`. */
export function isSessionAlive(row: { lastSeenAt: Date; expiresAt: Date }, now: number): boolean {
  return now < row.expiresAt.getTime() && now < row.lastSeenAt.getTime() + SESSION_IDLE_MS;
}

/** The signed-in person behind a session id, or null; keeps an active session alive. */
export async function loadSession(db: Db, sessionId: string | undefined, now = Date.now()): Promise<SignedInPerson | null> {
  if (!looksLikeSecret(sessionId)) return null;
  const idHash = await hashToken(sessionId);
  const [row] = await db
    .select({ id: people.id, name: people.name, email: people.email, role: people.role, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(and(eq(sessions.idHash, idHash), eq(people.active, true)));
  if (!row) return null;
  if (!isSessionAlive(row, now)) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, idHash));
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, csrfToken: await csrfTokenFor(sessionId), sessionIdHash: idHash };
}

export const endSession = (db: Db, idHash: string) => db.delete(sessions).where(eq(sessions.idHash, idHash));

/** Signs a person out on every device; returns how many sessions ended. */
export async function endAllSessions(db: Db, personId: number): Promise<number> {
  return (await db.delete(sessions).where(eq(sessions.personId, personId)).returning({ idHash: sessions.idHash })).length;
}
