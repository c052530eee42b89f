/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import { absoluteUrl } from '../model/urls';
import { ErrorPage } from './error-page';
import { Layout, type PageMeta } from './layout';

type PageOptions = Omit<PageMeta, 'siteName' | 'canonical' | 'lang'> & { canonicalPath: string; lang?: string };

/** Renders a full-edition page inside the site shell. */
export function renderPage(c: Context<AppEnv>, options: PageOptions, body: Child, status: ContentfulStatusCode = 200) {
  const { canonicalPath, lang = 'en', ...meta } = options;
  const page = (
    <Layout {...meta} lang={lang} siteName={c.env.SITE_NAME} canonical={absoluteUrl(c.get('origin'), canonicalPath)}>
      {body}
    </Layout>
  );
  return c.html(`<!doctype html>${page}`, status);
}

/** A reader-facing error page with the right status code. */
export function renderErrorPage(c: Context<AppEnv>, status: ContentfulStatusCode, message: string) {
  return renderPage(
    c,
    { title: `Error ${status} · ${c.env.SITE_NAME}`, description: message, canonicalPath: new URL(c.req.url).pathname, noindex: true },
    <ErrorPage status={status} message={message} />,
    status,
  );
}
