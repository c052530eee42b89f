/** @jsxImportSource hono/jsx */
import { formatDateTime, type UiStrings } from '../i18n';
import type { ArticleView, CorrectionView } from '../model/article-view';
import { useSiteTimeZone } from '../site/time-zone-context';

type Props = { article: ArticleView; strings: UiStrings };

/** Where a story's notes start, and where each one is: /corrections links to these. */
export const NOTES_ANCHOR = 'corrections';
export const noteAnchor = (id: number) => `correction-${id}`;

/** The latest correction or clarification: update notes alone do not call for the top line. */
const latestCorrection = (notes: CorrectionView[]) => notes.filter((note) => note.kind !== 'update').at(-1) ?? null;

/** The short line at the top of a corrected story, linking to its notes at the end. */
export function CorrectionNotice({ article, strings }: Props) {
  const latest = latestCorrection(article.corrections);
  if (!latest) return null;
  const t = strings.corrections;
  return (
    <p class="meta correction-notice">
      <strong>{t.kinds[latest.kind]}:</strong> {latest.kind === 'clarification' ? t.clarified : t.corrected}{' '}
      <a href={`#${NOTES_ANCHOR}`}>{t.readNotes}</a>
    </p>
  );
}

/** Every note on the story, oldest first, each with its kind and date. */
export function CorrectionNotes({ article, strings }: Props) {
  if (article.corrections.length === 0) return null;
  const t = strings.corrections;
  return (
    <section class="block" aria-labelledby={NOTES_ANCHOR}>
      <h2 id={NOTES_ANCHOR}>{t.heading}</h2>
      <ul>
        {article.corrections.map((note) => (
          <li id={noteAnchor(note.id)}>
            <strong>{t.kinds[note.kind]}</strong> (<time datetime={note.publishedAt}>{formatDateTime(note.publishedAt, article.language, useSiteTimeZone())}</time>):{' '}
            <span dangerouslySetInnerHTML={{ __html: note.html }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
