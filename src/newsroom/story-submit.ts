/**
 * What the editor form's buttons do, through the publishing path with the person's identity
 * (never a second write path). A button first saves what the form holds (when it changed and
 * the person may save), against the revision the form was loaded at, then takes its action.
 * Outcomes are data; the route renders them.
 */
import type { Context } from 'hono';
import { HttpError } from '../http/errors';
import { hasRole, type EditorIdentity } from '../middleware/editor-auth';
import { fromZonedInputValue } from '../model/site-time';
import {
  createArticle, publishArticle, PublishingError, restoreArticle, scheduleArticle, trashArticle, unpublishArticle, updateArticle,
  type ArticleState, type Guard,
} from '../publishing';
import { loadArticleState } from '../queries/editor-articles';
import { assertContributorMaySet, canEditGuard } from '../routes/editor/access';
import type { NewsroomEnv } from './env';
import { newsroomActor } from './identity';
import { screenDeps } from './screen-requests';
import { allowedStoryActions, STORY_ACTIONS, STORY_ACTION_LABELS, type StoryAction } from './story-actions';
import { describeConflict, type StoryConflict } from './story-conflict';
import { changedFields, parseNewStory, parseStoryChange, storyFormValues, toFieldErrors, type FieldErrors, type StoryFormValues } from './story-form';

export type SubmitOutcome =
  | { kind: 'done'; id: number; action: StoryAction | 'created' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; conflict: StoryConflict };

/** The lifecycle routes' requireRole('editor'), as a publishing guard. */
const editorOnly = (identity: EditorIdentity): Guard => () => {
  if (!hasRole(identity.role, 'editor')) throw new HttpError(403, 'forbidden', `This needs the editor role; you are ${identity.role}`);
};

/** Publishing errors the person can fix in the form become field errors; the rest stay errors. */
function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (error instanceof PublishingError && error.code === 'invalid_input') return toFieldErrors(error.details?.fields ?? { '': [error.message] });
  if (error instanceof PublishingError && error.code === 'slug_taken') return { form: [error.message] };
  if (error instanceof PublishingError) throw new HttpError(error.code === 'not_found' ? 404 : 409, error.code, error.message);
  return null;
}

export async function createStory(c: Context<NewsroomEnv>, identity: EditorIdentity, form: StoryFormValues): Promise<SubmitOutcome> {
  const parsed = await parseNewStory(c.var.db, form);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  assertContributorMaySet(identity, parsed.input);
  try {
    const state = await createArticle(c.var.db, screenDeps(c), newsroomActor(identity), parsed.input, { createdByTokenId: identity.tokenId, defaultAuthorSlug: identity.authorSlug });
    return { kind: 'done', id: state.id, action: 'created' };
  } catch (error) {
    const errors = fieldErrorsOf(error);
    if (errors) return { kind: 'invalid', errors };
    throw error;
  }
}

export interface StorySubmission {
  action: string;
  revision: string;
  scheduleAt: string;
  form: StoryFormValues;
  timeZone: string;
}

/** The instant "Publish at" names in the site's zone, or a field error. */
function scheduleInstant(value: string, timeZone: string, now: number): number | FieldErrors {
  if (!value) return { scheduleAt: ['choose a date and time to publish at'] };
  const at = fromZonedInputValue(value, timeZone);
  if (at === null) return { scheduleAt: ['not a valid date and time'] };
  if (at <= now) return { scheduleAt: [`must be in the future: ${value.replace('T', ' ')} in ${timeZone} has already passed`] };
  return at;
}

export async function submitStory(c: Context<NewsroomEnv>, identity: EditorIdentity, state: ArticleState, sent: StorySubmission): Promise<SubmitOutcome> {
  const action = (STORY_ACTIONS as readonly string[]).includes(sent.action) ? (sent.action as StoryAction) : null;
  if (!action) throw new HttpError(400, 'validation_error', `action must be one of ${STORY_ACTIONS.join(', ')}`, { fields: { action: ['unknown action'] } });
  const allowed = allowedStoryActions(identity, state);
  if (!allowed.includes(action)) {
    if (!hasRole(identity.role, 'editor')) throw new HttpError(403, 'forbidden', `As a ${identity.role} you cannot ${STORY_ACTION_LABELS[action].toLowerCase()} this story`);
    throw new HttpError(409, 'invalid_state', `This story is ${state.deletedAt ? 'in the trash' : state.status}: "${STORY_ACTION_LABELS[action]}" does not apply to it`);
  }
  const db = c.var.db;
  const baseRevision = /^\d{1,9}$/.test(sent.revision) ? Number(sent.revision) : null;
  const conflict = async (current: ArticleState) => ({ kind: 'conflict' as const, conflict: await describeConflict(db, current, baseRevision, sent.form) });
  if (baseRevision !== state.revision && action !== 'restore') return conflict(state);

  const deps = screenDeps(c);
  const actor = newsroomActor(identity);
  let at = 0;
  if (action === 'schedule') {
    const instant = scheduleInstant(sent.scheduleAt, sent.timeZone, deps.now());
    if (typeof instant !== 'number') return { kind: 'invalid', errors: instant };
    at = instant;
  }
  try {
    let current = state;
    const contentChanged = action !== 'restore' && changedFields(sent.form, storyFormValues(state)).length > 0;
    if (allowed.includes('save') && contentChanged) {
      const parsed = await parseStoryChange(db, sent.form, state);
      if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
      assertContributorMaySet(identity, parsed.input);
      current = await updateArticle(db, deps, actor, state.id, parsed.input, { expectedRevision: state.revision, guard: canEditGuard(identity) });
    }
    const options = { expectedRevision: current.revision, guard: editorOnly(identity) };
    if (action === 'publish') await publishArticle(db, deps, actor, state.id, options);
    else if (action === 'schedule') await scheduleArticle(db, deps, actor, state.id, at, options);
    else if (action === 'unpublish') await unpublishArticle(db, deps, actor, state.id, options);
    else if (action === 'trash') await trashArticle(db, deps, actor, state.id, options);
    else if (action === 'restore') await restoreArticle(db, deps, actor, state.id, { guard: editorOnly(identity) });
    return { kind: 'done', id: state.id, action };
  } catch (error) {
    if (error instanceof PublishingError && error.code === 'stale_revision') {
      const latest = await loadArticleState(db, state.id);
      if (latest) return conflict(latest);
    }
    const errors = fieldErrorsOf(error);
    if (errors) return { kind: 'invalid', errors };
    throw error;
  }
}
