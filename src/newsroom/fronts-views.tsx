/** @jsxImportSource hono/jsx */
/**
 * The Fronts screens: the list of fronts (home and each section), and a front's slots as a
 * form: the lead and up to MAX_TOP_STORIES top stories, each a story number and an optional
 * expiry in the site's time zone. The form carries the ETag it was drawn from (If-Match).
 */
import { toZonedInputValue } from '../model/site-time';
import { MAX_TOP_STORIES, type EditorFront } from '../schemas/fronts';
import type { PageState } from './people-views';
import { Notice } from './taxonomy-views';
import { CsrfField, Pager } from './form-parts';

export function FrontListPage(props: { fronts: { slug: string; name: string }[]; page: number; hasNext: boolean }) {
  return (
    <section>
      <h1>Fronts</h1>
      <p>The stories at the top of the home page and of each section page, above the newest.</p>
      {props.fronts.length === 0 ? <p>No more fronts.</p> : null}
      <ul>
        {props.fronts.map((front) => <li><a href={`/newsroom/fronts/${front.slug}`}>{front.name}</a></li>)}
      </ul>
      <Pager label="Pages of fronts" newer={props.page > 1 && { href: `/newsroom/fronts?page=${props.page - 1}`, label: 'Previous' }} older={props.hasNext && { href: `/newsroom/fronts?page=${props.page + 1}`, label: 'Next' }} />
    </section>
  );
}

type Slot = EditorFront['lead'];

function SlotFields(props: { field: string; label: string; slot: Slot; timeZone: string; state: PageState }) {
  const typed = props.state.values;
  const id = typed ? String(typed[props.field] ?? '') : props.slot ? String(props.slot.id) : '';
  const until = typed ? String(typed[`${props.field}.until`] ?? '') : props.slot?.until ? toZonedInputValue(Date.parse(props.slot.until), props.timeZone) : '';
  const htmlId = props.field.replace(/\W+/g, '-').replace(/-$/, '');
  const errors = (name: string) => props.state.errors?.[name] ?? [];
  const invalid = (name: string) => (errors(name).length ? 'true' : undefined);
  return (
    <fieldset class="front-slot">
      <legend>{props.label}</legend>
      {props.slot && !typed ? (
        <p>Now: <a href={`/newsroom/stories/${props.slot.id}`}>{props.slot.title}</a>{props.slot.status === 'scheduled' ? ' (scheduled)' : null}</p>
      ) : null}
      <p class="field">
        <label for={`${htmlId}-id`}>Story number</label>
        <input id={`${htmlId}-id`} name={props.field} inputmode="numeric" value={id} size={8} aria-invalid={invalid(props.field)} aria-describedby={errors(props.field).length ? `${htmlId}-id-error` : undefined} />
        {errors(props.field).length ? <span class="error" id={`${htmlId}-id-error`}>{errors(props.field).join('; ')}</span> : null}
      </p>
      <p class="field">
        <label for={`${htmlId}-until`}>Until</label>
        <input id={`${htmlId}-until`} name={`${props.field}.until`} type="datetime-local" value={until} aria-invalid={invalid(`${props.field}.until`)} aria-describedby={errors(`${props.field}.until`).length ? `${htmlId}-until-error` : undefined} />
        {errors(`${props.field}.until`).length ? <span class="error" id={`${htmlId}-until-error`}>{errors(`${props.field}.until`).join('; ')}</span> : null}
      </p>
    </fieldset>
  );
}

export function FrontEditPage(props: { front: EditorFront; timeZone: string; csrf: string; state?: PageState; message?: string }) {
  const state = props.state ?? {};
  const { front } = props;
  const rows = Array.from({ length: MAX_TOP_STORIES }, (_, i) => i);
  return (
    <section class="front-editor">
      <p><a href="/newsroom/fronts">← All fronts</a></p>
      <h1>Front: {front.front === 'home' ? 'home page' : front.front}</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      <p>
        Type each slot's story number; leave a row empty to let the newest stories fill it. “Until” (optional, in {props.timeZone}) hands
        the slot back to the automatic order. Version {String(front.revision)}.
      </p>
      <form method="post" action={`/newsroom/fronts/${front.front}`}>
        <CsrfField token={props.csrf} />
        <input type="hidden" name="etag" value={front.etag} />
        <SlotFields field="lead" label="Lead" slot={front.lead} timeZone={props.timeZone} state={state} />
        {rows.map((i) => <SlotFields field={`top[${i}]`} label={`Top story ${i + 1}`} slot={front.top[i] ?? null} timeZone={props.timeZone} state={state} />)}
        <button type="submit" class="primary">Save front</button>
      </form>
    </section>
  );
}
