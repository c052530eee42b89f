/** @jsxImportSource hono/jsx */
import { formatDateTime, SITE_LANGUAGE, uiStrings, type UiStrings } from '../i18n';
import type { ArticleView } from '../model/article-view';
import { paths } from '../model/urls';
import { PreviouslyReportedBlock, SourcesBlock, TopicsBlock } from './article-blocks';
import { ShareBar } from './share-bar';
import { LiveEntries, LiveSummary } from './live-coverage';
import { CorrectionNotes, CorrectionNotice } from './corrections-notes';
import { HERO_CROP, heroMediaOf } from '../model/media-refs';
import { COLUMN_SIZES, Figure, heroImage } from './picture';
import { useSiteTimeZone } from '../site/time-zone-context';

function Time(props: { iso: string; lang: string }) {
  return <time datetime={props.iso}>{formatDateTime(props.iso, props.lang, useSiteTimeZone())}</time>;
}

/** Section, headline, dek and the byline with publication and update times. */
function ArticleHeader({ article, strings }: { article: ArticleView; strings: UiStrings }) {
  const lang = article.language;
  const updated = article.publishedAt !== null && article.updatedAt > article.publishedAt;
  return (
    <header>
      <p class="kicker">
        <a href={paths.section(article.section.slug)} lang={lang === SITE_LANGUAGE ? undefined : SITE_LANGUAGE}>
          {article.section.name}
        </a>
      </p>
      <h1>{article.title}</h1>
      {article.dek ? <p class="dek">{article.dek}</p> : null}
      <p class="meta">
        {article.author ? (
          <>
            {strings.by} <a href={paths.author(article.author.slug)} rel="author">{article.author.name}</a> ·{' '}
          </>
        ) : null}
        {article.publishedAt ? (
          <>
            {strings.published} <Time iso={article.publishedAt} lang={lang} />
          </>
        ) : null}
        {updated ? (
          <>
            {' '}· {strings.updated} <Time iso={article.updatedAt} lang={lang} />
          </>
        ) : null}
      </p>
    </header>
  );
}

/**
 * The lead image: a library image is the page's largest element, so it loads first (never
 * lazy) in the responsive figure of views/picture; others (the seed's illustrations, an
 * admin's external URL) stay a plain <img>.
 */
function HeroImage({ image, origin }: { image: NonNullable<ArticleView['heroImage']>; origin: string }) {
  const media = heroMediaOf(image.url, origin);
  if (media) {
    return <Figure image={heroImage(media, image.alt)} crop={HERO_CROP} sizes={COLUMN_SIZES} priority caption={image.caption} credit={image.credit} className="media hero" />;
  }
  return (
    <figure>
      <img src={image.url} alt={image.alt} width="1200" height="675" />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption} {image.credit ? <span>{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * The article itself, in its own language: header, hero, body, then the blocks readers
 * use to go further (sources, previously reported, topics). Anything shown between the
 * header and the body (a share bar) is one element added after <HeroImage>.
 */
export function ArticlePage({ article }: { article: ArticleView }) {
  const strings = uiStrings(article.language);
  return (
    <article>
      <ArticleHeader article={article} strings={strings} />
      <CorrectionNotice article={article} strings={strings} />
      {article.heroImage ? <HeroImage image={article.heroImage} origin={new URL(article.url).origin} /> : null}
      <ShareBar article={article} />
      <LiveSummary article={article} />
      <div class="body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <LiveEntries article={article} />
      <CorrectionNotes article={article} strings={strings} />
      <SourcesBlock article={article} strings={strings} />
      <PreviouslyReportedBlock article={article} strings={strings} />
      <TopicsBlock article={article} strings={strings} />
    </article>
  );
}
