/** @jsxImportSource hono/jsx */
/**
 * The Stories list (/newsroom) and the story editor (/newsroom/stories/...), as server-rendered
 * pages whose forms work without JavaScript. Mounted by app.tsx after requireSession; the
 * editor's script endpoints are in story-script-endpoints.ts.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { toZonedInputValue } from '../model/site-time';
import type { ArticleState } from '../publishing';
import type { NewsroomEnv } from './env';
import { renderArticlePreview } from '../preview/render-draft';
import { othersPresent } from './presence';
import { renderNewsroom } from './render';
import { decodeStoryCursor, encodeStoryCursor, listStories, storyOwners, STORY_LIST_STATUSES, type StoryFilters, type StoryListStatus } from './stories';
import { NEW_STORY_ACTIONS } from './story-actions';
import { StoryEditorPage, type StoryEditorProps } from './story-editor-page';
import { NO_AUTHOR, readStoryForm, storyFormValues, type FieldErrors, type StoryFormValues } from './story-form';
import { StoriesPage } from './story-list-page';
import { readableStory, storyScreenContext, storySummary, type StoryScreenContext } from './story-page-data';
import { storyScriptEndpoints } from './story-script-endpoints';
import { createStory, submitStory, type SubmitOutcome } from './story-submit';

const EDITOR_SCRIPTS = ['/newsroom/assets/editor.js'];
const SLUG_FILTER = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** What the page says after a button did its work (fixed texts: nothing from the URL is echoed). */
const DONE_NOTICES: Record<string, string> = {
  created: 'Draft created.', save: 'Saved.', preview: 'Saved.', publish: 'Published.', schedule: 'Scheduled.',
  unpublish: 'Unpublished.', trash: 'Moved to the trash.', restore: 'Restored from the trash.',
};

function listFilters(c: Context<NewsroomEnv>): StoryFilters {
  const status = c.req.query('status') || undefined;
  if (status !== undefined && !(STORY_LIST_STATUSES as readonly string[]).includes(status)) {
    throw new HttpError(400, 'invalid_status', `status must be one of ${STORY_LIST_STATUSES.join(', ')}`, { field: 'status' });
  }
  const slug = (name: 'section' | 'author') => {
    const value = c.req.query(name) || undefined;
    if (value !== undefined && !SLUG_FILTER.test(value)) throw new HttpError(400, `invalid_${name}`, `${name} must be a slug`, { field: name });
    return value;
  };
  const text = c.req.query('q')?.trim().slice(0, 200) || undefined;
  return { status: status as StoryListStatus | undefined, section: slug('section'), author: slug('author'), text };
}

function olderHref(filters: StoryFilters, cursor: string): string {
  const params = new URLSearchParams();
  if (filters.text) params.set('q', filters.text);
  if (filters.status) params.set('status', filters.status);
  if (filters.section) params.set('section', filters.section);
  if (filters.author) params.set('author', filters.author);
  params.set('before', cursor);
  return `/newsroom?${params}`;
}

type EditorOverrides = Partial<Pick<StoryEditorProps, 'values' | 'scheduleAt' | 'errors' | 'conflict' | 'notice'>>;

async function renderEditor(c: Context<NewsroomEnv>, ctx: StoryScreenContext, state: ArticleState | null, overrides: EditorOverrides, status: 200 | 400 | 409 = 200) {
  const summary = state ? storySummary(state, ctx) : null;
  const blank: StoryFormValues = {
    title: '', dek: '', body: '', section: ctx.sections[0]?.slug ?? '', tags: '', sources: '', related: '',
    author: ctx.identity.authorSlug ?? NO_AUTHOR, language: ctx.settings.language,
  };
  const zone = ctx.settings.timeZone;
  const props: StoryEditorProps = {
    csrfToken: c.var.person.csrfToken,
    story: summary,
    values: state ? storyFormValues(state) : blank,
    scheduleAt: state?.status === 'scheduled' && state.scheduledAt ? toZonedInputValue(state.scheduledAt, zone) : '',
    errors: {},
    actions: summary?.actions ?? NEW_STORY_ACTIONS,
    sections: ctx.sections,
    bylines: ctx.bylines,
    languages: ctx.languages,
    timeZone: zone,
    present: state ? await othersPresent(c.var.db, state.id, c.var.person.id) : [],
    ...overrides,
  };
  const title = state ? `Edit: ${state.title}` : 'New story';
  return renderNewsroom(c, title, <StoryEditorPage {...props} />, { person: c.var.person, scripts: EDITOR_SCRIPTS, status });
}

/** Renders what a submission came to: a redirect, the form again with errors (400), or the conflict (409). */
async function answer(c: Context<NewsroomEnv>, ctx: StoryScreenContext, state: ArticleState | null, outcome: SubmitOutcome, typed: { values: StoryFormValues; scheduleAt: string }) {
  if (outcome.kind === 'done') {
    const to = outcome.action === 'preview' ? `/newsroom/stories/${outcome.id}/preview` : `/newsroom/stories/${outcome.id}?done=${outcome.action}`;
    return c.redirect(to, 303);
  }
  if (outcome.kind === 'invalid') return renderEditor(c, ctx, state, { ...typed, errors: outcome.errors as FieldErrors }, 400);
  // The conflict page shows the current revision's number (a save from it replaces theirs) and the person's text.
  return renderEditor(c, ctx, { ...state!, revision: outcome.conflict.revision }, { ...typed, conflict: outcome.conflict }, 409);
}

export const storyScreens = new Hono<NewsroomEnv>()
  .get('/', async (c) => {
    // The filter form (a plain GET form) sends every field, empty ones too: the list answers at
    // the URL of the filters in use, so it can be bookmarked and shared. All empty: the whole list.
    const url = new URL(c.req.url);
    const inUse = [...url.searchParams].filter(([, value]) => value !== '');
    if (inUse.length && inUse.length !== [...url.searchParams].length) return c.redirect(`/newsroom?${new URLSearchParams(inUse)}`, 303);
    const filters = listFilters(c);
    const cursor = decodeStoryCursor(c.req.query('before'));
    if (cursor === 'invalid') throw new HttpError(400, 'invalid_cursor', 'The "before" link is not one this page made', { field: 'before' });
    const ctx = await storyScreenContext(c);
    const { stories, next } = await listStories(c.var.db, storyOwners(ctx.identity), filters, cursor);
    return renderNewsroom(
      c,
      'Stories',
      <StoriesPage stories={stories} filters={filters} sections={ctx.sections} authors={ctx.authors} olderHref={next ? olderHref(filters, encodeStoryCursor(next)) : null} timeZone={ctx.settings.timeZone} />,
      { person: c.var.person },
    );
  })
  .get('/stories/new', async (c) => renderEditor(c, await storyScreenContext(c), null, {}))
  .post('/stories', async (c) => {
    const ctx = await storyScreenContext(c);
    const values = readStoryForm(await c.req.parseBody());
    return answer(c, ctx, null, await createStory(c, ctx.identity, values), { values, scheduleAt: '' });
  })
  .get('/stories/:id{[0-9]+}', async (c) => {
    const [ctx, { state }] = await Promise.all([storyScreenContext(c), readableStory(c)]);
    const done = c.req.query('done');
    return renderEditor(c, ctx, state, { notice: done ? (DONE_NOTICES[done] ?? null) : null });
  })
  .post('/stories/:id{[0-9]+}', async (c) => {
    const [ctx, { state }] = await Promise.all([storyScreenContext(c), readableStory(c)]);
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const values = readStoryForm(body);
    const sent = { action: field('action'), revision: field('revision'), scheduleAt: field('scheduleAt'), form: values, timeZone: ctx.settings.timeZone };
    return answer(c, ctx, state, await submitStory(c, ctx.identity, state, sent), { values, scheduleAt: sent.scheduleAt });
  })
  .get('/stories/:id{[0-9]+}/preview', async (c) => {
    const { state } = await readableStory(c);
    return renderArticlePreview(c, state.id, {
      edition: c.req.query('edition') === 'lite' ? 'lite' : 'full',
      banner: 'of the last saved version, as readers will see it. Only the newsroom can see this page.',
      frameable: true,
    });
  })
  .route('/', storyScriptEndpoints);
