/**
 * The editor's buttons are exactly what the editor API allows. For every role, every state
 * (draft, scheduled, published, unpublished, trashed) and, for contributors, their own
 * story and someone else's: the buttons the page shows == the API calls that succeed with a
 * token of that role == the newsroom posts that succeed. Each call gets a fresh story.
 *
 * To compare like with like, the person's newsroom identity and the API token are the same
 * api_tokens row (the token is marked as the person's newsroom identity), so "own" means
 * the same thing to both.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, type PersonRole } from '../../src/db/schema';
import { NEWSROOM_TOKEN_PREFIX } from '../../src/newsroom/identity';
import { STORY_ACTIONS, type StoryAction } from '../../src/newsroom/story-actions';
import { storyFormValues } from '../../src/newsroom/story-form';
import { createArticle, publishArticle, scheduleArticle, trashArticle, unpublishArticle } from '../../src/publishing';
import { loadArticleState } from '../../src/queries/editor-articles';
import { api, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';
import { db, postForm, send, signedIn } from './newsroom-support';

const STATES = ['draft', 'scheduled', 'published', 'unpublished', 'trashed'] as const;
type State = (typeof STATES)[number];
const FUTURE = new Date(Date.now() + 30 * 86_400_000);

interface Actor { role: PersonRole; cookie: string; csrf: string; token: string; tokenId: number }

/** A signed-in person whose newsroom identity is also an API token we hold the secret of. */
async function actor(role: PersonRole): Promise<Actor> {
  const session = await signedIn(role);
  const { secret, id } = await tokenFor(role);
  await db().update(apiTokens).set({ personId: session.personId, tokenPrefix: NEWSROOM_TOKEN_PREFIX }).where(eq(apiTokens.id, id));
  return { role, cookie: session.cookie, csrf: session.csrf, token: secret, tokenId: id };
}

let admin: string;
let adminId: number;

/** Setup writes go straight through the publishing path (no API rate limit); purges are not under test here. */
const setupDeps = { purge: async () => null, now: () => Date.now() };
const setupActor = { tokenId: null, name: 'test setup' };

/** A fresh story in `state`, created by token `creatorId` (its owner), moved there through the publishing path. */
async function storyIn(state: State, creatorId: number): Promise<number> {
  const title = `„Stan: ${state}” — Київ 🌊 ${crypto.randomUUID().slice(0, 6)}`;
  const { id } = await createArticle(db(), setupDeps, setupActor, { title, body: 'Tekst *próbny*.', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: creatorId });
  if (state === 'scheduled') await scheduleArticle(db(), setupDeps, setupActor, id, FUTURE.getTime());
  if (state === 'published' || state === 'unpublished') await publishArticle(db(), setupDeps, setupActor, id);
  if (state === 'unpublished') await unpublishArticle(db(), setupDeps, setupActor, id);
  if (state === 'trashed') await trashArticle(db(), setupDeps, setupActor, id);
  return id;
}

/** The editor API call that does what the button does. */
async function apiCall(action: StoryAction, id: number, token: string): Promise<number> {
  const etag = (await api(`/articles/${id}`, { token: admin })).headers.get('etag')!;
  switch (action) {
    case 'save':
    case 'preview': // preview saves first: the same call
      return (await api(`/articles/${id}`, { token, method: 'PATCH', json: { dek: 'Zmiana „próbna”' }, headers: { 'if-match': etag } })).status;
    case 'publish': return (await api(`/articles/${id}/publish`, { token, json: {} })).status;
    case 'schedule': return (await api(`/articles/${id}/publish`, { token, json: { at: FUTURE.toISOString() } })).status;
    case 'unpublish': return (await api(`/articles/${id}/unpublish`, { token, json: {} })).status;
    case 'trash': return (await api(`/articles/${id}`, { token, method: 'DELETE' })).status;
    case 'restore': return (await api(`/articles/${id}/restore`, { token, json: {} })).status;
  }
}

/** The same button posted by the newsroom form (with the story's current fields). */
async function newsroomPost(action: StoryAction, id: number, who: Actor): Promise<number> {
  const state = (await loadArticleState(db(), id))!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = `${FUTURE.getUTCFullYear()}-${pad(FUTURE.getUTCMonth() + 1)}-${pad(FUTURE.getUTCDate())}T10:00`;
  const fields = { ...storyFormValues(state), dek: action === 'save' || action === 'preview' ? 'Zmiana „próbna”' : state.dek };
  return (await postForm(`/newsroom/stories/${id}`, who.cookie, { _csrf: who.csrf, revision: String(state.revision), action, scheduleAt: at, ...fields })).status;
}

async function buttonsShown(id: number, who: Actor): Promise<StoryAction[] | 'refused'> {
  const response = await send(`/newsroom/stories/${id}`, { headers: { cookie: who.cookie } });
  if (response.status === 403) return 'refused';
  expect(response.status).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/<button type="submit" name="action" value="(\w+)"/g)].map((m) => m[1] as StoryAction);
}

beforeAll(async () => {
  await seedSampleNewsroom();
  const token = await tokenFor('admin');
  admin = token.secret;
  adminId = token.id;
});

describe('buttons by role and state match the editor API', () => {
  const cases: { role: PersonRole; own: boolean }[] = [
    { role: 'contributor', own: true },
    { role: 'contributor', own: false },
    { role: 'editor', own: false },
    { role: 'admin', own: false },
  ];
  for (const { role, own } of cases) {
    it(`${role}${role === 'contributor' ? (own ? ', own stories' : ", others' stories") : ''}`, async () => {
      for (const state of STATES) {
        // One person and token per state: the API limits writes per token and minute.
        const who = await actor(role);
        const creator = own ? who.tokenId : adminId;
        const shown = await buttonsShown(await storyIn(state, creator), who);
        const apiAllows: StoryAction[] = [];
        const newsroomAllows: StoryAction[] = [];
        for (const action of STORY_ACTIONS) {
          const apiStatus = await apiCall(action, await storyIn(state, creator), who.token);
          if (apiStatus < 300) apiAllows.push(action);
          else expect([403, 404, 409], `${state} ${action} API`).toContain(apiStatus);
          const formStatus = await newsroomPost(action, await storyIn(state, creator), who);
          if (formStatus === 303) newsroomAllows.push(action);
          else expect([403, 409], `${state} ${action} newsroom`).toContain(formStatus);
        }
        // A story the person may not read shows no page at all, and allows nothing.
        expect(shown === 'refused' ? [] : shown, `${role} ${state}: buttons vs API`).toEqual(apiAllows);
        expect(newsroomAllows, `${role} ${state}: newsroom vs API`).toEqual(apiAllows);
      }
    }, 180_000);
  }

  it('gives everyone at least one action somewhere (the matrix is not vacuous)', async () => {
    const who = await actor('editor');
    expect(await buttonsShown(await storyIn('draft', adminId), who)).toEqual(['save', 'preview', 'publish', 'schedule', 'trash']);
    expect(await buttonsShown(await storyIn('published', adminId), who)).toEqual(['save', 'preview', 'unpublish', 'trash']);
    expect(await buttonsShown(await storyIn('trashed', adminId), who)).toEqual(['restore']);
  });
});
