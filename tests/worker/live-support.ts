/** Live stories for the live coverage tests: created, opened and published through the editor API. */
import { api, createDraft } from './editor-support';

/** Real newsroom copy: long Polish, Ukrainian and English lines with quotes and emoji. */
export const ENTRIES = {
  pl: 'Premier: „Sytuacja na przejściu w Dorohusku jest pod kontrolą”. Kolejka ciężarówek ma już 12 km 🚛 — kierowcy czekają od nocy.',
  uk: 'Мер Львова: «Світло повернули у 80% будинків». Ремонтні бригади працюють цілодобово ⚡️',
  en: 'BREAKING: The mayor says the "red line" tram will run again on Monday; **crews worked overnight** to clear the track. [Statement](https://example.org/statement) 🚋',
};

export const unique = () => crypto.randomUUID().slice(0, 8);

/** A live story; published unless `draft`. Returns its id and slug. */
export async function liveStory(token: string, options: { draft?: boolean; title?: string; language?: string } = {}) {
  const story = await createDraft(token, {
    title: options.title ?? `Live: strike at Dorohusk border crossing, trucks queue for 12 km ${unique()}`,
    live: true,
    ...(options.language ? { language: options.language } : {}),
  });
  if (!options.draft) {
    const res = await api(`/articles/${story.id}/publish`, { token, method: 'POST' });
    if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
  }
  return story;
}

export interface EditorEntry { id: number; articleId: number; body: string; bodyHtml: string; pinned: boolean; keyEvent: boolean; url: string; purge?: { id: number; tags: string[]; status: string; urls: string[] } }

/** Posts an entry; throws unless 201. */
export async function postEntry(token: string, articleId: number, json: Record<string, unknown>): Promise<EditorEntry> {
  const res = await api(`/articles/${articleId}/entries`, { token, json });
  if (res.status !== 201) throw new Error(`post entry failed: ${res.status} ${await res.text()}`);
  return res.json();
}
