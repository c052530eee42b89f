/**
 * The newsroom's Audit log screen (docs/newsroom.md "Audit log"): admins only, newest first,
 * naming the person, linking the story, details readable and escaped, filters, paging.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newsroomActor, newsroomIdentity } from '../../src/newsroom/identity';
import { createArticle, publishArticle, updateArticle, workerPublishingDeps, type PublishingDeps } from '../../src/publishing';
import { addNote } from '../../src/publishing/corrections';
import { backgroundWork, testBindings } from './edge-cache-support';
import { seedSampleNewsroom } from './support';
import { db, ORIGIN, postForm, send, signedIn } from './newsroom-support';

const HEADLINE = 'Львів і Kraków: „nocne tramwaje” wracają po 20 latach 🚋 — radni mówią "tak" prawie jednogłośnie';
let deps: PublishingDeps;
let admin: Awaited<ReturnType<typeof signedIn>>;
let storyId: number;
let reporterId: number;

beforeAll(async () => {
  await seedSampleNewsroom();
  const bg = backgroundWork();
  deps = workerPublishingDeps(testBindings(), bg.waitUntil);
  admin = await signedIn('admin');
  const reporter = await signedIn('editor');
  reporterId = reporter.personId;
  const identity = await newsroomIdentity(db(), { id: reporter.personId, name: 'Ołeksandra Kowalczyk-Шевченко', role: 'editor' });
  const actor = newsroomActor(identity);
  const story = await createArticle(db(), deps, actor, { title: HEADLINE, body: 'Treść.', section: 'world' } as never, { createdByTokenId: identity.tokenId });
  storyId = story.id;
  for (let i = 1; i <= 55; i++) await updateArticle(db(), deps, { tokenId: null, name: 'import-script' }, story.id, { dek: `Wersja ${i}` });
  await publishArticle(db(), deps, actor, story.id);
  await addNote(db(), deps, actor, story.id, { kind: 'correction', text: 'Poprawiono <b>nazwisko</b> „radnej” 🙏' });
  await bg.settle();
});

const page = async (path: string, cookie = admin.cookie) => {
  const response = await send(path, { headers: { cookie } });
  return { status: response.status, html: await response.text() };
};
const rows = (html: string) => (html.split('<tbody>')[1] ?? '').split('<tr>').slice(1);

describe('the audit log', () => {
  it('shows admins the newest entries first, naming the person and linking the story, details escaped', async () => {
    const { status, html } = await page('/newsroom/audit');
    expect(status).toBe(200);
    const [first] = rows(html);
    expect(first).toContain('correction-add');
    expect(first).toContain('Ołeksandra Kowalczyk-Шевченко');
    expect(first).toContain(`<a href="/newsroom/stories/${storyId}">`);
    expect(first).toContain('&lt;b&gt;nazwisko&lt;/b&gt;');
    expect(first).not.toContain('<b>nazwisko');
    // Pretty-printed JSON: one key a line.
    expect(first).toMatch(/<pre class="details">\{\n {2}&quot;correctionId&quot;/);
    expect(rows(html)[1]).toContain('<td>publish</td>');
    expect(rows(html)[2]).toContain('import-script');
  });

  it('pages with an "Older" link that continues where the page ended', async () => {
    const first = await page('/newsroom/audit');
    expect(rows(first.html)).toHaveLength(50);
    const older = /href="(\/newsroom\/audit\?before=\d+)">Older<\/a>/.exec(first.html)?.[1];
    expect(older).toBeDefined();
    const second = await page(older!);
    // 58 entries in all (create, 55 updates, publish, a note): the second page has the oldest 8.
    expect(rows(second.html)).toHaveLength(8);
    expect(rows(second.html).at(-1)).toContain('<td>create</td>');
    expect(second.html).not.toContain('<td>correction-add</td>');
    expect(second.html).not.toContain('Older</a>');
    expect(second.html).toContain('>Newest</a>');
  });

  it('filters by person, story and action', async () => {
    const byPerson = await page(`/newsroom/audit?person=${reporterId}`);
    expect(rows(byPerson.html)).toHaveLength(3);
    expect(byPerson.html).not.toContain('import-script');
    const byAction = await page('/newsroom/audit?action=create');
    expect(rows(byAction.html).length).toBeGreaterThanOrEqual(1);
    expect(rows(byAction.html).every((r) => r.includes('<td>create</td>'))).toBe(true);
    const byStory = await page(`/newsroom/audit?story=${storyId}&action=update`);
    expect(rows(byStory.html)).toHaveLength(50);
    expect(byStory.html).toContain(`story=${storyId}&amp;action=update&amp;before=`);
    const none = await page('/newsroom/audit?story=999999');
    expect(none.html).toContain('No entries match.');
  });

  it('answers 400 naming a bad filter', async () => {
    for (const [query, field] of [['person=abc', 'person'], ['story=-1', 'story'], ['action=%3Cscript%3E', 'action'], ['before=0', 'before']]) {
      const { status, html } = await page(`/newsroom/audit?${query}`);
      expect(status, query).toBe(400);
      expect(html, query).toContain(field);
    }
  });

  it('is for admins only: editors and contributors get 403, signed-out people the sign-in page', async () => {
    for (const role of ['contributor', 'editor'] as const) {
      const { cookie } = await signedIn(role);
      expect((await page('/newsroom/audit', cookie)).status, role).toBe(403);
    }
    const signedOut = await send('/newsroom/audit');
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/newsroom/sign-in');
    // Nothing here accepts writes: a POST, even with the token, is not a route.
    expect((await postForm('/newsroom/audit', admin.cookie, { _csrf: admin.csrf })).status).toBe(404);
    expect((await postForm('/newsroom/audit', admin.cookie, { _csrf: admin.csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    void ORIGIN;
  });
});
