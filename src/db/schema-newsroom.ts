/**
 * The newsroom's people (docs/newsroom.md): who may sign in, with which passkeys, through
 * which invitations, in which sessions. Secrets are never stored: invitation tokens and
 * session ids only as SHA-256 hashes, passkeys only as public keys.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const PERSON_ROLES = ['contributor', 'editor', 'admin'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const INVITATION_PURPOSES = ['invite', 'recovery'] as const;
export const CHALLENGE_PURPOSES = ['register', 'authenticate'] as const;

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    /** Cleared to lock someone out: every session check reads it. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  // "Ada@Example.com" and "ada@example.com" are one person.
  (t) => [uniqueIndex('people_email_unique').on(sql`lower(${t.email})`)],
);

export const passkeys = sqliteTable(
  'passkeys',
  {
    /** The credential id, base64url, as the browser reports it. */
    id: text('id').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    /** The COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    /** The authenticator's signature counter (0 for those that keep none). */
    counter: integer('counter').notNull().default(0),
    /** JSON array of transports ("internal", "usb", "hybrid"...), as hints for the browser. */
    transports: text('transports'),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('passkeys_person_idx').on(t.personId)],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the one-time token in the link; the token itself exists only in the link. */
    tokenHash: text('token_hash').notNull(),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: INVITATION_PURPOSES }).notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('invitations_token_hash_unique').on(t.tokenHash)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session id in the cookie: a leaked table signs nobody in. */
    idHash: text('id_hash').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    /** The absolute end, whatever the activity. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_person_idx').on(t.personId)],
);

/** WebAuthn challenges: single use (deleted when consumed) and short-lived. */
export const webauthnChallenges = sqliteTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  purpose: text('purpose', { enum: CHALLENGE_PURPOSES }).notNull(),
  /** The invitation a registration challenge was issued for. */
  invitationId: integer('invitation_id'),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

export type Person = typeof people.$inferSelect;
