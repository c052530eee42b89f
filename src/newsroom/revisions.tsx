/** @jsxImportSource hono/jsx */
/**
 * Revisions of a story in the newsroom (docs/newsroom.md "Revisions"), mounted under
 * /newsroom/stories: the history, a readable comparison of any two, and "Restore this
 * revision" through the same function as the editor API (routes/editor/restore-revision).
 * Who may see what follows the API: editors every story, contributors their own.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { formatDateTime } from '../i18n';
import { hasRole } from '../middleware/editor-auth';
import { findRevisionSnapshots, listRevisionEntries } from '../queries/newsroom-revisions';
import { restoreRevisionAs } from '../routes/editor/restore-revision';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { newsroomActor, personIdentity } from './identity';
import { renderNewsroom } from './render';
import { compareRevisions } from './revisions-diff';
import { ComparePage, RevisionsPage } from './revisions-views';
import { pathId, screenDeps } from './screen-requests';
import { readableStory } from './story-page-data';

export const REVISIONS_PAGE_SIZE = 50;
/** More pages than an article can have rows (KEEP_REVISION_ROWS): a bigger page number is a typo. */
const MAX_PAGE = 100;
const MAX_ID = 2 ** 31;

/** A positive whole number from a path or query value, or a 400 naming `field`. */
function positiveInt(value: string | undefined, field: string, status: 400 | 404 = 400): number {
  const n = /^[1-9]\d{0,9}$/.test(value ?? '') ? Number(value) : NaN;
  if (!(n <= MAX_ID)) throw new HttpError(status, status === 404 ? 'not_found' : 'invalid_parameter', `${field} must be a positive whole number`, { field });
  return n;
}

async function timeFormatter(c: Context<NewsroomEnv>) {
  const { timeZone } = await readSiteSettings(c.var.db, c.env);
  return (at: Date | number) => formatDateTime(new Date(at).toISOString(), 'en', timeZone);
}

export const revisionScreens = new Hono<NewsroomEnv>()
  .get('/:id/revisions', async (c) => {
    const { state, identity } = await readableStory(c);
    const page = c.req.query('page') === undefined ? 1 : positiveInt(c.req.query('page'), 'page');
    if (page > MAX_PAGE) throw new HttpError(400, 'invalid_parameter', `page must be at most ${MAX_PAGE}`, { field: 'page' });
    const restoredParam = c.req.query('restored');
    const restored = restoredParam && /^\d{1,10}$/.test(restoredParam) ? Number(restoredParam) : undefined;
    const [rows, format] = await Promise.all([listRevisionEntries(c.var.db, state.id, REVISIONS_PAGE_SIZE + 1, (page - 1) * REVISIONS_PAGE_SIZE), timeFormatter(c)]);
    const canRestore = hasRole(identity.role, 'editor') || (state.status === 'draft' && state.deletedAt === null);
    return renderNewsroom(
      c,
      `Revisions: ${state.title}`,
      <RevisionsPage
        story={{ id: state.id, title: state.title, revision: state.revision }}
        entries={rows.slice(0, REVISIONS_PAGE_SIZE)}
        formatTime={format}
        csrfToken={c.var.person.csrfToken}
        canRestore={canRestore && state.deletedAt === null}
        page={page}
        hasOlder={rows.length > REVISIONS_PAGE_SIZE}
        restored={restored}
      />,
      { person: c.var.person },
    );
  })
  .get('/:id/revisions/compare', async (c) => {
    const { state } = await readableStory(c);
    const from = positiveInt(c.req.query('from'), 'from');
    const to = positiveInt(c.req.query('to'), 'to');
    const [found, format] = await Promise.all([findRevisionSnapshots(c.var.db, state.id, [from, to]), timeFormatter(c)]);
    const pick = (revision: number, field: string) => {
      const match = found.find((r) => r.revision === revision);
      if (!match) throw new HttpError(404, 'not_found', `This story has no revision ${revision} (any more)`, { field });
      return match;
    };
    const [older, newer] = [pick(from, 'from'), pick(to, 'to')];
    const describe = (r: typeof older) => ({ revision: r.revision, by: r.by, when: format(r.createdAt) });
    const fields = compareRevisions(older, newer, (ms) => (ms === null || ms === undefined ? '' : format(ms)));
    return renderNewsroom(c, `Compare revisions ${from} and ${to}`, <ComparePage story={{ id: state.id, title: state.title }} from={describe(older)} to={describe(newer)} fields={fields} />, {
      person: c.var.person,
    });
  })
  .post('/:id/revisions/:rev/restore', async (c) => {
    const id = pathId(c, 'id');
    const rev = positiveInt(c.req.param('rev'), 'rev', 404);
    const identity = await personIdentity(c);
    const state = await restoreRevisionAs(c.var.db, screenDeps(c), identity, newsroomActor(identity), id, rev);
    return c.redirect(`/newsroom/stories/${id}/revisions?restored=${state.revision}`, 303);
  });
