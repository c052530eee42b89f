/** @jsxImportSource hono/jsx */
/**
 * /corrections: every correction and clarification on a public story, newest first, by
 * keyset cursor, and its Atom feed (/corrections/atom.xml). Both carry the corrections tag
 * (purged by every note written) and each listed story's tag (purged when it is taken down),
 * and `site`: they print the site's saved name, so saving the settings purges them.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { declareQueryParams } from '../edge-cache/params';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import { element, XML_DECLARATION, xmlEscape } from '../feeds/xml';
import { SITE_LANGUAGE, uiStrings } from '../i18n';
import { nextCursorToken } from '../model/article-summary';
import { absoluteUrl, paths } from '../model/urls';
import { CORRECTIONS_CACHE_TAG, cutNotesPage, listedNotesQuery, type ListedNote } from '../queries/corrections';
import { navigationQuery } from '../queries/listings';
import { CorrectionsPage } from '../views/corrections-page';
import { noteAnchor } from '../views/corrections-notes';
import { renderPage } from '../views/render';
import { nextPageHref } from '../views/story-list';
import { readCursor } from './reader-params';
import { settingsFromNavigation, siteSettingsStatement, toSiteSettings } from '../site/settings';

export const CORRECTIONS_PATH = '/corrections';
export const CORRECTIONS_FEED_PATH = '/corrections/atom.xml';
const PAGE_SIZE = 20;
const FEED_SIZE = 30;

declareQueryParams(CORRECTIONS_PATH, ['cursor']);

const tagsOf = (notes: ListedNote[]) => [CORRECTIONS_CACHE_TAG, ...new Set(notes.map((note) => cacheTag.article(note.articleId)))];

/** Atom 1.0: one entry per note, its id and link the note's anchor on the story. */
function renderCorrectionsAtom(notes: ListedNote[], site: { name: string; origin: string }): string {
  const t = uiStrings(SITE_LANGUAGE).corrections;
  const at = (path: string) => absoluteUrl(site.origin, path);
  const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${xmlEscape(href)}"/>`;
  const entries = notes.map((note) => {
    const url = `${at(paths.article(note.articleSlug))}#${noteAnchor(note.id)}`;
    return [
      `<entry xml:lang="${xmlEscape(note.articleLanguage)}">`,
      element('id', url),
      element('title', `${t.kinds[note.kind]}: ${note.articleTitle}`, ' type="text"'),
      link('alternate', 'text/html', url),
      element('published', note.publishedAt.toISOString()),
      element('updated', note.publishedAt.toISOString()),
      `<content type="html">${xmlEscape(note.textHtml)}</content>`,
      '</entry>',
    ].join('');
  });
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE_LANGUAGE}">`,
    element('id', at(CORRECTIONS_PATH)),
    element('title', `${t.pageTitle} · ${site.name}`, ' type="text"'),
    element('subtitle', t.pageIntro, ' type="text"'),
    // An empty feed reports the epoch rather than "now", so it stays byte-identical.
    element('updated', (notes[0]?.publishedAt ?? new Date(0)).toISOString()),
    link('self', 'application/atom+xml', at(CORRECTIONS_FEED_PATH)),
    link('alternate', 'text/html', at(CORRECTIONS_PATH)),
    `<author>${element('name', site.name)}</author>`,
    ...entries,
    '</feed>',
  ].join('\n');
}

export const correctionsPages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { cursor, response } = readCursor(c);
    if (response) return response;
    const db = c.get('db');
    // The navigation and the page in one batch: one D1 round trip.
    const [navigation, rows] = await db.batch([navigationQuery(db), listedNotesQuery(db, { limit: PAGE_SIZE, cursor })]);
    const { items, next } = cutNotesPage(rows, PAGE_SIZE);
    addCacheTags(c, ...tagsOf(items));
    const settings = settingsFromNavigation(navigation, c.env);
    const strings = uiStrings(settings.language);
    const title = `${strings.corrections.pageTitle} · ${settings.name}`;
    const feedHref = CORRECTIONS_FEED_PATH;
    return renderPage(
      c,
      {
        title,
        description: strings.corrections.pageIntro,
        canonicalPath: cursor ? `${CORRECTIONS_PATH}?cursor=${c.req.query('cursor')}` : CORRECTIONS_PATH,
        navigation,
        head: <link rel="alternate" type="application/atom+xml" title={strings.corrections.feed} href={absoluteUrl(c.get('origin'), feedHref)} />,
      },
      <CorrectionsPage notes={items} nextHref={nextPageHref(CORRECTIONS_PATH, nextCursorToken(next))} feedHref={feedHref} strings={strings} />,
    );
  })
  .get('/atom.xml', async (c) => {
    const db = c.get('db');
    // The site's name (the feed's title and author) and the notes in one batch: one D1 round trip.
    const [settingsRows, rows] = await db.batch([siteSettingsStatement(db), listedNotesQuery(db, { limit: FEED_SIZE, cursor: null })]);
    const { items } = cutNotesPage(rows, FEED_SIZE);
    addCacheTags(c, ...tagsOf(items), cacheTag.site());
    const site = toSiteSettings(settingsRows[0], c.env);
    return c.body(renderCorrectionsAtom(items, { name: site.name, origin: c.get('origin') }), 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    });
  });
