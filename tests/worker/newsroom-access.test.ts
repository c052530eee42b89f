/**
 * The newsroom's access matrix, over every route the app has (`newsroomApp.routes`), so a
 * route added later is covered without anyone remembering to.
 *
 * How a route's expected role is declared: in ROUTES below, keyed by `METHOD path` exactly as
 * Hono lists it (the path relative to /newsroom, route parameters included). A route the app
 * has and the table lacks fails the first test: whoever adds a route adds its line here and
 * so says who may call it. A line whose route is gone fails too. Levels:
 *   public       answers signed-out visitors (sign-in and invitation links; the scripts and
 *                stylesheet are static assets, outside the app)
 *   contributor  anyone signed in
 *   own          a contributor on a story they created; someone else's story is 403
 *   editor/admin at least that role; anyone below gets 403, whatever the body
 * For every route: signed out is refused (GET 303 to the sign-in page, POST 303 or 403); every
 * role below the level gets 403 with a valid session and CSRF token; a cross-origin POST and
 * a POST without the CSRF token get 403 even from an admin; and the level itself is let through
 * (not 403, not sent to sign-in), so the table cannot claim a stricter rule than the code has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newsroomApp } from '../../src/newsroom/app';
import type { PersonRole } from '../../src/db/schema';
import { api, tokenFor } from './editor-support';
import { addPerson, ORIGIN, postForm, send, signedIn, warmNewsroom } from './newsroom-support';
import { seedSampleNewsroom } from './support';

type Level = 'public' | 'contributor' | 'own' | 'editor' | 'admin';

const ROUTES: Record<string, Level> = {
  'GET /sign-in': 'public',
  'POST /sign-in/options': 'public',
  'POST /sign-in/verify': 'public',
  'GET /invite/:token': 'public',
  'POST /invite/:token/options': 'public',
  'POST /invite/:token/verify': 'public',
  'GET /': 'contributor',
  'GET /stories/new': 'contributor',
  'POST /stories': 'contributor',
  'GET /stories/:id{[0-9]+}': 'own',
  'POST /stories/:id{[0-9]+}': 'own',
  'GET /stories/:id{[0-9]+}/preview': 'own',
  'POST /stories/:id{[0-9]+}/autosave': 'own',
  'POST /stories/:id{[0-9]+}/presence': 'own',
  'GET /stories/:id/revisions': 'own',
  'GET /stories/:id/revisions/compare': 'own',
  'POST /stories/:id/revisions/:rev/restore': 'own',
  'GET /stories/:id/preview-links': 'own',
  'POST /stories/:id/preview-links': 'own',
  'POST /stories/:id/preview-links/:linkId/revoke': 'own',
  'GET /tags.json': 'contributor',
  'GET /stories/search.json': 'contributor',
  'POST /sign-out': 'contributor',
  'GET /settings': 'admin',
  'POST /settings': 'admin',
  'GET /audit': 'admin',
  'GET /shares': 'editor',
  'GET /sections': 'contributor',
  'POST /sections': 'admin',
  'GET /sections/:slug': 'contributor',
  'POST /sections/:slug': 'admin',
  'POST /sections/:slug/delete': 'admin',
  'GET /tags': 'contributor',
  'POST /tags': 'editor',
  'GET /tags/:slug': 'contributor',
  'POST /tags/:slug': 'editor',
  'POST /tags/:slug/delete': 'admin',
  'GET /authors': 'contributor',
  'POST /authors': 'admin',
  'GET /authors/:slug': 'contributor',
  'POST /authors/:slug': 'admin',
  'POST /authors/:slug/delete': 'admin',
  'GET /people': 'admin',
  'POST /people': 'admin',
  'GET /people/:id': 'admin',
  'POST /people/:id/role': 'admin',
  'POST /people/:id/byline': 'admin',
  'POST /people/:id/deactivate': 'admin',
  'POST /people/:id/reactivate': 'admin',
  'POST /people/:id/sign-out-everywhere': 'admin',
  'POST /people/:id/passkeys/remove': 'admin',
  'POST /people/:id/recovery': 'admin',
  'GET /tokens': 'admin',
  'POST /tokens': 'admin',
  'POST /tokens/:id/revoke': 'admin',
  'GET /stories/:id/corrections': 'own',
  'POST /stories/:id/corrections': 'editor',
  'POST /stories/:id/corrections/:noteId': 'editor',
  'POST /stories/:id/corrections/:noteId/remove': 'admin',
  'GET /stories/:id/live': 'own',
  'POST /stories/:id/live': 'own',
  'POST /stories/:id/live/:entryId': 'own',
  'POST /stories/:id/live/:entryId/delete': 'own',
  'GET /fronts': 'editor',
  'GET /fronts/:front': 'editor',
  'POST /fronts/:front': 'editor',
  'GET /webhooks': 'admin',
  'POST /webhooks': 'admin',
  'GET /webhooks/:id': 'admin',
  'POST /webhooks/:id/active': 'admin',
  'POST /webhooks/:id/delete': 'admin',
  'POST /webhooks/:id/deliveries/:deliveryId/replay': 'admin',
  'GET /alerts': 'editor',
  'POST /alerts': 'editor',
  'POST /alerts/:id/remove': 'editor',
};

/** Routes as Hono lists them, without middleware (`ALL .../*`) and without repeats. */
const appRoutes = () => [...new Set(newsroomApp.routes.filter((r) => !(r.method === 'ALL' && r.path.endsWith('*'))).map((r) => `${r.method} ${r.path}`))];

const RANKS: PersonRole[] = ['contributor', 'editor', 'admin'];
const below = (level: Level): PersonRole[] => (level === 'editor' ? ['contributor'] : level === 'admin' ? ['contributor', 'editor'] : []);
const EVIL = 'https://evil.example';

/** Real ids to put into paths: a story of someone else's, and one of each thing the screens manage. */
interface Targets {
  storyId: number; linkId: number; alertId: number; section: string; tag: string; author: string; personId: number; tokenId: number;
}
let targets: Targets;
let people: Record<PersonRole, Awaited<ReturnType<typeof signedIn>>>;

/** A story created through the newsroom's own form, as `who`; its id. */
async function newsroomDraft(who: { cookie: string; csrf: string }, title: string) {
  const res = await postForm('/newsroom/stories', who.cookie, { _csrf: who.csrf, action: 'save', title, dek: '', body: 'Akapit pierwszy.\n\n- punkt „pierwszy”\n- пункт другий', section: 'world', tags: '', author: 'none', language: 'pl', sources: '', related: '' });
  expect(res.status, await res.clone().text()).toBe(303);
  return Number(/\/newsroom\/stories\/(\d+)/.exec(res.headers.get('location')!)![1]);
}

function fill(path: string, t: Targets, storyId = t.storyId): string {
  const kind = /^\/(sections|tags|authors)\//.exec(path)?.[1] as 'sections' | 'tags' | 'authors' | undefined;
  const slug = kind === 'sections' ? t.section : kind === 'tags' ? t.tag : t.author;
  const filled = path
    .replace(':id{[0-9]+}', String(storyId))
    .replace(/^\/stories\/:id/, `/stories/${storyId}`)
    .replace(/^\/people\/:id/, `/people/${t.personId}`)
    .replace(/^\/tokens\/:id/, `/tokens/${t.tokenId}`)
    .replace(/^\/alerts\/:id/, `/alerts/${t.alertId}`)
    .replace(':rev', '1')
    .replace(':linkId', String(t.linkId))
    // No note or entry needs to exist: the role is checked first, and the level lets a 404 through.
    .replace(':noteId', '1')
    .replace(':entryId', '1')
    .replace(':front', 'home')
    .replace(/^\/webhooks\/:id/, '/webhooks/1')
    .replace(':deliveryId', '1')
    .replace(':slug', slug)
    .replace(':token', 'x'.repeat(43));
  expect(filled, `unfilled parameter in ${path}`).not.toMatch(/:/);
  const query = path.endsWith('/compare') ? '?from=1&to=1' : path.endsWith('.json') ? '?q=lodz' : '';
  return `/newsroom${filled === '/' ? '' : filled}${query}`;
}

/** A request as a signed-in page or script sends it: cookie, same origin, CSRF token, If-Match for autosave. */
function call(method: string, url: string, who: { cookie: string; csrf: string } | null, options: { origin?: string; csrf?: boolean } = {}) {
  if (method === 'GET') return send(url, { headers: who ? { cookie: who.cookie } : {} });
  const fields: Record<string, string> = { action: 'save', revision: '1', name: 'Łódź „nowa” 🚋', role: 'contributor', lifetime: '1d' };
  if (who && options.csrf !== false) fields._csrf = who.csrf;
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN, 'if-match': '"1"' };
  return postForm(url, who?.cookie ?? '', fields, headers);
}

const isSentToSignIn = (res: Response) => res.status === 303 && res.headers.get('location') === '/newsroom/sign-in';

beforeAll(async () => {
  await warmNewsroom();
  await seedSampleNewsroom();
  people = { contributor: await signedIn('contributor'), editor: await signedIn('editor'), admin: await signedIn('admin') };
  const editorsStory = await newsroomDraft(people.editor, 'Rada Miasta Łodzi przyjmuje budżet na 2027 rok: „to rekordowe inwestycje” — мер каже «нарешті» 🏗️');
  const link = await postForm(`/newsroom/stories/${editorsStory}/preview-links`, people.editor.cookie, { _csrf: people.editor.csrf, lifetime: '1d' });
  expect(link.status).toBe(200);
  const linkId = Number(/preview-links\/(\d+)\/revoke/.exec(await link.text())?.[1]);
  const admin = (await tokenFor('admin')).secret;
  const made = async (path: string, json: object) => {
    const res = await api(path, { token: admin, json });
    expect(res.status, path).toBe(201);
    return (await res.json()) as { slug: string };
  };
  const section = await made('/sections', { name: 'Kraków — „Kultura” 🎭', slug: 'krakow-kultura' });
  const tag = await made('/tags', { name: 'Львів «новини»', slug: 'lviv-novyny' });
  const author = await made('/authors', { name: 'Zofia O’Connor-Шевчук', slug: 'zofia-oconnor' });
  const alert = await api('/alerts', { token: admin, json: { text: 'Utrudnienia w Gdańsku: „most zamknięty” — міст закрито 🚧', url: '/sections/world', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
  expect(alert.status, await alert.clone().text()).toBe(201);
  targets = {
    storyId: editorsStory, linkId, alertId: ((await alert.json()) as { id: number }).id, section: section.slug, tag: tag.slug, author: author.slug,
    personId: await addPerson('contributor', 'Марія Wiśniewska'), tokenId: (await tokenFor('contributor')).id,
  };
}, 60_000);

describe('the access table', () => {
  it('declares every route the newsroom app has, and only those', () => {
    const routes = appRoutes();
    expect(routes.filter((r) => !(r in ROUTES)), 'routes without a line in ROUTES: declare who may call them').toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), 'lines in ROUTES for routes that no longer exist').toEqual([]);
  });
});

describe.each(appRoutes().filter((r) => r in ROUTES))('%s', (route) => {
  const [method, path] = route.split(' ') as [string, string];
  const level = ROUTES[route]!;

  if (level === 'public') {
    it('answers signed-out visitors, and a POST only from our own origin', async () => {
      const res = await call(method, fill(path, targets), null);
      expect(isSentToSignIn(res)).toBe(false);
      if (method !== 'GET') expect((await call(method, fill(path, targets), null, { origin: EVIL })).status).toBe(403);
    });
    return;
  }

  it('refuses signed-out requests', async () => {
    const res = await call(method, fill(path, targets), null);
    if (method === 'GET') expect(isSentToSignIn(res)).toBe(true);
    else expect([303, 403]).toContain(res.status);
  });

  if (method !== 'GET') {
    it('refuses a cross-origin POST and a POST without the CSRF token, even from an admin', async () => {
      const admin = await signedIn('admin');
      expect((await call(method, fill(path, targets), admin, { origin: EVIL })).status).toBe(403);
      expect((await call(method, fill(path, targets), admin, { csrf: false })).status).toBe(403);
    });
  }

  const refused = level === 'own' ? ['contributor' as const] : below(level);
  if (refused.length) {
    it(`refuses ${refused.join(' and ')} with 403${level === 'own' ? " (someone else's story)" : ''}`, async () => {
      for (const role of refused) expect((await call(method, fill(path, targets), people[role])).status, role).toBe(403);
    });
  }

  it(`lets ${level === 'own' ? 'a contributor on their own story' : `a${level === 'admin' ? 'n' : ''} ${level}`} through`, async () => {
    // A fresh person each time: sign-out and the people screens must not end the shared sessions.
    const role: PersonRole = level === 'own' ? 'contributor' : level;
    const who = await signedIn(role);
    const storyId = level === 'own' ? await newsroomDraft(who, 'Własny szkic: „Tramwaje do Wilanowa” — перший рейс 🚋') : targets.storyId;
    const res = await call(method, fill(path, targets, storyId), who);
    expect(res.status, await res.clone().text()).not.toBe(403);
    if (route !== 'POST /sign-out') return expect(isSentToSignIn(res)).toBe(false);
    // Signing out does send you to sign-in; what shows it worked is that the cookie is now dead.
    expect(isSentToSignIn(await send('/newsroom', { headers: { cookie: who.cookie } }))).toBe(true);
  });
});

describe('story actions that need an editor', () => {
  it.each(['publish', 'schedule', 'unpublish'])('refuses %s to a contributor on their own draft', async (action) => {
    const who = await signedIn('contributor');
    const id = await newsroomDraft(who, 'Szkic współpracownika: „Nowe linie autobusowe w Gdańsku” — нові маршрути 🚌');
    const res = await postForm(`/newsroom/stories/${id}`, who.cookie, { _csrf: who.csrf, action, revision: '1', title: 'Szkic współpracownika', body: 'Tekst.', section: 'world', scheduleAt: '2030-01-01T09:00' });
    expect(res.status).toBe(403);
  });
  it('has every role in the ranking the table uses', () => expect(RANKS).toEqual(['contributor', 'editor', 'admin']));
});
