/** @jsxImportSource hono/jsx */
/** The People screens (admins): the paged list with the invitation form, and one person's page. */
import { PERSON_ROLES, type PersonRole } from '../db/schema';
import { formatDateTime } from '../i18n';
import type { SiteSettings } from '../site/settings';
import type { PersonDetail, PersonListing } from './people-actions';
import { FormField, Notice, type FieldErrors } from './taxonomy-views';
import { CsrfField, PagedListPager, PostButton } from './form-parts';

export interface PageState {
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  message?: string;
  error?: boolean;
}

const when = (date: Date | null, settings: SiteSettings) =>
  date ? <time datetime={date.toISOString()}>{formatDateTime(date.toISOString(), settings.language, settings.timeZone)}</time> : 'never';

function RoleSelect(props: { id: string; value?: unknown; errors?: FieldErrors }) {
  const errors = props.errors?.role ?? [];
  return (
    <p class="field">
      <label for={props.id}>Role</label>
      <select id={props.id} name="role" aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? `${props.id}-error` : undefined}>
        {PERSON_ROLES.map((role) => <option value={role} selected={role === props.value}>{role}</option>)}
      </select>
      {errors.length ? <span class="error" id={`${props.id}-error`}>{errors.join('; ')}</span> : null}
    </p>
  );
}

/** A secret link, shown on this page only: D1 keeps its hash, so it cannot be shown again. */
export const LinkShownOnce = (props: { heading: string; url: string; note: string }) => (
  <section class="secret">
    <h1>{props.heading}</h1>
    <p>{props.note} It is shown only now: copy it and send it to them privately. It works once, for 72 hours.</p>
    <p class="field">
      <label for="one-time-link">One-time link</label>
      <input id="one-time-link" type="text" readonly value={props.url} />
    </p>
    <p><a href="/newsroom/people">Back to People</a></p>
  </section>
);

export function PeopleListPage(props: { people: PersonListing[]; page: number; hasNext: boolean; csrf: string; settings: SiteSettings; invite?: PageState; message?: string }) {
  const invite = props.invite ?? {};
  return (
    <section>
      <h1>People</h1>
      <Notice message={invite.message ?? props.message} error={invite.error} />
      <table>
        <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th><th>Passkeys</th><th>Last sign-in</th></tr></thead>
        <tbody>
          {props.people.map((p) => (
            <tr data-person-id={String(p.id)}>
              <td><a href={`/newsroom/people/${p.id}`}>{p.name}</a></td>
              <td>{p.email}</td>
              <td>{p.role}</td>
              <td>{p.active ? 'active' : 'deactivated'}</td>
              <td>{String(p.passkeys)}</td>
              <td>{when(p.lastSignIn, props.settings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PagedListPager label="Pages" base="/newsroom/people" page={props.page} hasNext={props.hasNext} labels={['Previous', 'Next']} rel />
      <form method="post" action="/newsroom/people" class="stacked">
        <h2>Invite someone</h2>
        <CsrfField token={props.csrf} />
        <FormField id="invite-name" name="name" label="Name" value={String(invite.values?.name ?? '')} errors={invite.errors} required />
        <FormField id="invite-email" name="email" label="Email" kind="email" value={String(invite.values?.email ?? '')} errors={invite.errors} required />
        <RoleSelect id="invite-role" value={invite.values?.role ?? 'contributor'} errors={invite.errors} />
        <button type="submit" class="primary">Create invitation link</button>
      </form>
    </section>
  );
}

export function PersonPage(props: { person: PersonDetail; authors: { slug: string; name: string }[]; csrf: string; settings: SiteSettings; state?: PageState }) {
  const { person, csrf } = props;
  const base = `/newsroom/people/${person.id}`;
  const state = props.state ?? {};
  return (
    <section>
      <h1>{person.name}</h1>
      <p><a href="/newsroom/people">All people</a></p>
      <Notice message={state.message} error={state.error} />
      <dl>
        <dt>Email</dt><dd>{person.email}</dd>
        <dt>Status</dt><dd>{person.active ? 'active' : 'deactivated'}</dd>
        <dt>Byline</dt><dd>{person.byline ? `${person.byline.name} (${person.byline.slug})` : 'none'}</dd>
      </dl>
      <form method="post" action={`${base}/role`} class="stacked">
        <h2>Role</h2>
        <CsrfField token={csrf} />
        <RoleSelect id="person-role" value={(state.values?.role as PersonRole | undefined) ?? person.role} errors={state.errors} />
        <button type="submit">Change role</button>
      </form>
      <form method="post" action={`${base}/byline`} class="stacked">
        <h2>Byline</h2>
        <CsrfField token={csrf} />
        <p class="field">
          <label for="person-author">Author profile</label>
          <select id="person-author" name="author">
            <option value="">No byline</option>
            {props.authors.map((a) => <option value={a.slug} selected={a.slug === person.byline?.slug}>{a.name}</option>)}
          </select>
        </p>
        <button type="submit">Set byline</button>
      </form>
      <h2>Access</h2>
      <div class="actions">
        {person.active
          ? <PostButton action={`${base}/deactivate`} csrf={csrf} label="Deactivate" formClass="inline" buttonClass="danger" />
          : <PostButton action={`${base}/reactivate`} csrf={csrf} label="Reactivate" formClass="inline" />}
        <PostButton action={`${base}/sign-out-everywhere`} csrf={csrf} label="Sign out everywhere" formClass="inline" />
        {person.active ? <PostButton action={`${base}/recovery`} csrf={csrf} label="Create recovery link" formClass="inline" /> : null}
      </div>
      <h2>Passkeys</h2>
      {person.passkeys.length === 0 ? <p>No passkeys: they cannot sign in until they use an invitation or recovery link.</p> : (
        <table>
          <thead><tr><th>Passkey</th><th>Created</th><th>Last used</th><th><span class="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {person.passkeys.map((key) => (
              <tr>
                <td><code>{key.id.slice(0, 12)}…</code></td>
                <td>{when(key.createdAt, props.settings)}</td>
                <td>{when(key.lastUsedAt, props.settings)}</td>
                <td>
                  <PostButton action={`${base}/passkeys/remove`} csrf={csrf} fields={{ passkey: key.id }} label={`Remove passkey ${key.id.slice(0, 12)}`} formClass="inline" buttonClass="danger" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
