/**
 * Properties of the write path under real newsroom input. Whatever an editor sends, create
 * answers 201 or a 400 naming a field it sent, never a 5xx; whatever it accepts publishes
 * and renders: the page, its lite twin and its JSON answer 200 and carry the headline.
 * The seed is fixed so a run is repeatable; fast-check prints it with the shrunk input.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyArb, dekArb, languageArb, tagsArb, titleArb, type Labelled } from './editor-arbitraries';
import { api, tokenFor } from './editor-support';
import { request, seedSampleNewsroom } from './support';

const SEED = 20261129;
/** Room for a slow shared machine: each run is a handful of requests through workerd and D1. */
const PROPERTY_TIMEOUT_MS = 120_000;

/** What Hono's JSX does to text: the page must hold the headline exactly, escaped this way. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

interface Draft {
  title: Labelled<string>;
  dek?: Labelled<string>;
  tags?: Labelled<string[]>;
  language?: Labelled<string>;
  body?: { body: string; bodyFormat: 'markdown' | 'html' };
}
interface Created { id: number; title: string; dek: string; body: string; language: string }
type ErrorBody = { error: { code: string; details: { fields?: Record<string, string[]> } | null } };

beforeAll(async () => {
  await seedSampleNewsroom();
});

// Writes are limited to 120 a minute per token and a run makes at most two: a new token every 40 runs.
const RUNS_PER_TOKEN = 40;
let tokenRuns = 0;
let token = '';
async function writerToken(): Promise<string> {
  if (tokenRuns++ % RUNS_PER_TOKEN === 0) token = (await tokenFor('editor')).secret;
  return token;
}

/**
 * Sends `draft` and checks the answer against each field's verdict: a 400 names only fields
 * that were sent and not valid (not necessarily all of them: the schema is checked before
 * tags are looked up); a 201 means no field was invalid.
 */
async function createChecked(draft: Draft): Promise<{ token: string; article: Created } | null> {
  const token = await writerToken();
  const fields: Record<string, Labelled<unknown> | undefined> = { title: draft.title, dek: draft.dek, tags: draft.tags, language: draft.language };
  const labelled = Object.entries(fields).filter((entry): entry is [string, Labelled<unknown>] => entry[1] !== undefined);
  const json = { section: 'world', body: 'A line of *text*.', ...draft.body, ...Object.fromEntries(labelled.map(([name, field]) => [name, field.value])) };
  const res = await api('/articles', { token, json });
  const mustRefuse = labelled.filter(([, field]) => field.verdict === 'invalid').map(([name]) => name);
  const mustAccept = ['section', ...labelled.filter(([, field]) => field.verdict === 'valid').map(([name]) => name)];

  if (res.status !== 201) {
    const answer = await res.text();
    expect(res.status, answer).toBe(400);
    const { error } = JSON.parse(answer) as ErrorBody;
    expect(error.code).toBe('validation_error');
    const named = Object.keys(error.details?.fields ?? {}).map((key) => key.split('.')[0]!);
    expect(named.length, answer).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(json), answer).toContain(name);
    for (const name of mustAccept) expect(named, `${name} is valid: ${answer}`).not.toContain(name);
    return null;
  }
  expect(mustRefuse, 'created although these fields are invalid').toEqual([]);
  return { token, article: await res.json<Created>() };
}

/**
 * Failure messages cross a WebSocket to the test runner, which drops the whole run on an
 * unpaired surrogate (invalid UTF-8): compare and print text as JSON, which escapes them.
 */
const asJson = (value: unknown) => JSON.stringify(value);
const expectSame = (actual: unknown, expected: unknown, what: string) => expect(asJson(actual), what).toBe(asJson(expected));
const expectIncludes = (text: string, fragment: string, what: string) => expect(text.includes(fragment), `${what} lacks ${asJson(fragment)}`).toBe(true);
const texts = (a: Created) => ({ title: a.title, dek: a.dek, body: a.body, language: a.language });

/** Checks that create answered what was sent and stored what it answered, publishes, and checks every reader view. */
async function expectPublishedAndRendered(token: string, article: Created, draft: Draft) {
  expectSame(article.title, draft.title.value.trim(), 'title');
  if (draft.dek) expectSame(article.dek, draft.dek.value.trim(), 'dek');
  if (draft.language) expectSame(article.language, Intl.getCanonicalLocales(draft.language.value.trim())[0], 'language');
  // The 201 echoes the state before it was written: read it back to see what D1 holds.
  const stored = await (await api(`/articles/${article.id}`, { token })).json<Created>();
  expectSame(texts(stored), texts(article), 'stored article vs. the 201 answer');
  const published = await api(`/articles/${article.id}/publish`, { token, method: 'POST' });
  expect(published.status, await published.clone().text()).toBe(200);
  // A draft reserves no slug: publishing may give it "-2", "-3"..., so read it from the answer.
  const { slug } = await published.json<{ slug: string }>();
  const [page, lite, json] = await Promise.all([`/articles/${slug}`, `/lite/articles/${slug}`, `/api/v1/articles/${slug}`].map((path) => request(path)));
  for (const res of [page!, lite!]) {
    const html = await res.text();
    expect(res.status, `${res.url}: ${asJson(html.slice(0, 300))}`).toBe(200);
    expectIncludes(html, `<html lang="${escapeHtml(article.language)}">`, res.url);
    expectIncludes(html, `<h1>${escapeHtml(article.title)}</h1>`, res.url);
  }
  expect(json!.status).toBe(200);
  const reader = await json!.json<Created>();
  expectSame({ title: reader.title, dek: reader.dek, language: reader.language }, { title: article.title, dek: article.dek, language: article.language }, 'public JSON');
}

/** Runs `numRuns` drafts through create (and publish + render when created); returns how many were created. */
async function checkDrafts(drafts: fc.Arbitrary<Draft>, numRuns: number): Promise<number> {
  let created = 0;
  await fc.assert(
    fc.asyncProperty(drafts, async (draft) => {
      const result = await createChecked(draft);
      if (!result) return;
      created++;
      await expectPublishedAndRendered(result.token, result.article, draft);
    }),
    { seed: SEED, numRuns },
  );
  return created;
}

describe('the editor API under generated newsroom input', () => {
  it('takes or refuses headlines and deks in any script, and renders what it takes', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const created = await checkDrafts(fc.record({ title: titleArb, dek: fc.option(dekArb, { nil: undefined }) }), 80);
    // A generator that only produced refusals would prove nothing about rendering.
    expect(created).toBeGreaterThan(25);
  });

  it('takes or refuses Markdown and HTML bodies, and renders what it takes', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const plainTitle = { value: 'Harbor desk notes', verdict: 'valid' as const };
    const created = await checkDrafts(fc.record({ title: fc.constant(plainTitle), body: bodyArb }), 60);
    expect(created).toBeGreaterThan(30);
  });

  it('takes or refuses tags and languages, and renders every language it takes', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const plainTitle = { value: 'Tagged harbor story', verdict: 'valid' as const };
    const created = await checkDrafts(fc.record({ title: fc.constant(plainTitle), tags: tagsArb, language: languageArb }), 60);
    expect(created).toBeGreaterThan(12);
  });

  it('never answers 5xx to any mix of all of the above', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const everything = fc.record(
      { title: titleArb, dek: dekArb, tags: tagsArb, language: languageArb, body: bodyArb },
      { requiredKeys: ['title'] },
    );
    const created = await checkDrafts(everything, 60);
    expect(created).toBeGreaterThan(12);
  });
});
