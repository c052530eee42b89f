/**
 * schema.org structured data for search engines: pure functions from the article view to
 * JSON-LD objects. Embedding them safely in HTML is views/seo-head's job.
 */
import type { ArticleView } from './article-view';
import { absoluteUrl, paths } from './urls';
import { liveBlogJsonLd } from './live-coverage';
import { heroMediaOf, jpegUrl } from './media-refs';

const JSON_LD_CROPS = ['16x9', '4x3', '1x1'] as const;

export interface Publisher { name: string; origin: string }

/** The site logo Google shows for the publisher: a square PNG of at least 112px. */
export const LOGO = { path: '/icon-512.png', width: 512, height: 512 };

export function publisherJsonLd(site: Publisher) {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: absoluteUrl(site.origin, paths.home()),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.origin, LOGO.path), width: LOGO.width, height: LOGO.height },
  };
}

/** NewsArticle for an article page; `canonical` is the page's canonical URL. */
export function newsArticleJsonLd(article: ArticleView, site: Publisher, canonical: string) {
  const image = article.heroImage ? article.heroImage.url : absoluteUrl(site.origin, LOGO.path);
  // A library image: its 16:9, 4:3 and 1:1 crops at 1280 px (Google asks for 1200+ px in those three ratios).
  const media = article.heroImage ? heroMediaOf(article.heroImage.url, site.origin) : null;
  const images = media ? JSON_LD_CROPS.map((crop) => absoluteUrl(site.origin, jpegUrl(media, crop))) : [image];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    image: images,
    datePublished: article.publishedAt,
    // The last significant change (never a minor fix), else the publication time.
    dateModified: article.updatedAt,
    inLanguage: article.language,
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    author: article.author
      ? [{ '@type': 'Person', name: article.author.name, url: article.author.url }]
      : [{ '@type': 'Organization', name: site.name, url: absoluteUrl(site.origin, paths.home()) }],
    publisher: publisherJsonLd(site),
    isAccessibleForFree: true,
    // A live story is a LiveBlogPosting: schema.org's type for live coverage, which Google's live badge reads.
    ...(article.live ? liveBlogJsonLd(article.live, article) : {}),
    // Corrections and clarifications readers were told about (update notes are not corrections).
    ...(article.corrections.some((note) => note.kind !== 'update')
      ? {
          correction: article.corrections
            .filter((note) => note.kind !== 'update')
            .map((note) => ({ '@type': 'CorrectionComment', text: note.text, datePublished: note.publishedAt })),
        }
      : {}),
    ...(article.sources.length > 0
      ? {
          isBasedOn: article.sources.map((source) => source.url),
          citation: article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.name, url: source.url })),
        }
      : {}),
  };
}

/** Home > Section > Article. */
export function articleBreadcrumbJsonLd(article: ArticleView, site: Publisher) {
  const crumbs = [
    { name: site.name, url: absoluteUrl(site.origin, paths.home()) },
    { name: article.section.name, url: article.section.url },
    { name: article.title, url: article.url },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/** WebSite with its search action, for the front page. */
export function websiteJsonLd(site: Publisher) {
  const home = absoluteUrl(site.origin, paths.home());
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: home,
    publisher: publisherJsonLd(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site.origin, '/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
