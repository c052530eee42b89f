import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../src/db/schema';
import { formatDateTime, uiLanguage, uiStrings } from '../../src/i18n';
import { MAX_LANGUAGE_TAG_LENGTH } from '../../src/model/language';
import { api, createDraft, tokenFor } from './editor-support';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const REFUSAL = 'not a BCP 47 language tag ("en", "pl", "uk", "pt-BR")';
let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

/** Publishes a draft; returns its public slug (a draft reserves none: publishing may add "-2"). */
async function publish(id: number): Promise<string> {
  const published = await api(`/articles/${id}/publish`, { token: editor, method: 'POST' });
  expect(published.status).toBe(200);
  return (await published.json<{ slug: string }>()).slug;
}

/** Creates and publishes an article in `language`; returns its public slug. */
async function publishIn(language: string, title = `Story in ${language}`) {
  return publish((await createDraft(editor, { title, language })).id);
}

const createIn = (language: unknown) => api('/articles', { token: editor, json: { title: 'Tagged story', body: 'Text.', section: 'world', language } });

describe('language tags on write', () => {
  it.each([
    ['PT-br', 'pt-BR'],
    ['EN', 'en'],
    [' pl ', 'pl'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['iw', 'he'],
    ['art-lojban', 'jbo'],
    ['th-u-nu-thai-ca-buddhist', 'th-u-ca-buddhist-nu-thai'],
  ])('stores %j in the runtime’s canonical form %j', async (given, canonical) => {
    const res = await createIn(given);
    expect(res.status).toBe(201);
    expect((await res.json<{ language: string }>()).language).toBe(canonical);
  });

  it('canonicalises on update too', async () => {
    const draft = await createDraft(editor);
    const res = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { language: 'UK-ua' }, headers: { 'if-match': draft.etag } });
    expect(res.status).toBe(200);
    expect((await res.json<{ language: string }>()).language).toBe('uk-UA');
  });

  // "pl-abc" (an extlang), "sgn-BE-FR" and "i-klingon" are RFC 5646 tags that the runtime's
  // Intl refuses: the old pattern let "pl-abc" and "pl-12" in, and their pages answered 500.
  // Intl takes "Polish" (5-8 letters are reserved for languages), but it names no language.
  it.each(['pl-12', 'pl-abc', 'en_US', 'en--US', 'pl-', 'x-private', 'i-klingon', 'sgn-BE-FR', 'zh-min-nan', '', '   ', 'e', 'pl\u0000', 'Polish', 'English', 'abcdefgh-PL'])(
    'refuses %j with a field-level 400',
    async (language) => {
      const res = await createIn(language);
      expect(res.status).toBe(400);
      const body = await res.json<{ error: { code: string; details: { fields: Record<string, string[]> } } }>();
      expect(body.error.code).toBe('validation_error');
      expect(body.error.details.fields).toEqual({ language: [REFUSAL] });
    },
  );

  it('documents the field in the OpenAPI document', async () => {
    type Doc = { paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, object> } }> } } }> };
    const doc = await (await request('/api/v1/openapi.json')).json<Doc>();
    const language = doc.paths['/api/v1/editor/articles']?.post.requestBody.content['application/json']?.schema.properties.language;
    expect(language).toMatchObject({ type: 'string', maxLength: MAX_LANGUAGE_TAG_LENGTH, description: expect.stringContaining('canonical form') });
  });

  it('refuses a tag that is not a string', async () => {
    const res = await createIn(['en']);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json<{ error: { details: { fields: object } } }>()).error.details.fields)).toEqual(['language']);
  });

  it('bounds the tag before and after canonicalisation', async () => {
    const privateUse = (prefix: string, length: number) => `${prefix}${'-abcdefgh'.repeat(8)}`.slice(0, length).replace(/-$/, '');
    const longest = privateUse('en-x', MAX_LANGUAGE_TAG_LENGTH);
    expect(longest).toHaveLength(MAX_LANGUAGE_TAG_LENGTH);
    const accepted = await createIn(longest);
    expect((await accepted.json<{ language: string }>()).language).toBe(longest);
    const tooLong = await createIn(`${longest}x`);
    expect((await tooLong.json<{ error: { details: { fields: object } } }>()).error.details.fields).toEqual({ language: ['at most 64 characters'] });
    // "islamicc" is an alias of "islamic-civil": a tag within the limit whose canonical form is not.
    const growing = privateUse('en-u-ca-islamicc-x', MAX_LANGUAGE_TAG_LENGTH - 1);
    expect(Intl.getCanonicalLocales(growing)[0]!.length).toBeGreaterThan(MAX_LANGUAGE_TAG_LENGTH);
    const grown = await createIn(growing);
    expect((await grown.json<{ error: { details: { fields: object } } }>()).error.details.fields).toEqual({ language: [REFUSAL] });
  });
});

describe('every accepted tag renders', () => {
  const exotic = ['zz-ZZ', 'qaa', 'und', 'en-US-u-ca-islamic', 'pl-PL-u-ca-dangi', 'pl-x-newsroom', 'ja-JP-u-ca-japanese', 'ar-u-nu-arab', 'en-a-bbb-x-a-ccc', 'pls'];

  it.each(exotic)('%s: page, lite twin, JSON, share page, oEmbed, feeds and news sitemap answer 200', async (language) => {
    const slug = await publishIn(language);
    const page = await request(`/articles/${slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(`"inLanguage":"${language}"`);
    const lite = await request(`/lite/articles/${slug}`);
    expect(lite.status).toBe(200);
    expect(await lite.text()).toContain(`<html lang="${language}">`);
    const json = await request(`/api/v1/articles/${slug}`);
    expect(json.status).toBe(200);
    expect((await json.json<{ language: string }>()).language).toBe(language);
    const oembedUrl = `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${slug}`)}`;
    for (const path of [`/share/${slug}/mastodon`, oembedUrl, '/feed.xml', '/sitemaps/news.xml']) expect((await request(path)).status, path).toBe(200);
    const atom = await request('/atom.xml');
    expect(await atom.text()).toContain(`<entry xml:lang="${language}">`);
    const feed = await (await request('/feed.json')).json<{ items: { url: string; language: string }[] }>();
    expect(feed.items.find((item) => item.url.endsWith(`/articles/${slug}`))?.language).toBe(language);
  });

  // "pls" (Popoloca) begins with "pl" but is not Polish.
  it.each(['zz-ZZ', 'pls'])('speaks the site language on a %s page, which has no dictionary', async (language) => {
    const slug = await publishIn(language, `Harbor notes in ${language}`);
    const html = await (await request(`/articles/${slug}`)).text();
    expect(html).toContain('Skip to content');
    expect(html).toMatch(/Published <time datetime="[^"]+">\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC<\/time>/);
  });

  it('speaks Polish for any tag whose primary language is Polish', async () => {
    const slug = await publishIn('pl-PL-u-ca-dangi', 'Notatki z portu');
    const html = await (await request(`/articles/${slug}`)).text();
    expect(html).toContain('Przejdź do treści');
    expect(html).toMatch(/Opublikowano <time datetime=/);
  });

  it('renders rows stored before tags were canonicalised (the tags that used to answer 500)', async () => {
    for (const legacy of ['pl-abc', 'pl-12', 'pl-abcdefgh-abcdefgh']) {
      const { id } = await createDraft(editor, { title: `Legacy ${legacy}` });
      await db().update(articles).set({ language: legacy }).where(eq(articles.id, id));
      const slug = await publish(id);
      const page = await request(`/articles/${slug}`);
      expect(page.status, legacy).toBe(200);
      expect(await page.text()).toMatch(/Opublikowano <time datetime="[^"]+">\d{1,2} \p{L}+ \d{4}/u);
      expect((await request(`/lite/articles/${slug}`)).status, legacy).toBe(200);
    }
  });
});

describe('UI strings and dates for any tag', () => {
  it('picks the dictionary by the primary subtag, else the site language', () => {
    expect(uiLanguage('PL-pl')).toBe('pl');
    expect(uiLanguage('pls')).toBe('en');
    expect(uiLanguage('zz-ZZ')).toBe('en');
    expect(uiLanguage('constructor')).toBe('en');
    expect(uiStrings('pl-x-newsroom').skipToContent).toBe('Przejdź do treści');
    expect(uiStrings('qaa').skipToContent).toBe('Skip to content');
  });

  it('formats dates for valid, unknown and unparseable tags without throwing', () => {
    const at = '2026-03-05T09:07:00.000Z';
    for (const lang of ['zz', 'zz-ZZ', 'qaa', 'und', 'en-US-u-ca-islamic', 'x-private', 'i-klingon', 'sgn-BE-FR', '', '\uD800']) {
      // Messages as JSON: the runner's WebSocket refuses an unpaired surrogate in a message.
      expect(formatDateTime(at, lang), JSON.stringify(lang)).toBe('5 March 2026 at 09:07 UTC');
    }
    for (const lang of ['pl', 'pl-12', 'pl-abc', 'PL-pl']) expect(formatDateTime(at, lang), lang).toBe('5 marca 2026 09:07 UTC');
    // A tag that names the dictionary's language may refine its dates: its calendar is honoured.
    expect(formatDateTime(at, 'pl-u-ca-buddhist')).toContain('2569');
  });
});
