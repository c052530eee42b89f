/**
 * Query parameters of reader pages, validated at the boundary. A bad `?cursor=` is a clear
 * 400 page (a link we never issued), never a 500 and never a silently different page.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { SITE_LANGUAGE, uiStrings } from '../i18n';
import { parseCursorParam, type ListCursor } from '../model/cursor';
import { renderErrorPage } from '../views/render';

/** Stories per page of a section, tag, author or search listing. */
export const LISTING_PAGE_SIZE = 12;

export type CursorOrResponse = { cursor: ListCursor | null; response: null } | { cursor: null; response: Response };

/** The page's keyset cursor, or the 400 page to answer with. */
export function readCursor(c: Context<AppEnv>): CursorOrResponse {
  const parsed = parseCursorParam(c.req.query('cursor'));
  if (parsed.ok) return { cursor: parsed.cursor, response: null };
  return { cursor: null, response: renderErrorPage(c, 400, uiStrings(SITE_LANGUAGE).badPageLink) };
}
