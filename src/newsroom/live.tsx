/** @jsxImportSource hono/jsx */
/**
 * Live entries of a story in the newsroom (docs/newsroom.md "Live entries"), mounted under
 * /newsroom/stories: pinned first, then newest, paged; post, edit, pin/unpin, key event and
 * delete through publishing/live-entries with the editor API's guard (canEditGuard:
 * contributors their own drafts, editors and admins any story), so refusals are the API's.
 */
import { desc, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { formatDateTime } from '../i18n';
import { liveEntries } from '../db/schema';
import { deleteLiveEntry, postLiveEntry, updateLiveEntry } from '../publishing/live-entries';
import { canEditGuard } from '../routes/editor/access';
import { asHttp } from '../routes/editor/publishing-errors';
import { fieldDetails } from '../routes/editor/request-body';
import { createEntrySchema, updateEntrySchema } from '../schemas/live';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { newsroomActor, personIdentity } from './identity';
import { LivePage, type LiveState } from './live-views';
import { renderNewsroom, type RenderOptions } from './render';
import { asPageState, formText, pageParam, pathId, screenDeps } from './screen-requests';
import { readableStory } from './story-page-data';

export const LIVE_PAGE_SIZE = 50;
/** Beyond this many pages a story has more entries than a day of coverage: a typo. */
const MAX_PAGE = 200;

/** A checkbox or a one-field toggle form: 'true' / 'false', or unchecked in a form that has the boxes (`flags`). */
function flag(form: Record<string, unknown>, name: string): boolean | undefined {
  const value = formText(form, name);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return formText(form, 'flags') ? false : undefined;
}

/** The form as the API's JSON: only the fields the form sent. */
const entryInput = (form: Record<string, unknown>) =>
  Object.fromEntries(Object.entries({ body: formText(form, 'body'), pinned: flag(form, 'pinned'), keyEvent: flag(form, 'keyEvent') }).filter(([, v]) => v !== undefined));

const DONE: Record<string, string> = { posted: 'Entry posted.', edited: 'Entry saved.', deleted: 'Entry deleted; the audit log keeps its text.' };

async function page(c: Context<NewsroomEnv>, state?: LiveState, status?: RenderOptions['status']) {
  const { state: story, identity } = await readableStory(c);
  const pageNo = pageParam(c.req.query('page'), MAX_PAGE);
  // Pinned first, then newest: one range of live_entries_page_idx (article_id, pinned, id).
  const [rows, settings] = await Promise.all([
    c.var.db.select().from(liveEntries).where(eq(liveEntries.articleId, story.id)).orderBy(desc(liveEntries.pinned), desc(liveEntries.id)).limit(LIVE_PAGE_SIZE + 1).offset((pageNo - 1) * LIVE_PAGE_SIZE),
    readSiteSettings(c.var.db, c.env),
  ]);
  let canEdit = true;
  try {
    canEditGuard(identity)(story);
  } catch {
    canEdit = false;
  }
  const body = (
    <LivePage
      story={{ id: story.id, title: story.title, live: story.live === true, trashed: story.deletedAt !== null }}
      entries={rows.slice(0, LIVE_PAGE_SIZE)}
      page={pageNo}
      hasMore={rows.length > LIVE_PAGE_SIZE}
      formatTime={(at) => formatDateTime(at.toISOString(), 'en', settings.timeZone)}
      csrf={c.var.person.csrfToken}
      canEdit={canEdit}
      state={state}
      message={DONE[c.req.query('done') ?? '']}
    />
  );
  return renderNewsroom(c, `Live entries: ${story.title}`, body, { person: c.var.person, status });
}

async function writer(c: Context<NewsroomEnv>) {
  const identity = await personIdentity(c);
  return { deps: screenDeps(c), actor: newsroomActor(identity), guard: canEditGuard(identity) };
}

const back = (id: number, done: string) => `/newsroom/stories/${id}/live?done=${done}`;
const CHECK = 'Check the fields marked below.';

export const liveScreens = new Hono<NewsroomEnv>()
  .get('/:id/live', (c) => page(c))
  .post('/:id/live', async (c) => {
    const id = pathId(c, 'id');
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const parsed = createEntrySchema.safeParse(entryInput(form));
    if (!parsed.success) return page(c, { values: form, errors: fieldDetails(parsed.error).fields, message: CHECK, error: true }, 400);
    const w = await writer(c);
    try {
      await asHttp(postLiveEntry(c.var.db, w.deps, w.actor, id, parsed.data, w.guard));
    } catch (error) {
      const refused = asPageState(error, form);
      return page(c, refused.state, refused.status);
    }
    return c.redirect(back(id, 'posted'), 303);
  })
  .post('/:id/live/:entryId', async (c) => {
    const [id, entryId] = [pathId(c, 'id'), pathId(c, 'entryId')];
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const parsed = updateEntrySchema.safeParse(entryInput(form));
    if (!parsed.success) return page(c, { values: form, errors: fieldDetails(parsed.error).fields, message: CHECK, error: true, entryId }, 400);
    const w = await writer(c);
    try {
      await asHttp(updateLiveEntry(c.var.db, w.deps, w.actor, id, entryId, parsed.data, w.guard));
    } catch (error) {
      const refused = asPageState(error, form);
      return page(c, { ...refused.state, entryId }, refused.status);
    }
    return c.redirect(back(id, 'edited'), 303);
  })
  .post('/:id/live/:entryId/delete', async (c) => {
    const [id, entryId] = [pathId(c, 'id'), pathId(c, 'entryId')];
    const w = await writer(c);
    await asHttp(deleteLiveEntry(c.var.db, w.deps, w.actor, id, entryId, w.guard));
    return c.redirect(back(id, 'deleted'), 303);
  });
