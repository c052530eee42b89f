/**
 * The editors' command line, over the editor API (HTTP, never the database):
 *   npm run editor -- publish story.md [--at 2026-12-01T06:00:00Z]
 *   npm run editor -- draft story.md
 * A story file is Markdown with YAML front matter (title, section, dek, tags, author,
 * sources, related, heroImage, slug, language, canonicalUrl); the API validates it.
 * Needs EDITOR_API_URL (the site's origin) and EDITOR_TOKEN. Prints the article's URL.
 * Re-running the same file is safe: requests carry an Idempotency-Key from its content.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  const fields = parseStoryFile(text);
  const key = createHash('sha256').update(text).digest('hex').slice(0, 32);
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
