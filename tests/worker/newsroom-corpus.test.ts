/**
 * Issue #10, the write path under real newsroom use: every story of the corpus
 * (tests/corpus) is written through the editor API, published, then read back on every
 * public surface: page, lite page, JSON, search, share and short links, oEmbed, feeds and
 * sitemaps. Failures are collected per story, so one run names every story that breaks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus, corpusAuthors, corpusTags, toEditorJson, type CorpusArticle } from '../corpus';
import { expectationsOf, wordCount } from '../corpus/expectations';
import { articlePageProblems, articlePath, escapeHtml, textOf } from '../corpus/page-checks';
import { api, tokenFor } from './editor-support';
import { ORIGIN, request, seedSampleNewsroom } from './support';
import { parseXml } from './xml';

/** A corpus story as the API published it. */
interface Live {
  article: CorpusArticle;
  id: number;
  /** The slug the draft was given on create. */
  draftSlug: string;
  /** The slug it went live under. */
  slug: string;
  publishedAt: string;
}

const BATCH = 8;
const FEED_SIZE = 30;
/** Corpus index -> the story as published. */
const live = new Map<number, Live>();
/** Stories the API would not create or publish, and why. */
const writeProblems: string[] = [];
const taxonomyProblems: string[] = [];
/** Slug -> the short link its JSON named. */
const shortUrls = new Map<string, string | null>();

const label = (a: CorpusArticle) => `#${a.index} ${a.key}`;
const urlOf = (slug: string) => new URL(articlePath(slug), ORIGIN).href;
const published = () => [...live.values()];

/** Runs `check` over `items`, `BATCH` at a time; returns "label: problem" for everything that went wrong. */
async function problemsOver<T>(items: readonly T[], name: (item: T) => string, check: (item: T) => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    const results = await Promise.all(items.slice(i, i + BATCH).map((item) => check(item).catch((error: Error) => [`threw ${error.message}`])));
    results.forEach((problems, j) => found.push(...problems.map((p) => `${name(items[i + j]!)}: ${p}`)));
  }
  return found;
}

/** Newest first, as every listing orders them. */
const newestFirst = (list: Live[]) => [...list].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id);

async function createTaxonomy() {
  const admin = (await tokenFor('admin')).secret;
  for (const tag of corpusTags) {
    const res = await api('/tags', { token: admin, json: { name: tag.name, ...(tag.slug ? { slug: tag.slug } : {}) } });
    const body = await res.json<{ slug?: string }>();
    if (res.status !== 201 || body.slug !== tag.expectedSlug) taxonomyProblems.push(`tag ${tag.name}: ${res.status} ${JSON.stringify(body)}`);
  }
  for (const author of corpusAuthors) {
    const res = await api('/authors', { token: admin, json: { name: author.name, bio: author.bio, ...(author.slug ? { slug: author.slug } : {}) } });
    const body = await res.json<{ slug?: string }>();
    if (res.status !== 201 || body.slug !== author.expectedSlug) taxonomyProblems.push(`author ${author.name}: ${res.status} ${JSON.stringify(body)}`);
  }
}

/**
 * Creates every story as a draft, in corpus order, a batch at a time; a story waits for a
 * new batch when it follows up one that is still being created (`related` needs its id).
 */
async function createDrafts(writers: string[]) {
  const drafts = new Map<number, { id: number; slug: string }>();
  let batch: CorpusArticle[] = [];
  const flush = async () => {
    await Promise.all(
      batch.map(async (article) => {
        const missing = article.previously.filter((i) => !drafts.has(i));
        if (missing.length) return void writeProblems.push(`${label(article)}: not created, it follows up stories that failed (${missing})`);
        const json = toEditorJson(article, (i) => drafts.get(i)!.id);
        const res = await api('/articles', { token: writers[article.index % writers.length], json });
        const body = await res.json<{ id: number; slug: string; status: string }>();
        if (res.status !== 201 || body.status !== 'draft') return void writeProblems.push(`${label(article)}: create answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        drafts.set(article.index, { id: body.id, slug: body.slug });
      }),
    );
    batch = [];
  };
  for (const article of corpus) {
    if (batch.length >= BATCH || article.previously.some((i) => batch.some((b) => b.index === i))) await flush();
    batch.push(article);
  }
  await flush();
  return drafts;
}

/** Publishes the drafts in corpus order, a batch at a time. */
async function publishAll(writers: string[], drafts: Map<number, { id: number; slug: string }>) {
  const stories = corpus.filter((a) => drafts.has(a.index));
  for (let i = 0; i < stories.length; i += BATCH) {
    await Promise.all(
      stories.slice(i, i + BATCH).map(async (article) => {
        const draft = drafts.get(article.index)!;
        const res = await api(`/articles/${draft.id}/publish`, { token: writers[article.index % writers.length], method: 'POST' });
        const body = await res.json<{ slug: string; status: string; publishedAt: string }>();
        if (res.status !== 200 || body.status !== 'published') return void writeProblems.push(`${label(article)}: publish answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        live.set(article.index, { article, id: draft.id, draftSlug: draft.slug, slug: body.slug, publishedAt: body.publishedAt });
      }),
    );
  }
}

beforeAll(async () => {
  await seedSampleNewsroom();
  await createTaxonomy();
  // One token per desk: each stays well under the per-token write limit (120 a minute). Admins:
  // two stories hotlink a lead image from another site, which only admins may (docs/media.md).
  const writers = await Promise.all(['news', 'business', 'features', 'languages'].map(async (desk) => (await tokenFor('admin', `${desk}-desk`)).secret));
  const drafts = await createDrafts(writers);
  await publishAll(writers, drafts);
}, 120_000);

describe('the corpus', () => {
  it('is what issue #10 asks for: 100+ stories, several languages, headlines of every length, long and short bodies', () => {
    const count = (language: string) => corpus.filter((a) => a.language === language).length;
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(count('en')).toBeGreaterThan(corpus.length / 2);
    expect(count('pl')).toBeGreaterThanOrEqual(10);
    expect(count('uk')).toBeGreaterThanOrEqual(8);
    expect(count('de')).toBeGreaterThanOrEqual(5);
    const lengths = corpus.map((a) => a.title.length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(5);
    expect(Math.max(...lengths)).toBe(300);
    expect(lengths.filter((n) => n > 150).length).toBeGreaterThanOrEqual(5);
    const titles = corpus.map((a) => a.title).join('\n');
    for (const feature of [/\p{Extended_Pictographic}/u, /„.+“/, /„.+”/, /«.+»/, /“.+”/, /–/, /—/, /&/, /\d%/, /[<>]/]) expect(titles).toMatch(feature);
    expect(corpus.filter((a) => wordCount(a.body) >= 2000).length).toBeGreaterThanOrEqual(3);
    expect(corpus.filter((a) => !a.body.trim().includes('\n')).length).toBeGreaterThanOrEqual(10);
    const shapes = corpus.map((a) => expectationsOf(a.body));
    expect(shapes.filter((s) => s.tableCells.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(shapes.filter((s) => s.quotes.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(shapes.filter((s) => s.footnotes.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(shapes.filter((s) => s.headings.some((h) => h.level === 3)).length).toBeGreaterThanOrEqual(1);
    expect(corpus.filter((a) => a.previously.length > 0).length).toBeGreaterThanOrEqual(30);
    for (const a of corpus) {
      expect(a.sources.length, a.key).toBeGreaterThan(0);
      expect(a.previously.every((i) => i < a.index), a.key).toBe(true);
    }
    expect(JSON.stringify(corpus).length).toBeLessThan(1_500_000);
  });
});

describe('writing the corpus through the editor API', () => {
  it('creates the corpus tags and authors, with ASCII-folded slugs where none is given', () => {
    expect(taxonomyProblems).toEqual([]);
  });

  it('creates and publishes every story', () => {
    expect(writeProblems).toEqual([]);
    expect(live.size).toBe(corpus.length);
  });

  it('gives every story a unique ASCII slug (accents folded, Cyrillic transliterated), kept from draft to publication', async () => {
    const slugs = published().map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const { article, slug } of published()) {
      expect(slug.length, article.key).toBeLessThanOrEqual(80);
      expect(slug, article.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    const slugOf = (key: string) => published().find((p) => p.article.key === key)?.slug;
    expect(slugOf('pl-park')).toMatch(/^nie-oddamy-parku-mieszkancy-starego-portu-protestuja/);
    expect(slugOf('de-strassenbahn')).toMatch(/^kaltenhafen-strassenbahn-uber-die-grosse-weserbrucke/);
    expect(slugOf('en-creme-brulee')).toMatch(/^smorgasbord-creme-brulee-proper-chips/);
    expect(slugOf('bin-day')).toBe('bin-day-moves-to-tuesday-in-three-districts-from-january');
    expect(slugOf('snow-brief')).toBe('snow');
    // Cyrillic is transliterated (Ukrainian national system), not dropped.
    expect(slugOf('uk-strajk')).toBe('straik');
    expect(slugOf('uk-shkola')).toMatch(/^subotnia-shkola-veselka-pereizhdzhaie/);
    // The same headline twice: two stories, two slugs, the later one numbered.
    const [first, second] = [slugOf('council-briefing-1'), slugOf('council-briefing-2')];
    expect([first, second].sort()).toEqual(['council-briefing-what-was-decided-this-week', 'council-briefing-what-was-decided-this-week-2']);
    // Stable: publishing keeps the draft's slug unless another story already went out under it.
    const renamed = published().filter((p) => p.slug !== p.draftSlug);
    expect(renamed.map((p) => p.slug)).toEqual(renamed.length ? ['council-briefing-what-was-decided-this-week-2'] : []);
    const token = (await tokenFor('editor')).secret;
    const problems = await problemsOver(published(), (p) => label(p.article), async (p) => {
      const { slug } = await (await api(`/articles/${p.id}`, { token })).json<{ slug: string }>();
      return slug === p.slug ? [] : [`the editor API now says ${slug}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('reading every story back', () => {
  const previouslyOf = (a: CorpusArticle) => a.previously.map((i) => ({ slug: live.get(i)!.slug, title: corpus[i]!.title }));

  it('article pages show the escaped headline, headings, lists, tables, quotes, links, sources and earlier stories', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug }) => {
      const res = await request(articlePath(slug));
      if (res.status !== 200) return [`page answered ${res.status}`];
      return articlePageProblems(await res.text(), { article, previously: previouslyOf(article), edition: 'full' });
    });
    expect(problems).toEqual([]);
  });

  it('lite pages show the same story, text only, with links kept in /lite', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug }) => {
      const res = await request(`/lite${articlePath(slug)}`);
      if (res.status !== 200) return [`lite page answered ${res.status}`];
      const html = await res.text();
      const found = articlePageProblems(html, { article, previously: previouslyOf(article), edition: 'lite' });
      if (!html.includes(`<link rel="canonical" href="${escapeHtml(urlOf(slug))}"/>`)) found.push('canonical is not the full page');
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('the JSON twin has the same headline, dek, language, section, tags, sources and earlier stories', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug, id }) => {
      const res = await request(`/api/v1/articles/${encodeURIComponent(slug)}`);
      if (res.status !== 200) return [`JSON answered ${res.status}`];
      const json = await res.json<any>();
      shortUrls.set(slug, json.shortUrl);
      const got = {
        id: json.id, url: json.url, title: json.title, dek: json.dek, language: json.language, section: json.section.slug,
        author: json.author?.slug ?? null, tags: json.tags.map((t: any) => t.slug).sort(), sources: json.sources,
        related: json.related.map((r: any) => r.id),
      };
      const want = {
        id, url: urlOf(slug), title: article.title, dek: article.dek, language: article.language, section: article.section,
        author: article.author, tags: [...article.tags].sort(), sources: article.sources, related: article.previously.map((i) => live.get(i)!.id),
      };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [`JSON is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`];
    });
    expect(problems).toEqual([]);
  });

  it('search (page and API) finds every story by a word from it', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug }) => {
      const q = encodeURIComponent(article.searchTerm);
      const found: string[] = [];
      const page = await request(`/search?q=${q}`);
      const html = page.status === 200 ? await page.text() : '';
      const link = `<a href="${escapeHtml(articlePath(slug))}">`;
      const at = html.indexOf(link);
      if (at < 0) found.push(`/search?q=${article.searchTerm} (${page.status}) does not list it`);
      else {
        // The result's headline (with the hits marked) reads as the headline, and says its language.
        const shown = textOf(html.slice(at + link.length, html.indexOf('</a>', at)));
        if (shown !== article.title) found.push(`search result reads "${shown}"`);
        const item = html.slice(html.lastIndexOf('<li', at), at);
        if (article.language !== 'en' && !item.startsWith(`<li lang="${article.language}">`)) found.push(`search result is not marked lang="${article.language}": ${item.slice(0, 40)}`);
      }
      const res = await request(`/api/v1/search?q=${q}&limit=50`);
      const items = res.status === 200 ? (await res.json<{ items: { slug: string }[] }>()).items : [];
      if (!items.some((item) => item.slug === slug)) found.push(`/api/v1/search?q=${article.searchTerm} (${res.status}) does not list it`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  const OTHER_NETWORKS = ['reddit', 'telegram', 'bluesky', 'whatsapp', 'hackernews', 'linkedin', 'facebook', 'email'];
  /** The decoded parameter values of a share intent (https or mailto:). */
  const intentValues = (location: string) =>
    location.startsWith('mailto:')
      ? location.slice(location.indexOf('?') + 1).split('&').map((pair) => decodeURIComponent(pair.slice(pair.indexOf('=') + 1)))
      : [...new URL(location).searchParams.values()];

  it('share links redirect to each network with the headline and the tagged article URL', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug }) => {
      const found: string[] = [];
      for (const network of ['x', OTHER_NETWORKS[article.index % OTHER_NETWORKS.length]!]) {
        const res = await request(`/share/${encodeURIComponent(slug)}/${network}`);
        const location = res.headers.get('location') ?? '';
        if (res.status !== 302 || !/^[\x21-\x7e]+$/.test(location)) {
          found.push(`${network}: answered ${res.status} to ${location}`);
          continue;
        }
        const landing = new URL(articlePath(slug), ORIGIN);
        for (const [name, value] of [['utm_source', network], ['utm_medium', 'social'], ['utm_campaign', 'share']]) landing.searchParams.set(name!, value!);
        const values = intentValues(location);
        if (!values.some((v) => v.includes(landing.href))) found.push(`${network}: ${location} does not carry ${landing.href}`);
        if (!['linkedin', 'facebook'].includes(network) && !values.some((v) => v.includes(article.title))) found.push(`${network}: ${location} does not carry the headline`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('short links redirect to the article', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ slug }) => {
      const shortUrl = shortUrls.has(slug)
        ? shortUrls.get(slug)
        : (await (await request(`/api/v1/articles/${encodeURIComponent(slug)}`)).json<{ shortUrl: string | null }>()).shortUrl;
      if (!shortUrl?.startsWith(`${ORIGIN}/s/`)) return [`shortUrl is ${shortUrl}`];
      const res = await request(new URL(shortUrl).pathname);
      return res.status === 301 && res.headers.get('location') === urlOf(slug) ? [] : [`${shortUrl} answered ${res.status} to ${res.headers.get('location')}`];
    });
    expect(problems).toEqual([]);
  });

  it('oEmbed answers for every article URL with its headline', async () => {
    const problems = await problemsOver(published(), (p) => label(p.article), async ({ article, slug }) => {
      const res = await request(`/oembed?url=${encodeURIComponent(urlOf(slug))}&format=json`);
      if (res.status !== 200) return [`oEmbed answered ${res.status}`];
      const card = await res.json<{ title: string; html: string; author_name?: string }>();
      const found: string[] = [];
      if (card.title !== article.title) found.push(`oEmbed title is ${card.title}`);
      if (!card.html.includes(`>${escapeHtml(article.title)}</a>`)) found.push('oEmbed card lacks the escaped headline');
      if (article.author && !card.author_name) found.push('oEmbed has no author');
      return found;
    });
    expect(problems).toEqual([]);
  });

  /** [url, title] of the items of a feed in any of the three formats. */
  async function feedItems(path: string): Promise<[string, string][]> {
    const res = await request(path);
    expect(res.status, path).toBe(200);
    if (path.endsWith('.json')) return (await res.json<{ items: { url: string; title: string }[] }>()).items.map((i) => [i.url, i.title]);
    const xml = parseXml(await res.text());
    if (xml.rss) return (xml.rss.channel.item ?? []).map((i: any) => [i.link[0], i.title]);
    return (xml.feed.entry ?? []).map((e: any) => [e.link.find((l: any) => l['@rel'] === 'alternate')['@href'], e.title['#text'] ?? e.title]);
  }
  const asFeedItems = (list: Live[]) => list.map((p): [string, string] => [urlOf(p.slug), p.article.title]);

  it('the site feeds (RSS, Atom, JSON Feed) carry the newest stories, newest first', async () => {
    const expected = asFeedItems(newestFirst(published()).slice(0, FEED_SIZE));
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) expect(await feedItems(path), path).toEqual(expected);
    // Each item says its own language (the feed itself is the site's).
    const languageOf = new Map(published().map((p) => [urlOf(p.slug), p.article.language]));
    const jsonFeed = await (await request('/feed.json')).json<{ items: { url: string; language: string }[] }>();
    expect(jsonFeed.items.map((i) => i.language)).toEqual(jsonFeed.items.map((i) => languageOf.get(i.url)));
    const atom = parseXml(await (await request('/atom.xml')).text()).feed.entry as any[];
    expect(atom.map((e) => e['@xml:lang'])).toEqual(atom.map((e) => languageOf.get(e.id)));
  });

  it('each section feed starts with that section’s newest stories', async () => {
    for (const section of new Set(corpus.map((a) => a.section))) {
      const newest = asFeedItems(newestFirst(published().filter((p) => p.article.section === section)).slice(0, FEED_SIZE));
      for (const format of ['feed.xml', 'atom.xml', 'feed.json']) {
        const path = `/sections/${section}/${format}`;
        expect((await feedItems(path)).slice(0, newest.length), path).toEqual(newest);
      }
    }
  });

  it('the sitemap index leads to sitemaps that list every story, and the news sitemap has their headlines', async () => {
    const index = parseXml(await (await request('/sitemap.xml')).text());
    const files = index.sitemapindex.sitemap.map((s: any) => new URL(s.loc).pathname).filter((p: string) => /^\/sitemaps\/articles-\d+\.xml$/.test(p));
    expect(files.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const file of files) for (const url of parseXml(await (await request(file)).text()).urlset.url) listed.add(url.loc);
    expect(published().filter((p) => !listed.has(urlOf(p.slug))).map((p) => label(p.article))).toEqual([]);

    const news = parseXml(await (await request('/sitemaps/news.xml')).text());
    const inNews = new Map<string, any>(news.urlset.url.map((u: any) => [u.loc, u['news:news']]));
    const problems = published().flatMap(({ article, slug }) => {
      const entry = inNews.get(urlOf(slug));
      if (!entry) return [`${label(article)}: not in the news sitemap`];
      const ok = entry['news:title'] === article.title && entry['news:publication']['news:language'] === article.language;
      return ok ? [] : [`${label(article)}: news sitemap has ${JSON.stringify(entry)}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('after publication', () => {
  it('a correction to a live story keeps its slug and shows on the page', async () => {
    const story = published().find((p) => p.article.key === 'tram-contract')!;
    const token = (await tokenFor('editor')).secret;
    const { etag } = await (await api(`/articles/${story.id}`, { token })).json<{ etag: string }>();
    const dek = `${story.article.dek} (Corrected: Marren's quality score was 51.)`;
    const res = await api(`/articles/${story.id}`, { token, method: 'PATCH', json: { dek }, headers: { 'if-match': etag } });
    expect(res.status).toBe(200);
    expect((await res.json<{ slug: string }>()).slug).toBe(story.slug);
    const page = await (await request(articlePath(story.slug))).text();
    expect(page).toContain(`<p class="dek">${escapeHtml(dek)}</p>`);
  });
});
