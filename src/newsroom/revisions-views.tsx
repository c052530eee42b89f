/** @jsxImportSource hono/jsx */
/**
 * The Revisions screens: the history of a story (with "Compare" and "Restore") and the
 * comparison of two revisions. They render what the routes give them and never query.
 * Changes are marked with <ins>/<del> and the words "added"/"removed" for screen readers,
 * so the difference is never told by colour alone.
 */
import type { RevisionEntry } from '../queries/newsroom-revisions';
import type { FieldComparison, Segment } from './revisions-diff';
import { PagedListPager, PostButton } from './form-parts';

const storyPath = (id: number) => `/newsroom/stories/${id}`;

export interface RevisionsPageProps {
  story: { id: number; title: string; revision: number };
  entries: RevisionEntry[];
  formatTime: (at: Date) => string;
  csrfToken: string;
  /** Whether the person may restore (editors, or a contributor on their own draft). */
  canRestore: boolean;
  page: number;
  hasOlder: boolean;
  restored?: number;
}

export function RevisionsPage(props: RevisionsPageProps) {
  const { story } = props;
  const base = `${storyPath(story.id)}/revisions`;
  return (
    <>
      <h1>Revisions: {story.title}</h1>
      <p><a href={storyPath(story.id)}>Back to the story</a></p>
      {props.restored ? <p role="status" class="notice">Restored: the story is now at revision {props.restored}.</p> : null}
      <form method="get" action={`${base}/compare`} id="compare" />
      <table>
        <caption>Every change, newest first. Pick a revision in "From" and one in "To", then Compare.</caption>
        <thead>
          <tr><th scope="col">Revision</th><th scope="col">Change</th><th scope="col">By</th><th scope="col">When</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Restore</th></tr>
        </thead>
        <tbody>
          {props.entries.map((entry, index) => (
            <tr>
              <td>{entry.revision}{entry.revision === story.revision ? ' (current)' : ''}</td>
              <td>{entry.action}</td>
              <td>{entry.by}</td>
              <td>{props.formatTime(entry.createdAt)}</td>
              <td><label class="inline"><input type="radio" name="from" value={entry.revision} form="compare" checked={props.page === 1 && index === 1} /> from {entry.revision}</label></td>
              <td><label class="inline"><input type="radio" name="to" value={entry.revision} form="compare" checked={props.page === 1 && index === 0} /> to {entry.revision}</label></td>
              <td>
                {entry.compacted ? (
                  'Content not kept'
                ) : props.canRestore && entry.revision !== story.revision ? (
                  <PostButton action={`${base}/${entry.revision}/restore`} csrf={props.csrfToken} label={`Restore revision ${entry.revision}`} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p><button type="submit" form="compare" class="primary">Compare</button></p>
      <PagedListPager label="Pages of revisions" base={base} page={props.page} hasNext={props.hasOlder} labels={['Newer', 'Older']} />
    </>
  );
}

function Segments(props: { segments: Segment[] }) {
  return (
    <>
      {props.segments.map((s) =>
        s.kind === 'added' ? (
          <ins><span class="visually-hidden">[added: </span>{s.text}<span class="visually-hidden">]</span></ins>
        ) : s.kind === 'removed' ? (
          <del><span class="visually-hidden">[removed: </span>{s.text}<span class="visually-hidden">]</span></del>
        ) : s.kind === 'skipped' ? (
          <span class="skipped">… {s.text}</span>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

export interface ComparePageProps {
  story: { id: number; title: string };
  from: { revision: number; by: string; when: string };
  to: { revision: number; by: string; when: string };
  fields: FieldComparison[];
}

export function ComparePage(props: ComparePageProps) {
  const changed = props.fields.filter((f) => f.changed).length;
  return (
    <>
      <h1>Compare revisions {props.from.revision} and {props.to.revision}</h1>
      <p>{props.story.title}</p>
      <p>
        From revision {props.from.revision} ({props.from.by}, {props.from.when}) to revision {props.to.revision} ({props.to.by}, {props.to.when}).{' '}
        {changed ? `${changed} field${changed === 1 ? '' : 's'} changed.` : 'Nothing people edit changed.'}
      </p>
      <p class="legend">Removed text is <del>struck through</del>; added text is <ins>underlined</ins>.</p>
      <p><a href={`${storyPath(props.story.id)}/revisions`}>All revisions</a></p>
      {props.fields.map((field) => (
        <section class="diff-field" aria-labelledby={`field-${field.label.replace(/\W+/g, '-')}`}>
          <h2 id={`field-${field.label.replace(/\W+/g, '-')}`}>{field.label}{field.changed ? ' (changed)' : ''}</h2>
          {field.notice ? <p class="notice">{field.notice}</p> : null}
          {field.segments.length ? (
            field.shape === 'prose' ? <pre class="diff"><Segments segments={field.segments} /></pre> : <p class="diff"><ValueSegments segments={field.segments} /></p>
          ) : field.notice ? null : <p class="empty">(empty)</p>}
        </section>
      ))}
    </>
  );
}

/** Short values and list items, separated so each reads on its own. */
function ValueSegments(props: { segments: Segment[] }) {
  return (
    <>
      {props.segments.map((s, i) => (
        <>
          {i > 0 ? ' · ' : ''}
          <Segments segments={[s]} />
        </>
      ))}
    </>
  );
}
