/**
 * Short links, `/s/:code`: 301 to the article's canonical URL, looked up by its random
 * code at request time, so a link keeps working after the slug changes and stops working
 * the moment the story is unpublished. Each hit by a person counts as network "short", once
 * per reader and day (share/click-counting).
 *
 * Codes come from generateShortCode() (model/tokens: 8 random base62 characters, 47 bits,
 * never derived from the id). The column has a unique index; whoever inserts an article
 * must retry with a fresh code on a unique-constraint error (a collision is rare, not
 * impossible).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { cacheTag } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { findArticleByShortCode } from '../queries/shares';
import { countedRedirect } from '../share/click-recording';
import { classifyClient } from '../share/crawlers';
import { landingUrl } from '../share/landing-url';
import { SHORT_LINK_NETWORK } from '../share/networks';
import { notStored } from '../share/not-stored';
import { renderErrorPage } from '../views/render';
import { serveSharePreview } from './share';

/** The shape of every code generateShortCode() makes; anything else is not worth a query. */
const SHORT_CODE = /^[0-9A-Za-z]{8}$/;

export const shortLinks = new Hono<AppEnv>().get('/:code', async (c) => {
  const code = c.req.param('code');
  const article = SHORT_CODE.test(code) ? await findArticleByShortCode(c.get('db'), code) : null;
  if (!article) return notStored(renderErrorPage(c, 404, 'This short link does not lead to a story.'));
  addCacheTags(c, cacheTag.article(article.id));

  const client = classifyClient(c.req.header('user-agent'));
  if (client === 'preview') return serveSharePreview(c, article.slug);
  return countedRedirect(c, landingUrl(article, c.get('origin')), 301, { articleId: article.id, network: SHORT_LINK_NETWORK, client });
});
