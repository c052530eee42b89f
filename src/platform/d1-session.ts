/**
 * D1 read replication through the Sessions API. Readers may read from any replica
 * (`first-unconstrained`); editors must read their own writes, so their requests start on
 * the primary or at the bookmark they send back in `x-d1-bookmark`, and every editor
 * response carries the session's latest bookmark in the same header.
 */

import { NEWSROOM_PREFIX } from '../newsroom/gateway';
import { EDITOR_API_PREFIX } from '../routes/editor-gateway';

export const BOOKMARK_HEADER = 'x-d1-bookmark';

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Requests that act for an editor: the editor API, by path. An `Authorization` header on a
 * public page means nothing: it must not buy a fresh render from the primary.
 */
export function isEditorRequest(request: Request): boolean {
  return isUnder(new URL(request.url).pathname, EDITOR_API_PREFIX);
}

// D1 bookmarks are opaque, short and printable; anything else falls back to the primary.
const PLAUSIBLE_BOOKMARK = /^[\w.:+/=-]{1,256}$/;

/**
 * Where this request's session starts: a replica for readers, the primary or a bookmark for
 * editors, always the primary for the newsroom (its sessions and invitations are read right
 * after they are written, and a browser sends no bookmark) and for preview links.
 */
export function sessionConstraint(request: Request): string {
  const path = new URL(request.url).pathname;
  if (isUnder(path, NEWSROOM_PREFIX)) return 'first-primary';
  // A preview link is often opened seconds after the newsroom created it: a replica may not
  // have it yet. Anonymous misses are rate-limited (routes/preview), so this stays cheap.
  if (isUnder(path, '/preview') || isUnder(path, '/lite/preview')) return 'first-primary';
  if (!isEditorRequest(request)) return 'first-unconstrained';
  const bookmark = request.headers.get(BOOKMARK_HEADER)?.trim();
  return bookmark && PLAUSIBLE_BOOKMARK.test(bookmark) ? bookmark : 'first-primary';
}

/** Opens the D1 session a request reads and writes through. Opening makes no query. */
export function openD1Session(db: D1Database, request: Request): D1DatabaseSession {
  return db.withSession(sessionConstraint(request));
}
