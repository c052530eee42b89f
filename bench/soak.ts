/**
 * `--soak`: a mixed load on loopback (default 64 connections for 60 s): readers through
 * autocannon (pages, JSON, search, share redirects) while an editor creates, publishes and
 * updates articles through the editor API at the same time. Afterwards every write must be
 * present, and every published change visible on the public page and JSON.
 */
import autocannon from 'autocannon';
import type { ExtrasContext } from './extras';
import type { BenchReport, TargetCheck } from './report';

// The editor API allows 120 writes a minute per token (wrangler.toml, EDITOR_WRITES): stay below.
const WRITE_INTERVAL_MS = 700;

interface Written {
  id: number;
  slug: string;
  title: string;
}

interface WriteStats {
  attempted: number;
  succeeded: number;
  failures: Record<string, number>;
}

export async function runSoak(report: BenchReport, context: ExtrasContext, token: string | undefined): Promise<void> {
  const base = context.server.url;
  const seconds = Number(context.args['soak-duration'] ?? 60);
  const connections = Number(context.args['soak-connections'] ?? 64);
  const f = context.fixtures;
  const reads = [
    `/articles/${f.articleSlug}`,
    '/',
    `/sections/${f.sectionSlug}`,
    `/search?q=${encodeURIComponent(f.searchTerm)}`,
    `/api/v1/articles/${f.articleSlug}`,
    `/s/${f.shortCode}`,
  ];
  const editor = token ? await editorApi(base, token) : null;
  context.log(`soak: ${connections} connections for ${seconds} s${editor ? ' with editor writes' : ' (no editor API: reads only)'}`);

  const stats: WriteStats = { attempted: 0, succeeded: 0, failures: {} };
  const written = new Map<number, Written>();
  let stop = false;
  const writer = editor ? writeLoop(editor, f.sectionSlug, stats, written, () => stop) : Promise.resolve();
  const result = await autocannon({
    url: base.origin,
    connections,
    duration: seconds,
    requests: reads.map((path) => ({ method: 'GET' as const, path })),
  });
  stop = true;
  await writer;

  const verification = editor ? await verify(base, editor, [...written.values()]) : null;
  const bad = result['4xx'] + result['5xx'] + result.errors;
  report.extras.soak = {
    seconds,
    connections,
    reads: {
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.total / result.duration),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
      errors: result.errors,
    },
    writes: editor ? stats : 'n/a: editor API missing',
    verification: verification ?? 'n/a: editor API missing',
  };
  const lines = [
    `Soak: ${connections} connections for ${seconds} s, mixed reads (${reads.length} routes incl. a share redirect) + editor writes:`,
    '',
    '| Reads | req/s | p50 ms | p99 ms | 2xx | 3xx | 4xx | 5xx | socket errors |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${result.requests.total} | ${Math.round(result.requests.total / result.duration)} | ${result.latency.p50} | ${result.latency.p99} | ${result['2xx']} | ${result['3xx']} | ${result['4xx']} | ${result['5xx']} | ${result.errors} |`,
    '',
    editor
      ? `Writes: ${stats.succeeded} / ${stats.attempted} succeeded${Object.keys(stats.failures).length ? ` (failures by status: ${JSON.stringify(stats.failures)})` : ''}; ` +
        `after the run ${verification!.present} / ${written.size} written articles present with their last change, ` +
        `${verification!.visible} / ${written.size} showing it publicly (page and JSON).`
      : 'Writes: n/a: editor API missing (POST /api/v1/editor/articles answered 404).',
  ];
  report.sections.push(lines.join('\n'));
  const targets: TargetCheck[] = [
    { target: 'Soak: no 4xx/5xx or socket errors on reads', actual: String(bad), met: bad === 0, ...(bad ? { miss: `${bad} bad responses` } : {}) },
  ];
  if (verification) {
    const lost = written.size - Math.min(verification.present, verification.visible);
    const failed = stats.attempted - stats.succeeded;
    targets.push({ target: 'Soak: every write succeeds, is present and publicly visible', actual: `${failed} failed, ${lost} not visible`, met: failed === 0 && lost === 0, ...(failed || lost ? { miss: `${failed + lost}` } : {}) });
  }
  report.extras.targets = [...((report.extras.targets as TargetCheck[]) ?? []), ...targets];
}

type EditorCall = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

/** A caller for the editor API, or null when the API is not mounted. */
async function editorApi(base: URL, token: string): Promise<EditorCall | null> {
  const call: EditorCall = (method, path, body, headers = {}) =>
    fetch(new URL(`/api/v1/editor${path}`, base), {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const probe = await call('GET', '/articles?limit=1');
  await probe.arrayBuffer();
  return probe.status === 404 ? null : call;
}

/** Create + publish a new article, then update the previous one; until told to stop. */
async function writeLoop(call: EditorCall, section: string, stats: WriteStats, written: Map<number, Written>, stopped: () => boolean) {
  let n = 0;
  const attempt = async (method: string, path: string, body: unknown, headers?: Record<string, string>) => {
    stats.attempted++;
    const response = await call(method, path, body, headers).catch(() => null);
    const json = response ? await response.json().catch(() => null) : null;
    if (response?.ok) stats.succeeded++;
    else stats.failures[String(response?.status ?? 'network')] = (stats.failures[String(response?.status ?? 'network')] ?? 0) + 1;
    return response?.ok ? (json as { id: number; slug: string; title: string }) : null;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS));
  while (!stopped()) {
    n++;
    const key = `soak-${process.pid}-${Date.now()}-${n}`;
    const created = await attempt('POST', '/articles', { title: `Soak story ${key}`, body: `Written during the soak run.\n\nStory ${n}.`, section }, { 'idempotency-key': `${key}-create` });
    await pause();
    if (created && !stopped()) {
      const published = await attempt('POST', `/articles/${created.id}/publish`, {}, { 'idempotency-key': `${key}-publish` });
      if (published) written.set(created.id, { id: created.id, slug: published.slug, title: published.title });
      await pause();
    }
    const previous = [...written.values()].at(-2);
    if (previous && !stopped()) {
      const title = `${previous.title} (updated)`;
      // Updates are conditional: send the revision we read (If-Match), as an editor's client would.
      const current = await call('GET', `/articles/${previous.id}`).catch(() => null);
      await current?.arrayBuffer();
      const etag = current?.headers.get('etag');
      const updated = await attempt('PATCH', `/articles/${previous.id}`, { title }, etag ? { 'if-match': etag } : {});
      if (updated) written.set(previous.id, { ...previous, title: updated.title, slug: updated.slug });
      await pause();
    }
  }
}

async function verify(base: URL, call: EditorCall, articles: Written[]) {
  let present = 0;
  let visible = 0;
  for (const article of articles) {
    const stored = await call('GET', `/articles/${article.id}`);
    const state = stored.ok ? ((await stored.json()) as { title: string; status: string }) : null;
    if (state?.title === article.title && state.status === 'published') present++;
    const page = await fetch(new URL(`/articles/${article.slug}`, base));
    const html = await page.text();
    const json = await fetch(new URL(`/api/v1/articles/${article.slug}`, base));
    const data = json.ok ? ((await json.json()) as { title?: string }) : {};
    if (page.ok && html.includes(escapeHtml(article.title)) && data.title === article.title) visible++;
  }
  return { present, visible };
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
