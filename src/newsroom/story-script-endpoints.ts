/**
 * What the story editor's scripts call (contract in docs/newsroom.md): autosave with
 * If-Match, presence, and the two pickers. All behind the session, same-origin and CSRF
 * checks of app.tsx; errors are JSON `{ error: { code, message, details } }`, since a script
 * reads them.
 */
import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { articles, tags } from '../db/schema';
import { errorBody, HttpError } from '../http/errors';
import { hasRole } from '../middleware/editor-auth';
import { slugify } from '../model/slug';
import { PublishingError, updateArticle } from '../publishing';
import { loadArticleState } from '../queries/editor-articles';
import { assertContributorMaySet, canEditGuard } from '../routes/editor/access';
import type { NewsroomEnv } from './env';
import { newsroomActor } from './identity';
import { recordPresence } from './presence';
import { headlineQuery } from './stories';
import { allowedStoryActions } from './story-actions';
import { conflictJson, describeConflict, revisionAuthor } from './story-conflict';
import { changedFields, parseStoryChange, readStoryForm, storyFormValues, toFieldErrors } from './story-form';
import { readableStory } from './story-page-data';
import { screenDeps } from './screen-requests';

const PICKER_LIMIT = 10;
const MAX_AUTOSAVE_BYTES = 1024 * 1024;

/** `If-Match: "7"` (the form's revision) or the API's ETag `"a12-r7"`; null when missing. */
function ifMatchRevision(header: string | undefined): number | null {
  if (!header?.trim()) throw new HttpError(428, 'precondition_required', 'Send If-Match with the revision you edited', { fields: { 'If-Match': ['required: "<revision>"'] } });
  const match = /^(?:W\/)?"(?:a\d+-r)?(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new HttpError(400, 'validation_error', 'If-Match must be "<revision>"', { fields: { 'If-Match': ['not "<revision>"'] } });
  return Number(match[1]);
}

/**
 * Autosave is for stories readers cannot see: drafts and unpublished stories. A published
 * story's every save goes live (purge, revision, webhook), and a scheduled one is about to:
 * those are saved only by the explicit Save button. The editor page asks this too.
 */
export const autosavesStory = (story: { status: string; trashed: boolean }) => !story.trashed && (story.status === 'draft' || story.status === 'unpublished');

const invalid = (fields: Record<string, string[]>) => new HttpError(400, 'validation_error', 'Some fields are not valid', { fields });

async function autosave(c: Context<NewsroomEnv>) {
  const { state, identity } = await readableStory(c);
  if (!allowedStoryActions(identity, state).includes('save')) {
    throw new HttpError(hasRole(identity.role, 'editor') ? 409 : 403, hasRole(identity.role, 'editor') ? 'invalid_state' : 'forbidden', 'You cannot save this story in its current state');
  }
  if (!autosavesStory({ status: state.status, trashed: state.deletedAt !== null })) {
    throw new HttpError(409, 'autosave_not_available', `This story is ${state.status}: changes go to readers only when you press Save, so they are not saved automatically`, { status: state.status });
  }
  const expected = ifMatchRevision(c.req.header('if-match'));
  const form = readStoryForm(await c.req.parseBody());
  const conflict = async () => {
    const current = (await loadArticleState(c.var.db, state.id)) ?? state;
    const details = conflictJson(await describeConflict(c.var.db, current, expected, form));
    return c.json(errorBody('revision_conflict', `Someone else saved revision ${current.revision} of this story; nothing of yours was written`, details), 412);
  };
  if (expected !== state.revision) return conflict();
  if (changedFields(form, storyFormValues(state)).length === 0) {
    return c.json({ revision: state.revision, savedAt: new Date(state.updatedAt).toISOString(), savedBy: await revisionAuthor(c.var.db, state.id, state.revision) });
  }
  const parsed = await parseStoryChange(c.var.db, form, state);
  if (!parsed.ok) throw invalid(parsed.errors as Record<string, string[]>);
  assertContributorMaySet(identity, parsed.input);
  try {
    const saved = await updateArticle(c.var.db, screenDeps(c), newsroomActor(identity), state.id, parsed.input, { expectedRevision: state.revision, guard: canEditGuard(identity) });
    return c.json({ revision: saved.revision, savedAt: new Date(saved.updatedAt).toISOString(), savedBy: identity.name });
  } catch (error) {
    if (error instanceof PublishingError && error.code === 'stale_revision') return conflict();
    if (error instanceof PublishingError && error.code === 'invalid_input') throw invalid(toFieldErrors(error.details?.fields) as Record<string, string[]>);
    if (error instanceof PublishingError) throw new HttpError(409, error.code, error.message);
    throw error;
  }
}

/** Tags whose slug starts with what was typed, folded as slugs are ("Łódź" finds "lodz"). */
async function tagSuggestions(c: Context<NewsroomEnv>) {
  const q = (c.req.query('q') ?? '').slice(0, 100);
  if (!/[\p{L}\p{N}]/u.test(q)) return c.json([]);
  const prefix = slugify(q);
  const rows = await c.var.db
    .select({ slug: tags.slug, name: tags.name })
    .from(tags)
    // A range on the unique slug index; '~' sorts after every slug character.
    .where(and(gte(tags.slug, prefix), lt(tags.slug, `${prefix}~`)))
    .orderBy(asc(tags.slug))
    .limit(PICKER_LIMIT);
  return c.json(rows);
}

/** Published stories by headline words (or by id), newest first: "Previously reported" only links what readers can see. */
async function storySuggestions(c: Context<NewsroomEnv>) {
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const byId = /^\d{1,15}$/.test(q) ? Number(q) : null;
  const words = byId === null ? headlineQuery(q) : null;
  if (byId === null && !words) return c.json([]);
  const rows = await c.var.db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(
      eq(articles.status, 'published'),
      isNull(articles.deletedAt),
      byId !== null ? eq(articles.id, byId) : sql`${articles.id} in (select rowid from story_titles_fts where story_titles_fts match ${words})`,
    ))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(PICKER_LIMIT);
  return c.json(rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null })));
}

export const storyScriptEndpoints = new Hono<NewsroomEnv>()
  .post(
    '/stories/:id{[0-9]+}/autosave',
    bodyLimit({ maxSize: MAX_AUTOSAVE_BYTES, onError: () => { throw new HttpError(413, 'payload_too_large', `At most ${MAX_AUTOSAVE_BYTES} bytes`, { fields: { '': ['too large'] } }); } }),
    autosave,
  )
  .post('/stories/:id{[0-9]+}/presence', async (c) => {
    const { state } = await readableStory(c);
    const others = await recordPresence(c.var.db, state.id, c.var.person.id);
    return c.json({ others: others.map((p) => ({ name: p.name, since: p.since.toISOString() })) });
  })
  .get('/tags.json', tagSuggestions)
  .get('/stories/search.json', storySuggestions)
  .onError((error, c) => {
    if (!(error instanceof HttpError)) throw error;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  });
