/**
 * Making a copy at most once per isolate, and never keeping a stale one.
 *
 * Single flight: a burst of first requests for one copy would each transform the original.
 * Requests in the same isolate share one in-flight promise per R2 key instead. Isolates do
 * not share memory, so a burst spread over several isolates (or data centres) can still
 * transform the same copy a few times; they write the same bytes to the same key. A request
 * that read a newer focal point than the running flight joins it anyway: that flight's check
 * below finds its crop stale, so the joiners get it once, `no-store`, and the next request
 * makes the right one.
 *
 * Check after store: a transform that read the row before a refocus or a deletion can
 * finish after that write's `deleteDerived`/`deleteMedia` and would store its copy for
 * good. So the row is read again (from the primary) after the copy is stored: if the image
 * is gone, or the focal point differs from the one the crop was cut around, the copy is
 * deleted again and the response must not be cached (`kept: false`). Either the re-read
 * sees the write, or the write came after it, so after our put, and its own delete wins.
 */
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { media } from '../db/schema';
import { deriveCopy, type CopySpec, type Source } from './derive';

export interface MadeCopy {
  bytes: ArrayBuffer;
  etag: string;
  /** False when the copy was already stale when stored, and deleted again: serve it `no-store`. */
  kept: boolean;
}
/** The fields a copy depends on, as they are now (null once the image is deleted). */
export type ReadCurrent = () => Promise<Pick<Source, 'focalX' | 'focalY'> | null>;
type Env = { MEDIA: R2Bucket; IMAGES: ImagesBinding };

/** The focal point now, from the primary: a replica could still show the row before a refocus or deletion. */
export const focalFromPrimary = (d1: D1Database, id: string): ReadCurrent => async () =>
  (await getDb(d1.withSession('first-primary')).select({ focalX: media.focalX, focalY: media.focalY }).from(media).where(eq(media.id, id)).limit(1))[0] ?? null;

const inFlight = new Map<string, Promise<MadeCopy | null>>();

/**
 * The copy `spec` describes, stored under `key`, made by this call or by one already
 * running in this isolate. Null when the original or the row is gone. `keepAlive` (the
 * request's waitUntil) lets the transform finish even if the request that started it is
 * cancelled, so requests that joined it are not left waiting.
 */
export function deriveOnce(env: Env, source: Source, spec: CopySpec, key: string, readCurrent: ReadCurrent, keepAlive?: (p: Promise<unknown>) => void): Promise<MadeCopy | null> {
  const running = inFlight.get(key);
  if (running) return running;
  const flight = deriveAndCheck(env, source, spec, key, readCurrent).finally(() => inFlight.delete(key));
  inFlight.set(key, flight);
  keepAlive?.(flight.catch(() => {}));
  return flight;
}

/** How many copies are being made in this isolate right now (for tests). */
export const copiesInFlight = () => inFlight.size;

async function deriveAndCheck(env: Env, source: Source, spec: CopySpec, key: string, readCurrent: ReadCurrent): Promise<MadeCopy | null> {
  const made = await deriveCopy(env, source, spec, key);
  if (!made) return null;
  const current = await readCurrent();
  // The `original` crop does not depend on the focal point; the others and the card do.
  const stale = !current || (spec.crop !== 'original' && (current.focalX !== source.focalX || current.focalY !== source.focalY));
  if (!stale) return { ...made, kept: true };
  await env.MEDIA.delete(key);
  return current ? { ...made, kept: false } : null;
}
