/** @jsxImportSource hono/jsx */
import type { UiStrings } from '../i18n';
import type { ArticleView } from '../model/article-view';
import { paths } from '../model/urls';

type Props = { article: ArticleView; strings: UiStrings };

/** "Based on reporting by": the outlets a story credits. */
export function SourcesBlock({ article, strings }: Props) {
  if (article.sources.length === 0) return null;
  return (
    <section class="block" aria-labelledby="sources">
      <h2 id="sources">{strings.sources}</h2>
      <p>{strings.sourcesIntro}</p>
      <ul>
        {article.sources.map((source) => (
          <li>
            <a href={source.url} rel="noopener">{source.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Earlier stories this one follows up, in the editor's order. */
export function PreviouslyReportedBlock({ article, strings }: Props) {
  if (article.related.length === 0) return null;
  return (
    <section class="block" aria-labelledby="previously">
      <h2 id="previously">{strings.previouslyReported}</h2>
      <ul>
        {article.related.map((rel) => (
          <li>
            <a href={paths.article(rel.slug)}>{rel.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The article's tags, each linking to its topic page. */
export function TopicsBlock({ article, strings }: Props) {
  if (article.tags.length === 0) return null;
  return (
    <section class="block" aria-labelledby="topics">
      <h2 id="topics">{strings.topics}</h2>
      <ul class="tags">
        {article.tags.map((tag) => (
          <li>
            <a href={paths.tag(tag.slug)} rel="tag">{tag.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
