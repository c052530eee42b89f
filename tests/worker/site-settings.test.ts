/**
 * Site settings (docs/newsroom.md "Site settings and time zone"): the admins' screen, its
 * validation and audit, the purge of every cached page on save, and reader pages that show
 * the site's name and times in its zone without an extra D1 round trip.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, purgeOutbox, siteSettings } from '../../src/db/schema';
import { formatDateTime } from '../../src/i18n';
import { readSiteSettings } from '../../src/site/settings';
import { d1Queries, fetchSettled } from './edge-cache-support';
import { db, ORIGIN, postForm, send, signedIn } from './newsroom-support';
import { tokenFor } from './editor-support';
import { ENTRIES, liveStory, postEntry } from './live-support';
import { seedSampleNewsroom } from './support';

const NAME = 'Kurier Krawędzi — „Gdańsk” i Київ 🌊';
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Every <time datetime="…">label</time> of a page. */
const tagsOf = (res: Response) => (res.headers.get('cache-tag') ?? '').split(',').map((t) => t.trim());

const times = (html: string) => [...html.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => ({ iso: m[1]!, label: m[2]! }));

async function save(admin: { cookie: string; csrf: string }, fields: Record<string, string>) {
  return fetchSettled('/newsroom/settings', {
    method: 'POST',
    headers: { cookie: admin.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: admin.csrf, ...fields }).toString(),
  });
}

beforeAll(() => seedSampleNewsroom());

describe('site settings', () => {
  it('default to the site name, UTC and the site language', async () => {
    expect(await readSiteSettings(db(), env)).toEqual({ name: env.SITE_NAME, timeZone: 'UTC', language: 'en' });
    const home = await (await send('/')).text();
    expect(home).toContain(`<title>${env.SITE_NAME}`);
    const first = times(home)[0]!;
    expect(first.label).toBe(formatDateTime(first.iso, 'en'));
    expect(first.label).toMatch(/ UTC$/);
  });

  it('are for admins only, signed in, same origin, with the CSRF token', async () => {
    const signedOut = await send('/newsroom/settings');
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/newsroom/sign-in');
    expect([303, 403]).toContain((await postForm('/newsroom/settings', '', { name: 'x' })).status);
    for (const role of ['contributor', 'editor'] as const) {
      const person = await signedIn(role);
      expect((await send('/newsroom/settings', { headers: { cookie: person.cookie } })).status, role).toBe(403);
      expect((await postForm('/newsroom/settings', person.cookie, { _csrf: person.csrf, name: 'Hijacked', timeZone: 'UTC', language: 'en' })).status, role).toBe(403);
    }
    const admin = await signedIn('admin');
    const fields = { name: 'Hijacked', timeZone: 'UTC', language: 'en' };
    expect((await postForm('/newsroom/settings', admin.cookie, { _csrf: admin.csrf, ...fields }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm('/newsroom/settings', admin.cookie, fields)).status).toBe(403);
    expect(await db().select().from(siteSettings)).toHaveLength(0);

    const form = await send('/newsroom/settings', { headers: { cookie: admin.cookie } });
    const html = await form.text();
    expect(form.status).toBe(200);
    expect(html).toContain('<option value="Europe/Warsaw">Europe/Warsaw</option>');
    expect(html).toContain('<option value="America/New_York">America/New York</option>');
    expect(html).toMatch(/<option value="pl">polski: Polish \(pl\)<\/option>/);
    expect(html).toMatch(/<label>\s*Site name\s*<input type="text" name="name"/);
  });

  it('refuse what they cannot store, naming the field', async () => {
    const admin = await signedIn('admin');
    const cases = [
      [{ name: '   ', timeZone: 'UTC', language: 'en' }, 'Enter the site name.'],
      [{ name: 'x'.repeat(101), timeZone: 'UTC', language: 'en' }, 'at most 100 characters'],
      [{ name: NAME, timeZone: 'Mars/Olympus_Mons', language: 'en' }, 'Choose a time zone'],
      [{ name: NAME, timeZone: 'Europe/Warsaw', language: 'uk' }, 'Choose one of: en, pl'],
    ] as const;
    for (const [fields, message] of cases) {
      const res = await postForm('/newsroom/settings', admin.cookie, { _csrf: admin.csrf, ...fields });
      expect(res.status, message).toBe(400);
      const html = await res.text();
      expect(html, message).toContain(message);
      expect(html, message).toContain('aria-invalid="true"');
    }
    expect(await db().select().from(siteSettings)).toHaveLength(0);
  });

  it('are saved (audited), purge every cached page, and reach reader pages without an extra round trip', async () => {
    const story = '/articles/harborview-delegation-visits-nowa-przystan';
    // Warm the cache: the second request of each page is a hit.
    for (const path of ['/', story, '/lite']) {
      await fetchSettled(path);
      expect((await fetchSettled(path)).headers.get('cache-status'), path).toMatch(/hit/);
    }
    const before = await fetchSettled('/sections/world');
    const queriesBefore = d1Queries(before);

    const admin = await signedIn('admin');
    const saved = await save(admin, { name: `  ${NAME}  `, timeZone: 'Europe/Warsaw', language: 'en' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/newsroom/settings?saved=1');
    expect(await readSiteSettings(db(), env)).toEqual({ name: NAME, timeZone: 'Europe/Warsaw', language: 'en' });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'site-settings.update'));
    expect(audit!.details).toEqual({ name: NAME, timeZone: 'Europe/Warsaw', language: 'en' });
    expect(audit!.actor).toBe('Ołeksandra Kowalczyk-Шевченко');
    const [purge] = await db().select().from(purgeOutbox).where(eq(purgeOutbox.reason, 'site settings changed'));
    expect(purge!.tags).toEqual(expect.arrayContaining(['site', 'feeds']));

    for (const path of ['/', story, '/lite']) {
      const res = await fetchSettled(path);
      expect(res.headers.get('cache-status'), path).not.toMatch(/hit/);
      const html = await res.text();
      expect(html, path).toContain(escaped(NAME));
      const shown = times(html);
      expect(shown.length, path).toBeGreaterThan(0);
      for (const { iso, label } of shown) {
        // Machine-readable times stay UTC; the words follow the site's zone.
        expect(iso, path).toMatch(/Z$/);
        expect(label, path).toMatch(/ (CET|CEST)$/);
      }
    }
    const article = await (await fetchSettled(story)).text();
    expect(article).toContain(`<title>Harborview engineers study Nowa Przystań&#39;s movable flood walls · ${escaped(NAME)}</title>`);
    // Feeds carry the new name; their times stay ISO in UTC.
    const atom = await (await fetchSettled('/atom.xml')).text();
    expect(atom).toContain(NAME);
    expect(atom).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    const after = await fetchSettled('/sections/world');
    expect(await after.text()).toContain(escaped(NAME));
    expect(d1Queries(after)).toBe(queriesBefore);

    const form = await (await send('/newsroom/settings?saved=1', { headers: { cookie: admin.cookie } })).text();
    expect(form).toContain('Saved. Every cached page was refreshed.');
    expect(form).toContain('<option value="Europe/Warsaw" selected="">');
  });

  it("offer today's zone names (Europe/Kyiv, not Kiev) and save them", async () => {
    const admin = await signedIn('admin');
    const earlier = await readSiteSettings(db(), env);
    const page = await (await send('/newsroom/settings', { headers: { cookie: admin.cookie } })).text();
    for (const zone of ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Kathmandu']) expect(page, zone).toContain(`<option value="${zone}"`);
    expect(page).not.toContain('<option value="Europe/Kiev"');
    await save(admin, { name: NAME, timeZone: 'Europe/Kyiv', language: 'en' });
    expect((await readSiteSettings(db(), env)).timeZone).toBe('Europe/Kyiv');
    await save(admin, { ...earlier });
    expect(await readSiteSettings(db(), env)).toEqual(earlier);
  });

  it('switch listings to the default language, while articles keep their own', async () => {
    const admin = await signedIn('admin');
    expect((await save(admin, { name: NAME, timeZone: 'America/New_York', language: 'pl' })).status).toBe(303);
    const home = await (await fetchSettled('/')).text();
    expect(home).toContain('<html lang="pl"');
    const first = times(home)[0]!;
    expect(first.label).toBe(formatDateTime(first.iso, 'pl', 'America/New_York'));
    const article = await (await fetchSettled('/articles/harborview-delegation-visits-nowa-przystan')).text();
    expect(article).toContain('<html lang="en"');
    expect(times(article)[0]!.label).toMatch(/ (EST|EDT|GMT-5|GMT-4)$/);
  });
  it('reach oEmbed, the live JSON and the Mastodon share page, tagged site so a save purges them', async () => {
    const admin = await signedIn('admin');
    const renamed = `${NAME} — wydanie „wieczorne”`;
    const story = '/articles/harborview-delegation-visits-nowa-przystan';
    const embedPath = `/oembed?url=${encodeURIComponent(`${ORIGIN}${story}`)}&format=json`;
    const live = await liveStory((await tokenFor('editor')).secret, { title: 'Na żywo: strajk w Dorohusku — „kolejka ma 12 km” 🚛' });
    await postEntry((await tokenFor('editor')).secret, live.id, { body: ENTRIES.uk });
    const livePath = `/api/v1/articles/${live.slug}/live`;
    expect((await save(admin, { name: renamed, timeZone: 'Europe/Warsaw', language: 'en' })).status).toBe(303);

    const embed = await fetchSettled(embedPath);
    expect(embed.status).toBe(200);
    const card = (await embed.json()) as { provider_name: string; html: string };
    expect(card.provider_name).toBe(renamed);
    expect(card.html).toContain(escaped(renamed));
    expect(tagsOf(embed)).toContain('site');

    const feed = await fetchSettled(livePath);
    expect(feed.status).toBe(200);
    expect(tagsOf(feed)).toContain('site');
    const entries = ((await feed.json()) as { entries: { timeLabel: string }[] }).entries;
    expect(entries[0]!.timeLabel).toMatch(/ (CET|CEST)$/);

    const mastodon = await fetchSettled('/share/harborview-delegation-visits-nowa-przystan/mastodon');
    expect(mastodon.status).toBe(200);
    const mastodonHtml = await mastodon.text();
    expect(mastodonHtml).toContain('<title>Mastodon · ');
    expect(mastodonHtml).toContain(` · ${escaped(renamed)}</title>`);
    expect(tagsOf(mastodon)).toContain('site');

    // The web manifest reads the settings row too (docs/newsroom.md).
    expect(((await (await send('/manifest.webmanifest')).json()) as { name: string }).name).toBe(renamed);
  });
});
