/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import { SITE_LANGUAGE, uiStrings } from '../i18n';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import { settingsFromNavigation, type SiteSettings } from '../site/settings';
import { SiteTimeZone } from '../site/time-zone-context';
import { editionOf, hasLiteTwin, LITE_PREFIX, toFullPath, toLiteHref, toLiteHtml } from './edition';
import { ErrorPage } from './error-page';
import { Layout, type Edition, type NavItem, type PageMeta } from './layout';

export type PageOptions = Omit<PageMeta, 'siteName' | 'canonical' | 'lang'> & {
  /** Path of the full-edition page; the canonical URL of both editions. */
  canonicalPath: string;
  lang?: string;
  /**
   * Sections for the header navigation, as navigationQuery returns them: its rows also
   * carry the site settings (name, time zone), read here without a query of their own.
   */
  navigation?: (NavItem & { siteSettings?: string | null })[];
  /**
   * The site settings when the page shows no navigation to carry them (a crawler's preview,
   * an error page whose route read them); otherwise those of `navigation`.
   */
  site?: SiteSettings;
  /** The edition when the URL does not say it (a draft's preview in the newsroom). */
  edition?: Edition;
  /** False for pages without a lite twin (error pages). */
  liteTwin?: boolean;
};

/** The page inside its shell, as a document string, and the edition it is in. */
function renderDocument(c: Context<AppEnv>, options: PageOptions, body: Child) {
  const { canonicalPath, navigation = [], liteTwin = true, edition: chosenEdition, site: givenSite, ...meta } = options;
  // The keyed URL, not the raw request: a reader's own parameters never reach a shared copy.
  const url = c.get('pageUrl') ?? new URL(c.req.url);
  const edition = chosenEdition ?? editionOf(url.pathname);
  const site = givenSite ?? settingsFromNavigation(navigation, c.env);
  // A page in no particular language (listings, search) speaks the site's default one.
  const lang = options.lang ?? site.language;
  // Error handlers may render before the request context has set up the tag list.
  if (c.get('cacheTags')) addCacheTags(c, cacheTag.site());
  // An error page has no twin worth visiting: leaving lite from one goes to the front page.
  const twinPath =
    edition === 'lite'
      ? liteTwin
        ? toFullPath(url.pathname) + url.search
        : paths.home()
      : liteTwin && hasLiteTwin(url.pathname)
        ? toLiteHref(url.pathname + url.search)
        : null;
  const page = (
    <SiteTimeZone.Provider value={site.timeZone}>
      <Layout
        {...meta}
        lang={lang}
        siteName={site.name}
        canonical={absoluteUrl(c.get('origin'), canonicalPath)}
        edition={edition}
        strings={uiStrings(lang)}
        navigation={navigation}
        twinPath={twinPath}
      >
        {body}
      </Layout>
    </SiteTimeZone.Provider>
  );
  return { edition, html: `<!doctype html>${page}` };
}

/**
 * Renders a reader page in the edition its URL asks for: the full site, or under /lite
 * the text-only edition (same body, lite shell, links kept in /lite, media removed).
 */
export async function renderPage(c: Context<AppEnv>, options: PageOptions, body: Child, status: ContentfulStatusCode = 200) {
  const { edition, html } = renderDocument(c, options, body);
  return c.html(edition === 'lite' ? await toLiteHtml(html) : html, status);
}

/**
 * A reader-facing error page with the right status code. Synchronous (error handlers and
 * fallbacks use it), so its one link is written for the edition directly.
 *
 * It names the site from `site` when the route has read the settings anyway (in the batch
 * that found nothing), else from SITE_NAME: an error page never reads D1 for its name, so a
 * 404 at any made-up URL, a 500 or a 503 (D1 down) costs no query (docs/newsroom.md).
 */
export function renderErrorPage(c: Context<AppEnv>, status: ContentfulStatusCode, message: string, site?: SiteSettings): Response {
  const path = new URL(c.req.url).pathname;
  const lite = editionOf(path) === 'lite';
  const { html } = renderDocument(
    c,
    {
      title: `${uiStrings(SITE_LANGUAGE).errorKicker(status)} · ${site?.name ?? c.env.SITE_NAME}`,
      description: message,
      canonicalPath: lite ? toFullPath(path) : path,
      // The messages are written in the site's own language, whatever the settings say.
      lang: SITE_LANGUAGE,
      noindex: true,
      liteTwin: false,
      site,
    },
    <ErrorPage status={status} message={message} strings={uiStrings(SITE_LANGUAGE)} homeHref={lite ? LITE_PREFIX : paths.home()} />,
  );
  return c.html(html, status) as Response;
}
