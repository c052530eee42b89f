/** @jsxImportSource hono/jsx */
import { formatDateTime, type UiStrings } from '../i18n';
import type { ArticleSummary } from '../model/article-summary';
import { paths } from '../model/urls';
import { heroMediaOf } from '../model/media-refs';
import { heroImage, Picture } from './picture';
import { useSiteTimeZone } from '../site/time-zone-context';

/** A list item; search results add a highlighted title and snippet (escaped HTML with <mark> hits). */
export type StoryListItem = ArticleSummary & { snippetHtml?: string; titleHtml?: string };

export interface StoryListProps {
  items: StoryListItem[];
  /** Heading level of each story, so headings stay in order under the page's own. */
  level: 2 | 3;
  /** Language of the page: items in another language say so with `lang`. */
  lang: string;
  showSection?: boolean;
}

function Headline(props: { level: 2 | 3; item: StoryListItem }) {
  const { item } = props;
  const link =
    item.titleHtml !== undefined ? (
      <a href={paths.article(item.slug)} dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
    ) : (
      <a href={paths.article(item.slug)}>{item.title}</a>
    );
  return props.level === 2 ? <h2>{link}</h2> : <h3>{link}</h3>;
}

/** A small 4:3 thumbnail of a story's library lead image (lazy, 320 px at most); nothing for other images. */
function Thumbnail({ item }: { item: StoryListItem }) {
  const media = item.heroImage ? heroMediaOf(item.heroImage.url, new URL(item.url).origin) : null;
  if (!media || !item.heroImage) return null;
  return (
    <div class="thumb">
      <Picture image={heroImage(media, item.heroImage.alt)} crop="4x3" sizes="6rem" maxWidth={320} />
    </div>
  );
}

/** Newest-first stories: thumbnail, section, headline, dek (or search snippet), publication time. */
export function StoryList(props: StoryListProps) {
  return (
    <ul class="list">
      {props.items.map((item) => (
        <li lang={item.language !== props.lang ? item.language : undefined}>
          <Thumbnail item={item} />
          {props.showSection === false ? null : <p class="kicker">{item.section.name}</p>}
          <Headline level={props.level} item={item} />
          {item.snippetHtml !== undefined ? (
            <p class="snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} />
          ) : item.dek ? (
            <p class="summary">{item.dek}</p>
          ) : null}
          {item.publishedAt ? <time datetime={item.publishedAt}>{formatDateTime(item.publishedAt, props.lang, useSiteTimeZone())}</time> : null}
        </li>
      ))}
    </ul>
  );
}

/** Link to the next keyset page, if there is one. */
export function NextPageLink(props: { href: string | null; strings: UiStrings }) {
  if (!props.href) return null;
  return (
    <nav class="pager" aria-label={props.strings.pagination}>
      <a href={props.href} rel="next">
        {props.strings.olderStories} →
      </a>
    </nav>
  );
}

/** `path?cursor=token`, keeping other query parameters (a search query) first. */
export function nextPageHref(path: string, token: string | null, params: Record<string, string> = {}): string | null {
  if (!token) return null;
  return `${path}?${new URLSearchParams({ ...params, cursor: token })}`;
}
