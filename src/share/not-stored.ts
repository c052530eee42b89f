/**
 * Share and short links answer URLs anyone can invent: a made-up slug, code or network, a
 * crafted `?instance=`. Storing a copy at the edge writes the cache's tag index in D1, so
 * those answers must not be stored, or each invented URL would cost us a write.
 */

/** Marks `response` as never to be stored by the edge cache or any shared cache. */
export function notStored(response: Response): Response {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
