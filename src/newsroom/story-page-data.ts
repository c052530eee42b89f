/**
 * What every story screen reads before rendering: the person's editor identity, the site's
 * settings (time zone, default language) and the choices of the form's selects. Views
 * receive these; they never query.
 */
import type { Context } from 'hono';
import { listAuthors, listSections } from '../queries/editor-taxonomy';
import { loadArticleState } from '../queries/editor-articles';
import { readSiteSettings } from '../site/settings';
import { hasRole, type EditorIdentity } from '../middleware/editor-auth';
import { HttpError } from '../http/errors';
import { assertCanRead } from '../routes/editor/access';
import type { ArticleState } from '../publishing';
import { isPublicState } from '../publishing/article-state';
import { paths } from '../model/urls';
import type { NewsroomEnv } from './env';
import { newsroomIdentity } from './identity';
import { allowedStoryActions } from './story-actions';
import { NO_AUTHOR } from './story-form';

/** Languages offered in the select (the article's own tag is added when it is another). */
const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'pl', name: 'Polski' },
  { tag: 'uk', name: 'Українська' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
];

export async function storyScreenContext(c: Context<NewsroomEnv>) {
  const db = c.var.db;
  const [identity, settings, sections, allAuthors] = await Promise.all([
    newsroomIdentity(db, c.var.person),
    readSiteSettings(db, c.env),
    listSections(db),
    listAuthors(db),
  ]);
  // Contributors may only credit their own byline (assertContributorMaySet): offer only that.
  const bylines = hasRole(identity.role, 'editor')
    ? [{ value: NO_AUTHOR, label: 'No byline' }, ...allAuthors.map((a) => ({ value: a.slug, label: a.name }))]
    : identity.authorSlug
      ? allAuthors.filter((a) => a.slug === identity.authorSlug).map((a) => ({ value: a.slug, label: a.name }))
      : [{ value: NO_AUTHOR, label: 'No byline' }];
  return { identity, settings, sections, authors: allAuthors, bylines, languages: LANGUAGES };
}

export type StoryScreenContext = Awaited<ReturnType<typeof storyScreenContext>>;

/** The story `id` from the path, readable by this person (the API's assertCanRead), or 404/403. */
export async function readableStory(c: Context<NewsroomEnv>, identity: EditorIdentity): Promise<ArticleState> {
  const raw = c.req.param('id') ?? '';
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  const state = Number.isSafeInteger(id) ? await loadArticleState(c.var.db, id) : null;
  if (!state) throw new HttpError(404, 'not_found', 'There is no such story.', { field: 'id' });
  assertCanRead(identity, state);
  return state;
}

/** The story block of the editor page's props. */
export const storySummary = (state: ArticleState, ctx: StoryScreenContext) => ({
  id: state.id,
  revision: state.revision,
  status: state.status,
  trashed: state.deletedAt !== null,
  scheduledAt: state.status === 'scheduled' ? state.scheduledAt : null,
  publicUrl: isPublicState(state) ? paths.article(state.slug) : null,
  actions: allowedStoryActions(ctx.identity, state),
});
