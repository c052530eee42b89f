/** @jsxImportSource hono/jsx */
/**
 * The story editor page (contract: docs/newsroom.md "Writing and publishing"). One form that
 * works without JavaScript: every button posts it with action=<name>. The scripts read the
 * data-* URLs and fill #presence, #editor-status and #preview-pane.
 */
import type { Child } from 'hono/jsx';
import { STORY_ACTION_LABELS, type StoryAction } from './story-actions';
import { type FieldErrors, type StoryField, type StoryFormValues } from './story-form';
import { formatSiteTime } from './story-list-page';
import { autosavesStory } from './story-script-endpoints';
import { CsrfField } from './form-parts';

export interface StoryEditorProps {
  csrfToken: string;
  story: { id: number; revision: number; status: string; trashed: boolean; publicUrl: string | null; scheduledAt: number | null } | null;
  values: StoryFormValues;
  scheduleAt: string;
  errors: FieldErrors;
  actions: StoryAction[];
  sections: { slug: string; name: string }[];
  bylines: { value: string; label: string }[];
  languages: { tag: string; name: string }[];
  timeZone: string;
  present: { name: string; since: Date }[];
  /** A stale save: what someone else changed; the person's text stays in the fields. */
  conflict?: { revision: number; savedBy: string | null; savedAt: Date; changed: string[] } | null;
  notice?: string | null;
}

const FIELD_LABELS: Record<StoryField, string> = {
  title: 'Headline', dek: 'Standfirst', body: 'Body', section: 'Section', tags: 'Tags', author: 'Byline', language: 'Language', sources: 'Sources', related: 'Previously reported',
};

/** A labelled field with its hint and errors tied to it by aria-describedby. */
function Field(props: { name: StoryField | 'scheduleAt'; label: string; errors: FieldErrors; hint?: string; children: (describedBy: string | undefined, invalid: boolean) => Child }) {
  const errors = props.errors[props.name] ?? [];
  const ids = [props.hint ? `${props.name}-hint` : null, errors.length ? `${props.name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${errors.length ? ' has-error' : ''}`}>
      <label for={`story-${props.name}`}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${props.name}-hint`}>{props.hint}</p> : null}
      {props.children(ids, errors.length > 0)}
      {errors.length ? <p class="field-error" id={`${props.name}-error`}>{errors.join('; ')}</p> : null}
    </div>
  );
}

const optionsWith = (list: { value: string; label: string }[], current: string) =>
  list.some((o) => o.value === current) || !current ? list : [...list, { value: current, label: current }];

export function StoryEditorPage(props: StoryEditorProps) {
  const { story, values, errors } = props;
  const id = story?.id;
  const base = id ? `/newsroom/stories/${id}` : null;
  const autosave = story !== null && props.actions.includes('save') && autosavesStory(story);
  const input = (name: StoryField, attrs: Record<string, unknown> = {}) => (describedBy: string | undefined, invalid: boolean) => (
    <input id={`story-${name}`} name={name} value={values[name]} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} {...attrs} />
  );
  const textarea = (name: StoryField, rows: number, attrs: Record<string, unknown> = {}) => (describedBy: string | undefined, invalid: boolean) => (
    <textarea id={`story-${name}`} name={name} rows={rows} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} {...attrs}>{values[name]}</textarea>
  );
  const select = (name: StoryField, options: { value: string; label: string }[]) => (describedBy: string | undefined, invalid: boolean) => (
    <select id={`story-${name}`} name={name} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
      {optionsWith(options, values[name]).map((o) => <option value={o.value} selected={o.value === values[name]}>{o.label}</option>)}
    </select>
  );
  return (
    <section class="story-editor">
      <h1>{story ? 'Edit story' : 'New story'}</h1>
      {story ? (
        <p class="story-meta">
          Status: <strong class="status">{story.trashed ? `${story.status}, in trash` : story.status}</strong>
          {story.scheduledAt ? <> for {formatSiteTime(new Date(story.scheduledAt), props.timeZone)} ({props.timeZone})</> : null}
          {' · '}<a href={`${base}/revisions`}>Revisions</a>
          {' · '}<a href={`${base}/preview-links`}>Preview links</a>
          {' · '}<a href={`${base}/corrections`}>Corrections</a>
          {' · '}<a href={`${base}/live`}>Live entries</a>
          {story.publicUrl ? <>{' · '}<a href={story.publicUrl}>Public article</a></> : null}
        </p>
      ) : null}
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      {props.conflict ? (
        <div class="conflict" role="alert">
          <h2>Someone else saved this story while you were editing</h2>
          <p>
            Revision {props.conflict.revision} was saved {props.conflict.savedBy ? `by ${props.conflict.savedBy} ` : ''}at {formatSiteTime(props.conflict.savedAt, props.timeZone)}
            {props.conflict.changed.length ? `; it changed: ${props.conflict.changed.map((f) => FIELD_LABELS[f as StoryField] ?? f).join(', ')}` : ''}.
            Nothing of yours was saved: your text is still in the fields below. Copy what you need, then <a href={base ?? '/newsroom'}>reload the story</a> and reapply it, or save again to replace their version with yours.
          </p>
        </div>
      ) : null}
      {errors.form ? <p class="field-error" role="alert">{errors.form.join('; ')}</p> : null}
      <form
        id="story-form" method="post" action={base ?? '/newsroom/stories'}
        data-story-id={id ? String(id) : undefined} data-revision={story ? String(story.revision) : undefined}
        data-autosave-url={base && autosave ? `${base}/autosave` : undefined} data-presence-url={base ? `${base}/presence` : undefined}
        data-preview-url={base ? `${base}/preview` : undefined}
        data-tags-url="/newsroom/tags.json" data-stories-url="/newsroom/stories/search.json"
      >
        <CsrfField token={props.csrfToken} />
        {story ? <input type="hidden" name="revision" value={String(story.revision)} /> : null}
        {base ? <div id="presence" aria-live="polite">{props.present.length ? <p>Also open by {props.present.map((p) => `${p.name} (since ${formatSiteTime(p.since, props.timeZone)})`).join(', ')}</p> : null}</div> : null}
        <Field name="title" label="Headline" errors={errors}>{input('title', { required: true, maxlength: 300 })}</Field>
        <Field name="dek" label="Standfirst" errors={errors}>{textarea('dek', 3, { maxlength: 1000 })}</Field>
        <Field name="body" label="Body" errors={errors} hint="Markdown: ## heading, **bold**, *italic*, [link](https://…), - list, | table |.">{textarea('body', 18)}</Field>
        <div class="field-row">
          <Field name="section" label="Section" errors={errors}>{select('section', props.sections.map((s) => ({ value: s.slug, label: s.name })))}</Field>
          <Field name="author" label="Byline" errors={errors}>{select('author', props.bylines)}</Field>
          <Field name="language" label="Language" errors={errors}>{select('language', props.languages.map((l) => ({ value: l.tag, label: l.name })))}</Field>
        </div>
        <Field name="tags" label="Tags" errors={errors} hint="Tag names or slugs, separated by commas.">{input('tags', { autocomplete: 'off' })}</Field>
        <Field name="sources" label="Sources" errors={errors} hint="One URL per line, optionally after the outlet's name: Financial Times https://www.ft.com/…">{textarea('sources', 3)}</Field>
        <Field name="related" label="Previously reported" errors={errors} hint="One story slug or id per line.">{textarea('related', 3)}</Field>
        {props.actions.includes('schedule') ? (
          <Field name="scheduleAt" label="Publish at" errors={errors} hint={`Time in ${props.timeZone}.`}>
            {(describedBy, invalid) => <input id="story-scheduleAt" type="datetime-local" name="scheduleAt" value={props.scheduleAt} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} />}
          </Field>
        ) : null}
        {story && props.actions.includes('save') && !autosave ? (
          <p class="hint" id="save-note">
            {story.status === 'published'
              ? 'This story is published: your changes go live when you press Save. They are not saved automatically.'
              : `This story is ${story.status}: your changes are saved only when you press Save, not automatically.`}
          </p>
        ) : null}
        <div class="actions">
          {props.actions.map((action) => (
            <button type="submit" name="action" value={action} aria-describedby={action === 'save' && story && !autosave ? 'save-note' : undefined} class={action === 'save' ? 'primary' : action === 'trash' ? 'danger' : undefined}>{STORY_ACTION_LABELS[action]}</button>
          ))}
        </div>
        <div id="editor-status" role="status" aria-live="polite"></div>
        {base ? <div id="preview-pane" data-preview-frame-url={`${base}/preview`}></div> : null}
      </form>
    </section>
  );
}
