/**
 * Autosave: 3 s after the last keystroke, when a field loses focus and when the tab is
 * hidden, the form's fields go to data-autosave-url with If-Match: "<revision>". The server
 * answers the new revision, or 412 with the newer version someone else saved: then autosave
 * pauses and the conflict banner lets the person choose; nothing is overwritten or lost.
 */
import { FIELD_LABELS, showConflict, type Conflict } from './conflict-banner';
import { clockTime, postUrlencoded, readError } from './http';

export const AUTOSAVE_DELAY_MS = 3_000;
/** Browsers refuse keepalive bodies over 64 KiB: a bigger story saves without it. */
const KEEPALIVE_LIMIT = 60_000;

interface Saved {
  revision: number;
  savedAt: string;
  savedBy: string | null;
}

/** The fields as the form would post them, minus the button and the CSRF token. */
export function formFields(form: HTMLFormElement): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (name !== 'action' && name !== '_csrf' && typeof value === 'string') fields.append(name, value);
  return fields;
}

export function startAutosave(form: HTMLFormElement, url: string, say: (text: string) => void) {
  const revisionInput = form.elements.namedItem('revision') as HTMLInputElement | null;
  let revision = form.dataset.revision ?? revisionInput?.value ?? '0';
  let dirty = false;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  const timeZone = form.dataset.timeZone || undefined;

  const setRevision = (next: number | string) => {
    revision = String(next);
    form.dataset.revision = revision;
    if (revisionInput) revisionInput.value = revision;
  };

  const schedule = (delay = AUTOSAVE_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  };

  async function send(keepalive: boolean): Promise<void> {
    const fields = formFields(form);
    fields.set('revision', revision);
    dirty = false;
    say('Saving…');
    let response: Response;
    try {
      response = await postUrlencoded(url, form, fields, { 'if-match': `"${revision}"` }, keepalive && fields.toString().length < KEEPALIVE_LIMIT);
    } catch {
      dirty = true;
      say('Not saved: the newsroom cannot be reached. Trying again in 10 seconds; keep this tab open.');
      return schedule(10_000);
    }
    if (response.ok) {
      const saved = (await response.json()) as Saved;
      setRevision(saved.revision);
      say(`Saved at ${clockTime(saved.savedAt, timeZone)} (revision ${saved.revision}).`);
      form.dispatchEvent(new CustomEvent('story:saved', { detail: saved }));
      return;
    }
    if (response.type === 'opaqueredirect' || response.status === 401) {
      dirty = true;
      paused = true;
      say('Not saved: your session ended. Sign in again in another tab, then save; your text stays here.');
      return;
    }
    const error = await readError(response);
    if (response.status === 412 && error.code === 'revision_conflict') {
      paused = true;
      const current = (error.details as { current: Conflict }).current;
      showConflict(form, current, fields, timeZone, {
        reload: () => {
          setRevision(current.revision);
          paused = false;
          dirty = false; // the fields now hold the saved version
          say(`Loaded the saved version (revision ${current.revision}).`);
          form.dispatchEvent(new CustomEvent('story:saved', { detail: current }));
        },
        keepMine: () => {
          setRevision(current.revision);
          paused = false;
          dirty = true;
          void save();
        },
      });
      say(`Not saved: ${current.savedBy ?? 'someone else'} saved a newer version. Autosave is paused until you choose.`);
      return;
    }
    dirty = true;
    // 400s name the fields: { fields: { title: ['...'] } } (or { field: 'title' }).
    const named = error.details?.fields && typeof error.details.fields === 'object' ? (error.details.fields as Record<string, unknown>) : {};
    if (typeof error.details?.field === 'string') named[error.details.field] = [];
    const problems = Object.entries(named).map(([name, why]) => {
      (form.elements.namedItem(name) as HTMLElement | null)?.setAttribute('aria-invalid', 'true');
      return `${FIELD_LABELS[name] ?? name}${Array.isArray(why) && why.length ? `: ${why.join('; ')}` : ''}`;
    });
    say(`Not saved: ${error.message}${problems.length ? ` (${problems.join('. ')})` : ''}.`);
    if (response.status >= 500 || response.status === 429) schedule(10_000);
  }

  function save(keepalive = false): Promise<void> {
    clearTimeout(timer);
    if (paused || !dirty) return inFlight ?? Promise.resolve();
    if (inFlight) return inFlight.then(() => save(keepalive));
    inFlight = send(keepalive).finally(() => (inFlight = null));
    return inFlight;
  }

  const changed = (event: Event) => {
    if ((event.target as HTMLElement).closest('[data-no-autosave]')) return;
    (event.target as HTMLElement).removeAttribute('aria-invalid');
    dirty = true;
    if (!paused) schedule();
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', () => dirty && void save());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void save(true));
  form.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });
  // A button press posts the whole form: let a running autosave finish first, so the hidden
  // revision is the latest and the post does not conflict with our own save.
  form.addEventListener('submit', (event) => {
    clearTimeout(timer);
    if (!inFlight) {
      dirty = false; // the post carries the text: leaving the page loses nothing
      return;
    }
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    void inFlight.then(() => form.requestSubmit(submitter));
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty || inFlight) event.preventDefault();
  });
}
