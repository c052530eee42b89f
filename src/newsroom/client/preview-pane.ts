/**
 * The side-by-side preview: an iframe of the saved draft as readers will see it (the
 * server renders it with the reader's own components), with a Full/Lite switch. It reloads
 * after every autosave, so it always shows what is saved, never unsaved typing.
 */
export function startPreviewPane(form: HTMLFormElement, pane: HTMLElement) {
  const base = pane.dataset.previewFrameUrl;
  if (!base) return;
  let edition: 'full' | 'lite' = 'full';
  const url = () => (edition === 'lite' ? `${base}${base.includes('?') ? '&' : '?'}edition=lite` : base);

  const switcher = document.createElement('div');
  switcher.className = 'preview-switch';
  switcher.setAttribute('role', 'group');
  switcher.setAttribute('aria-label', 'Preview edition');
  const frame = document.createElement('iframe');
  frame.title = 'Preview';
  frame.loading = 'lazy';
  const buttons = (['full', 'lite'] as const).map((value) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = value === 'full' ? 'Full' : 'Lite';
    b.addEventListener('click', () => {
      edition = value;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
      frame.src = url();
    });
    return b;
  });
  buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === 0)));
  switcher.append(...buttons);
  frame.src = url();
  pane.replaceChildren(switcher, frame);
  form.classList.add('with-preview');
  // Setting src navigates again even when it is unchanged: the frame shows the new revision.
  form.addEventListener('story:saved', () => (frame.src = url()));
}
