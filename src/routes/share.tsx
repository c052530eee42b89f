/** @jsxImportSource hono/jsx */
/**
 * First-party share links, `/share/:slug/:network`: count the click, then send the reader
 * to the network's share intent for the published article. The target is built only from
 * the network table and the article row; the one reader-controlled part of any target is
 * Mastodon's instance hostname, validated, and confirmed by the reader on our own page.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { articleViewTags, cacheTag } from '../edge-cache/tags';
import { paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { toArticleView } from '../model/article-view';
import { articleLookupStatements, findPublicArticle, toArticleLookup } from '../queries/articles';
import { navigationQuery } from '../queries/listings';
import { findShareableArticle, type ShareableArticle } from '../queries/shares';
import { countedRedirect } from '../share/click-recording';
import { classifyClient } from '../share/crawlers';
import { landingUrl } from '../share/landing-url';
import { notStored } from '../share/not-stored';
import { isSubmittedFromOurPage, mastodonShareUrl, parseMastodonInstance } from '../share/mastodon-instance';
import { campaignUrl, findShareNetwork, type SharedStory } from '../share/networks';
import { instanceError, MastodonPage } from '../views/mastodon-page';
import { renderErrorPage, renderPage } from '../views/render';
import { renderSharePreview } from '../views/share-preview-page';
import { declareQueryParams } from '../edge-cache/params';
import { settingsFromNavigation, siteSettingsStatement, toSiteSettings } from '../site/settings';

const NO_ARTICLE = 'There is no article to share at this address.';
/** The Mastodon form has one short field; a body larger than this is not from our form. */
const MAX_FORM_BYTES = 1024;

// The Mastodon step reads the reader's server; every other network reads nothing (first match wins).
declareQueryParams('/share/:slug/mastodon', ['instance']);
declareQueryParams('/share/:slug/:network', []);

export const shareLinks = new Hono<AppEnv>()
  .get('/:slug/:network', async (c) => {
    const network = findShareNetwork(c.req.param('network'));
    if (!network) return notStored(renderErrorPage(c, 404, 'We do not offer sharing to that network.'));
    const slug = c.req.param('slug');
    const article = await findShareableArticle(c.get('db'), slug);
    if (!article) return shareOfMovedOrMissing(c, slug, network.id);
    addCacheTags(c, cacheTag.article(article.id));

    const client = classifyClient(c.req.header('user-agent'));
    if (client === 'preview') return serveSharePreview(c, article.slug);
    // A GET never leaves for a Mastodon server, whatever its query says: see the POST below.
    if (!network.intent) return mastodonForm(c, article, c.req.query('instance'));
    const target = network.intent(sharedStory(c, article, network.id));
    return countedRedirect(c, target, 302, { articleId: article.id, network: network.id, client });
  })
  /**
   * The reader's confirmed choice of server: a valid host submitted from our own page
   * redirects (303) to its share form and counts; anything else gets the form again.
   */
  .post(
    '/:slug/mastodon',
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => notStored(renderErrorPage(c, 413, 'That form was larger than ours.')) }),
    async (c) => {
      const slug = c.req.param('slug');
      const article = await findShareableArticle(c.get('db'), slug);
      if (!article) return shareOfMovedOrMissing(c, slug, 'mastodon');
      const form = await c.req.parseBody();
      const given = typeof form.instance === 'string' ? form.instance : '';
      const instance = parseMastodonInstance(given);
      // Posted from another site's page: the reader has not seen our page, so show it to them.
      if (!instance || !isSubmittedFromOurPage(c.req.raw)) return mastodonForm(c, article, given);
      const target = mastodonShareUrl(instance, sharedStory(c, article, 'mastodon'));
      return countedRedirect(c, target, 303, { articleId: article.id, network: 'mastodon', client: classifyClient(c.req.header('user-agent')) });
    },
  );

/**
 * What a link-preview crawler gets for a share or short link (views/share-preview-page): the
 * article and the site settings in one batch, the 404 page if the article is not public. Never
 * stored at the edge: a person asking for the same URL gets the redirect.
 */
export async function serveSharePreview(c: Context<AppEnv>, slug: string): Promise<Response> {
  const db = c.get('db');
  const [settingsRows, ...lookupResults] = await db.batch([siteSettingsStatement(db), ...articleLookupStatements(db, slug)]);
  const site = toSiteSettings(settingsRows[0], c.env);
  const lookup = toArticleLookup(lookupResults);
  let response: Response;
  if (lookup.kind === 'found') {
    const article = toArticleView(lookup.record, c.get('origin'));
    addCacheTags(c, ...articleViewTags(article));
    response = await renderSharePreview(c, article, site);
  } else {
    response = renderErrorPage(c, 404, 'There is no article at this address.', site);
  }
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'User-Agent');
  return response;
}

/** The headline and the tagged landing URL a share on `network` carries. */
function sharedStory(c: Context<AppEnv>, article: ShareableArticle, network: string): SharedStory {
  return { title: article.title, url: campaignUrl(landingUrl(article, c.get('origin')), network) };
}

/** An old slug follows the article to its current one; anything else is a 404 page. */
async function shareOfMovedOrMissing(c: Context<AppEnv>, slug: string, network: string) {
  const lookup = await findPublicArticle(c.get('db'), slug);
  if (lookup.kind !== 'moved') return notStored(renderErrorPage(c, 404, NO_ARTICLE));
  const url = new URL(c.req.url);
  // A submitted form follows as a GET to the form at the new address (303).
  return c.redirect(`${paths.share(lookup.slug, network)}${url.search}`, c.req.method === 'POST' ? 303 : 301);
}

/**
 * The form asking for the reader's server. `given` is what a link's `?instance=` or the
 * submitted field said: a valid host is shown for the reader to confirm (never followed),
 * anything else is refused with a 400 and the reason.
 */
async function mastodonForm(c: Context<AppEnv>, article: ShareableArticle, given: string | undefined) {
  const lang = article.language;
  const instance = given === undefined ? null : parseMastodonInstance(given);
  const error = given !== undefined && !instance ? instanceError(lang, given) : undefined;
  // The section navigation carries the saved site settings (name): a reader page like the others.
  const navigation = await navigationQuery(c.get('db'));
  const response = await renderPage(
    c,
    {
      title: `Mastodon · ${article.title} · ${settingsFromNavigation(navigation, c.env).name}`,
      navigation,
      description: article.title,
      canonicalPath: paths.share(article.slug, 'mastodon'),
      lang,
      noindex: true,
      liteTwin: false,
    },
    <MastodonPage slug={article.slug} title={article.title} lang={lang} instance={instance ?? given} confirmHost={instance ?? undefined} error={error} />,
    error ? 400 : 200,
  );
  // One stored copy per article: the plain form at its own URL. Any query or other spelling is not stored.
  const url = new URL(c.req.url);
  const canonical = c.req.method === 'GET' && url.search === '' && url.pathname === paths.share(article.slug, 'mastodon');
  return canonical ? response : notStored(response);
}
