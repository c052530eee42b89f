/**
 * The newsroom's Revisions screens (docs/newsroom.md "Revisions"): the history with who and
 * when (site time zone), a field-by-field comparison with <ins>/<del> and words for screen
 * readers, bounded work on huge bodies, compacted revisions, restore through the same code
 * as the editor API, and who may do what.
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, revisions, siteSettings } from '../../src/db/schema';
import { newsroomActor, newsroomIdentity } from '../../src/newsroom/identity';
import { createArticle, publishArticle, updateArticle, workerPublishingDeps, type Actor, type PublishingDeps } from '../../src/publishing';
import { KEEP_FULL_SNAPSHOTS } from '../../src/publishing/revision-retention';
import { backgroundWork, testBindings } from './edge-cache-support';
import { api, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';
import { addPerson, db, ORIGIN, postForm, send, signedIn } from './newsroom-support';

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// 200 characters of Polish, Ukrainian, emoji and quotes, as a newsroom really writes them.
const HEADLINE_1 = 'Rada Miasta zatwierdza „zielony” budżet: 🚋 tramwaje nocne, ścieżki rowerowe i nowe schroniska — Київ і Вроцлав підписують угоду про «сталий транспорт» для 2027 року, mówi prezydent "Łódź 2030" — relacja 📡';
const HEADLINE_2 = HEADLINE_1.replace('zatwierdza', 'odrzuca').replace('підписують', 'відкладають');
const TABLE_BODY_1 = [
  'Radni głosowali w czwartek wieczorem.',
  '',
  '| Miasto | Budżet (mln zł) | Głosy „za” |',
  '|---|---|---|',
  '| Wrocław | 120 | 31 |',
  '| Київ | 95 | 22 |',
  '',
  'Prezydent powiedział: "To dobry dzień dla pasażerów" 🚋.',
].join('\n');
const TABLE_BODY_2 = TABLE_BODY_1.replace('| Київ | 95 | 22 |', '| Київ | 97 | 24 |').replace('dobry dzień', 'trudny dzień');

let deps: PublishingDeps;
let settle: () => Promise<unknown>;

beforeAll(async () => {
  await seedSampleNewsroom();
  const bg = backgroundWork();
  deps = workerPublishingDeps(testBindings(), bg.waitUntil);
  settle = bg.settle;
});

/** The newsroom identity of a new person, as the newsroom's own writes use it. */
async function personActor(role: 'contributor' | 'editor' | 'admin', name: string) {
  const id = await addPerson(role, name);
  const identity = await newsroomIdentity(db(), { id, name, role });
  return { identity, actor: newsroomActor(identity) };
}

async function storyBy(actor: Actor, fields: Record<string, unknown> = {}) {
  const story = await createArticle(db(), deps, actor, { title: HEADLINE_1, body: TABLE_BODY_1, section: 'world', tags: ['budget'], ...fields } as never, { createdByTokenId: actor.tokenId });
  await settle();
  return story;
}

const page = async (path: string, cookie: string) => {
  const response = await send(path, { headers: { cookie } });
  return { status: response.status, html: await response.text() };
};

describe('the revision history', () => {
  it('lists revisions newest first, naming the person, the token or the cron, with times in the site time zone', async () => {
    await db().insert(siteSettings).values({ id: 1, name: 'The Edge Courier', timeZone: 'Europe/Warsaw', language: 'en', updatedAt: new Date() }).onConflictDoUpdate({ target: siteSettings.id, set: { timeZone: 'Europe/Warsaw' } });
    const { actor } = await personActor('editor', 'Ołeksandra Kowalczyk-Шевченко');
    const story = await storyBy(actor);
    const token = await tokenFor('editor', 'ci-import-script');
    const current = await (await api(`/articles/${story.id}`, { token: token.secret })).json<{ etag: string }>();
    expect((await api(`/articles/${story.id}`, { token: token.secret, method: 'PATCH', json: { title: HEADLINE_2 }, headers: { 'if-match': current.etag } })).status).toBe(200);
    await publishArticle(db(), deps, { tokenId: null, name: 'cron' }, story.id);
    await settle();
    const { cookie } = await signedIn('editor');
    const { status, html } = await page(`/newsroom/stories/${story.id}/revisions`, cookie);
    expect(status).toBe(200);
    const rows = html.split('<tbody>')[1]!.split('<tr>').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('publish');
    expect(rows[0]).toContain('cron');
    expect(rows[0]).toContain('(current)');
    expect(rows[1]).toContain('ci-import-script');
    expect(rows[2]).toContain('create');
    expect(rows[2]).toContain('Ołeksandra Kowalczyk-Шевченко');
    // Warsaw is UTC+1 in winter: the zone's name is on every time.
    expect(rows[2]).toMatch(/GMT\+1|CET/);
    expect(html).toContain(`action="/newsroom/stories/${story.id}/revisions/compare"`);
    expect(html).toContain('Restore revision 1');
    expect(html).not.toContain('Restore revision 3');
  });

  it('pages long histories with an "Older" link, 50 a page', async () => {
    const { actor } = await personActor('editor', 'Мирослава Іваненко');
    const story = await storyBy(actor);
    for (let i = 2; i <= 52; i++) await updateArticle(db(), deps, actor, story.id, { dek: `Wersja ${i}: „cytat” ✅` });
    await settle();
    const { cookie } = await signedIn('editor');
    const first = await page(`/newsroom/stories/${story.id}/revisions`, cookie);
    expect(first.html).toContain(`href="/newsroom/stories/${story.id}/revisions?page=2">Older</a>`);
    expect(first.html).toContain('<td>52 (current)</td>');
    expect(first.html).not.toContain('<td>2</td>');
    const second = await page(`/newsroom/stories/${story.id}/revisions?page=2`, cookie);
    expect(second.html).toContain('<td>2</td>');
    expect(second.html).toContain('<td>1</td>');
    expect(second.html).not.toContain('Older</a>');
    expect(second.html).toContain('Newer</a>');
    // Revisions past the newest KEEP_FULL_SNAPSHOTS lost their content: no restore button for them.
    expect(second.html).toContain('Content not kept');
    expect((await page(`/newsroom/stories/${story.id}/revisions?page=0`, cookie)).status).toBe(400);
    expect((await page(`/newsroom/stories/${story.id}/revisions?page=abc`, cookie)).status).toBe(400);
  });
});

describe('comparing two revisions', () => {
  it('shows a word-level diff of a 200-character multilingual headline and a body with a table, with words for screen readers', async () => {
    const { actor } = await personActor('editor', 'Zofia Nowak');
    const story = await storyBy(actor, { sources: [{ name: 'Biuro Rady „Miasta”', url: 'https://example.org/rada' }] });
    await updateArticle(db(), deps, actor, story.id, { title: HEADLINE_2, body: TABLE_BODY_2, tags: ['budget', 'transit'], section: 'business' });
    await settle();
    expect(HEADLINE_1.length).toBeGreaterThanOrEqual(200);
    const { cookie } = await signedIn('editor');
    const { status, html } = await page(`/newsroom/stories/${story.id}/revisions/compare?from=1&to=2`, cookie);
    expect(status).toBe(200);
    const section = (label: string) => html.split(`>${label}`)[1]!.split('</section>')[0]!;
    const headline = section('Headline (changed)');
    expect(headline).toContain('<del><span class="visually-hidden">[removed: </span>zatwierdza<span class="visually-hidden">]</span></del>');
    expect(headline).toContain('<ins><span class="visually-hidden">[added: </span>odrzuca<span class="visually-hidden">]</span></ins>');
    // Ukrainian words change as whole words, not letter by letter.
    expect(headline).toContain('<del><span class="visually-hidden">[removed: </span>підписують<span class="visually-hidden">]</span></del>');
    expect(headline).toContain('[added: </span>відкладають<span');
    // Unchanged words are plain text, escaped: the quotes and emoji survive.
    expect(headline).toContain(escaped('budżet: 🚋 tramwaje'));
    expect(headline).toContain(escaped('"Łódź 2030"'));
    const body = section('Body Markdown (changed)');
    expect(body).toContain('<del><span class="visually-hidden">[removed: </span>95');
    expect(body).toContain('<ins><span class="visually-hidden">[added: </span>97');
    expect(body).toContain('<ins><span class="visually-hidden">[added: </span>trudny');
    expect(body).toContain('| Wrocław | 120 | 31 |');
    expect(section('Section (changed)')).toContain('business');
    expect(section('Tags (changed)')).toContain('[added: </span>transit');
    expect(section('Sources')).toContain(escaped('Biuro Rady „Miasta”'));
    expect(html).toContain('<h2 id="field-Byline">Byline</h2>');
    expect(html).toContain('Removed text is <del>struck through</del>');
  });

  it('bounds the work on a huge body: a 200 KB rewrite is "too large to compare word by word"', async () => {
    const { actor } = await personActor('editor', 'Jan Kowalski');
    const lines = (tag: string) => Array.from({ length: 2_000 }, (_, i) => `Akapit ${i} ${tag}: Київ, Wrocław, „cytat” 🚋 ${'x'.repeat(60)}`).join('\n');
    const before = lines('pierwsza wersja');
    expect(before.length).toBeGreaterThan(190_000);
    const story = await storyBy(actor, { body: before });
    await updateArticle(db(), deps, actor, story.id, { body: lines('druga wersja') });
    // A long unchanged body with one changed paragraph still compares word by word, and the rest is shortened.
    await updateArticle(db(), deps, actor, story.id, { body: lines('druga wersja').replace('Akapit 1000 druga', 'Akapit 1000 trzecia') });
    await settle();
    const { cookie } = await signedIn('editor');
    const rewrite = await page(`/newsroom/stories/${story.id}/revisions/compare?from=1&to=2`, cookie);
    expect(rewrite.status).toBe(200);
    expect(rewrite.html).toContain('Too large to compare word by word');
    expect(rewrite.html.length).toBeLessThan(100_000);
    const small = await page(`/newsroom/stories/${story.id}/revisions/compare?from=2&to=3`, cookie);
    expect(small.html).toContain('[removed: </span>druga');
    expect(small.html).toContain('[added: </span>trzecia');
    expect(small.html).toContain('unchanged lines');
    expect(small.html).not.toContain('Akapit 500 ');
  });

  it('says when a revision is too old to have kept its content', async () => {
    const { actor } = await personActor('editor', 'Olena Petrenko');
    const story = await storyBy(actor);
    for (let i = 0; i <= KEEP_FULL_SNAPSHOTS; i++) await updateArticle(db(), deps, actor, story.id, { dek: `Zmiana ${i}` });
    await settle();
    const { cookie } = await signedIn('editor');
    const { html } = await page(`/newsroom/stories/${story.id}/revisions/compare?from=1&to=${KEEP_FULL_SNAPSHOTS + 2}`, cookie);
    expect(html).toContain('Not kept: revision 1 is old');
    expect(html).toContain(escaped(HEADLINE_1.slice(0, 40)));
  });

  it('answers 400 naming a bad parameter and 404 for a revision that does not exist', async () => {
    const { actor } = await personActor('editor', 'Anna Wiśniewska');
    const story = await storyBy(actor);
    const { cookie } = await signedIn('editor');
    const missing = await page(`/newsroom/stories/${story.id}/revisions/compare?to=1`, cookie);
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('from must be a positive whole number');
    expect((await page(`/newsroom/stories/${story.id}/revisions/compare?from=1&to=x`, cookie)).status).toBe(400);
    expect((await page(`/newsroom/stories/${story.id}/revisions/compare?from=1&to=9`, cookie)).status).toBe(404);
    expect((await page('/newsroom/stories/999999/revisions', cookie)).status).toBe(404);
    expect((await page('/newsroom/stories/abc/revisions', cookie)).status).toBe(404);
  });
});

describe('restoring a revision', () => {
  it('writes the same row, revision and audit entry as the editor API', async () => {
    const person = await signedIn('editor');
    const name = 'Ołeksandra Kowalczyk-Шевченко';
    const identity = await newsroomIdentity(db(), { id: person.personId, name, role: 'editor' });
    const token = await tokenFor('editor', 'desk-script');
    const stories = [];
    for (const actor of [newsroomActor(identity), { tokenId: token.id, name: 'desk-script' }]) {
      const story = await storyBy(actor, { title: `${HEADLINE_1.slice(0, 150)} ${stories.length}` });
      await updateArticle(db(), deps, actor, story.id, { title: HEADLINE_2, body: TABLE_BODY_2, tags: ['transit'] });
      stories.push(story);
    }
    await settle();
    const viaNewsroom = await postForm(`/newsroom/stories/${stories[0]!.id}/revisions/1/restore`, person.cookie, { _csrf: person.csrf });
    expect(viaNewsroom.status).toBe(303);
    expect(viaNewsroom.headers.get('location')).toBe(`/newsroom/stories/${stories[0]!.id}/revisions?restored=3`);
    expect((await api(`/articles/${stories[1]!.id}/revisions/1/restore`, { token: token.secret, method: 'POST' })).status).toBe(200);
    const row = async (id: number) => {
      const [article] = await db().select().from(articles).where(eq(articles.id, id));
      const [revision] = await db().select().from(revisions).where(eq(revisions.articleId, id)).orderBy(desc(revisions.revision)).limit(1);
      const [audit] = await db().select().from(auditLog).where(eq(auditLog.articleId, id)).orderBy(desc(auditLog.id)).limit(1);
      return { article, revision, audit };
    };
    const [a, b] = [await row(stories[0]!.id), await row(stories[1]!.id)];
    const comparable = (r: typeof a) => ({
      title: r.article!.title.replace(/ \d$/, ''), body: r.article!.bodySource, status: r.article!.status, revision: r.article!.revision,
      action: r.revision!.action, audit: r.audit!.action, auditDetails: { ...(r.audit!.details as object), slug: undefined },
    });
    expect(comparable(a)).toEqual(comparable(b));
    expect(a.article!.bodySource).toBe(TABLE_BODY_1);
    expect(a.revision!.action).toBe('restore-revision');
    expect(a.audit!.actor).toBe(name);
    expect(a.revision!.tokenId).toBe(identity.tokenId);
    const history = await page(`/newsroom/stories/${stories[0]!.id}/revisions?restored=3`, person.cookie);
    expect(history.html).toContain('Restored: the story is now at revision 3.');
  });

  it('refuses a compacted revision (410) and a missing one (404) as the API does', async () => {
    const person = await signedIn('editor');
    const { actor } = await personActor('editor', 'Piotr Zieliński');
    const story = await storyBy(actor);
    for (let i = 0; i <= KEEP_FULL_SNAPSHOTS; i++) await updateArticle(db(), deps, actor, story.id, { dek: `Zmiana ${i}` });
    await settle();
    expect((await postForm(`/newsroom/stories/${story.id}/revisions/1/restore`, person.cookie, { _csrf: person.csrf })).status).toBe(410);
    expect((await postForm(`/newsroom/stories/${story.id}/revisions/999/restore`, person.cookie, { _csrf: person.csrf })).status).toBe(404);
  });
});

describe('who may see and restore revisions', () => {
  it('refuses signed-out requests: pages go to sign-in, restores too', async () => {
    const { actor } = await personActor('editor', 'Marta Lewandowska');
    const story = await storyBy(actor);
    for (const path of [`/newsroom/stories/${story.id}/revisions`, `/newsroom/stories/${story.id}/revisions/compare?from=1&to=1`]) {
      const response = await send(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe('/newsroom/sign-in');
    }
    const restore = await send(`/newsroom/stories/${story.id}/revisions/1/restore`, { method: 'POST', headers: { origin: ORIGIN } });
    expect([303, 403]).toContain(restore.status);
  });

  it('lets contributors see and restore only their own drafts', async () => {
    const contributor = await signedIn('contributor');
    const identity = await newsroomIdentity(db(), { id: contributor.personId, name: 'Kontrybutorka', role: 'contributor' });
    const own = await storyBy(newsroomActor(identity));
    await updateArticle(db(), deps, newsroomActor(identity), own.id, { dek: 'Druga wersja' });
    const { actor } = await personActor('editor', 'Redaktor Naczelny');
    const others = await storyBy(actor);
    await settle();
    expect((await page(`/newsroom/stories/${own.id}/revisions`, contributor.cookie)).status).toBe(200);
    expect((await page(`/newsroom/stories/${own.id}/revisions/compare?from=1&to=2`, contributor.cookie)).status).toBe(200);
    expect((await page(`/newsroom/stories/${others.id}/revisions`, contributor.cookie)).status).toBe(403);
    expect((await page(`/newsroom/stories/${others.id}/revisions/compare?from=1&to=1`, contributor.cookie)).status).toBe(403);
    expect((await postForm(`/newsroom/stories/${others.id}/revisions/1/restore`, contributor.cookie, { _csrf: contributor.csrf })).status).toBe(403);
    expect((await postForm(`/newsroom/stories/${own.id}/revisions/1/restore`, contributor.cookie, { _csrf: contributor.csrf })).status).toBe(303);
    // Once published, a contributor's story is the editors' to change.
    await publishArticle(db(), deps, actor, own.id);
    await settle();
    const published = await page(`/newsroom/stories/${own.id}/revisions`, contributor.cookie);
    expect(published.html).not.toContain('Restore revision');
    expect((await postForm(`/newsroom/stories/${own.id}/revisions/1/restore`, contributor.cookie, { _csrf: contributor.csrf })).status).toBe(403);
  });

  it('refuses a restore without the CSRF token or from another origin, and changes nothing', async () => {
    const editor = await signedIn('editor');
    const { actor } = await personActor('editor', 'Ірина Бойко');
    const story = await storyBy(actor);
    await updateArticle(db(), deps, actor, story.id, { title: HEADLINE_2 });
    await settle();
    const path = `/newsroom/stories/${story.id}/revisions/1/restore`;
    expect((await postForm(path, editor.cookie, {})).status).toBe(403);
    expect((await postForm(path, editor.cookie, { _csrf: 'wrong' })).status).toBe(403);
    expect((await postForm(path, editor.cookie, { _csrf: editor.csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    const [row] = await db().select({ revision: articles.revision }).from(articles).where(and(eq(articles.id, story.id)));
    expect(row!.revision).toBe(2);
  });
});
