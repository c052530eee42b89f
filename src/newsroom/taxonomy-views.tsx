/** @jsxImportSource hono/jsx */
/**
 * The sections, tags and authors screens: a paged list with a "New" form, and an edit page
 * with "Delete". Field errors sit under their field and are tied to it (aria-describedby),
 * so a screen reader reads them with the field.
 */
import type { TaxonomyField, TaxonomyKind, TaxonomyRow } from './taxonomy-kinds';
import { CsrfField, PagedListPager } from './form-parts';

export type FieldErrors = Record<string, string[]>;

/** A labelled input, its hint and its errors; shared by the people and tokens screens. */
export function FormField(props: { id: string; name: string; label: string; kind?: TaxonomyField['kind'] | 'email'; value?: string; errors?: FieldErrors; hint?: string; required?: boolean }) {
  const errors = props.errors?.[props.name] ?? [];
  const describedBy = [props.hint ? `${props.id}-hint` : '', errors.length ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id: props.id, name: props.name, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? 'true' : undefined, required: props.required };
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      {props.kind === 'textarea' ? (
        <textarea {...common} rows={3}>{props.value ?? ''}</textarea>
      ) : (
        <input {...common} type={props.kind === 'number' ? 'text' : props.kind === 'email' ? 'email' : props.kind === 'url' ? 'url' : 'text'} inputmode={props.kind === 'number' ? 'numeric' : undefined} value={props.value ?? ''} />
      )}
      {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
      {errors.length ? <span class="error" id={`${props.id}-error`}>{errors.join('; ')}</span> : null}
    </p>
  );
}

/** What happened, or why not: a status for success, an alert for a refusal. */
export const Notice = (props: { message?: string; error?: boolean }) =>
  props.message ? <p class={props.error ? 'notice error' : 'notice'} role={props.error ? 'alert' : 'status'}>{props.message}</p> : null;

const display = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function ItemFields(props: { kind: TaxonomyKind; prefix: string; values: Record<string, unknown>; errors?: FieldErrors }) {
  return (
    <>
      {props.kind.fields.map((field) => (
        <FormField id={`${props.prefix}-${field.name}`} name={field.name} label={field.label} kind={field.kind} hint={field.hint} value={display(props.values[field.name])} errors={props.errors} required={field.name === 'name'} />
      ))}
    </>
  );
}

export function TaxonomyListPage(props: {
  kind: TaxonomyKind; rows: TaxonomyRow[]; page: number; hasNext: boolean; canCreate: boolean; csrf: string;
  values?: Record<string, unknown>; errors?: FieldErrors; message?: string; error?: boolean;
}) {
  const { kind } = props;
  const base = `/newsroom/${kind.path}`;
  return (
    <section>
      <h1>{kind.plural}</h1>
      <Notice message={props.message} error={props.error} />
      {props.rows.length === 0 ? (
        <p>{props.page > 1 ? 'No more on this page.' : `No ${kind.singular}s yet.`}</p>
      ) : (
        <table>
          <thead><tr><th>Name</th><th>Slug</th>{kind.fields.slice(2).map((f) => <th>{f.label}</th>)}</tr></thead>
          <tbody>
            {props.rows.map((row) => (
              <tr data-slug={row.slug}>
                <td><a href={`${base}/${row.slug}`}>{row.name}</a></td>
                <td>{row.slug}</td>
                {kind.fields.slice(2).map((f) => <td>{display(row[f.name])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PagedListPager label="Pages" base={base} page={props.page} hasNext={props.hasNext} labels={['Previous', 'Next']} rel />
      {props.canCreate ? (
        <form method="post" action={base} class="stacked">
          <h2>New {kind.singular}</h2>
          <CsrfField token={props.csrf} />
          <ItemFields kind={kind} prefix="new" values={props.values ?? {}} errors={props.errors} />
          <button type="submit" class="primary">Create {kind.singular}</button>
        </form>
      ) : (
        <p>Your role may list {kind.singular}s; creating one needs the {kind.roles.create} role.</p>
      )}
    </section>
  );
}

export function TaxonomyEditPage(props: {
  kind: TaxonomyKind; row: TaxonomyRow; canUpdate: boolean; canDelete: boolean; csrf: string;
  values?: Record<string, unknown>; errors?: FieldErrors; message?: string; error?: boolean;
}) {
  const { kind, row } = props;
  const action = `/newsroom/${kind.path}/${row.slug}`;
  return (
    <section>
      <h1>{row.name}</h1>
      <p><a href={`/newsroom/${kind.path}`}>All {kind.plural.toLowerCase()}</a></p>
      <Notice message={props.message} error={props.error} />
      {props.canUpdate ? (
        <form method="post" action={action} class="stacked">
          <h2>Edit {kind.singular}</h2>
          <CsrfField token={props.csrf} />
          <ItemFields kind={kind} prefix="edit" values={props.values ?? row} errors={props.errors} />
          <button type="submit" class="primary">Save</button>
        </form>
      ) : (
        <dl>{kind.fields.map((f) => <><dt>{f.label}</dt><dd>{display(row[f.name])}</dd></>)}</dl>
      )}
      {props.canDelete ? (
        <form method="post" action={`${action}/delete`}>
          <h2>Delete</h2>
          <p>Only a {kind.singular} no story{kind.path === 'authors' ? ' or token' : ''} uses can be deleted.</p>
          <CsrfField token={props.csrf} />
          <button type="submit" class="danger">Delete {kind.singular} “{row.name}”</button>
        </form>
      ) : null}
    </section>
  );
}
