/** Requests of the editor's scripts: same origin, the session cookie, the CSRF header. */

export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** The form's CSRF token (the hidden `_csrf` field every newsroom form carries). */
export const csrfTokenOf = (form: HTMLFormElement): string => (form.elements.namedItem('_csrf') as HTMLInputElement | null)?.value ?? '';

/** POST a urlencoded body; a redirect (the session ended: sign-in page) is not followed. */
export function postUrlencoded(url: string, form: HTMLFormElement, body: URLSearchParams, headers: Record<string, string> = {}, keepalive = false): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    redirect: 'manual',
    keepalive,
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', 'x-csrf-token': csrfTokenOf(form), ...headers },
    body,
  });
}

/** GET JSON; null when the request failed or was aborted (pickers simply show nothing). */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual', signal, headers: { accept: 'application/json' } });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** The `{ error }` of a JSON error response, or a generic one for anything else. */
export async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: ApiError };
    if (body.error?.message) return body.error;
  } catch {
    // not JSON: answered below
  }
  return { code: `http_${response.status}`, message: `The server answered ${response.status || 'with a redirect'}` };
}

/** "14:02" in the site's time zone when the page names it, else the browser's. */
export function clockTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  }
}
