/** @jsxImportSource hono/jsx */
import type { UiStrings } from '../i18n';
import { NextPageLink, StoryList, type StoryListItem } from './story-list';

export interface SearchPageProps {
  /** What the reader typed (trimmed); empty shows just the form. */
  query: string;
  maxLength: number;
  /** Null when no search ran (empty query). */
  results: StoryListItem[] | null;
  nextHref: string | null;
  lang: string;
  strings: UiStrings;
}

/** The search form and, for a query, its results with highlighted snippets. */
export function SearchPage(props: SearchPageProps) {
  const t = props.strings;
  return (
    <>
      <h1>{t.searchHeading}</h1>
      <form class="search" action="/search" method="get" role="search">
        <label for="q" class="sr-only">
          {t.searchLabel}
        </label>
        <input id="q" type="search" name="q" value={props.query} maxlength={props.maxLength} placeholder={t.searchLabel} />
        <button type="submit">{t.searchButton}</button>
      </form>
      {props.results === null ? (
        <p>{t.searchHint}</p>
      ) : (
        <section aria-labelledby="results">
          <h2 id="results">{t.resultsFor(props.query)}</h2>
          {props.results.length > 0 ? <StoryList items={props.results} level={3} lang={props.lang} /> : <p>{t.noResults(props.query)}</p>}
          <NextPageLink href={props.nextHref} strings={t} />
        </section>
      )}
    </>
  );
}
