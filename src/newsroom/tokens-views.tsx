/** @jsxImportSource hono/jsx */
/** The Tokens screen (admins): API tokens for scripts and the CLI, never the newsroom identity rows. */
import { TOKEN_ROLES } from '../db/schema';
import { formatDateTime } from '../i18n';
import type { SiteSettings } from '../site/settings';
import type { PageState } from './people-views';
import { FormField, Notice } from './taxonomy-views';
import type { TokenRow } from './tokens';
import { CsrfField, PagedListPager, PostButton } from './form-parts';

const when = (date: Date | null, settings: SiteSettings, none: string) =>
  date ? <time datetime={date.toISOString()}>{formatDateTime(date.toISOString(), settings.language, settings.timeZone)}</time> : none;

export function TokensPage(props: { tokens: TokenRow[]; page: number; hasNext: boolean; authors: { slug: string; name: string }[]; csrf: string; settings: SiteSettings; state?: PageState; message?: string }) {
  const state = props.state ?? {};
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <section>
      <h1>API tokens</h1>
      <p>Tokens are for scripts and the command line. People sign in to the newsroom with passkeys, not tokens.</p>
      <Notice message={state.message ?? props.message} error={state.error} />
      <table>
        <thead><tr><th>Name</th><th>Prefix</th><th>Role</th><th>Owner</th><th>Byline</th><th>Created</th><th>Last used</th><th>Revoked</th><th><span class="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {props.tokens.map((t) => (
            <tr data-token-id={String(t.id)}>
              <td>{t.name}</td>
              <td><code>{t.prefix}</code></td>
              <td>{t.role}</td>
              <td>{t.ownerName ?? '—'}</td>
              <td>{t.authorName ?? '—'}</td>
              <td>{when(t.createdAt, props.settings, '')}</td>
              <td>{when(t.lastUsedAt, props.settings, 'never')}</td>
              <td>{when(t.revokedAt, props.settings, 'no')}</td>
              <td>
                {t.revokedAt ? null : (
                  <PostButton action={`/newsroom/tokens/${t.id}/revoke`} csrf={props.csrf} label={`Revoke “${t.name}”`} formClass="inline" buttonClass="danger" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PagedListPager label="Pages" base="/newsroom/tokens" page={props.page} hasNext={props.hasNext} labels={['Previous', 'Older']} rel />
      <form method="post" action="/newsroom/tokens" class="stacked">
        <h2>New token</h2>
        <CsrfField token={props.csrf} />
        <FormField id="token-name" name="name" label="Name" value={String(values.name ?? '')} errors={errors} hint="what uses it, e.g. “Markdown import on the desk laptop”" required />
        <p class="field">
          <label for="token-role">Role</label>
          <select id="token-role" name="role" aria-invalid={errors.role ? 'true' : undefined} aria-describedby={errors.role ? 'token-role-error' : undefined}>
            {TOKEN_ROLES.map((role) => <option value={role} selected={role === (values.role ?? 'contributor')}>{role}</option>)}
          </select>
          {errors.role ? <span class="error" id="token-role-error">{errors.role.join('; ')}</span> : null}
        </p>
        <FormField id="token-owner" name="owner" label="Owner's email" kind="email" value={String(values.owner ?? '')} errors={errors} hint="optional: the person responsible for it" />
        <p class="field">
          <label for="token-author">Byline</label>
          <select id="token-author" name="author" aria-invalid={errors.author ? 'true' : undefined} aria-describedby={errors.author ? 'token-author-error' : undefined}>
            <option value="">None</option>
            {props.authors.map((a) => <option value={a.slug} selected={a.slug === values.author}>{a.name}</option>)}
          </select>
          {errors.author ? <span class="error" id="token-author-error">{errors.author.join('; ')}</span> : null}
        </p>
        <button type="submit" class="primary">Create token</button>
      </form>
    </section>
  );
}

export const TokenCreatedPage = (props: { name: string; secret: string }) => (
  <section class="secret">
    <h1>Token created</h1>
    <p>This is the secret of “{props.name}”. It is shown only now (D1 keeps its hash): copy it into the script's configuration.</p>
    <p class="field">
      <label for="token-secret">Token secret</label>
      <input id="token-secret" type="text" readonly value={props.secret} />
    </p>
    <p><a href="/newsroom/tokens">Back to tokens</a></p>
  </section>
);
