/** @jsxImportSource hono/jsx */
/**
 * The Audit log screen, /newsroom/audit (admins; docs/newsroom.md "Audit log"): every change
 * the publishing path recorded, naming the person, newest first, keyset-paged, filtered
 * by person, story and action. Reads only (src/queries/newsroom-audit).
 */
import { Hono } from 'hono';
import { HttpError } from '../http/errors';
import { formatDateTime } from '../i18n';
import { listAuditEntries, listPeopleForFilter } from '../queries/newsroom-audit';
import { readSiteSettings } from '../site/settings';
import { AuditPage, pageHref, type AuditFilterValues } from './audit-views';
import type { NewsroomEnv } from './env';
import { renderNewsroom, requirePersonRole } from './render';

export const AUDIT_PAGE_SIZE = 50;
const ACTION = /^[a-z][a-z0-9._-]{0,63}$/;

/** An optional positive whole number from the query, or a 400 naming the field. */
function optionalId(value: string | undefined, field: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2 ** 31) throw new HttpError(400, 'invalid_parameter', `${field} must be a positive whole number`, { field });
  return Number(value);
}

export const auditScreens = new Hono<NewsroomEnv>().get('/', requirePersonRole('admin'), async (c) => {
  const action = c.req.query('action')?.trim() || undefined;
  if (action !== undefined && !ACTION.test(action)) throw new HttpError(400, 'invalid_parameter', 'action is a name such as "publish" or "correction-add"', { field: 'action' });
  const filter: AuditFilterValues = { person: optionalId(c.req.query('person'), 'person'), story: optionalId(c.req.query('story'), 'story'), action };
  const before = optionalId(c.req.query('before'), 'before');
  const [page, people, settings] = await Promise.all([
    listAuditEntries(c.var.db, { personId: filter.person, articleId: filter.story, action, before }, AUDIT_PAGE_SIZE),
    listPeopleForFilter(c.var.db),
    readSiteSettings(c.var.db, c.env),
  ]);
  return renderNewsroom(
    c,
    'Audit log',
    <AuditPage
      entries={page.entries}
      people={people}
      filter={filter}
      formatTime={(at) => formatDateTime(at.toISOString(), 'en', settings.timeZone)}
      olderHref={page.older === null ? null : pageHref(filter, page.older)}
      first={before === undefined}
    />,
    { person: c.var.person },
  );
});
