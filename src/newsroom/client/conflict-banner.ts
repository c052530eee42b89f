/**
 * The banner shown when someone else saved the story first (412 from autosave): who saved
 * what and when, the person's own text in a field of its own (so nothing is lost, whatever
 * they choose), and the choices. Autosave stays paused until one is made.
 */
import { clockTime } from './http';

export interface Conflict {
  revision: number;
  savedAt: string;
  savedBy: string | null;
  changed: string[];
  fields: Record<string, unknown>;
}

export const FIELD_LABELS: Record<string, string> = {
  title: 'Headline', dek: 'Standfirst', body: 'Body', section: 'Section', tags: 'Tags', author: 'Byline',
  language: 'Language', sources: 'Sources', related: 'Previously reported', scheduleAt: 'Publish at',
};
const labelOf = (name: string) => FIELD_LABELS[name] ?? name;

/** The person's version of every field that differs from theirs, as text to keep or copy. */
function myText(mine: URLSearchParams, theirs: Record<string, unknown>): string {
  const differs = (name: string) => mine.getAll(name).join('\n') !== (Array.isArray(theirs[name]) ? (theirs[name] as unknown[]).join('\n') : String(theirs[name] ?? ''));
  const names = Object.keys(FIELD_LABELS).filter((name) => mine.has(name));
  const kept = names.filter(differs);
  return (kept.length > 0 ? kept : names)
    .map((name) => `${labelOf(name)}:\n${mine.getAll(name).join('\n')}`)
    .join('\n\n');
}

/** Their saved value into the form's field (lists joined as the fields expect them). */
function fill(form: HTMLFormElement, name: string, value: unknown) {
  const field = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  if (!field || !('value' in field) || value === undefined) return;
  const text = Array.isArray(value) ? value.join(name === 'tags' ? ', ' : '\n') : value === null ? '' : String(value);
  if (field.type === 'datetime-local' && text && !/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(text)) return;
  field.value = text;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function showConflict(form: HTMLFormElement, current: Conflict, mine: URLSearchParams, timeZone: string | undefined, choices: { reload: () => void; keepMine: () => void }) {
  form.querySelector('.conflict-banner')?.remove();
  const banner = document.createElement('div');
  banner.className = 'conflict-banner';
  banner.setAttribute('role', 'alert');
  banner.dataset.noAutosave = '';
  const changed = current.changed.map(labelOf).join(', ') || 'the story';
  const summary = document.createElement('p');
  summary.textContent = `${current.savedBy ?? 'Someone else'} saved a newer version at ${clockTime(current.savedAt, timeZone)} (revision ${current.revision}), changing: ${changed}. Autosave is paused; your text is kept below until you choose.`;

  const label = document.createElement('label');
  label.textContent = 'Your version';
  const kept = document.createElement('textarea');
  kept.readOnly = true;
  kept.rows = 6;
  kept.value = myText(mine, current.fields);
  label.append(kept);

  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const actions = document.createElement('div');
  actions.className = 'conflict-actions';
  actions.append(
    button('Reload their version', () => {
      for (const [name, value] of Object.entries(current.fields)) fill(form, name, value);
      banner.remove();
      choices.reload();
    }),
    button('Copy my text', () => {
      navigator.clipboard.writeText(kept.value).then(
        () => (status.textContent = 'Your text is on the clipboard.'),
        () => {
          kept.select();
          status.textContent = 'Copying was refused: your text is selected above, copy it with Ctrl+C.';
        },
      );
    }),
    button('Keep my version', () => {
      banner.remove();
      choices.keepMine();
    }),
  );
  banner.append(summary, label, actions, status);
  form.prepend(banner);
}
