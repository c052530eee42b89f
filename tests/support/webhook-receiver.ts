/**
 * A webhook receiver for the worker tests (vitest globalSetup of the `worker` project): a
 * Node HTTP server on 127.0.0.1 that the Worker under test delivers to for real. The path
 * chooses the answer, and every request is recorded for the tests to read back:
 *   POST /ok/<name>            200
 *   POST /flaky/<n>/<name>     500 for the first n requests, then 200
 *   POST /fail/<name>          503 always
 *   POST /gone/<name>          410
 *   POST /redirect/<name>      302 to /ok/<name> (must not be followed)
 *   GET  /log/<name>           the requests recorded under <name>, as JSON
 * Loopback only, bodies capped at 1 MB, closed (connections too) when the run ends, and
 * closed after 15 minutes regardless.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webhookReceiver: string;
  }
}

interface Recorded {
  path: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) return req.destroy(new Error('body too large'));
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answerFor(parts: string[], seen: number): { status: number; location?: string } {
  const [mode, arg] = parts;
  if (mode === 'ok') return { status: 200 };
  if (mode === 'flaky') return { status: seen < Number(arg) ? 500 : 200 };
  if (mode === 'fail') return { status: 503 };
  if (mode === 'gone') return { status: 410 };
  if (mode === 'redirect') return { status: 302, location: `/ok/${parts.at(-1)}` };
  return { status: 404 };
}

export default async function setup(project: TestProject) {
  const log = new Map<string, Recorded[]>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean);
    const name = parts.at(-1) ?? '';
    if (req.method === 'GET' && parts[0] === 'log') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log.get(name) ?? []));
      return;
    }
    const body = await readBody(req).catch(() => '');
    const entries = log.get(name) ?? [];
    const { status, location } = answerFor(parts, entries.filter((e) => e.path === url.pathname).length);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    entries.push({ path: url.pathname, headers, body, answered: status });
    log.set(name, entries);
    res.writeHead(status, { 'content-type': 'text/plain', ...(location ? { location } : {}) }).end(`answered ${status} `.repeat(50));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('webhookReceiver', `http://127.0.0.1:${port}`);
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  setTimeout(close, 15 * 60_000).unref();
  return close;
}
