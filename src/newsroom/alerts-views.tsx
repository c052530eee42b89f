/** @jsxImportSource hono/jsx */
/** The Alerts screen: the latest alerts with their state, "Remove" on active ones, and the form to raise one. */
import type { Alert } from '../db/schema';
import { formatDateTime } from '../i18n';
import { MAX_ALERT_CHARACTERS } from '../schemas/alerts';
import type { SiteSettings } from '../site/settings';
import type { PageState } from './people-views';
import { FormField, Notice } from './taxonomy-views';
import { CsrfField, PostButton } from './form-parts';

const when = (date: Date, settings: SiteSettings) => <time datetime={date.toISOString()}>{formatDateTime(date.toISOString(), settings.language, settings.timeZone)}</time>;
const stateOf = (alert: Alert, now: number) => (alert.removedAt ? 'removed' : alert.expiresAt.getTime() <= now ? 'expired' : 'active');

export function AlertsPage(props: { alerts: Alert[]; now: number; csrf: string; settings: SiteSettings; state?: PageState; message?: string }) {
  const state = props.state ?? {};
  const values = state.values ?? {};
  return (
    <section>
      <h1>Breaking-news alerts</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      <form method="post" action="/newsroom/alerts" class="stacked">
        <h2>Raise an alert</h2>
        <CsrfField token={props.csrf} />
        <FormField id="alert-text" name="text" label="Text" value={String(values.text ?? '')} errors={state.errors} hint={`one line, at most ${MAX_ALERT_CHARACTERS} characters; every reader sees it at once`} required />
        <FormField id="alert-url" name="url" label="Link" value={String(values.url ?? '')} errors={state.errors} hint="optional: a page on this site, such as /articles/…" />
        <FormField id="alert-language" name="language" label="Language" value={String(values.language ?? '')} errors={state.errors} hint="optional: en, pl, uk…" />
        <p class="field">
          <label for="alert-expires">Expires</label>
          <input id="alert-expires" name="expiresAt" type="datetime-local" value={String(values.expiresAt ?? '')} aria-describedby="alert-expires-hint" aria-invalid={state.errors?.expiresAt ? 'true' : undefined} />
          <span class="hint" id="alert-expires-hint">{`optional, in ${props.settings.timeZone}: default 6 hours from now, at most 7 days`}</span>
          {state.errors?.expiresAt ? <span class="error">{state.errors.expiresAt.join('; ')}</span> : null}
        </p>
        <button type="submit" class="primary">Raise alert</button>
      </form>
      <h2>Latest alerts</h2>
      <p>The latest 50, newest first.</p>
      <table>
        <thead><tr><th>Text</th><th>State</th><th>Raised</th><th>Expires</th><th><span class="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {props.alerts.map((alert) => (
            <tr data-alert-id={String(alert.id)}>
              <td>{alert.url ? <a href={alert.url}>{alert.text}</a> : alert.text}</td>
              <td>{stateOf(alert, props.now)}</td>
              <td>{when(alert.createdAt, props.settings)}</td>
              <td>{when(alert.expiresAt, props.settings)}</td>
              <td>
                {stateOf(alert, props.now) === 'active' ? (
                  <PostButton action={`/newsroom/alerts/${alert.id}/remove`} csrf={props.csrf} label={`Remove alert ${alert.id}`} formClass="inline" buttonClass="danger" />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
