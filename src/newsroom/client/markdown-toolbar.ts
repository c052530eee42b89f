/**
 * The Body's Markdown toolbar: real buttons with visible labels, and Ctrl/Cmd+B, I, K in
 * the field. Each edit goes through insertText, so it is one undo step and autosaves.
 */
import { insertText } from './paste-cleanup';

type Edit = (selected: string) => { text: string; select?: [number, number] };

/** Wraps the selection, or a placeholder the person can type over. */
const wrap = (before: string, after: string, placeholder: string): Edit => (selected) => {
  const inner = selected || placeholder;
  return { text: `${before}${inner}${after}`, select: [before.length, before.length + inner.length] };
};

/** Prefixes every selected line (lists, quotes, headings). */
const eachLine = (prefix: (index: number) => string, placeholder: string): Edit => (selected) => {
  const lines = (selected || placeholder).split('\n');
  const text = lines.map((line, i) => prefix(i) + line.replace(/^(#{1,6} |> |- |\d+\. )/, '')).join('\n');
  return { text, select: selected ? undefined : [prefix(0).length, text.length] };
};

interface Action {
  label: string;
  key?: string;
  /** Works on whole lines, wherever the selection starts and ends. */
  lines?: boolean;
  edit: Edit;
}

const ACTIONS: Action[] = [
  { label: 'Bold', key: 'b', edit: wrap('**', '**', 'bold text') },
  { label: 'Italic', key: 'i', edit: wrap('_', '_', 'italic text') },
  { label: 'Link', key: 'k', edit: (selected) => ({ text: `[${selected || 'link text'}](https://)`, select: selected ? [selected.length + 3, selected.length + 11] : [1, 10] }) },
  { label: 'Heading', lines: true, edit: eachLine(() => '## ', 'Heading') },
  { label: 'Bulleted list', lines: true, edit: eachLine(() => '- ', 'Item') },
  { label: 'Numbered list', lines: true, edit: eachLine((i) => `${i + 1}. `, 'Item') },
  { label: 'Quote', lines: true, edit: eachLine(() => '> ', 'Quote') },
];

function apply(body: HTMLTextAreaElement, action: Action) {
  if (action.lines) {
    const { value, selectionStart, selectionEnd } = body;
    const end = value.indexOf('\n', selectionEnd - (selectionEnd > selectionStart && value[selectionEnd - 1] === '\n' ? 1 : 0));
    body.setSelectionRange(value.lastIndexOf('\n', selectionStart - 1) + 1, end === -1 ? value.length : end);
  }
  const start = body.selectionStart;
  const { text, select } = action.edit(body.value.slice(start, body.selectionEnd));
  insertText(body, text);
  if (select) body.setSelectionRange(start + select[0], start + select[1]);
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function addMarkdownToolbar(body: HTMLTextAreaElement) {
  if (!body.id) body.id = 'story-body';
  const toolbar = document.createElement('div');
  toolbar.className = 'markdown-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Formatting');
  toolbar.setAttribute('aria-controls', body.id);
  const modifier = isMac() ? 'Meta' : 'Control';
  for (const action of ACTIONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    if (action.key) {
      button.setAttribute('aria-keyshortcuts', `${modifier}+${action.key.toUpperCase()}`);
      button.title = `${action.label} (${isMac() ? '⌘' : 'Ctrl+'}${action.key.toUpperCase()})`;
    }
    button.addEventListener('click', () => apply(body, action));
    toolbar.append(button);
  }
  // Above the field, outside its <label>: the label alone stays the field's accessible name.
  const label = body.closest('label');
  (label ?? body).before(toolbar);
  body.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const action = ACTIONS.find((a) => a.key === event.key.toLowerCase());
    if (!action) return;
    event.preventDefault();
    apply(body, action);
  });
}
