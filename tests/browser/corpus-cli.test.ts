/**
 * Issue #10 through the editors' command line: a mixed subset of the newsroom corpus is
 * written out as Markdown files with front matter, published with the real
 * `npm run editor -- publish <file>` against `wrangler dev`, and read back on the article
 * page and its JSON twin.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { corpus, corpusAuthors, corpusTags, toMarkdownFile, type CorpusArticle } from '../corpus';
import { articlePageProblems, articlePath } from '../corpus/page-checks';
import { createEditorToken } from './editor-token';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

/**
 * Mixed languages, the longest headlines (300 characters; Polish, Ukrainian and German over
 * 150), table-heavy bodies, a long read, reference-style links, a code block, an emoji, and
 * two chains of "previously reported" inside the subset.
 */
const SUBSET = [
  'rent-index', 'rent-cap-qa', 'bin-day', 'pl-budzet', 'pl-wywiad', 'uk-dovidnyk', 'uk-dovge-zahalovok',
  'de-partnerschaft', 'es-flota', 'long-economy', 'brief-longest', 'brief-code', 'brief-reflinks',
];
/** Each story limited to the earlier stories it follows up that are in the subset too. */
const stories: CorpusArticle[] = corpus
  .filter((a) => SUBSET.includes(a.key))
  .map((a) => ({ ...a, previously: a.previously.filter((i) => SUBSET.includes(corpus[i]!.key)) }));

let token: string;
let dir: string;
/** Corpus index -> the published article, as the CLI and the JSON API reported it. */
const published = new Map<number, { id: number; slug: string; printedUrl: string }>();

const headers = () => ({ authorization: `Bearer ${token}` });

function publishWithCli(file: string) {
  return run('npm', ['run', '--silent', 'editor', '--', 'publish', file], {
    cwd: root,
    // npm's shebang runs whichever `node` comes first: the one running these tests.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, EDITOR_API_URL: baseUrl, EDITOR_TOKEN: token },
  });
}

/** The corpus's extra tags and authors; a 409 means an earlier file already made them. */
async function ensureTaxonomy(admin: string) {
  const post = async (path: string, json: object) => {
    const res = await fetch(`${baseUrl}/api/v1/editor/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    if (res.status !== 201 && res.status !== 409) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  };
  for (const tag of corpusTags) await post('tags', { name: tag.name, ...(tag.slug ? { slug: tag.slug } : {}) });
  for (const author of corpusAuthors) await post('authors', { name: author.name, bio: author.bio, ...(author.slug ? { slug: author.slug } : {}) });
}

beforeAll(async () => {
  // Admin: two stories hotlink a lead image from another site, which only admins may (docs/media.md).
  token = createEditorToken(persistTo, 'admin', 'corpus-cli');
  await ensureTaxonomy(createEditorToken(persistTo, 'admin', 'corpus-cli-admin'));
  dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
  // In corpus order, a few at a time; a story waits for the stories it follows up.
  let wave: CorpusArticle[] = [];
  const flush = async () => {
    await Promise.all(
      wave.map(async (article) => {
        const file = join(dir, `${String(article.index).padStart(3, '0')}-${article.key}.md`);
        writeFileSync(file, toMarkdownFile(article, (i) => published.get(i)!.id));
        const { stdout } = await publishWithCli(file);
        const printedUrl = stdout.trim().split('\n').at(-1)!;
        const json = (await (await fetch(new URL(new URL(printedUrl).pathname.replace('/articles/', '/api/v1/articles/'), baseUrl))).json()) as { id: number; slug: string };
        published.set(article.index, { id: json.id, slug: json.slug, printedUrl });
      }),
    );
    wave = [];
  };
  for (const article of stories) {
    if (wave.length >= 4 || article.previously.some((i) => !published.has(i))) await flush();
    wave.push(article);
  }
  await flush();
}, 180_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  // Trash what the CLI published, so later browser files see the seeded site.
  for (const { id } of published.values()) await fetch(`${baseUrl}/api/v1/editor/articles/${id}`, { method: 'DELETE', headers: headers() });
});

describe('the corpus through the Markdown CLI', () => {
  it('publishes every story of the subset and prints its public URL', () => {
    expect(published.size).toBe(stories.length);
    for (const [index, { slug, printedUrl }] of published) {
      expect(new URL(printedUrl).pathname, corpus[index]!.key).toBe(articlePath(slug));
      expect(slug, corpus[index]!.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it.each(stories.map((a) => [a.key, a] as const))('%s reads back on its page', async (_, article) => {
    const { slug } = published.get(article.index)!;
    const res = await fetch(new URL(articlePath(slug), baseUrl));
    expect(res.status).toBe(200);
    const previously = article.previously.map((i) => ({ slug: published.get(i)!.slug, title: corpus[i]!.title }));
    expect(articlePageProblems(await res.text(), { article, previously, edition: 'full' })).toEqual([]);
  });

  it.each(stories.map((a) => [a.key, a] as const))('%s reads back as JSON with the front matter’s fields', async (_, article) => {
    const { slug, id } = published.get(article.index)!;
    const res = await fetch(new URL(`/api/v1/articles/${encodeURIComponent(slug)}`, baseUrl));
    expect(res.status).toBe(200);
    const json = (await res.json()) as Record<string, any>;
    expect({
      id: json.id,
      title: json.title,
      dek: json.dek,
      language: json.language,
      section: json.section.slug,
      author: json.author?.slug ?? null,
      tags: json.tags.map((t: { slug: string }) => t.slug).sort(),
      sources: json.sources,
      related: json.related.map((r: { id: number }) => r.id),
    }).toEqual({
      id,
      title: article.title,
      dek: article.dek,
      language: article.language,
      section: article.section,
      author: article.author,
      tags: [...article.tags].sort(),
      sources: article.sources,
      related: article.previously.map((i) => published.get(i)!.id),
    });
  });
});
