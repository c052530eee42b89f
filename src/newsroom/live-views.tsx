/** @jsxImportSource hono/jsx */
/**
 * The Live entries screen of a story: the form to post an entry on top, then the entries
 * (pinned first, then newest) with Pin/Unpin and key-event toggles, an edit form and Delete.
 * Everything is a plain form: it works without JavaScript.
 */
import type { LiveEntry } from '../db/schema';
import { MAX_ENTRY_CHARS } from '../schemas/live';
import type { PageState } from './people-views';
import { FormField, Notice } from './taxonomy-views';
import { CsrfField, Pager, PostButton } from './form-parts';

export type LiveState = PageState & { entryId?: number };

const HINT = `paragraphs, **bold**, *italic*, \`code\` and [links](https://…); at most ${MAX_ENTRY_CHARS} characters`;

function Flags(props: { prefix: string; pinned: boolean; keyEvent: boolean }) {
  return (
    <p class="field checkboxes">
      <input type="hidden" name="flags" value="1" />
      <input type="checkbox" id={`${props.prefix}-pinned`} name="pinned" value="true" checked={props.pinned} />
      <label for={`${props.prefix}-pinned`}>Pinned</label>
      <input type="checkbox" id={`${props.prefix}-key`} name="keyEvent" value="true" checked={props.keyEvent} />
      <label for={`${props.prefix}-key`}>Key event</label>
    </p>
  );
}

export function LivePage(props: {
  story: { id: number; title: string; live: boolean; trashed: boolean };
  entries: LiveEntry[];
  page: number;
  hasMore: boolean;
  formatTime: (at: Date) => string;
  csrf: string;
  canEdit: boolean;
  state?: LiveState;
  message?: string;
}) {
  const state = props.state ?? {};
  const base = `/newsroom/stories/${props.story.id}/live`;
  const mine = (entryId: number | undefined) => (state.entryId === entryId ? state : undefined);
  const typed = (entryId: number | undefined, name: string, fallback: string) => String(mine(entryId)?.values?.[name] ?? fallback);
  return (
    <section class="live-entries">
      <p><a href={`/newsroom/stories/${props.story.id}`}>← Back to the story</a></p>
      <h1>Live entries: {props.story.title}</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      {props.story.live ? null : <p class="notice">Live coverage is not open on this story, so new entries are refused: open it first (the editor API's "live": true; the story form has no switch for it yet).</p>}
      {props.canEdit ? (
        <form method="post" action={base} class="stacked">
          <h2>Post an entry</h2>
          <CsrfField token={props.csrf} />
          <FormField id="entry-new-body" name="body" label="Entry" kind="textarea" value={typed(undefined, 'body', '')} errors={mine(undefined)?.errors} hint={HINT} required />
          <Flags prefix="entry-new" pinned={mine(undefined)?.values?.pinned === 'true'} keyEvent={mine(undefined)?.values?.keyEvent === 'true'} />
          <button type="submit" class="primary">Post entry</button>
        </form>
      ) : (
        <p>You can read these entries; editors post them (contributors on their own drafts).</p>
      )}
      <h2>Entries, pinned first, then newest</h2>
      {props.entries.length === 0 ? <p>{props.page > 1 ? 'No more entries.' : 'No entries yet.'}</p> : null}
      <ol class="entry-list">
        {props.entries.map((entry) => (
          <li data-entry-id={String(entry.id)}>
            <p>
              <time datetime={entry.createdAt.toISOString()}>{props.formatTime(entry.createdAt)}</time>
              {entry.pinned ? <strong> · Pinned</strong> : null}
              {entry.keyEvent ? <strong> · Key event</strong> : null}
            </p>
            <div class="entry-body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }}></div>
            {props.canEdit ? (
              <>
                <PostButton action={`${base}/${entry.id}`} csrf={props.csrf} fields={{ pinned: String(!entry.pinned) }} label={`${entry.pinned ? 'Unpin' : 'Pin'} entry ${entry.id}`} formClass="inline" />
                <PostButton action={`${base}/${entry.id}`} csrf={props.csrf} fields={{ keyEvent: String(!entry.keyEvent) }} label={`${entry.keyEvent ? 'Not a key event' : 'Key event'}: entry ${entry.id}`} formClass="inline" />
                <details open={mine(entry.id) ? true : undefined}>
                  <summary>Edit entry {String(entry.id)}</summary>
                  <form method="post" action={`${base}/${entry.id}`} class="stacked">
                    <CsrfField token={props.csrf} />
                    <FormField id={`entry-${entry.id}-body`} name="body" label="Entry" kind="textarea" value={typed(entry.id, 'body', entry.bodySource)} errors={mine(entry.id)?.errors} hint={HINT} required />
                    <Flags prefix={`entry-${entry.id}`} pinned={entry.pinned} keyEvent={entry.keyEvent} />
                    <button type="submit">Save entry {String(entry.id)}</button>
                  </form>
                </details>
                <PostButton action={`${base}/${entry.id}/delete`} csrf={props.csrf} label={`Delete entry ${entry.id}`} formClass="inline" buttonClass="danger" />
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <Pager label="Pages of entries" newer={props.page > 1 && { href: `${base}?page=${props.page - 1}`, label: 'Newer' }} older={props.hasMore && { href: `${base}?page=${props.page + 1}`, label: 'Older' }} />
    </section>
  );
}
