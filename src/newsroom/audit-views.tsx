/** @jsxImportSource hono/jsx */
/** The Audit log screen: filters (a GET form), the entries newest first, and an "Older" link. */
import type { AuditEntry } from '../queries/newsroom-audit';
import { Pager } from './form-parts';

/** Actions the publishing code writes (src/publishing), offered as suggestions; any other value works too. */
export const KNOWN_ACTIONS = [
  'create', 'update', 'publish', 'schedule', 'unpublish', 'delete', 'restore', 'restore-revision',
  'correction-add', 'correction-edit', 'correction-remove', 'live-entry-create', 'live-entry-update', 'live-entry-delete',
  'front.set', 'alert.raise', 'alert.remove',
];

export interface AuditFilterValues {
  person?: number;
  story?: number;
  action?: string;
}

export interface AuditPageProps {
  entries: AuditEntry[];
  people: { id: number; name: string }[];
  filter: AuditFilterValues;
  formatTime: (at: Date) => string;
  /** Href of the next page, or null. */
  olderHref: string | null;
  /** The page stopped after looking at a window of the log (unindexed filters). */
  first: boolean;
}

/** Details as people read them: indented JSON, escaped by JSX like any text. */
const readable = (details: unknown) => (details === null || details === undefined ? '' : JSON.stringify(details, null, 2));

export function AuditPage(props: AuditPageProps) {
  const { filter } = props;
  return (
    <>
      <h1>Audit log</h1>
      <form method="get" action="/newsroom/audit" class="filters">
        <label>
          Person
          <select name="person">
            <option value="">Anyone</option>
            {props.people.map((p) => <option value={p.id} selected={filter.person === p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>
          Story id
          <input type="text" name="story" inputmode="numeric" pattern="[0-9]*" size={8} value={filter.story ?? ''} />
        </label>
        <label>
          Action
          <input type="text" name="action" list="audit-actions" size={16} value={filter.action ?? ''} />
        </label>
        <datalist id="audit-actions">{KNOWN_ACTIONS.map((a) => <option value={a} />)}</datalist>
        <button type="submit">Filter</button>
      </form>
      {props.entries.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <table>
          <caption>{props.first ? 'Newest first' : 'Older entries, newest first'}</caption>
          <thead>
            <tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Story</th><th scope="col">Details</th></tr>
          </thead>
          <tbody>
            {props.entries.map((entry) => (
              <tr>
                <td>{props.formatTime(entry.at)}</td>
                <td>{entry.by}</td>
                <td>{entry.action}</td>
                <td>
                  {entry.articleId === null ? '—' : (
                    <a href={`/newsroom/stories/${entry.articleId}`}>{entry.articleTitle ?? `Story ${entry.articleId} (deleted)`}</a>
                  )}
                </td>
                <td><pre class="details">{readable(entry.details)}</pre></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label="Pages of the audit log" newer={!props.first && { href: pageHref(filter, undefined), label: 'Newest' }} older={props.olderHref ? { href: props.olderHref, label: 'Older' } : null} />
    </>
  );
}

/** The screen's URL for `filter` from cursor `before`. */
export function pageHref(filter: AuditFilterValues, before: number | undefined): string {
  const query = new URLSearchParams();
  if (filter.person !== undefined) query.set('person', String(filter.person));
  if (filter.story !== undefined) query.set('story', String(filter.story));
  if (filter.action !== undefined) query.set('action', filter.action);
  if (before !== undefined) query.set('before', String(before));
  const text = query.toString();
  return text ? `/newsroom/audit?${text}` : '/newsroom/audit';
}
