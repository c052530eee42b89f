/** @jsxImportSource hono/jsx */
/**
 * The Corrections screen of a story: its notes oldest first (as readers see them), each with
 * a form to fix it (editors) and "Remove" (admins), and the form to add one. Every form works
 * without JavaScript; a refused form comes back with its values and the reason.
 */
import type { Correction } from '../db/schema';
import { CORRECTION_KINDS } from '../db/schema-corrections';
import { MAX_NOTE_CHARS } from '../schemas/corrections';
import type { PageState } from './people-views';
import { FormField, Notice } from './taxonomy-views';
import { CsrfField, PostButton } from './form-parts';

type NoteState = PageState & { noteId?: number };

function KindSelect(props: { id: string; value: string; errors?: Record<string, string[]> }) {
  const errors = props.errors?.kind ?? [];
  return (
    <p class="field">
      <label for={props.id}>Kind</label>
      <select id={props.id} name="kind" aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? `${props.id}-error` : undefined}>
        {CORRECTION_KINDS.map((kind) => <option value={kind} selected={kind === props.value}>{kind}</option>)}
      </select>
      {errors.length ? <span class="error" id={`${props.id}-error`}>{errors.join('; ')}</span> : null}
    </p>
  );
}

const HINT = `one paragraph of plain text or inline Markdown (emphasis, bold, code, links), at most ${MAX_NOTE_CHARS} characters`;

export function CorrectionsPage(props: {
  story: { id: number; title: string; isPublic: boolean };
  notes: Correction[];
  formatTime: (at: Date) => string;
  csrf: string;
  canWrite: boolean;
  canRemove: boolean;
  state?: NoteState;
  message?: string;
}) {
  const state = props.state ?? {};
  const base = `/newsroom/stories/${props.story.id}/corrections`;
  // A refused form keeps what was typed; the others show the stored note.
  const valuesFor = (noteId: number | undefined, fallback: { kind: string; text: string }) =>
    state.values && state.noteId === noteId ? { kind: String(state.values.kind ?? fallback.kind), text: String(state.values.text ?? fallback.text) } : fallback;
  const errorsFor = (noteId: number | undefined) => (state.noteId === noteId ? state.errors : undefined);
  const added = valuesFor(undefined, { kind: 'correction', text: '' });
  return (
    <section class="corrections">
      <p><a href={`/newsroom/stories/${props.story.id}`}>← Back to the story</a></p>
      <h1>Corrections: {props.story.title}</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      {props.story.isPublic ? null : <p class="notice">This story is not public: notes go on published stories only.</p>}
      <h2>Notes readers see</h2>
      {props.notes.length === 0 ? <p>No notes on this story.</p> : null}
      <ol class="note-list">
        {props.notes.map((note) => {
          const values = valuesFor(note.id, { kind: note.kind, text: note.textSource });
          return (
            <li data-note-id={String(note.id)}>
              <p><strong>{note.kind}</strong>, <time datetime={note.publishedAt.toISOString()}>{props.formatTime(note.publishedAt)}</time></p>
              <p class="note-text" dangerouslySetInnerHTML={{ __html: note.textHtml }}></p>
              {props.canWrite ? (
                <details open={errorsFor(note.id) ? true : undefined}>
                  <summary>Edit note {String(note.id)}</summary>
                  <form method="post" action={`${base}/${note.id}`} class="stacked">
                    <CsrfField token={props.csrf} />
                    <KindSelect id={`note-${note.id}-kind`} value={values.kind} errors={errorsFor(note.id)} />
                    <FormField id={`note-${note.id}-text`} name="text" label="Text" kind="textarea" value={values.text} errors={errorsFor(note.id)} hint={HINT} required />
                    <button type="submit">Save note {String(note.id)}</button>
                  </form>
                </details>
              ) : null}
              {props.canRemove ? (
                <PostButton action={`${base}/${note.id}/remove`} csrf={props.csrf} label={`Remove note ${note.id}`} formClass="inline" buttonClass="danger" />
              ) : null}
            </li>
          );
        })}
      </ol>
      {props.canWrite ? (
        <form method="post" action={base} class="stacked">
          <h2>Add a note</h2>
          <CsrfField token={props.csrf} />
          <KindSelect id="note-new-kind" value={added.kind} errors={errorsFor(undefined)} />
          <FormField id="note-new-text" name="text" label="Text" kind="textarea" value={added.text} errors={errorsFor(undefined)} hint={HINT} required />
          <button type="submit" class="primary">Add note</button>
        </form>
      ) : (
        <p>Editors add and fix notes; admins remove them.</p>
      )}
    </section>
  );
}
