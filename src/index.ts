/**
 * The Edge Courier: a news site served from Cloudflare Workers and D1.
 * Middleware first, then one sub-app per resource, then the error handlers.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from './env';
import { errorBody, HttpError, wantsJson } from './http/errors';
import { requestContext } from './middleware/request-context';
import { edgeCache } from './edge-cache/index';
import { securityHeaders } from './middleware/security-headers';
import { publicCors } from './middleware/cors';
import { articlesApi } from './routes/api-articles';
import { apiLists } from './routes/api-lists';
import { articlePages } from './routes/articles';
import { correctionsPages } from './routes/corrections';
import { editorGateway } from './routes/editor-gateway';
import { NEWSROOM_PREFIX, newsroomGateway } from './newsroom/gateway';
import { openApiRoutes } from './routes/openapi';
import { feedPaths, sectionFeedRoutes } from './feeds/feed-paths';
import { lazyMount } from './http/lazy-mount';
import { homePage } from './routes/home';
import { authorPages } from './routes/authors';
import { litePages } from './routes/lite';
import { searchPages } from './routes/search';
import { sectionPages } from './routes/sections';
import { tagPages } from './routes/tags';
import { media } from './routes/media';
import { embedThumbnails } from './routes/embed-thumbnails';
import { mediaImages } from './routes/media-images';
import { robots } from './routes/robots';
import { siteMeta } from './routes/site-meta';
import { sitemaps } from './routes/sitemaps';
import { oembed } from './routes/oembed';
import { shareLinks } from './routes/share';
import { shareCountsApi } from './routes/share-counts';
import { liveApi } from './routes/live';
import { shortLinks } from './routes/short-links';
import { publicFronts } from './routes/fronts';
import { alertResources } from './routes/alerts';
import { scheduled } from './scheduled';
import { FRAGMENT_RENDER_QUEUE_NAME, type FragmentRenderMessage } from './article-render/limits';
import { renderErrorPage } from './views/render';
import { renderUnavailable } from './views/unavailable-page';
import { errorMessages, isTransientFailure, newRequestId, REQUEST_ID_HEADER } from './platform/failures';

const app = new Hono<AppEnv>();

app.use(securityHeaders());
// Outside the edge cache: hits and 304s get the CORS headers too, preflights are never stored.
app.use(publicCors());
// Before the request context: a hit or a normalizing redirect builds no D1 session, metrics
// or ORM client. The request context then runs for misses and bypasses only.
app.use(edgeCache());
app.use(requestContext());

app.route('/', media);
app.route('/', embedThumbnails);
app.route('/', mediaImages);
// Feeds, fetched by feed readers and crawlers rather than readers, load on their first request.
app.route('/', lazyMount([...Object.values(feedPaths.site), ...Object.values(sectionFeedRoutes)], () => import('./routes/feeds').then((m) => m.feeds), { onError, notFound }));
app.route('/', sitemaps);
app.route('/', robots);
app.route('/', siteMeta);
app.route('/', homePage);
app.route('/articles', articlePages);
app.route('/sections', sectionPages);
app.route('/tags', tagPages);
app.route('/authors', authorPages);
app.route('/search', searchPages);
app.route('/corrections', correctionsPages);
app.route('/lite', litePages);
// The editor API loads on its first request (editor-gateway), so readers never pay its startup.
app.route('/', editorGateway({ onError, notFound }));
// The newsroom web app (src/newsroom) loads the same way, on its first request.
app.route(NEWSROOM_PREFIX, newsroomGateway({ onError, notFound }));
// Signed preview links of drafts (/preview/:token, /lite/preview/:token): never cached, loaded on first use.
app.route('/', lazyMount(['/preview/:token', '/lite/preview/:token'], () => import('./routes/preview').then((m) => m.previewPages), { onError, notFound }));
app.route('/api/v1', openApiRoutes);
app.route('/api/v1/articles', articlesApi);
app.route('/api/v1/articles', shareCountsApi);
app.route('/api/v1/articles', liveApi);
app.route('/share', shareLinks);
app.route('/s', shortLinks);
app.route('/', oembed);
app.route('/', alertResources);
app.route('/api/v1/fronts', publicFronts);
app.route('/api/v1', apiLists);

// Function declarations: the editor gateway, mounted above, answers with the same two.
function notFound(c: Context<AppEnv>) {
  return wantsJson(c.req.path)
    ? c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404)
    : renderErrorPage(c, 404, 'There is nothing at this address.');
}

function onError(err: Error, c: Context<AppEnv>) {
  if (err instanceof HttpError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return wantsJson(c.req.path)
      ? c.json(errorBody(err.code, err.message, err.details), err.status)
      : renderErrorPage(c, err.status, err.message);
  }
  // A retry helps only when D1's infrastructure failed; then 503 and Retry-After.
  if (isTransientFailure(err)) {
    console.warn('database briefly unavailable', c.req.method, c.req.path, errorMessages(err));
    return renderUnavailable(c);
  }
  // Anything else fails the same way every time: a 500 with an id the log line also has,
  // and nothing of the SQL or the stack in the body.
  const requestId = newRequestId();
  console.error(`unhandled error [request ${requestId}]`, c.req.method, c.req.path, err);
  const response = wantsJson(c.req.path)
    ? c.json(errorBody('internal_error', `Something went wrong on our side (request ${requestId})`, { requestId }), 500)
    : renderErrorPage(c, 500, `Something went wrong on our side. If it keeps happening, tell us request ${requestId}.`);
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

app.notFound(notFound);
app.onError(onError);

export { app };
export default {
  fetch: app.fetch,
  scheduled,
  // Article fragment renders (article-render/render-queue), webhook deliveries (and their dead
  // letters); each loaded on its first batch, never by readers.
  queue: (batch, env) =>
    batch.queue === FRAGMENT_RENDER_QUEUE_NAME
      ? import('./article-render/render-queue').then((m) => m.renderFragmentBatch(batch as MessageBatch<FragmentRenderMessage>, env))
      : import('./webhooks/consumer').then((m) => m.handleWebhookBatch(batch as MessageBatch<import('./webhooks/config').WebhookMessage>, env)),
} satisfies ExportedHandler<Cloudflare.Env>;
