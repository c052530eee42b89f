/**
 * Suggestions from the newsroom's JSON endpoints, with native, accessible controls:
 * - Tags: a <datalist> on the comma-separated field whose options complete the last name.
 * - Previously reported: a search box beside the field, and a list of published stories,
 *   each with an "Add" button that appends its slug as a line of the field.
 */
import { getJson } from './http';

const DEBOUNCE_MS = 200;

function debounced(run: (signal: AbortSignal) => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      controller?.abort();
      controller = new AbortController();
      void run(controller.signal);
    }, DEBOUNCE_MS);
  };
}

const withQuery = (url: string, q: string) => `${url}${url.includes('?') ? '&' : '?'}q=${encodeURIComponent(q)}`;

export function startTagPicker(input: HTMLInputElement, url: string) {
  const list = document.createElement('datalist');
  list.id = `${input.name}-suggestions`;
  input.after(list);
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  input.addEventListener(
    'input',
    debounced(async (signal) => {
      const parts = input.value.split(',');
      const last = parts.pop()!.trim();
      if (!last) return list.replaceChildren();
      const tags = await getJson<{ slug: string; name: string }[]>(withQuery(url, last), signal);
      if (!tags || signal.aborted) return;
      const before = parts.map((p) => p.trim()).filter(Boolean);
      list.replaceChildren(
        ...tags
          .filter((tag) => !before.includes(tag.name) && !before.includes(tag.slug))
          .map((tag) => {
            const option = document.createElement('option');
            option.value = [...before, tag.name].join(', ');
            option.label = tag.slug === tag.name ? tag.name : `${tag.name} (${tag.slug})`;
            return option;
          }),
      );
    }),
  );
}

interface StoryHit {
  id: number;
  slug: string;
  title: string;
  publishedAt: string | null;
}

export function startStoryPicker(field: HTMLInputElement | HTMLTextAreaElement, url: string) {
  const box = document.createElement('div');
  box.className = 'story-picker';
  box.dataset.noAutosave = '';
  const label = document.createElement('label');
  label.textContent = 'Find a published story';
  const search = document.createElement('input');
  search.type = 'search';
  search.autocomplete = 'off';
  label.append(search);
  const results = document.createElement('ul');
  results.className = 'story-hits';
  const count = document.createElement('p');
  count.setAttribute('role', 'status');
  box.append(label, count, results);
  (field.closest('label') ?? field).after(box);

  search.addEventListener(
    'input',
    debounced(async (signal) => {
      const q = search.value.trim();
      if (q.length < 2) return results.replaceChildren();
      const hits = await getJson<StoryHit[]>(withQuery(url, q), signal);
      if (!hits || signal.aborted) return;
      count.textContent = hits.length ? `${hits.length} published ${hits.length === 1 ? 'story' : 'stories'} found` : 'No published story found';
      results.replaceChildren(
        ...hits.map((hit) => {
          const item = document.createElement('li');
          const add = document.createElement('button');
          add.type = 'button';
          add.textContent = 'Add';
          add.setAttribute('aria-label', `Add “${hit.title}”`);
          add.addEventListener('click', () => {
            const lines = field.value.split('\n').map((l) => l.trim()).filter(Boolean);
            if (!lines.includes(hit.slug) && !lines.includes(String(hit.id))) lines.push(hit.slug);
            field.value = field instanceof HTMLInputElement ? lines.join(' ') : lines.join('\n');
            field.dispatchEvent(new Event('input', { bubbles: true }));
            count.textContent = `Added “${hit.title}”`;
          });
          const when = hit.publishedAt ? ` · ${hit.publishedAt.slice(0, 10)}` : '';
          item.append(add, ` ${hit.title}${when}`);
          return item;
        }),
      );
    }),
  );
}
