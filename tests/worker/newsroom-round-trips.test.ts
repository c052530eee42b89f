/**
 * D1 round trips of the newsroom's busiest requests, from their Server-Timing entry: the
 * story page (GET), an unchanged "Save" of it (POST), the Stories list and a story's
 * corrections page. The person's identity is read once per request, and what every story
 * page needs (identity, settings, sections, authors) in one batch. Counts may only go down.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { d1Queries } from './edge-cache-support';
import { seedSampleNewsroom } from './support';
import { postForm, send, signedIn } from './newsroom-support';

type Session = Awaited<ReturnType<typeof signedIn>>;
let editor: Session;
let contributor: Session;
let storyId: number;
let ownStoryId: number;

/** A story made through the form, so its fields are what the editor page sends back. */
async function createStory(session: Session, title: string) {
  const created = await postForm('/newsroom/stories', session.cookie, {
    _csrf: session.csrf, title, dek: 'Mieszkańcy „Oliwy” pytają, kto zapłaci 🌊', body: 'Київ і Gdańsk: "zapory" — tymczasowe?', section: 'world',
    tags: '', author: 'none', language: 'pl', sources: '', related: '',
  });
  expect(created.status, await created.clone().text()).toBe(303);
  return Number(/\/newsroom\/stories\/(\d+)/.exec(created.headers.get('location')!)![1]);
}

/** The form exactly as the editor page drew it (hidden fields, values, selected options). */
async function drawnForm(session: Session, id: number): Promise<Record<string, string>> {
  const html = await (await send(`/newsroom/stories/${id}`, { headers: { cookie: session.cookie } })).text();
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"/g)) fields[name!] = decode(value!);
  for (const [, name, body] of html.matchAll(/<textarea[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name!] = decode(body!);
  for (const [, name, options] of html.matchAll(/<select[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected/.exec(options!);
    if (selected) fields[name!] = decode(selected[1]!);
  }
  return fields;
}

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = await signedIn('editor');
  contributor = await signedIn('contributor');
  storyId = await createStory(editor, '„Powódź w Gdańsku”: rada miasta głosuje nad zaporami — Мешканці чекають рішення 🏗️');
  ownStoryId = await createStory(contributor, 'Kontrybutorka pisze o zaporach w Oliwie: "tymczasowe" czy stałe? 🌧️');
});

const trips = async (path: string, session: Session, init: RequestInit = {}) => {
  const response = await send(path, { ...init, headers: { cookie: session.cookie, ...init.headers } });
  expect(response.status, path).toBeLessThan(400);
  return d1Queries(response);
};

describe('D1 round trips of the newsroom', () => {
  it('the story page: the session, one batch (identity, settings, sections, authors), the story, presence', async () => {
    expect(await trips(`/newsroom/stories/${storyId}`, editor)).toBe(ROUND_TRIPS.storyGet);
    expect(await trips(`/newsroom/stories/${ownStoryId}`, contributor)).toBe(ROUND_TRIPS.storyGet);
  });

  it('an unchanged Save of the story page reads the same and writes nothing', async () => {
    const form = await drawnForm(editor, storyId);
    expect(form.revision).toMatch(/^\d+$/);
    const response = await postForm(`/newsroom/stories/${storyId}`, editor.cookie, { ...form, action: 'save' });
    expect(response.status, await response.clone().text()).toBe(303);
    expect(d1Queries(response)).toBe(ROUND_TRIPS.storyPostUnchanged);
    expect(await drawnForm(editor, storyId)).toEqual(form);
  });

  it('the Stories list takes the contributor\'s tokens from the identity it already read', async () => {
    expect(await trips('/newsroom', editor)).toBe(ROUND_TRIPS.list);
    expect(await trips('/newsroom', contributor)).toBe(ROUND_TRIPS.list);
    // Their own story only (the token their identity was given on first use), not the editor's.
    const html = await (await send('/newsroom', { headers: { cookie: contributor.cookie } })).text();
    expect(html).toContain(`data-story-id="${ownStoryId}"`);
    expect(html).not.toContain(`data-story-id="${storyId}"`);
  });

  it('a story\'s corrections and revisions pages read the identity once', async () => {
    expect(await trips(`/newsroom/stories/${storyId}/corrections`, editor)).toBe(ROUND_TRIPS.corrections);
    expect(await trips(`/newsroom/stories/${storyId}/revisions`, editor)).toBe(ROUND_TRIPS.revisions);
  });
});

/**
 * Before the identity was memoised per request and batched (Nov 2026): 8, 7, 7 (8 for a
 * contributor), 6 and 6. Now: the session; one batch; the story (its own batch); presence.
 */
const ROUND_TRIPS = { storyGet: 4, storyPostUnchanged: 3, list: 3, corrections: 5, revisions: 5 };
