/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { paths } from '../model/urls';
import { siteCss } from './styles';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL of this page. */
  canonical: string;
  lang: string;
  siteName: string;
  /** Extra tags for <head>: Open Graph, JSON-LD, alternates. */
  head?: Child;
  noindex?: boolean;
}

/** The document shell of every full-edition page: header, main landmark, footer. */
export function Layout(props: PageMeta & { children: Child }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" content={props.description} />
        <link rel="canonical" href={props.canonical} />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {props.head}
        <style dangerouslySetInnerHTML={{ __html: siteCss }} />
      </head>
      <body>
        <a class="skip" href="#content">Skip to content</a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href={paths.home()}>
              <img src="/favicon.svg" alt="" width="32" height="32" />
              <span>{props.siteName}</span>
            </a>
          </div>
        </header>
        <main id="content" class="wrap">
          {props.children}
        </main>
        <footer>
          <div class="wrap">
            <p>
              © {props.siteName}. Published at the edge. <a href={paths.home()}>Home</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
