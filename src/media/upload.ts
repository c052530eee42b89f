/**
 * Receiving an upload without holding it in memory. The first bytes are read to learn
 * what the file is (sniff.ts: magic bytes and header size, refused before anything is
 * stored); then every byte streams once, through a FixedLengthStream (R2 needs the length
 * up front), to a temporary key `uploads/<uuid>`, and through a SHA-256 DigestStream. The
 * id is that hash, known only at the end, so library.ts then copies the object to
 * `originals/<id>` (R2 has no rename) and deletes the temporary one.
 */
import { HttpError } from '../http/errors';
import { MAX_PIXELS, MAX_SIDE_PX, r2Keys } from './limits';
import { SNIFF_BYTES, sniffImage } from './sniff';
import type { MediaFormat } from '../db/schema-media';

export interface ReceivedUpload {
  tempKey: string;
  sha256: string;
  bytes: number;
  format: MediaFormat;
  width: number;
  height: number;
}

const invalid = (message: string) => new HttpError(400, 'invalid_image', message, { fields: { '': [message] } });

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.byteLength; }
  return out;
}

/** Reads until `SNIFF_BYTES` (or the end) have arrived. */
async function readHead(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  while (total < SNIFF_BYTES) {
    const { done, value } = await reader.read();
    if (done) { ended = true; break; }
    chunks.push(value);
    total += value.byteLength;
  }
  return { head: concat(chunks, total), ended };
}

/** Checks what the header says before a byte is stored: type (415), broken header (400), pixel limits (400). */
function checkHeader(head: Uint8Array) {
  if (head.byteLength === 0) throw invalid('The body is empty: send the image bytes');
  const sniffed = sniffImage(head);
  if (!sniffed.ok && sniffed.reason === 'unsupported') {
    throw new HttpError(415, 'unsupported_media_type', 'The bytes are not a JPEG, PNG, WebP, AVIF or GIF image', {
      fields: { 'Content-Type': ['the file’s own bytes decide its type; send JPEG, PNG, WebP, AVIF or GIF'] },
    });
  }
  if (!sniffed.ok) throw invalid(`The ${sniffed.format?.toUpperCase()} header is truncated or corrupt`);
  const { width, height } = sniffed;
  if (width > MAX_SIDE_PX || height > MAX_SIDE_PX || width * height > MAX_PIXELS) {
    throw invalid(`The image is ${width}x${height} px; at most ${MAX_SIDE_PX} px a side and ${MAX_PIXELS / 1e6} megapixels`);
  }
  return sniffed;
}

const tooLarge = (length: number) =>
  new HttpError(413, 'payload_too_large', `The body is longer than its Content-Length (${length} bytes)`, { fields: { '': [`at most ${length} bytes, as announced`] } });

/** Streams the body to R2 under a temporary key, hashing it on the way. `length` is the checked Content-Length. */
export async function receiveUpload(bucket: R2Bucket, body: ReadableStream<Uint8Array>, length: number, contentType: string): Promise<ReceivedUpload> {
  const reader = body.getReader();
  const { head, ended } = await readHead(reader);
  let sniffed;
  try {
    if (head.byteLength > length) throw tooLarge(length);
    sniffed = checkHeader(head);
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }

  const tempKey = r2Keys.upload(crypto.randomUUID());
  const fixed = new FixedLengthStream(length);
  // workerd's crypto.DigestStream; cast because the Node scripts' DOM typing of `crypto` lacks it.
  const digest = new (crypto as unknown as { DigestStream: typeof DigestStream }).DigestStream('SHA-256');
  const put = bucket.put(tempKey, fixed.readable, { httpMetadata: { contentType } });
  const toR2 = fixed.writable.getWriter();
  const toHash = digest.getWriter();
  // Their `closed` promises reject when a refused upload aborts them: expected, not unhandled.
  toR2.closed.catch(() => {});
  toHash.closed.catch(() => {});
  digest.digest.catch(() => {});
  put.catch(() => {}); // awaited below; a refused upload makes it fail on purpose
  let received = 0;
  let hash: ArrayBuffer;
  const write = async (chunk: Uint8Array) => {
    received += chunk.byteLength;
    if (received > length) throw tooLarge(length);
    await Promise.all([toR2.write(chunk), toHash.write(chunk)]);
  };
  try {
    await write(head);
    for (let done = ended; !done; ) {
      const next = await reader.read();
      done = next.done;
      if (next.value) await write(next.value);
    }
    if (received < length) throw invalid(`The body ended after ${received} of the ${length} bytes its Content-Length announced`);
    await Promise.all([toR2.close(), toHash.close()]);
    await put;
    // Inside the try: a failing digest must also delete the object just stored.
    hash = await digest.digest;
  } catch (error) {
    await Promise.allSettled([toR2.abort(error), toHash.abort(error), reader.cancel(), put]);
    await bucket.delete(tempKey).catch(() => {});
    throw error;
  }
  const sha256 = [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { tempKey, sha256, bytes: received, format: sniffed.format, width: sniffed.width, height: sniffed.height };
}
