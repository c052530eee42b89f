/** @jsxImportSource hono/jsx */
/**
 * First-party share links, `/share/:slug/:network`: count the click, then send the reader
 * to the network's share intent for the published article. The target is built only from
 * the network table and the article row; the one reader-controlled part of any target is
 * Mastodon's validated instance hostname.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { cacheTag } from '../model/cache-tags';
import { paths } from '../model/urls';
import { addCacheTags } from '../platform/cache-tags';
import { findPublicArticle } from '../queries/articles';
import { findShareableArticle, type ShareableArticle } from '../queries/shares';
import { countedRedirect } from '../share/click-recording';
import { classifyClient, type ClientKind } from '../share/crawlers';
import { landingUrl } from '../share/landing-url';
import { mastodonShareUrl, parseMastodonInstance } from '../share/mastodon-instance';
import { campaignUrl, findShareNetwork } from '../share/networks';
import { instanceError, MastodonPage } from '../views/mastodon-page';
import { renderErrorPage, renderPage } from '../views/render';
import { renderSharePreview } from '../views/share-preview-page';

const NO_ARTICLE = 'There is no article to share at this address.';

export const shareLinks = new Hono<AppEnv>().get('/:slug/:network', async (c) => {
  const network = findShareNetwork(c.req.param('network'));
  if (!network) return renderErrorPage(c, 404, 'We do not offer sharing to that network.');
  const slug = c.req.param('slug');
  const article = await findShareableArticle(c.get('db'), slug);
  if (!article) return shareOfMovedOrMissing(c, slug, network.id);
  addCacheTags(c, cacheTag.article(article.id));

  const client = classifyClient(c.req.header('user-agent'));
  if (client === 'preview') return renderSharePreview(c, article.slug);

  const story = { title: article.title, url: campaignUrl(landingUrl(article, c.get('origin')), network.id) };
  if (network.intent) return countedRedirect(c, network.intent(story), 302, { articleId: article.id, network: network.id, client });
  return shareToMastodon(c, article, story, client);
});

/** An old slug follows the article to its current one; anything else is a 404 page. */
async function shareOfMovedOrMissing(c: Context<AppEnv>, slug: string, network: string) {
  const lookup = await findPublicArticle(c.get('db'), slug);
  if (lookup.kind !== 'moved') return renderErrorPage(c, 404, NO_ARTICLE);
  const url = new URL(c.req.url);
  return c.redirect(`${paths.share(lookup.slug, network)}${url.search}`, 301);
}

/**
 * Without `instance`: the form asking for the reader's server. With a valid one: the
 * redirect to that server's share form. With anything else: the form again, with a 400.
 */
async function shareToMastodon(c: Context<AppEnv>, article: ShareableArticle, story: { title: string; url: string }, client: ClientKind) {
  const given = c.req.query('instance');
  const instance = given === undefined ? null : parseMastodonInstance(given);
  if (instance) return countedRedirect(c, mastodonShareUrl(instance, story), 302, { articleId: article.id, network: 'mastodon', client });

  const lang = article.language;
  const error = given === undefined ? undefined : instanceError(lang, given);
  return renderPage(
    c,
    {
      title: `Mastodon · ${article.title} · ${c.env.SITE_NAME}`,
      description: article.title,
      canonicalPath: paths.share(article.slug, 'mastodon'),
      lang,
      noindex: true,
      liteTwin: false,
    },
    <MastodonPage slug={article.slug} title={article.title} lang={lang} instance={given} error={error} />,
    error ? 400 : 200,
  );
}
