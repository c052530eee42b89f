/**
 * The sections, tags and authors screens: listing for everyone signed in, each write with
 * exactly the editor API's role, through the API's own write functions (same rows, same
 * purge outbox), errors shown on the form (400 per field, 409 explained), forgery refused.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgeOutbox, sections, tags } from '../../src/db/schema';
import { api, createDraft, tokenFor } from './editor-support';
import { db, ORIGIN, postForm, send, signedIn, warmNewsroom } from './newsroom-support';

const SECTION_NAME = 'Łódź i okolice — „Wiadomości” z regionu 🚀';
const TAG_NAME = 'Київ: новини та «аналітика» 🇺🇦';

beforeAll(warmNewsroom, 60_000);

describe('newsroom taxonomy screens', () => {
  it('refuses signed-out visitors: pages redirect to sign-in, posts too', async () => {
    for (const path of ['/newsroom/sections', '/newsroom/tags', '/newsroom/authors', '/newsroom/tags/anything']) {
      const page = await send(path);
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/newsroom/sign-in');
    }
    const post = await postForm('/newsroom/sections', '', { name: 'Sport' });
    expect(post.status).toBe(303);
    expect(await db().select().from(sections).where(eq(sections.name, 'Sport'))).toEqual([]);
  });

  it('lets a contributor list but refuses every write with 403', async () => {
    const admin = await signedIn('admin');
    expect((await postForm('/newsroom/tags', admin.cookie, { _csrf: admin.csrf, name: 'Wybory 2027' })).status).toBe(303);
    const { cookie, csrf } = await signedIn('contributor');
    const list = await send('/newsroom/tags', { headers: { cookie } });
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('Wybory 2027');
    expect(html).not.toContain('action="/newsroom/tags" class="stacked"');
    for (const path of ['/newsroom/sections', '/newsroom/tags', '/newsroom/authors', '/newsroom/tags/wybory-2027', '/newsroom/tags/wybory-2027/delete', '/newsroom/sections/world', '/newsroom/authors/x/delete']) {
      const refused = await postForm(path, cookie, { _csrf: csrf, name: 'Przejęcie' });
      expect(refused.status, path).toBe(403);
    }
    expect(await db().select().from(tags).where(eq(tags.name, 'Przejęcie'))).toEqual([]);
  });

  it('gives editors tags (create, rename) but not sections, authors or deleting', async () => {
    const { cookie, csrf } = await signedIn('editor');
    const created = await postForm('/newsroom/tags', cookie, { _csrf: csrf, name: TAG_NAME });
    expect(created.status).toBe(303);
    const [tag] = await db().select().from(tags).where(eq(tags.name, TAG_NAME));
    expect(tag!.slug).toBe('kyiv-novyny-ta-analityka');
    expect(created.headers.get('location')).toBe(`/newsroom/tags/${tag!.slug}?done=created`);
    const renamed = await postForm(`/newsroom/tags/${tag!.slug}`, cookie, { _csrf: csrf, name: `${TAG_NAME} (archiwum)`, slug: '' });
    expect(renamed.status).toBe(303);
    expect((await db().select().from(tags).where(eq(tags.id, tag!.id)))[0]).toMatchObject({ name: `${TAG_NAME} (archiwum)`, slug: tag!.slug });
    // The rename went through the API's write: its purge is in the outbox.
    expect((await db().select().from(purgeOutbox).where(eq(purgeOutbox.reason, `tag ${tag!.slug} changed`))).length).toBe(1);
    expect((await postForm(`/newsroom/tags/${tag!.slug}/delete`, cookie, { _csrf: csrf })).status).toBe(403);
    expect((await postForm('/newsroom/sections', cookie, { _csrf: csrf, name: 'Kultura' })).status).toBe(403);
    expect((await postForm('/newsroom/authors', cookie, { _csrf: csrf, name: 'Anna Nowak' })).status).toBe(403);
  });

  it('lets admins create, edit and delete sections, with the same rows the API shows', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const created = await postForm('/newsroom/sections', cookie, { _csrf: csrf, name: SECTION_NAME, slug: '', description: 'Wszystko o „Łodzi” — i okolicach.', position: '7' });
    expect(created.status).toBe(303);
    const token = await tokenFor('contributor');
    const listed = (await (await api('/sections', { token: token.secret })).json()) as { items: { slug: string; name: string; position: number }[] };
    const section = listed.items.find((s) => s.name === SECTION_NAME)!;
    expect(section).toMatchObject({ slug: 'lodz-i-okolice-wiadomosci-z-regionu', position: 7 });

    const page = await (await send(`/newsroom/sections/${section.slug}?done=created`, { headers: { cookie } })).text();
    expect(page).toContain('role="status">Created.');
    expect(page).toContain('<label for="edit-description">Description</label>');

    const saved = await postForm(`/newsroom/sections/${section.slug}`, cookie, { _csrf: csrf, name: SECTION_NAME, slug: 'lodz', description: '', position: '' });
    expect(saved.headers.get('location')).toBe('/newsroom/sections/lodz?done=saved');
    expect((await db().select().from(sections).where(eq(sections.slug, 'lodz')))[0]).toMatchObject({ description: '', position: 7 });

    const deleted = await postForm('/newsroom/sections/lodz/delete', cookie, { _csrf: csrf });
    expect(deleted.status).toBe(303);
    expect(await db().select().from(sections).where(eq(sections.slug, 'lodz'))).toEqual([]);
    expect((await postForm('/newsroom/sections/lodz/delete', cookie, { _csrf: csrf })).status).toBe(404);
  });

  it('shows validation errors next to their fields (400) and explains conflicts (409)', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const invalid = await postForm('/newsroom/authors', cookie, { _csrf: csrf, name: '   ', slug: 'Not A Slug', avatarUrl: 'http://insecure.example/a.jpg', bio: 'Reporterka „Kuriera”' });
    expect(invalid.status).toBe(400);
    const html = await invalid.text();
    expect(html).toMatch(/id="new-slug"[^>]*aria-invalid="true"/);
    expect(html).toContain('id="new-slug-error">lowercase letters and digits separated by single hyphens');
    expect(html).toContain('id="new-avatarUrl-error">must be an absolute https URL');
    expect(html).toContain('id="new-name-error"');
    expect(html).toContain('Reporterka „Kuriera”'); // what was typed is kept

    expect((await postForm('/newsroom/authors', cookie, { _csrf: csrf, name: 'Ołena Ковальчук', slug: 'olena-kovalchuk' })).status).toBe(303);
    const taken = await postForm('/newsroom/authors', cookie, { _csrf: csrf, name: 'Olena K.', slug: 'olena-kovalchuk' });
    expect(taken.status).toBe(409);
    const takenHtml = await taken.text();
    expect(takenHtml).toContain('The slug &quot;olena-kovalchuk&quot; is already in use');
    expect(takenHtml).toContain('id="new-slug-error">already in use');

    // A section used by a story cannot be deleted: the API's 409, explained on the page.
    expect((await postForm('/newsroom/sections', cookie, { _csrf: csrf, name: 'Kultura i sztuka', slug: 'kultura' })).status).toBe(303);
    await createDraft((await tokenFor('editor')).secret, { title: 'Teatr Wielki w Łodzi otwiera sezon „Halką” — bilety wyprzedane w godzinę', section: 'kultura' });
    const inUse = await postForm('/newsroom/sections/kultura/delete', cookie, { _csrf: csrf });
    expect(inUse.status).toBe(409);
    expect(await inUse.text()).toContain('This section is used by 1 article(s) or token(s); move them first');
    expect(await db().select().from(sections).where(eq(sections.slug, 'kultura'))).toHaveLength(1);
  });

  it('pages long lists with Next and Previous links', async () => {
    const { cookie, csrf } = await signedIn('editor');
    for (let i = 0; i < 52; i++) {
      await postForm('/newsroom/tags', cookie, { _csrf: csrf, name: `zz Paginacja ${String(i).padStart(2, '0')} ✨` });
    }
    const first = await (await send('/newsroom/tags', { headers: { cookie } })).text();
    expect(first).toContain('<a href="/newsroom/tags?page=2" rel="next">Next</a>');
    const count = await db().$count(tags);
    const pages = Math.ceil(count / 50);
    const last = await (await send(`/newsroom/tags?page=${pages}`, { headers: { cookie } })).text();
    expect(last).toContain('zz Paginacja 51 ✨');
    expect(last).not.toContain('rel="next"');
    expect(last).toContain('rel="prev"');
    expect((await send('/newsroom/tags?page=abc', { headers: { cookie } })).status).toBe(400);
  });

  it('refuses a cross-origin post and one without the CSRF token', async () => {
    const { cookie, csrf } = await signedIn('admin');
    const crossSite = await postForm('/newsroom/tags', cookie, { _csrf: csrf, name: 'Podróbka' }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const noToken = await postForm('/newsroom/tags', cookie, { name: 'Podróbka' });
    expect(noToken.status).toBe(403);
    expect(await db().select().from(tags).where(eq(tags.name, 'Podróbka'))).toEqual([]);
    expect(ORIGIN).toBe('https://news.example');
  });
});
