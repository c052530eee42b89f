/**
 * Curated fronts as readers and apps see them (docs/fronts.md): the home and section pages,
 * their lite twins and JSON, with the edge cache on. A front change purges exactly the
 * pages showing it; a scheduled story takes its slot when it publishes; an unpublished or
 * trashed one leaves at once and the front closes the gap; an expired slot is not served
 * from the cache; no story shows twice on a page; a cold front is one D1 round trip.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { cacheKey } from '../../src/edge-cache/policy';
import worker from '../../src/index';
import { publicFrontSchema } from '../../src/schemas/public';
import { d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { tokenFor } from './editor-support';
import { ORIGIN, seedSampleNewsroom } from './support';

let token: string;
const stories: { id: number; slug: string; title: string; section: string }[] = [];

function editor(path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}, bindings = testBindings()) {
  return fetchSettled(`/api/v1/editor${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.9', ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  }, bindings);
}

async function story(title: string, section: string, publish: { at?: string } | null = {}) {
  const created = await editor('/articles', { json: { title, section, body: `${title}\n\nReported from Harborview.` } });
  expect(created.status).toBe(201);
  const { id, slug } = await created.json<{ id: number; slug: string }>();
  if (publish) expect((await editor(`/articles/${id}/publish`, { json: publish })).status).toBe(200);
  return { id, slug, title, section };
}

interface FrontBody { etag: string; purge?: { tags: string[]; urls: string[] } }
async function setFront(front: string, body: unknown, bindings = testBindings()): Promise<FrontBody> {
  const etag = (await editor(`/fronts/${front}`)).headers.get('etag')!;
  const res = await editor(`/fronts/${front}`, { method: 'PUT', json: body, headers: { 'if-match': etag } }, bindings);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<FrontBody>();
}

async function read(path: string) {
  const res = await fetchSettled(path);
  const text = await res.text();
  return { status: res.status, text, cacheStatus: res.headers.get('cache-status') ?? '', cacheControl: res.headers.get('cache-control') ?? '', res };
}

const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** Article slugs linked from a piece of HTML, in order. */
const slugsIn = (html: string) => [...html.matchAll(/href="(?:\/lite)?\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
const leadOf = (html: string) => /id="lead-story"><a href="(?:\/lite)?\/articles\/([a-z0-9-]+)"/.exec(html)?.[1] ?? null;
const topOf = (html: string) => {
  const start = html.indexOf('aria-labelledby="top-stories"');
  return start < 0 ? [] : slugsIn(html.slice(start, html.indexOf('</section>', start)));
};

async function runCron(scheduledTime: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '* * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const newestSeed = (section: string) =>
  sample.filter((a) => a.status === 'published' && a.section === section).sort((a, b) => (a.hoursAgo ?? 1) - (b.hoursAgo ?? 1))[0]!.slug;

beforeAll(async () => {
  await seedSampleNewsroom();
  token = (await tokenFor('editor')).secret;
  const headlines = [
    ['Rada miasta zatwierdza budżet na 2027 rok: „To najtrudniejsze negocjacje od dekady”, mówi skarbniczka Żaneta Wójcik-Łęcka', 'world'],
    ['Київ і Гарборв’ю підписали угоду про побратимство: перші обміни студентами вже навесні 🎓', 'world'],
    ['Storm surge warning: harbor authority closes the "Old Pier" as winds reach 120 km/h 🌊, ferries to the islands suspended', 'science'],
    ['Ferry operator orders three battery-electric vessels worth €84 million, the first to enter service on the island routes in 2028 ⚡', 'business'],
    ['Port Aldane’s lighthouse keepers return after forty years — with the old logbooks, the brass lamp and a cat named “Fresnel”', 'culture'],
    ['Local chess prodigy, 11, draws against a grandmaster at the city library; “I was not nervous,” she says after the four-hour game', 'sport'],
    ['Night bus network doubles after a two-year pilot: what changes on the 12 routes, and when the new timetable starts', 'technology'],
  ] as const;
  for (const [title, section] of headlines) stories.push(await story(title, section));
});

describe('without slots', () => {
  it('the home page looks as before: the newest story leads, no top stories', async () => {
    const page = await read('/');
    expect(leadOf(page.text)).toBe(stories.at(-1)!.slug);
    expect(page.text).not.toContain('top-stories');
    const section = await read('/sections/world');
    expect(leadOf(section.text)).toBeNull();
    expect(slugsIn(main(section.text)).slice(0, 2)).toEqual([stories[1]!.slug, stories[0]!.slug]);
  });
});

describe('a curated home front', () => {
  let lead: (typeof stories)[number];
  let top: string[];

  it('shows the editors\' lead and top stories in order, each story once, in one D1 round trip', async () => {
    lead = stories[0]!;
    // Stories the automatic lists would show (the newest, each section's newest) and older ones.
    top = [stories[3]!.slug, newestSeed('culture'), stories.at(-1)!.slug, newestSeed('sport'), stories[2]!.slug, newestSeed('business'), stories[1]!.slug];
    const ids = await Promise.all(top.map(async (slug) => (await (await fetchSettled(`/api/v1/articles/${slug}`)).json<{ id: number }>()).id));
    await setFront('home', { lead: lead.id, top: ids });
    for (const path of ['/', '/lite']) {
      const page = await read(path);
      expect(page.status).toBe(200);
      expect(d1Queries(page.res), path).toBe(1);
      expect(leadOf(page.text), path).toBe(lead.slug);
      expect(topOf(page.text), path).toEqual(top);
      const shown = slugsIn(main(page.text));
      expect(new Set(shown).size, path).toBe(shown.length);
      expect(shown.length, path).toBeGreaterThan(top.length + 10);
    }
  });

  it('gives apps the same order as JSON, cached at the edge', async () => {
    const first = await read('/api/v1/fronts/home');
    expect(first.status).toBe(200);
    expect(d1Queries(first.res)).toBe(1);
    const body = JSON.parse(first.text);
    expect(publicFrontSchema.safeParse(body).success).toBe(true);
    expect(body.lead).toMatchObject({ slug: lead.slug, title: lead.title, apiUrl: `${ORIGIN}/api/v1/articles/${lead.slug}` });
    expect(body.leadCurated).toBe(true);
    expect(body.top.map((s: { slug: string }) => s.slug)).toEqual(top);
    expect((await read('/api/v1/fronts/home')).cacheStatus).toMatch(/hit/);
    const unknown = await read('/api/v1/fronts/no-such-section');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toMatchObject({ code: 'not_found', details: { parameter: 'front' } });
    expect((await read('/api/v1/fronts/Not_A_Slug')).status).toBe(400);
  });

  it('a front change purges exactly the pages showing that front', async () => {
    const homePages = ['/', '/lite', '/api/v1/fronts/home'];
    const sectionPages = ['/sections/world', '/lite/sections/world', '/api/v1/fronts/world'];
    // Pages with query parameters (`/?cursor=`) are not indexed by tag: every purge retires them (edge-cache/store).
    const others = ['/feed.xml', '/feed.json', '/api/v1/articles', `/articles/${lead.slug}`, '/sections/business', '/sitemaps/news.xml'];
    for (const path of [...homePages, ...sectionPages, ...others]) {
      await read(path);
      expect((await read(path)).cacheStatus, path).toMatch(/hit/);
    }
    const change = await setFront('home', { lead: stories[4]!.id, top: [stories[5]!.id] });
    expect(change.purge!.tags.sort()).toEqual(['front:home', 'not-found', 'untagged']);
    expect(change.purge!.urls.sort()).toEqual(homePages.map((p) => cacheKey(`${ORIGIN}${p}`)).sort());
    for (const path of [...sectionPages, ...others]) expect((await read(path)).cacheStatus, path).toMatch(/hit/);
    expect(leadOf((await read('/')).text)).toBe(stories[4]!.slug);

    const sectionChange = await setFront('world', { lead: stories[1]!.id, top: [] });
    expect(sectionChange.purge!.urls.sort()).toEqual(sectionPages.map((p) => cacheKey(`${ORIGIN}${p}`)).sort());
    expect(leadOf((await read('/sections/world')).text)).toBe(stories[1]!.slug);
  });
});

describe('stories in slots change', () => {
  it('a story of another section placed on a front is refreshed there, and leaves it at once when unpublished', async () => {
    const [a, b, c] = [stories[0]!, stories[2]!, stories[6]!];
    await setFront('business', { lead: null, top: [a.id, b.id, c.id] });
    expect(topOf((await read('/sections/business')).text)).toEqual([a.slug, b.slug, c.slug]);
    const current = await editor(`/articles/${b.id}`);
    const retitled = 'Storm surge warning lifted: the "Old Pier" reopens and island ferries resume their winter timetable';
    expect((await editor(`/articles/${b.id}`, { method: 'PATCH', json: { title: retitled }, headers: { 'if-match': current.headers.get('etag')! } })).status).toBe(200);
    const edited = await read('/sections/business');
    expect(edited.cacheStatus).not.toMatch(/hit/);
    expect(edited.text).toContain(retitled.replaceAll('"', '&quot;'));

    expect((await editor(`/articles/${b.id}/unpublish`, { json: {} })).status).toBe(200);
    const page = await read('/sections/business');
    expect(topOf(page.text)).toEqual([a.slug, c.slug]);
    expect(slugsIn(page.text)).not.toContain(b.slug);
    const json = await read('/api/v1/fronts/business');
    expect(json.text).not.toContain(b.slug);
  });

  it('a trashed story leaves the home front at once, and the gap closes', async () => {
    const [x, y, z] = [stories[3]!, stories[5]!, stories[6]!];
    await setFront('home', { lead: x.id, top: [y.id, z.id] });
    await read('/');
    expect((await editor(`/articles/${x.id}`, { method: 'DELETE' })).status).toBe(200);
    const page = await read('/');
    expect(leadOf(page.text)).not.toBe(x.slug);
    expect(slugsIn(page.text)).not.toContain(x.slug);
    expect(topOf(page.text)).toEqual([y.slug, z.slug]);
  });

  it('a scheduled story takes its slot when it publishes, and never before', async () => {
    // Soon: the cron run at `at` must come before the purge follow-ups are due (edge-cache/outbox FOLLOW_UP_MS).
    const at = Date.now() + 5_000;
    const embargoed = await story('Embargoed until noon: Harborview wins the bid to host the 2031 Tall Ships Races, “a once-in-a-generation event”', 'sport', { at: new Date(at).toISOString() });
    // A sport story on the culture front: that page must refresh when it publishes, too.
    await setFront('culture', { lead: null, top: [embargoed.id, stories[5]!.id] });
    await setFront('home', { lead: null, top: [embargoed.id, stories[5]!.id] });
    for (const path of ['/', '/sections/culture', '/api/v1/fronts/home', '/api/v1/fronts/culture']) {
      const before = await read(path);
      expect(before.text, path).not.toContain(embargoed.slug);
      expect(before.text, path).not.toContain('Tall Ships');
      expect(before.text, path).not.toContain(`"id":${embargoed.id},`);
      expect((await read(path)).cacheStatus, path).toMatch(/hit/);
    }
    await runCron(at + 1_000);
    expect(topOf((await read('/')).text)).toEqual([embargoed.slug, stories[5]!.slug]);
    expect(topOf((await read('/sections/culture')).text)).toEqual([embargoed.slug, stories[5]!.slug]);
    const json = JSON.parse((await read('/api/v1/fronts/culture')).text);
    expect(json.top.map((s: { slug: string }) => s.slug)).toEqual([embargoed.slug, stories[5]!.slug]);
  });

  it('an expired slot is not served from the cache: the automatic order takes over', async () => {
    const fresh = await story('Breaking: harbor cranes halted as dockworkers walk out over night-shift pay; talks resume on Monday', 'business');
    const until = Date.now() + 2_000;
    await setFront('home', { lead: fresh.id, top: [{ id: stories[5]!.id, until: new Date(until).toISOString() }] });
    const cached = await read('/');
    expect(topOf(cached.text)).toEqual([stories[5]!.slug]);
    const sMaxAge = Number(/s-maxage=(\d+)/.exec(cached.cacheControl)![1]);
    expect(sMaxAge).toBeGreaterThanOrEqual(1);
    expect(sMaxAge).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 1_100));
    const after = await read('/');
    expect(after.cacheStatus).not.toMatch(/hit/);
    expect(topOf(after.text)).toEqual([]);
    expect(slugsIn(main(after.text))).toContain(stories[5]!.slug);
    expect(after.cacheControl).toMatch(/s-maxage=86400/);
  });
});

describe('behind Workers Cache (production: a stub records its purges, nothing local emulates it)', () => {
  it('front pages carry the front tag, and a front change purges that tag alone', async () => {
    const purged: string[][] = [];
    const stub = {
      async purge({ tags }: CachePurgeOptions) {
        purged.push([...(tags ?? [])]);
        return { success: true, zoneTag: 'zone', errors: [] };
      },
    };
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    for (const path of ['/', '/lite', '/api/v1/fronts/home']) {
      const res = await fetchSettled(path, undefined, bindings);
      expect(res.headers.get('cache-tag')?.split(','), path).toContain('front:home');
    }
    for (const path of ['/feed.xml', '/sections/world', '/api/v1/articles']) {
      expect((await fetchSettled(path, undefined, bindings)).headers.get('cache-tag')?.split(','), path).not.toContain('front:home');
    }
    await setFront('home', { lead: stories[5]!.id, top: [stories[6]!.id] }, bindings);
    expect(purged).toEqual([['front:home', 'not-found', 'untagged']]);
  });
});
