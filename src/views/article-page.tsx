/** @jsxImportSource hono/jsx */
import type { ArticleView } from '../model/article-view';
import { paths } from '../model/urls';

const dateFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

function Time(props: { iso: string; lang: string }) {
  return <time datetime={props.iso}>{dateFormat(props.lang).format(new Date(props.iso))} UTC</time>;
}

/** The article itself: headline, byline, hero, body, sources, previously reported, tags. */
export function ArticlePage({ article }: { article: ArticleView }) {
  const { lang } = { lang: article.language };
  return (
    <article>
      <p class="kicker">
        <a href={paths.section(article.section.slug)}>{article.section.name}</a>
      </p>
      <h1>{article.title}</h1>
      {article.dek ? <p class="dek">{article.dek}</p> : null}
      <p class="meta">
        {article.author ? (
          <>
            By <a href={paths.author(article.author.slug)} rel="author">{article.author.name}</a> ·{' '}
          </>
        ) : null}
        {article.publishedAt ? <Time iso={article.publishedAt} lang={lang} /> : null}
        {article.publishedAt && article.updatedAt > article.publishedAt ? (
          <>
            {' '}· Updated <Time iso={article.updatedAt} lang={lang} />
          </>
        ) : null}
      </p>
      {article.heroImage ? (
        <figure>
          <img src={article.heroImage.url} alt={article.heroImage.alt} width="1200" height="675" />
          {article.heroImage.caption || article.heroImage.credit ? (
            <figcaption>
              {article.heroImage.caption} {article.heroImage.credit ? <span>{article.heroImage.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div class="body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.sources.length > 0 ? (
        <section class="block" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <p>This story is based on reporting by:</p>
          <ul>
            {article.sources.map((source) => (
              <li>
                <a href={source.url} rel="noopener">{source.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {article.related.length > 0 ? (
        <section class="block" aria-labelledby="previously">
          <h2 id="previously">Previously reported</h2>
          <ul>
            {article.related.map((rel) => (
              <li>
                <a href={paths.article(rel.slug)}>{rel.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {article.tags.length > 0 ? (
        <section class="block" aria-labelledby="topics">
          <h2 id="topics">Topics</h2>
          <ul class="tags">
            {article.tags.map((tag) => (
              <li>
                <a href={paths.tag(tag.slug)} rel="tag">{tag.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
