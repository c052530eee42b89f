/** @jsxImportSource hono/jsx */
/**
 * /newsroom/fronts (editors and admins, as the editor API): the home page's and each
 * section's curated slots. Saving goes through putFront (routes/editor/fronts.ts), the API's
 * own function, so the If-Match rule holds: the form carries the ETag it was drawn from, and
 * a front another editor saved since answers 412 with the current slots.
 */
import { asc } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { sections } from '../db/schema';
import { HttpError } from '../http/errors';
import { fromZonedInputValue } from '../model/site-time';
import { HOME_FRONT, type FrontRef } from '../queries/fronts';
import { editorView, frontOf, putFront } from '../routes/editor/fronts';
import { MAX_TOP_STORIES } from '../schemas/fronts';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { FrontEditPage, FrontListPage } from './fronts-views';
import { personActor } from './identity';
import type { PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { asPageState, formText, pageParam, screenDeps } from './screen-requests';

export const FRONTS_PAGE_SIZE = 50;
const MAX_PAGE = 1000;

/** The front named in the path: `home` or a section slug (404 otherwise, as the API). */
async function namedFront(c: Context<NewsroomEnv>): Promise<FrontRef> {
  const name = c.req.param('front') ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) || name.length > 100) throw new HttpError(404, 'not_found', `No front "${name}"`, { field: 'front' });
  return frontOf(c.var.db, name);
}

type SlotForm = { body: Record<string, unknown>; errors: Record<string, string[]>; formIndex: number[] };

/**
 * The form's slots as the API's JSON body. Empty top rows are skipped, so `formIndex` maps
 * the API's `top[i]` back to the row the editor typed in; times are in the site's zone.
 */
function slotsFromForm(form: Record<string, unknown>, timeZone: string): SlotForm {
  const errors: Record<string, string[]> = {};
  const slot = (field: string) => {
    const id = (formText(form, field) ?? '').trim();
    const until = (formText(form, `${field}.until`) ?? '').trim();
    if (!id) return null;
    if (!/^\d{1,15}$/.test(id)) (errors[field] ??= []).push('enter the story number (the digits in /newsroom/stories/…)');
    const ms = until ? fromZonedInputValue(until, timeZone) : null;
    if (until && ms === null) (errors[`${field}.until`] ??= []).push('enter a date and time');
    return ms === null ? Number(id) : { id: Number(id), until: new Date(ms).toISOString() };
  };
  const lead = slot('lead');
  const top: unknown[] = [];
  const formIndex: number[] = [];
  for (let i = 0; i < MAX_TOP_STORIES; i++) {
    const chosen = slot(`top[${i}]`);
    if (chosen !== null) (top.push(chosen), formIndex.push(i));
  }
  return { body: { lead, top }, errors, formIndex };
}

/** The API names `top[2]` by its place in the body; the form by its row. */
const toFormFields = (fields: Record<string, string[]> | undefined, formIndex: number[]) =>
  fields && Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.replace(/^top\[(\d+)\]/, (_, i) => `top[${formIndex[Number(i)] ?? i}]`), value]));

async function editPage(c: Context<NewsroomEnv>, front: FrontRef, state?: PageState, status?: RenderOptions['status']) {
  const [view, settings] = await Promise.all([editorView(c.var.db, front, Date.now()), readSiteSettings(c.var.db, c.env)]);
  const saved = c.req.query('done') === 'saved' ? 'Front saved: readers see it now.' : undefined;
  const body = <FrontEditPage front={view} timeZone={settings.timeZone} csrf={c.var.person.csrfToken} state={state} message={saved} />;
  return renderNewsroom(c, `Front: ${view.front}`, body, { person: c.var.person, status });
}

export const frontScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('editor'))
  .get('/', async (c) => {
    const page = pageParam(c.req.query('page'), MAX_PAGE);
    const rows = await c.var.db.select({ slug: sections.slug, name: sections.name }).from(sections).orderBy(asc(sections.name), asc(sections.id))
      .limit(FRONTS_PAGE_SIZE + 1).offset((page - 1) * FRONTS_PAGE_SIZE);
    const fronts = [...(page === 1 ? [{ slug: HOME_FRONT, name: 'Home page' }] : []), ...rows.slice(0, FRONTS_PAGE_SIZE)];
    return renderNewsroom(c, 'Fronts', <FrontListPage fronts={fronts} page={page} hasNext={rows.length > FRONTS_PAGE_SIZE} />, { person: c.var.person });
  })
  .get('/:front', async (c) => editPage(c, await namedFront(c)))
  .post('/:front', async (c) => {
    const front = await namedFront(c);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const { timeZone } = await readSiteSettings(c.var.db, c.env);
    const slots = slotsFromForm(form, timeZone);
    if (Object.keys(slots.errors).length) return editPage(c, front, { values: form, errors: slots.errors, message: 'Check the slots marked below.', error: true }, 400);
    try {
      await putFront(c.var.db, screenDeps(c), await personActor(c), front, formText(form, 'etag'), slots.body);
    } catch (error) {
      const refused = asPageState(error, form);
      // A stale form shows the front as it is now, not what was typed over it.
      const state = refused.status === 412 ? { message: refused.state.message, error: true } : { ...refused.state, errors: toFormFields(refused.state.errors, slots.formIndex) };
      return editPage(c, front, state, refused.status);
    }
    return c.redirect(`/newsroom/fronts/${front.name}?done=saved`, 303);
  });
