/** @jsxImportSource hono/jsx */
import { formatDateTime, type UiStrings } from '../i18n';
import type { ArticleSummary } from '../model/article-summary';
import { paths } from '../model/urls';
import { NextPageLink, StoryList } from './story-list';
import { HERO_CROP, heroMediaOf } from '../model/media-refs';
import { COLUMN_SIZES, Figure, heroImage } from './picture';
import { useSiteTimeZone } from '../site/time-zone-context';

export interface HomeBlock { slug: string; name: string; items: ArticleSummary[] }

export interface HomePageProps {
  siteName: string;
  lead: ArticleSummary | null;
  /** The editors' top stories, in their order (empty when none is set). */
  top: ArticleSummary[];
  latest: ArticleSummary[];
  blocks: HomeBlock[];
  nextHref: string | null;
  lang: string;
  strings: UiStrings;
}

/** The lead story's image, large: the front's largest element, so loaded first (never lazy). */
function LeadImage({ image, origin }: { image: NonNullable<ArticleSummary['heroImage']>; origin: string }) {
  const media = heroMediaOf(image.url, origin);
  if (media) return <Figure image={heroImage(media, image.alt)} crop={HERO_CROP} sizes={COLUMN_SIZES} priority className="media lead-image" />;
  return (
    <figure>
      <img src={image.url} alt={image.alt} width="1200" height="675" />
    </figure>
  );
}

/** A front's lead story (the home page's, or a section front's when an editor set one). */
export function LeadStory(props: { story: ArticleSummary; lang: string; strings: UiStrings }) {
  const { story } = props;
  return (
    <article class="lead" aria-labelledby="lead-story" lang={story.language !== props.lang ? story.language : undefined}>
      <p class="kicker">
        {props.strings.topStory} · <a href={paths.section(story.section.slug)}>{story.section.name}</a>
      </p>
      {story.heroImage ? <LeadImage image={story.heroImage} origin={new URL(story.url).origin} /> : null}
      <h2 id="lead-story">
        <a href={paths.article(story.slug)}>{story.title}</a>
      </h2>
      {story.dek ? <p class="dek">{story.dek}</p> : null}
      {story.publishedAt ? (
        <p class="meta">
          <time datetime={story.publishedAt}>{formatDateTime(story.publishedAt, props.lang, useSiteTimeZone())}</time>
        </p>
      ) : null}
    </article>
  );
}

/** A front's curated top stories, in the editors' order; nothing when there are none. */
export function TopStories(props: { items: ArticleSummary[]; lang: string; strings: UiStrings; showSection?: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <section class="top-stories" aria-labelledby="top-stories">
      <h2 id="top-stories">{props.strings.topStories}</h2>
      <StoryList items={props.items} level={3} lang={props.lang} showSection={props.showSection} />
    </section>
  );
}

/** The front page: lead story, the editors' top stories, latest stories, then a block per section. */
export function HomePage(props: HomePageProps) {
  const t = props.strings;
  return (
    <>
      <h1 class="sr-only">
        {props.siteName}: {t.frontPage}
      </h1>
      {props.lead ? <LeadStory story={props.lead} lang={props.lang} strings={t} /> : <p>{t.noStories}</p>}
      <TopStories items={props.top} lang={props.lang} strings={t} />
      {props.latest.length > 0 ? (
        <section aria-labelledby="latest">
          <h2 id="latest">{t.latestNews}</h2>
          <StoryList items={props.latest} level={3} lang={props.lang} />
        </section>
      ) : null}
      {props.blocks.map((block) => (
        <section class="block" aria-labelledby={`section-${block.slug}`}>
          <h2 id={`section-${block.slug}`} class="block-title">
            <a href={paths.section(block.slug)}>{block.name}</a>
          </h2>
          <StoryList items={block.items} level={3} lang={props.lang} showSection={false} />
          <p>
            <a href={paths.section(block.slug)}>{t.moreFrom(block.name)} →</a>
          </p>
        </section>
      ))}
      <NextPageLink href={props.nextHref} strings={t} />
    </>
  );
}

/** Later pages of the front page: just more stories, newest first. */
export function MoreStoriesPage(props: { items: ArticleSummary[]; nextHref: string | null; lang: string; strings: UiStrings }) {
  return (
    <>
      <h1>{props.strings.moreStories}</h1>
      {props.items.length > 0 ? <StoryList items={props.items} level={2} lang={props.lang} /> : <p>{props.strings.noStories}</p>}
      <NextPageLink href={props.nextHref} strings={props.strings} />
    </>
  );
}
