/** @jsxImportSource hono/jsx */
/**
 * Newsroom pages, server-rendered. They render what routes give them and never query.
 * Forms work without JavaScript; only the passkey ceremonies need it (WebAuthn is a
 * JavaScript API), and their pages say so in a <noscript>.
 */
import type { Child } from 'hono/jsx';
import type { PersonRole } from '../db/schema';
import { hasRole } from '../middleware/editor-auth';
import type { SignedInPerson } from './sessions';
import { CsrfField } from './form-parts';

export const ASSETS = { script: '/newsroom/assets/passkeys.js', css: '/newsroom/assets/newsroom.css' };

/** The screens in the header, each shown from the role that may use it (the routes check again). */
const SCREENS: { href: string; label: string; role: PersonRole }[] = [
  { href: '/newsroom', label: 'Stories', role: 'contributor' },
  { href: '/newsroom/stories/new', label: 'New story', role: 'contributor' },
  { href: '/newsroom/sections', label: 'Sections', role: 'editor' },
  { href: '/newsroom/tags', label: 'Tags', role: 'editor' },
  { href: '/newsroom/authors', label: 'Authors', role: 'editor' },
  { href: '/newsroom/alerts', label: 'Alerts', role: 'editor' },
  { href: '/newsroom/fronts', label: 'Fronts', role: 'editor' },
  { href: '/newsroom/shares', label: 'Shares', role: 'editor' },
  { href: '/newsroom/audit', label: 'Audit log', role: 'admin' },
  { href: '/newsroom/people', label: 'People', role: 'admin' },
  { href: '/newsroom/tokens', label: 'Tokens', role: 'admin' },
  { href: '/newsroom/webhooks', label: 'Webhooks', role: 'admin' },
  { href: '/newsroom/settings', label: 'Settings', role: 'admin' },
];

export function NewsroomDocument(props: { title: string; siteName: string; person?: SignedInPerson; passkeys?: boolean; scripts?: string[]; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} · Newsroom · ${props.siteName}`}</title>
        <link rel="stylesheet" href={ASSETS.css} />
        {props.passkeys ? <script src={ASSETS.script} defer /> : null}
        {(props.scripts ?? []).map((src) => <script src={src} defer />)}
      </head>
      <body>
        <header>
          <strong>{props.siteName} newsroom</strong>
          {props.person ? (
            <nav aria-label="Newsroom">
              <ul>
                {SCREENS.filter((screen) => hasRole(props.person!.role, screen.role)).map((screen) => (
                  <li><a href={screen.href}>{screen.label}</a></li>
                ))}
              </ul>
            </nav>
          ) : null}
          {props.person ? (
            <form method="post" action="/newsroom/sign-out">
              <span>{props.person.name} ({props.person.role}) </span>
              <CsrfField token={props.person.csrfToken} />
              <button type="submit">Sign out</button>
            </form>
          ) : null}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

function PasskeyForm(props: { action: string; mode: 'register' | 'authenticate'; label: string }) {
  return (
    <form method="post" action={props.action} data-passkey={props.mode}>
      <button class="primary" type="submit">{props.label}</button>
      <p id="passkey-status" role="status" aria-live="polite"></p>
      <noscript><p>Passkeys need JavaScript: turn it on for this page.</p></noscript>
    </form>
  );
}

export const SignInPage = () => (
  <section>
    <h1>Sign in</h1>
    <p>Use the passkey you created from your invitation.</p>
    <PasskeyForm action="/newsroom/sign-in" mode="authenticate" label="Sign in with a passkey" />
    <p>Lost your passkey? Ask an admin for a recovery link.</p>
  </section>
);

export const InvitePage = (props: { token: string; name: string; purpose: 'invite' | 'recovery' }) => (
  <section>
    <h1>{props.purpose === 'invite' ? `Welcome, ${props.name}` : `New passkey for ${props.name}`}</h1>
    <p>Create a passkey on this device. It is how you will sign in: there is no password. This link works once.</p>
    <PasskeyForm action={`/newsroom/invite/${props.token}`} mode="register" label="Create a passkey" />
  </section>
);

export const MessagePage = (props: { heading: string; message: string }) => (
  <section>
    <h1>{props.heading}</h1>
    <p>{props.message}</p>
    <p><a href="/newsroom/sign-in">Sign in</a></p>
  </section>
);
