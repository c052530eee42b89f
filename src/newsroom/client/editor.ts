/**
 * The story editor's script (docs/newsroom.md, "Scripts and the build step"). The page is a
 * complete form without it; this adds autosave with conflict handling, the Markdown toolbar,
 * paste clean-up, the preview pane, presence and the pickers, each from the data-* URLs of
 * form#story-form. A new story (no data-story-id yet) gets the toolbar and the pickers; a
 * published or scheduled one gets everything but autosave (the server leaves out its URL).
 */
import { startAutosave } from './autosave';
import { addMarkdownToolbar } from './markdown-toolbar';
import { cleanPastesInto } from './paste-cleanup';
import { startStoryPicker, startTagPicker } from './pickers';
import { startPresence } from './presence';
import { startPreviewPane } from './preview-pane';

/** Without autosave, leaving the page with unsent edits asks first; a button press sends them. */
function warnBeforeLosingChanges(form: HTMLFormElement) {
  let dirty = false;
  form.addEventListener('input', () => (dirty = true));
  form.addEventListener('change', () => (dirty = true));
  form.addEventListener('submit', () => (dirty = false));
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
}

const form = document.querySelector<HTMLFormElement>('form#story-form');
if (form) {
  const { autosaveUrl, presenceUrl, tagsUrl, storiesUrl } = form.dataset;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const statusRegion = document.getElementById('editor-status');
  const say = (text: string) => {
    if (statusRegion) statusRegion.textContent = text;
  };

  const body = field<HTMLTextAreaElement>('body');
  if (body instanceof HTMLTextAreaElement) {
    addMarkdownToolbar(body);
    cleanPastesInto(body);
  }
  const tags = field<HTMLInputElement>('tags');
  if (tagsUrl && tags instanceof HTMLInputElement) startTagPicker(tags, tagsUrl);
  const related = field<HTMLInputElement | HTMLTextAreaElement>('related');
  if (storiesUrl && (related instanceof HTMLTextAreaElement || related instanceof HTMLInputElement)) startStoryPicker(related, storiesUrl);

  if (form.dataset.storyId) {
    // No data-autosave-url: the story is published or scheduled, and only the Save button
    // saves it (a half-typed edit must not go live). Warn before leaving unsaved changes.
    if (autosaveUrl) startAutosave(form, autosaveUrl, say);
    else warnBeforeLosingChanges(form);
    const pane = document.getElementById('preview-pane');
    if (pane) startPreviewPane(form, pane);
    const presence = document.getElementById('presence');
    if (presenceUrl && presence) startPresence(form, presenceUrl, presence);
  }
}
