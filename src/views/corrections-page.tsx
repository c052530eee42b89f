/** @jsxImportSource hono/jsx */
import { formatDateTime, SITE_LANGUAGE, type UiStrings } from '../i18n';
import { paths } from '../model/urls';
import type { ListedNote } from '../queries/corrections';
import { noteAnchor } from './corrections-notes';
import { NextPageLink } from './story-list';
import { useSiteTimeZone } from '../site/time-zone-context';

export interface CorrectionsPageProps {
  notes: ListedNote[];
  nextHref: string | null;
  feedHref: string;
  strings: UiStrings;
}

/** /corrections: every correction and clarification, newest first, each linked to its story's note. */
export function CorrectionsPage({ notes, nextHref, feedHref, strings }: CorrectionsPageProps) {
  const t = strings.corrections;
  return (
    <>
      <header>
        <h1>{t.pageTitle}</h1>
        <p class="dek">{t.pageIntro}</p>
        <p>
          <a href={feedHref} type="application/atom+xml">{t.feed}</a>
        </p>
      </header>
      {notes.length > 0 ? (
        <ul class="list">
          {notes.map((note) => (
            <li>
              <p class="kicker">
                {t.kinds[note.kind]} · <time datetime={note.publishedAt.toISOString()}>{formatDateTime(note.publishedAt.toISOString(), SITE_LANGUAGE, useSiteTimeZone())}</time>
              </p>
              <p lang={note.articleLanguage !== SITE_LANGUAGE ? note.articleLanguage : undefined} dangerouslySetInnerHTML={{ __html: note.textHtml }} />
              <p class="summary">
                {t.onStory}:{' '}
                <a href={`${paths.article(note.articleSlug)}#${noteAnchor(note.id)}`} lang={note.articleLanguage !== SITE_LANGUAGE ? note.articleLanguage : undefined}>
                  {note.articleTitle}
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
      <NextPageLink href={nextHref} strings={strings} />
    </>
  );
}
