/**
 * Editor API authentication: `Authorization: Bearer <token>`, looked up by SHA-256 hash,
 * revoked tokens refused. Failed attempts are rate limited per client IP (before any
 * hashing for an address that keeps failing: auth-failure-limit.ts), writes per token. `requireRole` then gates each route: contributor < editor < admin.
 */
import { createMiddleware } from 'hono/factory';
import type { TokenRole } from '../db/schema';
import type { AppEnv } from '../env';
import { HttpError } from '../http/errors';
import { findLiveToken, touchToken } from '../queries/editor-tokens';
import { limitAuthFailures } from './auth-failure-limit';
import { clientIp, enforceRateLimit } from './rate-limit';

export interface EditorIdentity {
  tokenId: number;
  name: string;
  role: TokenRole;
  authorId: number | null;
  authorSlug: string | null;
  /**
   * Tokens whose stories count as this identity's own. Absent for API tokens (only the token
   * itself); the newsroom lists every token of the signed-in person (newsroom/identity.ts).
   */
  ownTokenIds?: readonly number[];
}

/** AppEnv plus the authenticated editor: the env of every editor sub-app. */
export type EditorEnv = { Bindings: AppEnv['Bindings']; Variables: AppEnv['Variables'] & { editor: EditorIdentity } };

const RANK: Record<TokenRole, number> = { contributor: 1, editor: 2, admin: 3 };
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="editor-api"' };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([\x21-\x7e]{1,200})$/i.exec(header?.trim() ?? '');
  return match ? match[1]! : null;
}

export const editorAuth = () =>
  createMiddleware<EditorEnv>(async (c, next) => {
    const secret = bearerToken(c.req.header('authorization'));
    // The limiter answers before any hashing or lookup for an address that keeps failing.
    const token = await limitAuthFailures(c.env.EDITOR_AUTH_FAILURES, clientIp(c.req.raw), async () => (secret ? findLiveToken(c.get('db'), secret) : null));
    if (!token) {
      const message = secret ? 'The token is invalid or revoked' : 'Send an API token: Authorization: Bearer <token>';
      throw new HttpError(401, 'unauthorized', message, null, { 'WWW-Authenticate': `${CHALLENGE['WWW-Authenticate']}${secret ? ', error="invalid_token"' : ''}` });
    }
    if (!SAFE_METHODS.has(c.req.method)) await enforceRateLimit(c.env.EDITOR_WRITES, `token:${token.id}`, 'writes');
    const now = Date.now();
    if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > 60_000) await touchToken(c.get('db'), token.id, now);
    // A person's token never does more than the person may now (a demoted editor's scripts too).
    const role = token.personRole && !hasRole(token.personRole, token.role) ? token.personRole : token.role;
    c.set('editor', { tokenId: token.id, name: token.name, role, authorId: token.authorId, authorSlug: token.authorSlug });
    await next();
  });

/** Whether `role` may do what `minimum` may. */
export const hasRole = (role: TokenRole, minimum: TokenRole) => RANK[role] >= RANK[minimum];

/** 403 unless the token's role is at least `minimum`. */
export const requireRole = (minimum: TokenRole) =>
  createMiddleware<EditorEnv>(async (c, next) => {
    const { role } = c.get('editor');
    if (!hasRole(role, minimum)) throw new HttpError(403, 'forbidden', `This needs the ${minimum} role; the token is ${role}`);
    await next();
  });
