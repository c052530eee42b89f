/**
 * The editors' command line, over the editor API (HTTP, never the database):
 *   npm run editor -- publish story.md [--at 2026-12-01T06:00:00Z]
 *   npm run editor -- draft story.md
 * A story file is Markdown with YAML front matter (title, section, dek, tags, author,
 * sources, related, heroImage, slug, language, canonicalUrl); the API validates it.
 * Needs EDITOR_API_URL (the site's origin) and EDITOR_TOKEN. Prints the article's URL.
 * Re-running the same file is safe: requests carry an Idempotency-Key from its content.
 * Local images are uploaded to the media library first (POST /media: the same bytes give the
 * same id, so a re-run uploads nothing new) and referenced by id: `![alt](./photo.jpg "caption")`
 * in the body becomes `![alt](media:<id> "caption")`, and front matter `image: ./photo.jpg`
 * (with `imageAlt`, `imageCaption`, `imageCredit`) becomes `heroImage: { mediaId, ... }`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCommandLine } from './cli-args';

const COMMANDS = ['publish', 'draft'];

interface ApiError { error?: { code?: string; message?: string; details?: { fields?: Record<string, string[]> } | null } }

/** Splits `---\nyaml\n---\nbody` into the article fields the API takes. */
export function parseStoryFile(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('The story must start with YAML front matter between --- lines');
  const front: unknown = parseYaml(match[1]!);
  if (front === null || typeof front !== 'object' || Array.isArray(front)) throw new Error('The front matter must be a YAML mapping');
  return { ...(front as Record<string, unknown>), body: match[2]!.trim() };
}

const IMAGE_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif' };
// A Markdown image whose target is a local file: not a URL (scheme:), not a site path, not already media:<id>.
const LOCAL_IMAGE = /!\[([^\]]*)\]\(\s*(?![a-z][a-z0-9+.-]*:|\/|#)([^)\s]+)(\s+"[^"]*")?\s*\)/gi;

type Upload = (path: string, words?: Record<string, string>) => Promise<string>;

/**
 * Uploads the story's local images (relative to the story file) through `upload` and rewrites
 * the references to `media:<id>`; each file is uploaded once however often it appears.
 */
export async function uploadStoryImages(fields: Record<string, unknown>, storyDir: string, upload: Upload): Promise<Record<string, unknown>> {
  const { image, imageAlt, imageCaption, imageCredit, ...rest } = fields;
  const ids = new Map<string, Promise<string>>();
  const idOf = (path: string, words?: Record<string, string>) => {
    const full = resolve(storyDir, path);
    if (!IMAGE_TYPES[extname(full).toLowerCase()]) throw new Error(`${path}: not an image the library takes (${Object.keys(IMAGE_TYPES).join(', ')})`);
    if (!ids.has(full)) ids.set(full, upload(full, words));
    return ids.get(full)!;
  };
  const words = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  if (typeof image === 'string') {
    const mediaId = await idOf(image, words({ alt: imageAlt, caption: imageCaption, credit: imageCredit }));
    rest.heroImage = { mediaId, ...words({ alt: imageAlt, caption: imageCaption, credit: imageCredit }) };
  }
  if (typeof rest.body === 'string') {
    const body = rest.body;
    const found = [...body.matchAll(LOCAL_IMAGE)];
    const mediaIds = await Promise.all(found.map((m) => idOf(m[2]!, words({ alt: m[1]! }))));
    let index = 0;
    rest.body = body.replace(LOCAL_IMAGE, (_m, alt: string, _path: string, title: string | undefined) => `![${alt}](media:${mediaIds[index++]}${title ?? ''})`);
  }
  return rest;
}

/** Uploads one file to the media library; returns its id. */
async function uploadFile(base: string, token: string, path: string, words: Record<string, string> = {}): Promise<string> {
  const url = new URL('/api/v1/editor/media', base);
  for (const [name, value] of Object.entries(words)) url.searchParams.set(name, value);
  const bytes = readFileSync(path);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': IMAGE_TYPES[extname(path).toLowerCase()]! }, body: bytes });
  const body = (await res.json().catch(() => ({}))) as ApiError & { id?: string };
  if (!res.ok || !body.id) throw new Error(`${path}: ${describeError(res.status, body)}`);
  console.error(`Uploaded ${path} as media ${body.id}.`);
  return body.id;
}

function describeError(status: number, body: ApiError): string {
  const lines = [`${status} ${body.error?.code ?? 'error'}: ${body.error?.message ?? 'request failed'}`];
  for (const [field, messages] of Object.entries(body.error?.details?.fields ?? {})) lines.push(`  ${field || '(body)'}: ${messages.join('; ')}`);
  return lines.join('\n');
}

async function call(base: string, token: string, path: string, init: { method: string; json?: unknown; idempotencyKey?: string }) {
  const res = await fetch(new URL(`/api/v1/editor${path}`, base), {
    method: init.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.idempotencyKey ? { 'idempotency-key': init.idempotencyKey } : {}),
    },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const body = (await res.json().catch(() => ({}))) as ApiError & { id?: number; url?: string; status?: string };
  if (!res.ok) throw new Error(describeError(res.status, body));
  return body;
}

async function main() {
  const { values, positionals } = parseCommandLine({
    command: 'npm run editor',
    summary: 'Saves a Markdown story with YAML front matter as a draft, or publishes it, over the editor API, and prints its URL. Re-running the same file is safe.',
    positionals: '<publish|draft> <story.md>',
    options: {
      at: { type: 'string', valueName: 'ISO time', description: 'publish: schedule for this time instead of now' },
    },
    notes: [
      'Environment: EDITOR_API_URL (the site origin) and EDITOR_TOKEN (from npm run token:create).',
      'Front matter fields: title, section, dek, tags, author, sources, related, heroImage, slug, language, canonicalUrl (docs/editor-api.md).',
      'Local images: `image: ./photo.jpg` (imageAlt, imageCaption, imageCredit) and ![alt](./photo.jpg "caption") in the body are uploaded first (docs/media.md).',
    ],
    examples: ['EDITOR_API_URL=http://127.0.0.1:8787 EDITOR_TOKEN=enc_... npm run editor -- publish story.md --at 2026-12-01T06:00:00Z'],
    check: ({ positionals: [command, file, ...rest] }) => {
      if (!command || !COMMANDS.includes(command)) return `the first argument must be publish or draft${command ? ` (got '${command}')` : ''}`;
      if (!file) return `${command} needs the story file: npm run editor -- ${command} <story.md>`;
      if (rest.length > 0) return `unexpected argument '${rest[0]}'`;
      if (!process.env.EDITOR_API_URL || !process.env.EDITOR_TOKEN) return 'set EDITOR_API_URL and EDITOR_TOKEN in the environment';
      return undefined;
    },
  });
  const [command, file] = positionals as [string, string];
  const base = process.env.EDITOR_API_URL!;
  const token = process.env.EDITOR_TOKEN!;

  const text = readFileSync(file, 'utf8');
  const fields = await uploadStoryImages(parseStoryFile(text), dirname(resolve(file)), (path, words) => uploadFile(base, token, path, words));
  // Of what is sent (images as their content-hash ids): a changed photo is a new request.
  const key = createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
  const created = await call(base, token, '/articles', { method: 'POST', json: fields, idempotencyKey: `cli-create-${key}` });
  if (command === 'draft') {
    console.error(`Saved draft ${created.id}.`);
    console.log(created.url);
    return;
  }
  const published = await call(base, token, `/articles/${created.id}/publish`, {
    method: 'POST',
    json: values.at ? { at: values.at } : {},
    idempotencyKey: `cli-publish-${key}-${values.at ?? 'now'}`,
  });
  console.error(published.status === 'scheduled' ? `Scheduled article ${created.id} for ${values.at}.` : `Published article ${created.id}.`);
  console.log(published.url);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
