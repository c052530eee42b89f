/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { SITE_LANGUAGE, type UiStrings } from '../i18n';
import { paths } from '../model/urls';
import { LITE_PREFIX } from './edition';
import { AlertBanner } from './alert-banner';
import { FeedLinks } from './seo-head';
import { liteCss, siteCss } from './styles';

/** The two editions of every reader page: same content, different shell (see render.tsx). */
export type Edition = 'full' | 'lite';

export interface NavItem { slug: string; name: string }

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL of this page (lite pages point at their full twin). */
  canonical: string;
  lang: string;
  siteName: string;
  /** Extra tags for <head>: Open Graph, JSON-LD, alternates. */
  head?: Child;
  noindex?: boolean;
}

export interface ShellProps extends PageMeta {
  edition: Edition;
  strings: UiStrings;
  /** Sections for the site navigation (full edition). */
  navigation: NavItem[];
  /** The same page in the other edition: lite twin of a full page, full page of a lite one. */
  twinPath: string | null;
  children: Child;
}

function FullBody(props: ShellProps) {
  const t = props.strings;
  return (
    <body>
      <a class="skip" href="#content">{t.skipToContent}</a>
      <header class="masthead">
        <AlertBanner strings={t} />
        <div class="wrap">
          <a class="brand" href={paths.home()}>
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>{props.siteName}</span>
          </a>
          <nav aria-label={t.sectionsNav}>
            <ul>
              {props.navigation.map((section) => (
                <li>
                  {/* Section names are the site's own language, also on pages in another one. */}
                  <a href={paths.section(section.slug)} lang={props.lang === SITE_LANGUAGE ? undefined : SITE_LANGUAGE}>
                    {section.name}
                  </a>
                </li>
              ))}
              <li>
                <a href="/search">{t.search}</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="content" class="wrap">
        {props.children}
      </main>
      <footer>
        <div class="wrap">
          <p>
            © {props.siteName}. {t.footer} <a href={paths.home()}>{t.home}</a>
            {props.twinPath ? (
              <>
                {' · '}
                <a href={props.twinPath}>{t.liteVersion}</a>
              </>
            ) : null}
          </p>
        </div>
      </footer>
    </body>
  );
}

/** Text only: no images, no web fonts, a few lines of CSS, and a way back to the full page. */
function LiteBody(props: ShellProps) {
  const t = props.strings;
  return (
    <body>
      <a class="skip" href="#content">{t.skipToContent}</a>
      <header>
        {/* Its script is the one the lite rewrite (edition.ts) keeps: see docs/alerts.md. */}
        <AlertBanner strings={t} />
        <a href={LITE_PREFIX}>
          <strong>{props.siteName}</strong>
        </a>{' '}
        · {t.liteExplainer}
        {props.twinPath ? (
          <>
            {' '}
            <a href={props.twinPath}>{t.exitLite}</a>
          </>
        ) : null}
      </header>
      <main id="content">{props.children}</main>
      <footer>
        © {props.siteName} · <a href={`${LITE_PREFIX}/search`}>{t.search}</a>
      </footer>
    </body>
  );
}

/** The document shell of every reader page; the edition picks the body shell once, here. */
export function Layout(props: ShellProps) {
  const lite = props.edition === 'lite';
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" content={props.description} />
        <link rel="canonical" href={props.canonical} />
        {/* Large image previews in Search and Discover (issue #13); pages kept out of the index say only that. */}
        <meta name="robots" content={props.noindex ? 'noindex' : 'max-image-preview:large'} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="icon" href="/icon-192.png" type="image/png" sizes="192x192" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <meta name="theme-color" content="#a3122b" />
        <FeedLinks siteName={props.siteName} />
        {!lite && props.twinPath ? <link rel="alternate" href={props.twinPath} title={props.strings.liteVersion} /> : null}
        {props.head}
        <style dangerouslySetInnerHTML={{ __html: lite ? liteCss : siteCss }} />
      </head>
      {lite ? <LiteBody {...props} /> : <FullBody {...props} />}
    </html>
  );
}
