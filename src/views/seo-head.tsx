/** @jsxImportSource hono/jsx */
/**
 * What pages put in <head> for search engines, social networks and feed readers: Open
 * Graph and Twitter Card tags, JSON-LD structured data, and alternate links to the feeds
 * and the JSON twin. Pages pass these as `head` to renderPage.
 */
import { feedPaths, FEED_TYPES } from '../feeds/feed-paths';
import { SITE_LANGUAGE, uiLanguage } from '../i18n';
import type { ArticleView } from '../model/article-view';
import {
  articleBreadcrumbJsonLd,
  LOGO,
  newsArticleJsonLd,
  websiteJsonLd,
  type Publisher,
} from '../model/structured-data';
import { absoluteUrl, paths } from '../model/urls';
import { heroMediaOf } from '../model/media-refs';
import { mediaPath, SOCIAL_CARD } from '../media/urls';

/**
 * JSON for a <script type="application/ld+json"> block. `<` is escaped so no string in the
 * data (a headline with "</script>", "<!--") can end the block; U+2028/9 for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A JSON-LD data block. Not a script to the CSP: browsers never execute it. */
export function JsonLd(props: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(props.data) }} />;
}

const OG_LOCALES: Record<string, string> = { en: 'en_US', pl: 'pl_PL' };

interface SocialProps {
  type: 'article' | 'website';
  title: string;
  description: string;
  url: string;
  siteName: string;
  lang: string;
  image: { url: string; alt: string; width?: number; height?: number };
  /** A wide hero image gets the large card; the square logo the small one. */
  largeImage: boolean;
}

/** Open Graph and Twitter Card tags. */
export function SocialTags(props: SocialProps) {
  const locale = OG_LOCALES[uiLanguage(props.lang)];
  return (
    <>
      <meta property="og:type" content={props.type} />
      <meta property="og:site_name" content={props.siteName} />
      <meta property="og:title" content={props.title} />
      <meta property="og:description" content={props.description} />
      <meta property="og:url" content={props.url} />
      {locale ? <meta property="og:locale" content={locale} /> : null}
      <meta property="og:image" content={props.image.url} />
      <meta property="og:image:alt" content={props.image.alt} />
      {props.image.width ? <meta property="og:image:width" content={String(props.image.width)} /> : null}
      {props.image.height ? <meta property="og:image:height" content={String(props.image.height)} /> : null}
      <meta name="twitter:card" content={props.largeImage ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={props.title} />
      <meta name="twitter:description" content={props.description} />
      <meta name="twitter:image" content={props.image.url} />
      <meta name="twitter:image:alt" content={props.image.alt} />
    </>
  );
}

/**
 * `<link rel="alternate">` to one set of feeds: the site's (the layout adds them to every
 * page) or, with `section`, that section's (its page and its articles add them).
 */
export function FeedLinks(props: { siteName: string; section?: { slug: string; name: string } }) {
  const urls = props.section ? feedPaths.section(props.section.slug) : feedPaths.site;
  const title = props.section ? `${props.section.name} · ${props.siteName}` : props.siteName;
  return (
    <>
      <link rel="alternate" type={FEED_TYPES.rss} title={`${title} (RSS)`} href={urls.rss} />
      <link rel="alternate" type={FEED_TYPES.atom} title={`${title} (Atom)`} href={urls.atom} />
      <link rel="alternate" type={FEED_TYPES.json} title={`${title} (JSON Feed)`} href={urls.json} />
    </>
  );
}

const logoImage = (site: Publisher) => ({ url: absoluteUrl(site.origin, LOGO.path), alt: site.name, width: LOGO.width, height: LOGO.height });

/** Everything an article page adds to <head>; `canonical` is the page's canonical URL. */
export function ArticleHead(props: { article: ArticleView; site: Publisher; canonical: string }) {
  const { article, site } = props;
  // Social networks do not render SVG previews: an SVG hero falls back to the PNG logo.
  const hero = article.heroImage && !/\.svg(?:[?#]|$)/i.test(article.heroImage.url) ? article.heroImage : null;
  // A library image's social card is its 1200x630 crop (media/urls SOCIAL_CARD).
  const media = hero ? heroMediaOf(hero.url, site.origin) : null;
  const card = media ? { url: absoluteUrl(site.origin, mediaPath(media.id, 'card', SOCIAL_CARD.width, 'jpg')), alt: hero!.alt, width: SOCIAL_CARD.width, height: SOCIAL_CARD.height } : null;
  return (
    <>
      <SocialTags
        type="article"
        title={article.title}
        description={article.dek}
        url={props.canonical}
        siteName={site.name}
        lang={article.language}
        image={card ?? (hero ? { url: hero.url, alt: hero.alt, width: 1200, height: 675 } : logoImage(site))}
        largeImage={hero !== null}
      />
      {article.publishedAt ? <meta property="article:published_time" content={article.publishedAt} /> : null}
      <meta property="article:modified_time" content={article.updatedAt} />
      <meta property="article:section" content={article.section.name} />
      {article.author ? <meta property="article:author" content={article.author.url} /> : null}
      {article.tags.map((tag) => (
        <meta property="article:tag" content={tag.name} />
      ))}
      <FeedLinks siteName={site.name} section={article.section} />
      <link rel="alternate" type="application/json" title="JSON" href={paths.articleJson(article.slug)} />
      <link rel="alternate" type="application/json+oembed" title={article.title} href={paths.oembed(article.url)} />
      <JsonLd data={newsArticleJsonLd(article, site, props.canonical)} />
      <JsonLd data={articleBreadcrumbJsonLd(article, site)} />
    </>
  );
}

/** <head> additions of the front page and section pages. */
export function ListingHead(props: {
  site: Publisher;
  title: string;
  description: string;
  canonical: string;
  section?: { slug: string; name: string };
}) {
  const { site } = props;
  return (
    <>
      <SocialTags
        type="website"
        title={props.title}
        description={props.description}
        url={props.canonical}
        siteName={site.name}
        lang={SITE_LANGUAGE}
        image={logoImage(site)}
        largeImage={false}
      />
      {props.section ? <FeedLinks siteName={site.name} section={props.section} /> : null}
      {props.section ? null : <JsonLd data={websiteJsonLd(site)} />}
    </>
  );
}
