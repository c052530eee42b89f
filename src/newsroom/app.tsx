/** @jsxImportSource hono/jsx */
/**
 * The newsroom web app under /newsroom (docs/newsroom.md), loaded lazily by gateway.ts.
 * Every response is private and unindexed; pages need a session except sign-in, invitation
 * links; its scripts and stylesheet are static assets (scripts/build-newsroom.ts). Writes
 * are checked for cross-site forgery (csrf.ts).
 */
import { bodyLimit } from 'hono/body-limit';
import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { NewsroomEnv } from './env';
import { renderNewsroom } from './render';
import { HttpError } from '../http/errors';
import { clientIp, enforceRateLimit } from '../middleware/rate-limit';
import { assertCsrfToken, assertSameOrigin } from './csrf';
import { findUsableInvitation } from './invitations';
import { authenticationOptions, completeAuthentication, completeRegistration, registrationOptions } from './passkeys';
import { clearedSessionCookieHeader, endSession, loadSession, readSessionCookie, SESSION_LIFETIME_MS, sessionCookieHeader } from './sessions';
import { storyScreens } from './story-screens';
import { InvitePage, MessagePage, SignInPage } from './views';
import { revisionScreens } from './revisions';
import { previewLinkScreens } from './preview-links';
import { settingsScreens } from './settings';
import { auditScreens } from './audit';
import { shareScreens } from './shares';
import { authorScreens, sectionScreens, tagScreens } from './taxonomy';
import { peopleScreens } from './people';
import { tokenScreens } from './tokens';
import { alertScreens } from './alerts';
import { correctionScreens } from './corrections';
import { liveScreens } from './live';
import { frontScreens } from './fronts';
import { webhookScreens } from './webhooks';

const SIGN_IN = '/newsroom/sign-in';
const render = renderNewsroom;

const MAX_CEREMONY_BODY_BYTES = 64 * 1024;
const tooLarge = () => new HttpError(413, 'body_too_large', `A passkey response is at most ${MAX_CEREMONY_BODY_BYTES} bytes`, { field: 'body' });

/**
 * A passkey response is a few kilobytes; anonymous clients get no more room than that,
 * counted in bytes as they stream in (also without a Content-Length).
 */
const limitCeremonyBody = bodyLimit({ maxSize: MAX_CEREMONY_BODY_BYTES, onError: () => { throw tooLarge(); } });

/** JSON bodies of the ceremonies: a missing or non-object body is a 400 naming it. */
async function jsonBody(c: Context<NewsroomEnv>): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // answered below
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_body', 'Send the passkey response as a JSON object', { field: 'body' });
  return body as Record<string, unknown>;
}

function startSignedIn(c: Context<NewsroomEnv>, sessionId: string) {
  c.header('Set-Cookie', sessionCookieHeader(c.var.origin, sessionId, SESSION_LIFETIME_MS / 1000));
  return c.json({ redirect: '/newsroom' });
}

/** A ceremony step: same origin only, counted against the client's rate limit. */
const ceremony = (limiter: 'NEWSROOM_SIGN_IN' | 'NEWSROOM_INVITATIONS') =>
  createMiddleware<NewsroomEnv>(async (c, next) => {
    if (c.req.method === 'POST') assertSameOrigin(c.req.raw, c.var.origin);
    await enforceRateLimit(c.env[limiter], clientIp(c.req.raw), limiter === 'NEWSROOM_SIGN_IN' ? 'sign-in attempts' : 'invitation attempts');
    await next();
  });

/** Newsroom forms and autosaves: a story's Markdown is far below this; anything larger is refused as it streams. */
const MAX_FORM_BYTES = 1024 * 1024;
const limitFormBody = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: () => {
    throw new HttpError(413, 'body_too_large', `A newsroom form is at most ${MAX_FORM_BYTES} bytes`, { field: 'body' });
  },
});

const requireSession = createMiddleware<NewsroomEnv>(async (c, next) => {
  const person = await loadSession(c.var.db, readSessionCookie(c.req.header('cookie') ?? null, c.var.origin));
  // No `next` parameter: where to go after sign-in is always /newsroom, so no open redirect.
  if (!person) return c.redirect(SIGN_IN, 303);
  c.set('person', person);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  assertSameOrigin(c.req.raw, c.var.origin);
  // The limit wraps the body before anything reads it (the CSRF field below included).
  await limitFormBody(c, async () => {
    // Forms send the token as a field; the editor's scripts as a header (their bodies may be JSON).
    const sent = c.req.header('x-csrf-token') ?? (await c.req.parseBody())['_csrf'];
    assertCsrfToken(sent, person.csrfToken);
    await next();
  });
});

export const newsroomApp = new Hono<NewsroomEnv>()
  .use(async (c, next) => {
    // c.var.db reads from the primary here (platform/d1-session: sessionConstraint).
    await next();
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
  })
  .get('/sign-in', async (c) => {
    if (await loadSession(c.var.db, readSessionCookie(c.req.header('cookie') ?? null, c.var.origin))) return c.redirect('/newsroom', 303);
    return render(c, 'Sign in', <SignInPage />, { passkeys: true });
  })
  .post('/sign-in/options', ceremony('NEWSROOM_SIGN_IN'), async (c) => c.json(await authenticationOptions(c.var.db, c.var.origin)))
  .post('/sign-in/verify', ceremony('NEWSROOM_SIGN_IN'), limitCeremonyBody, async (c) =>
    startSignedIn(c, await completeAuthentication(c.var.db, (await jsonBody(c)) as never, c.var.origin)),
  )
  .get('/invite/:token', ceremony('NEWSROOM_INVITATIONS'), async (c) => {
    const invitation = await findUsableInvitation(c.var.db, c.req.param('token'));
    if (!invitation) return render(c, 'Invitation', <MessagePage heading="This link does not work" message="It was used already, it expired, or it was never valid. Ask an admin for a new one." />, { status: 404 });
    return render(c, 'Invitation', <InvitePage token={c.req.param('token')} name={invitation.name} purpose={invitation.purpose} />, { passkeys: true });
  })
  .post('/invite/:token/options', ceremony('NEWSROOM_INVITATIONS'), async (c) =>
    c.json(await registrationOptions(c.var.db, c.req.param('token'), c.var.origin, c.env.SITE_NAME)),
  )
  .post('/invite/:token/verify', ceremony('NEWSROOM_INVITATIONS'), limitCeremonyBody, async (c) =>
    startSignedIn(c, await completeRegistration(c.var.db, c.req.param('token'), (await jsonBody(c)) as never, c.var.origin)),
  )
  .use(requireSession)
  .route('/stories', revisionScreens)
  .route('/stories', previewLinkScreens)
  .route('/stories', correctionScreens)
  .route('/stories', liveScreens)
  .route('/settings', settingsScreens)
  .route('/audit', auditScreens)
  .route('/shares', shareScreens)
  .route('/sections', sectionScreens)
  .route('/tags', tagScreens)
  .route('/authors', authorScreens)
  .route('/people', peopleScreens)
  .route('/tokens', tokenScreens)
  .route('/alerts', alertScreens)
  .route('/fronts', frontScreens)
  .route('/webhooks', webhookScreens)
  .route('/', storyScreens)
  .post('/sign-out', async (c) => {
    await endSession(c.var.db, c.var.person.sessionIdHash);
    c.header('Set-Cookie', clearedSessionCookieHeader(c.var.origin));
    return c.redirect(SIGN_IN, 303);
  });

/** Ceremony steps answer JSON errors (their script reads them); pages answer HTML. */
export const isNewsroomJsonPath = (path: string) => /^\/newsroom\/(sign-in|invite\/[^/]+)\/(options|verify)$/.test(path);
