/** @jsxImportSource hono/jsx */
/**
 * The Webhooks screens: the endpoints with Switch off/on, Deliveries and Delete; the form to
 * register one (the signing secret shows once, right after); an endpoint's latest deliveries
 * with Replay on those that have ended.
 */
import type { listDeliveries, listEndpoints } from '../webhooks/endpoints';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/events';
import type { PageState } from './people-views';
import { FormField, Notice } from './taxonomy-views';
import { CsrfField, PostButton } from './form-parts';

type Endpoint = Awaited<ReturnType<typeof listEndpoints>>[number];
type Delivery = Awaited<ReturnType<typeof listDeliveries>>[number];
type Format = (iso: string | null) => string;

export function WebhooksPage(props: { endpoints: Endpoint[]; format: Format; csrf: string; state?: PageState; created?: { id: number; url: string; secret: string }; message?: string }) {
  const state = props.state ?? {};
  const values = state.values ?? {};
  const chosen = new Set(Array.isArray(values.events) ? values.events.map(String) : WEBHOOK_EVENT_TYPES);
  const eventErrors = state.errors?.events ?? [];
  return (
    <section>
      <h1>Webhooks</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      {props.created ? (
        <div class="notice secret" role="status">
          <p>Endpoint {String(props.created.id)} registered for {props.created.url}. Its signing secret, shown this once — copy it into the receiver now:</p>
          <p><code id="webhook-secret">{props.created.secret}</code></p>
        </div>
      ) : null}
      <table>
        <thead><tr><th>URL</th><th>Events</th><th>State</th><th>Created</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {props.endpoints.map((e) => (
            <tr data-webhook-id={String(e.id)}>
              <td>{e.url}</td>
              <td>{e.events.join(', ')}</td>
              <td>{e.active ? 'on' : `off${e.disabledReason ? ` (${e.disabledReason})` : ''}`}</td>
              <td>{props.format(e.createdAt.toISOString())}</td>
              <td>
                <a href={`/newsroom/webhooks/${e.id}`}>Deliveries of endpoint {String(e.id)}</a>{' '}
                <PostButton action={`/newsroom/webhooks/${e.id}/active`} csrf={props.csrf} fields={{ active: String(!e.active) }} label={`${e.active ? 'Switch off' : 'Switch on'} endpoint ${e.id}`} formClass="inline" />
                <PostButton action={`/newsroom/webhooks/${e.id}/delete`} csrf={props.csrf} label={`Delete endpoint ${e.id}`} formClass="inline" buttonClass="danger" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.endpoints.length === 0 ? <p>No endpoints yet.</p> : null}
      <form method="post" action="/newsroom/webhooks" class="stacked">
        <h2>Register an endpoint</h2>
        <CsrfField token={props.csrf} />
        <FormField id="webhook-url" name="url" label="URL" kind="url" value={String(values.url ?? '')} errors={state.errors} hint="https only, a public address; receivers verify the signature (docs/webhooks.md)" required />
        <fieldset aria-describedby={eventErrors.length ? 'webhook-events-error' : undefined}>
          <legend>Events</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <p class="checkbox">
              <input type="checkbox" id={`webhook-event-${type.replace(/\./g, '-')}`} name="events" value={type} checked={chosen.has(type)} />
              <label for={`webhook-event-${type.replace(/\./g, '-')}`}>{type}</label>
            </p>
          ))}
          {eventErrors.length ? <span class="error" id="webhook-events-error">{eventErrors.join('; ')}</span> : null}
        </fieldset>
        <p class="checkbox">
          <input type="checkbox" id="webhook-active" name="active" value="true" checked={state.values ? values.active === true : true} />
          <label for="webhook-active">Switched on</label>
        </p>
        <button type="submit" class="primary">Register endpoint</button>
      </form>
    </section>
  );
}

// The API refuses a replay while the Queue still holds the delivery (pending, failing).
const inProgress = (status: string) => status === 'pending' || status === 'failing';

export function DeliveriesPage(props: { endpoint: Endpoint; deliveries: Delivery[]; limit: number; format: Format; csrf: string; state?: PageState; message?: string }) {
  const state = props.state ?? {};
  const base = `/newsroom/webhooks/${props.endpoint.id}`;
  return (
    <section>
      <p><a href="/newsroom/webhooks">← All webhooks</a></p>
      <h1>Deliveries to {props.endpoint.url}</h1>
      <Notice message={state.message ?? props.message} error={state.error} />
      <p>{`The latest ${props.limit}, newest first; older ones are in the editor API (GET /api/v1/editor/webhooks/${props.endpoint.id}/deliveries).`}</p>
      {props.deliveries.length === 0 ? <p>No deliveries yet.</p> : null}
      <table>
        <thead><tr><th>Event</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>Created</th><th><span class="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {props.deliveries.map((d) => (
            <tr data-delivery-id={String(d.id)}>
              <td>{d.type}{d.articleId ? <> (<a href={`/newsroom/stories/${d.articleId}`}>story {String(d.articleId)}</a>)</> : null}</td>
              <td>{d.status}</td>
              <td>{String(d.attempts)}</td>
              <td>{d.lastStatusCode ? String(d.lastStatusCode) : ''}{d.lastError ? ` ${d.lastError}` : ''}</td>
              <td>{props.format(d.createdAt)}</td>
              <td>{!inProgress(d.status) ? <PostButton action={`${base}/deliveries/${d.id}/replay`} csrf={props.csrf} label={`Replay delivery ${d.id}`} formClass="inline" /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
