/**
 * The Edge Courier: a news site served from Cloudflare Workers and D1.
 * Middleware first, then one sub-app per resource, then the error handlers.
 */
import { Hono } from 'hono';
import type { AppEnv } from './env';
import { errorBody, HttpError, wantsJson } from './http/errors';
import { requestContext } from './middleware/request-context';
import { articlesApi } from './routes/api-articles';
import { articlePages } from './routes/articles';
import { homePage } from './routes/home';
import { media } from './routes/media';
import { renderErrorPage } from './views/render';

const app = new Hono<AppEnv>();

app.use(requestContext());

app.route('/', media);
app.route('/', homePage);
app.route('/articles', articlePages);
app.route('/api/v1/articles', articlesApi);

app.notFound((c) =>
  wantsJson(c.req.path)
    ? c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404)
    : renderErrorPage(c, 404, 'There is nothing at this address.'),
);

app.onError((err, c) => {
  if (err instanceof HttpError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return wantsJson(c.req.path)
      ? c.json(errorBody(err.code, err.message, err.details), err.status)
      : renderErrorPage(c, err.status, err.message);
  }
  console.error('unhandled error', c.req.method, c.req.path, err);
  return wantsJson(c.req.path)
    ? c.json(errorBody('internal_error', 'Something went wrong on our side'), 500)
    : renderErrorPage(c, 500, 'Please try again in a moment.');
});

export { app };
export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Cloudflare.Env>;
