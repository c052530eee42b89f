/**
 * The Stories list: filters (status incl. trash, section, author, headline words with
 * diacritics folded), newest change first with who changed it and when in the site's zone,
 * keyset pages with an "Older" link instead of a silent cap, contributors seeing only
 * their own, and refusals.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, siteSettings } from '../../src/db/schema';
import { newsroomActor, newsroomIdentity } from '../../src/newsroom/identity';
import { STORIES_PAGE_SIZE } from '../../src/newsroom/stories';
import { createArticle } from '../../src/publishing';
import { seedSampleNewsroom } from './support';
import { db, postForm, send, signedIn } from './newsroom-support';

type Session = Awaited<ReturnType<typeof signedIn>>;
let editor: Session;
let contributor: Session;

const fields = (title: string, overrides: Record<string, string> = {}) => ({
  title, dek: '', body: 'Treść „artykułu” 📰', section: 'world', tags: '', author: 'none', language: 'pl', sources: '', related: '', ...overrides,
});

async function create(session: Session, title: string, overrides: Record<string, string> = {}) {
  const response = await postForm('/newsroom/stories', session.cookie, { _csrf: session.csrf, ...fields(title, overrides) });
  expect(response.status).toBe(303);
  return Number(/stories\/(\d+)/.exec(response.headers.get('location')!)![1]);
}

const list = async (query: string, session: Session = editor) => {
  const response = await send(`/newsroom${query}`, { headers: { cookie: session.cookie } });
  expect(response.status, query).toBe(200);
  return response.text();
};
const ids = (html: string) => [...html.matchAll(/<tr data-story-id="(\d+)">/g)].map((m) => Number(m[1]));

let powodz: number;
let kyiv: number;
let trashed: number;
let own: number;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = await signedIn('editor');
  contributor = await signedIn('contributor', undefined);
  powodz = await create(editor, 'Powódź w Gdańsku: „zapory” wytrzymały, mieszkańcy Oliwy wracają do domów 🌊', { section: 'science', author: 'maya-okafor' });
  kyiv = await create(editor, 'Київ і Гданськ підписали угоду про партнерство міст — „крок уперед”');
  trashed = await create(editor, 'Do kosza: stary szkic o budżecie portu');
  expect((await postForm(`/newsroom/stories/${trashed}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'trash', ...fields('Do kosza: stary szkic o budżecie portu') })).status).toBe(303);
  own = await create(contributor, 'Szkic współpracownika: nowe ścieżki rowerowe na Zaspie');
}, 60_000);

describe('the Stories list', () => {
  it('lists newest change first, with who changed each last, and a "New story" action', async () => {
    const html = await list('');
    expect(ids(html).slice(0, 3)).toEqual([own, kyiv, powodz]);
    expect(html).toContain('<a class="button primary" href="/newsroom/stories/new">New story</a>');
    expect(html).toContain(' by Ołeksandra Kowalczyk-Шевченко');
    expect(ids(html)).not.toContain(trashed);
  });

  it('filters by status (trash included), section, author and headline words, folding case and diacritics', async () => {
    expect(ids(await list('?status=trash'))).toEqual([trashed]);
    expect(ids(await list('?status=draft'))).toEqual(expect.arrayContaining([own, kyiv, powodz]));
    expect(ids(await list('?status=published'))).not.toContain(powodz);
    expect(ids(await list('?section=science&status=draft'))).toEqual([powodz]);
    expect(ids(await list('?author=maya-okafor&status=draft'))).toEqual([powodz]);
    expect(ids(await list('?q=powodz'))).toEqual([powodz]);
    expect(ids(await list('?q=GDAŃSK%20zapor'))).toEqual([powodz]);
    expect(ids(await list('?q=%D0%BA%D0%B8%D1%97%D0%B2'))).toEqual([kyiv]); // "київ"
    expect(ids(await list('?q=%22NEAR(%22'))).toEqual([]);
    expect(await list('?q=nic-takiego-nie-ma')).toContain('No stories match these filters.');
  });

  it('shows times in the site time zone', async () => {
    await db().insert(siteSettings).values({ id: 1, name: 'The Edge Courier', timeZone: 'Asia/Tokyo', language: 'en', updatedAt: new Date() })
      .onConflictDoUpdate({ target: siteSettings.id, set: { timeZone: 'Asia/Tokyo' } });
    await db().update(articles).set({ updatedAt: new Date('2026-03-01T23:30:00Z') }).where(eq(articles.id, powodz));
    const html = await list('?q=powodz');
    expect(html).toContain('Last change (Asia/Tokyo)');
    expect(html).toContain('2 Mar 2026, 08:30'); // 23:30 UTC is 08:30 the next day in Tokyo
  });

  it('pages with an "Older" link instead of stopping silently', async () => {
    const extra = STORIES_PAGE_SIZE + 5;
    // Straight through the publishing path (the form is tested above): 55 drafts by the editor.
    const identity = await newsroomIdentity(db(), { id: editor.personId, name: 'Ołeksandra Kowalczyk-Шевченко', role: 'editor' });
    const deps = { purge: async () => null, now: () => Date.now() };
    for (let i = 0; i < extra; i++) {
      const title = `Seria ${i}: rada dzielnicy Przymorze obraduje nad „budżetem obywatelskim” 🗳️`;
      await createArticle(db(), deps, newsroomActor(identity), { title, body: 'Treść.', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: identity.tokenId });
    }
    const first = await list('?q=Przymorze');
    expect(ids(first)).toHaveLength(STORIES_PAGE_SIZE);
    const older = /<a href="([^"]+)" rel="next">Older stories<\/a>/.exec(first)![1]!.replace(/&amp;/g, '&');
    expect(older).toMatch(/^\/newsroom\?q=Przymorze&before=\d+\.\d+$/);
    const second = await list(older.slice('/newsroom'.length));
    expect(ids(second)).toHaveLength(5);
    expect(second).not.toContain('rel="next"');
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(extra);
    expect((await send('/newsroom?before=x.1', { headers: { cookie: editor.cookie } })).status).toBe(400);
  });

  it('shows contributors only their own stories', async () => {
    expect(ids(await list('', contributor))).toEqual([own]);
    expect(ids(await list('?q=Zaspie', editor))).toEqual([own]);
  });

  it('answers a submitted filter form at the short URL of the filters in use', async () => {
    const response = await send('/newsroom?q=&status=draft&section=&author=', { headers: { cookie: editor.cookie } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsroom?status=draft');
    expect(ids(await list('?q=&status=&section=&author='))).toEqual(ids(await list('')));
  });

  it('refuses bad filters with 400 and signed-out people with a redirect to sign in', async () => {
    for (const query of ['?status=%3Cscript%3E', '?section=Not%20A%20Slug', '?author=%22x']) {
      expect((await send(`/newsroom${query}`, { headers: { cookie: editor.cookie } })).status, query).toBe(400);
    }
    const out = await send('/newsroom?status=draft');
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/newsroom/sign-in');
  });
});
