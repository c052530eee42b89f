/**
 * A live story's page: entries pinned first then newest first, each with its anchor and
 * time; key events at the top linking to them; the "Live" label and the polling script only
 * while coverage is open (the script allowed by its CSP hash); LiveBlogPosting JSON-LD; the
 * lite edition as plain HTML with a working Refresh link; an "older entries" page past the
 * cap; and still one D1 round trip per cold render.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../src/middleware/security-headers';
import { liveScript } from '../../src/views/live-script';
import { d1Queries } from './edge-cache-support';
import { api, createDraft, tokenFor } from './editor-support';
import { ENTRIES, liveStory, postEntry, unique, type EditorEntry } from './live-support';
import { jsonLd, requestUncached, seedSampleNewsroom } from './support';

let editor: string;
let story: { id: number; slug: string };
let first: EditorEntry, pinned: EditorEntry, plain: EditorEntry, latest: EditorEntry;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  story = await liveStory(editor);
  first = await postEntry(editor, story.id, { body: ENTRIES.en, keyEvent: true });
  pinned = await postEntry(editor, story.id, { body: `Pinned: what we know so far. ${ENTRIES.pl}`, pinned: true });
  plain = await postEntry(editor, story.id, { body: ENTRIES.uk });
  latest = await postEntry(editor, story.id, { body: 'Police reopen the "red line" depot; trams run from 06:00 🚋', keyEvent: true });
});

const page = async (path: string) => {
  const res = await requestUncached(path);
  return { res, html: await res.text() };
};
const entryIdsInOrder = (html: string) => [...html.matchAll(/<li id="entry-(\d+)"/g)].map((m) => Number(m[1]));

describe('an open live story', () => {
  it('shows pinned first, then newest first, each with its anchor, time and flags', async () => {
    const { html } = await page(`/articles/${story.slug}`);
    expect(entryIdsInOrder(html)).toEqual([pinned.id, latest.id, plain.id, first.id]);
    expect(html).toContain(`<a href="#entry-${plain.id}"><time datetime="`);
    expect(html).toContain(ENTRIES.uk);
    expect(html).toContain('<strong class="live-flag">Pinned</strong>');
  });

  it('summarises key events at the top, linked to their entries, above the body', async () => {
    const { html } = await page(`/articles/${story.slug}`);
    const summary = html.slice(html.indexOf('class="block live-summary"'), html.indexOf('class="body"'));
    expect(summary).toContain('Key events');
    expect([...summary.matchAll(/href="#entry-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([latest.id, first.id]);
    expect(summary).toContain('Police reopen the &quot;red line&quot; depot');
  });

  it('carries the Live label, the Refresh link, a polite live region and the script allowed by its hash', async () => {
    const { res, html } = await page(`/articles/${story.slug}`);
    expect(html).toContain('data-live-label=""');
    expect(html).toContain(`<a href="/articles/${story.slug}" data-live-refresh="">`);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain(`data-live-url="/api/v1/articles/${story.slug}/live"`);
    expect(html).toContain(`<script>${liveScript}</script>`);
    expect(res.headers.get('content-security-policy')).toContain(await cspHash(liveScript));
    expect(res.headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining([`article:${story.id}`, `live:${story.id}`]));
  });

  it('describes itself as a LiveBlogPosting with its coverage start and its entries as BlogPostings', async () => {
    const { html } = await page(`/articles/${story.slug}`);
    const [posting] = jsonLd(html);
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(Date.parse(posting.coverageStartTime)).not.toBeNaN();
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting.headline).toMatch(/^Live: strike at Dorohusk/);
    expect(posting.liveBlogUpdate).toHaveLength(4);
    for (const update of posting.liveBlogUpdate) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.headline.length).toBeGreaterThan(0);
      expect(update.headline.length).toBeLessThanOrEqual(110);
      expect(Date.parse(update.datePublished)).not.toBeNaN();
      expect(update.url).toMatch(/#entry-\d+$/);
    }
    expect(posting.liveBlogUpdate[0].articleBody).toContain('Pinned: what we know so far.');
    // The newest entry is the posting's last modification.
    expect(posting.dateModified).toBe(posting.liveBlogUpdate.map((u: { dateModified: string }) => u.dateModified).sort().at(-1));
  });

  it('renders in one D1 round trip on a miss', async () => {
    const { res } = await page(`/articles/${story.slug}`);
    expect(d1Queries(res)).toBe(1);
  });

  it('has a lite twin with the entries as plain HTML, no script, and a Refresh link that stays in lite', async () => {
    const { res, html } = await page(`/lite/articles/${story.slug}`);
    expect(res.status).toBe(200);
    expect(entryIdsInOrder(html)).toEqual([pinned.id, latest.id, plain.id, first.id]);
    // The only script a lite page keeps is the breaking-news banner's (views/edition.ts).
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script data-alert-script="">']);
    expect(html).toContain(`<a href="/lite/articles/${story.slug}" data-live-refresh="">`);
    expect(res.headers.get('cache-tag')?.split(',')).toContain(`live:${story.id}`);
  });
});

describe('other stories', () => {
  it('speak the story’s language (Polish) and leave ordinary stories without any live markup or script', async () => {
    const polish = await liveStory(editor, { language: 'pl', title: `Relacja na żywo: strajk na przejściu w Dorohusku ${unique()}` });
    await postEntry(editor, polish.id, { body: ENTRIES.pl });
    expect((await page(`/articles/${polish.slug}`)).html).toContain('<strong>Na żywo</strong>');
    const ordinary = await createDraft(editor, { title: `Council approves the 2027 budget after a nine-hour session ${unique()}` });
    await api(`/articles/${ordinary.id}/publish`, { token: editor, method: 'POST' });
    const { res, html } = await page(`/articles/${ordinary.slug}`);
    expect(html).not.toContain('data-live-feed');
    expect(html).not.toContain(liveScript);
    expect(jsonLd(html)[0]['@type']).toBe('NewsArticle');
    expect(res.headers.get('cache-tag')).not.toContain('live:');
  });
});

describe('closing coverage', () => {
  it('ends the label and the script, says it ended, and gives the JSON-LD its end time', async () => {
    const closing = await liveStory(editor);
    await postEntry(editor, closing.id, { body: ENTRIES.en });
    const res = await api(`/articles/${closing.id}`, { token: editor, method: 'PATCH', json: { live: false }, headers: { 'if-match': '*' } });
    expect(res.status).toBe(200);
    const { html } = await page(`/articles/${closing.slug}`);
    expect(html).not.toContain('data-live-label');
    expect(html).not.toContain(liveScript);
    expect(html).toContain('Live coverage has ended');
    expect(entryIdsInOrder(html)).toHaveLength(1);
    const [posting] = jsonLd(html);
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(Date.parse(posting.coverageEndTime)).toBeGreaterThanOrEqual(Date.parse(posting.coverageStartTime));
  });
});

describe('a story with hundreds of entries', () => {
  it('renders the newest 50 and links to an older page, which starts where the first ends', async () => {
    const long = await liveStory(editor);
    // Seeded straight into D1: the API path is tested above; this is about the page.
    const now = Date.now();
    const values = Array.from({ length: 120 }, (_, i) => `(${long.id}, 'Update ${i + 1}', '<p>Update ${i + 1}</p>', 'Update ${i + 1}', 0, ${i === 3 ? 1 : 0}, ${now - (120 - i) * 60_000}, ${now - (120 - i) * 60_000})`);
    await env.DB.prepare(`insert into live_entries (article_id, body_source, body_html, body_text, pinned, key_event, created_at, updated_at) values ${values.join(',')}`).run();
    const { html, res } = await page(`/articles/${long.slug}`);
    expect(d1Queries(res)).toBe(1);
    const ids = entryIdsInOrder(html);
    expect(ids).toHaveLength(50);
    const older = new RegExp(`href="/articles/${long.slug}\\?before=(\\d+)" rel="next"`).exec(html);
    expect(Number(older?.[1])).toBe(ids.at(-1));
    // The key event (update 4) is not on the first page: its link opens the page that starts with it.
    const keyEvent = /href="(\/articles\/[^"]+\?before=\d+#entry-(\d+))"/.exec(html);
    expect(keyEvent).not.toBeNull();
    const second = await page(`/articles/${long.slug}?before=${older![1]}`);
    const secondIds = entryIdsInOrder(second.html);
    expect(secondIds).toHaveLength(50);
    expect(Math.max(...secondIds)).toBeLessThan(Math.min(...ids));
    expect(second.html).not.toContain(liveScript);
    const target = await page(keyEvent![1]!.replace(/#.*/, ''));
    expect(entryIdsInOrder(target.html)[0]).toBe(Number(keyEvent![2]));
  });

  it('answers 400 for a before that is not an entry id', async () => {
    expect((await requestUncached(`/articles/${story.slug}?before=abc`)).status).toBe(400);
    expect((await requestUncached(`/articles/${story.slug}?before=0`)).status).toBe(400);
  });
});
