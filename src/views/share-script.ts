/**
 * The share bar's optional enhancement (under 2 KB, no third party): a "Share…" button for
 * the device's native share sheet (navigator.share) and a "Copy link" button, each added
 * only where the browser supports it. Without JavaScript the bar's plain links still work.
 *
 * The text is a constant: the CSP allows it by its hash (registered in inline-assets), so
 * labels and the URL come from the bar's data-* attributes, never from this source.
 */
export const shareScript = `(() => {
  for (const bar of document.querySelectorAll('[data-share-bar]')) {
    const data = bar.dataset;
    const list = bar.querySelector('ul');
    const status = bar.querySelector('[role=status]');
    if (!list || bar.hasAttribute('data-enhanced')) continue;
    bar.setAttribute('data-enhanced', '');
    const add = (label, action) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', action);
      item.append(button);
      list.append(item);
    };
    const say = (text) => { if (status) status.textContent = text; };
    if (typeof navigator.share === 'function') {
      add(data.nativeLabel, () => navigator.share({ title: data.title, url: data.url }).catch(() => {}));
    }
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      add(data.copyLabel, () =>
        navigator.clipboard.writeText(data.url).then(() => say(data.copiedLabel), () => say(data.copyFailedLabel)));
    }
  }
})();`;
