/**
 * The live page's script (docs/live.md), only on open live stories in the full edition. It
 * polls the story's live JSON, one fixed URL that the edge answers for every reader, every
 * `data-poll-seconds` (skipping polls while the tab is hidden), inserts new entries, replaces
 * edited ones, announces new ones politely, and stops when coverage closes (or the story goes).
 *
 * Entries are built as DOM nodes: text through textContent, the entry body from the HTML the
 * server sanitized on write, parsed by DOMParser (an inert document: nothing in it runs).
 * The text is a constant allowed by its CSP hash (inline-assets); labels come from data-*.
 */
export const liveScript = `(() => {
  const feed = document.querySelector('[data-live-feed]');
  const list = feed && feed.querySelector('[data-live-entries]');
  if (!feed || !list || feed.hasAttribute('data-enhanced')) return;
  feed.setAttribute('data-enhanced', '');
  const data = feed.dataset;
  const status = feed.querySelector('[data-live-status]');
  const period = Math.max(5, Number(data.pollSeconds) || 8) * 1000;
  const say = (text) => { if (status) status.textContent = text; };
  const flag = (text) => { const s = document.createElement('strong'); s.className = 'live-flag'; s.textContent = text; return s; };
  const build = (entry) => {
    const item = document.createElement('li');
    item.id = entry.anchor;
    item.className = 'live-entry' + (entry.pinned ? ' pinned' : '') + (entry.keyEvent ? ' key-event' : '');
    item.dataset.entryId = String(entry.id);
    item.dataset.updated = entry.updatedAt;
    const meta = document.createElement('p');
    meta.className = 'live-entry-meta';
    const link = document.createElement('a');
    link.href = '#' + entry.anchor;
    const time = document.createElement('time');
    time.dateTime = entry.time;
    time.textContent = entry.timeLabel;
    link.append(time);
    meta.append(link);
    if (entry.pinned) meta.append(' ', flag(data.pinnedLabel));
    if (entry.keyEvent) meta.append(' ', flag(data.keyEventLabel));
    const body = document.createElement('div');
    body.className = 'live-entry-body';
    body.append(...new DOMParser().parseFromString(entry.html, 'text/html').body.childNodes);
    item.append(meta, body);
    return item;
  };
  const apply = (entries) => {
    const shown = new Map([...list.querySelectorAll('li[data-entry-id]')].map((li) => [li.dataset.entryId, li]));
    let added = 0;
    for (const entry of [...entries].reverse()) {
      const old = shown.get(String(entry.id));
      if (old) {
        if (old.dataset.updated !== entry.updatedAt) old.replaceWith(build(entry));
        continue;
      }
      const before = entry.pinned ? list.firstElementChild : list.querySelector('li:not(.pinned)');
      list.insertBefore(build(entry), before);
      added++;
    }
    const empty = feed.querySelector('[data-live-empty]');
    if (empty && list.firstElementChild) empty.remove();
    if (added) say(data.newLabel.replace('{n}', String(added)));
  };
  const close = () => {
    for (const label of document.querySelectorAll('[data-live-label]')) label.remove();
    say(data.closedLabel);
  };
  const poll = async () => {
    if (!document.hidden) {
      try {
        const response = await fetch(data.liveUrl, { headers: { accept: 'application/json' } });
        if (response.ok) {
          const live = await response.json();
          apply(live.entries || []);
          if (!live.open) return close();
        }
        // Unpublished, withdrawn or renamed: nothing more will come from this URL.
        if (response.status === 404 || response.status === 410) return;
      } catch (error) { /* offline for a moment: try again next period */ }
    }
    setTimeout(poll, period);
  };
  setTimeout(poll, period);
})();`;
