/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { UiStrings } from '../i18n';
import { NextPageLink, StoryList, type StoryListItem } from './story-list';

export interface ListingPageProps {
  /** "Section", "Topic", "Author": what kind of listing this is. */
  kicker: string;
  heading: string;
  description?: string;
  items: StoryListItem[];
  nextHref: string | null;
  lang: string;
  strings: UiStrings;
  /** Section pages need not repeat the section on every item. */
  showSection?: boolean;
  /** A section front's curated lead and top stories, shown before the list. */
  front?: Child;
}

/** A section, tag or author page: what it is, then its stories newest first. */
export function ListingPage(props: ListingPageProps) {
  return (
    <>
      <header>
        <p class="kicker">{props.kicker}</p>
        <h1>{props.heading}</h1>
        {props.description ? <p class="dek">{props.description}</p> : null}
      </header>
      {props.front}
      {props.items.length > 0 ? (
        <StoryList items={props.items} level={2} lang={props.lang} showSection={props.showSection} />
      ) : (
        <p>{props.strings.noStories}</p>
      )}
      <NextPageLink href={props.nextHref} strings={props.strings} />
    </>
  );
}
