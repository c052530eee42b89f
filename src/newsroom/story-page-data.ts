/**
 * What every story screen reads before rendering: the person's editor identity, the site's
 * settings (time zone, default language) and the choices of the form's selects, in one D1
 * round trip; and the story of the path, if the person may read it. Views receive these;
 * they never query.
 */
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { siteSettings } from '../db/schema-site';
import { listAuthors, listSections } from '../queries/editor-taxonomy';
import { loadArticleState } from '../queries/editor-articles';
import { toSiteSettings } from '../site/settings';
import { hasRole, type EditorIdentity } from '../middleware/editor-auth';
import { HttpError } from '../http/errors';
import { assertCanRead } from '../routes/editor/access';
import type { ArticleState } from '../publishing';
import { isPublicState } from '../publishing/article-state';
import { paths } from '../model/urls';
import type { NewsroomEnv } from './env';
import { identityReads, personIdentity } from './identity';
import { pathId } from './screen-requests';
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
  // readSiteSettings' statement, here to ride in the batch (src/site/settings has no statement form).
  const read = db.batch([...identityReads(db, c.var.person.id), db.select().from(siteSettings).where(eq(siteSettings.id, 1)), listSections(db), listAuthors(db)]);
  // Kept on the context before the batch answers, so a guard run alongside reuses it.
  const [[, , [settingsRow], sections, allAuthors], identity] = await Promise.all([read, personIdentity(c, read)]);
  const settings = toSiteSettings(settingsRow, c.env);
  // Contributors may only credit their own byline (assertContributorMaySet): offer only that.
  const bylines = hasRole(identity.role, 'editor')
    ? [{ value: NO_AUTHOR, label: 'No byline' }, ...allAuthors.map((a) => ({ value: a.slug, label: a.name }))]
    : identity.authorSlug
      ? allAuthors.filter((a) => a.slug === identity.authorSlug).map((a) => ({ value: a.slug, label: a.name }))
      : [{ value: NO_AUTHOR, label: 'No byline' }];
  return { identity, settings, sections, authors: allAuthors, bylines, languages: LANGUAGES };
}

export type StoryScreenContext = Awaited<ReturnType<typeof storyScreenContext>>;

/**
 * The story `id` from the path and the person's identity, if the story exists (else 404) and
 * `may` lets the person at it (else its 403): by default the API's assertCanRead.
 */
export async function readableStory(
  c: Context<NewsroomEnv>,
  may: (identity: EditorIdentity, story: ArticleState) => void = assertCanRead,
): Promise<{ state: ArticleState; identity: EditorIdentity }> {
  const id = pathId(c, 'id');
  const [state, identity] = await Promise.all([loadArticleState(c.var.db, id), personIdentity(c)]);
  if (!state) throw new HttpError(404, 'not_found', 'No such story', { field: 'id' });
  may(identity, state);
  return { state, identity };
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
