/**
 * "Also open by: Ada (since 14:02)": the script tells data-presence-url that this person has
 * the story open, on load and every 20 s while the tab is visible, and shows who else has.
 * The server counts a person present for 60 s after their last call.
 */
import { clockTime, postUrlencoded } from './http';

export const PRESENCE_INTERVAL_MS = 20_000;

interface Presence {
  others: { name: string; since: string }[];
}

export function startPresence(form: HTMLFormElement, url: string, region: HTMLElement) {
  const timeZone = form.dataset.timeZone || undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function announce() {
    try {
      const response = await postUrlencoded(url, form, new URLSearchParams());
      if (!response.ok) return;
      const { others } = (await response.json()) as Presence;
      const text = others.length ? `Also open by: ${others.map((o) => `${o.name} (since ${clockTime(o.since, timeZone)})`).join(', ')}` : '';
      // Only a change is written, so screen readers hear arrivals and departures, not every poll.
      if (region.textContent !== text) region.textContent = text;
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }

  const follow = () => {
    clearInterval(timer);
    if (document.visibilityState !== 'visible') return;
    void announce();
    timer = setInterval(() => void announce(), PRESENCE_INTERVAL_MS);
  };
  document.addEventListener('visibilitychange', follow);
  follow();
}
