/**
 * The local cron (scripts/local-cron.ts): `wrangler dev` does not run Cron Triggers, so the dev
 * server, the preview and the browser tests' server fire the scheduled handler on the minute.
 * Its schedule is checked in-process with a fake clock; one real run checks that a story
 * scheduled over the editor API goes public on the browser project's wrangler dev within a minute.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nextMinute, parseCron } from '../../scripts/cron-schedule';
import { loopbackOrigin, startLocalCron } from '../../scripts/local-cron';
import { createEditorToken } from './editor-token';

const at = (iso: string) => Date.parse(iso);

describe('cron expressions, as Cloudflare reads them (UTC)', () => {
  it('matches minutes, hours, days, months and weekday names', () => {
    const every = parseCron('* * * * *')!;
    expect(every(new Date(at('2026-11-29T23:59:00Z')))).toBe(true);
    const quarter = parseCron('*/15 * * * *')!;
    expect([0, 15, 30, 45, 7].map((m) => quarter(new Date(Date.UTC(2026, 10, 29, 10, m))))).toEqual([true, true, true, true, false]);
    const office = parseCron('0 9-17/2 * * MON-FRI')!;
    expect(office(new Date(at('2026-11-30T11:00:00Z')))).toBe(true); // a Monday
    expect(office(new Date(at('2026-11-30T12:00:00Z')))).toBe(false); // off the step
    expect(office(new Date(at('2026-11-29T11:00:00Z')))).toBe(false); // a Sunday
    const halfYear = parseCron('30 6 1 jan,JUL *')!;
    expect(halfYear(new Date(at('2027-07-01T06:30:00Z')))).toBe(true);
    expect(halfYear(new Date(at('2027-06-01T06:30:00Z')))).toBe(false);
    // Both day fields restricted: either one is enough (the 13th, or any Friday).
    const friday13 = parseCron('0 0 13 * FRI')!;
    expect(friday13(new Date(at('2026-12-04T00:00:00Z')))).toBe(true);
    expect(friday13(new Date(at('2026-12-13T00:00:00Z')))).toBe(true);
    expect(friday13(new Date(at('2026-12-14T00:00:00Z')))).toBe(false);
  });

  it('refuses what it cannot follow rather than guess', () => {
    for (const expression of ['0 0 L * *', '0 0 * * 1', '0 0 * * MON#2', '61 * * * *', '* * * *', '0 0 * * * 2026', '5-1 * * * *', '*/0 * * * *']) {
      expect(parseCron(expression), expression).toBeNull();
    }
  });

  it('fires at the start of the next whole minute', () => {
    expect(nextMinute(at('2026-11-29T10:00:30.500Z'))).toBe(at('2026-11-29T10:01:00Z'));
    expect(nextMinute(at('2026-11-29T10:01:00Z'))).toBe(at('2026-11-29T10:02:00Z'));
  });
});

describe('the ticker', () => {
  function fakeTicker(crons: string[], fail = false) {
    let clock = at('2026-11-29T09:58:30.500Z');
    const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
    const runs: [string, string][] = [];
    const lines: string[] = [];
    const cron = startLocalCron({
      crons,
      trigger: async (expression, scheduledTime) => {
        runs.push([expression, new Date(scheduledTime).toISOString()]);
        if (fail) throw new Error('fetch failed');
        return 'ok';
      },
      log: (line) => lines.push(line),
      now: () => clock,
      setTimer: (run, ms) => {
        timers.push({ run, ms, cleared: false });
        return timers.at(-1);
      },
      clearTimer: (timer: { cleared: boolean }) => (timer.cleared = true),
    });
    /** Moves the clock to the pending timer and lets it fire. */
    async function fire() {
      const timer = timers.at(-1)!;
      clock += timer.ms;
      timer.run();
      await new Promise((done) => setTimeout(done, 0));
    }
    return { cron, timers, runs, lines, fire };
  }

  it('runs each due expression once a minute, on the minute, and logs the outcome', async () => {
    const { timers, runs, lines, fire } = fakeTicker(['* * * * *', '0 * * * *', '0 0 L * *']);
    expect(lines[0]).toMatch(/"0 0 L \* \*" is not run locally .*\/cdn-cgi\/local\/scheduled\?cron=0%200%20L/);
    expect(lines[1]).toBe('cron: running "* * * * *", "0 * * * *" on the minute (UTC), as Cron Triggers run in production');
    expect(timers[0]!.ms).toBe(29_500);
    await fire();
    expect(runs).toEqual([['* * * * *', '2026-11-29T09:59:00.000Z']]);
    expect(timers.at(-1)!.ms).toBe(60_000);
    await fire();
    expect(runs.slice(1)).toEqual([
      ['* * * * *', '2026-11-29T10:00:00.000Z'],
      ['0 * * * *', '2026-11-29T10:00:00.000Z'],
    ]);
    expect(lines.at(-1)).toMatch(/^cron: the scheduled handler for "(\* \* \* \* \*|0 \* \* \* \*)" at 10:00 UTC: ok$/);
  });

  it('keeps ticking when the server is down, and stops for good', async () => {
    const { cron, timers, runs, lines, fire } = fakeTicker(['* * * * *'], true);
    await fire();
    expect(lines.at(-1)).toBe('cron: the scheduled handler for "* * * * *" at 09:59 UTC: not run (fetch failed)');
    expect(timers).toHaveLength(2);
    cron.stop();
    expect(timers.at(-1)!.cleared).toBe(true);
    timers.at(-1)!.run(); // a timer that fires anyway runs nothing and arms nothing
    expect(timers).toHaveLength(2);
    expect(runs).toHaveLength(1);
  });

  it('reaches a server listening on every address through loopback', () => {
    expect(loopbackOrigin('0.0.0.0', 8787)).toBe('http://127.0.0.1:8787');
    expect(loopbackOrigin('::1', 8787)).toBe('http://[::1]:8787');
  });
});

describe('scheduled publishing under wrangler dev', () => {
  // The browser project's own server (tests/support/wrangler-dev.ts runs the local cron, as
  // `npm run dev` does).
  const baseUrl = inject('baseUrl');
  let headers: Record<string, string>;
  let id: number | undefined;
  beforeAll(() => {
    headers = { authorization: `Bearer ${createEditorToken(inject('persistTo'), 'editor', 'local-cron-test')}`, 'content-type': 'application/json' };
  }, 120_000);
  // To the trash, so later browser files see the seeded site.
  afterAll(async () => {
    if (id !== undefined) await fetch(`${baseUrl}/api/v1/editor/articles/${id}`, { method: 'DELETE', headers });
  });

  it('publishes a story scheduled over the editor API at the next minute, through the scheduled handler', { timeout: 100_000 }, async () => {
    const title = 'Łódź i Київ uruchamiają nocne tramwaje: „Jedziemy do rana” 🚋 — перший рейс о 00:30';
    const created = await fetch(`${baseUrl}/api/v1/editor/articles`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title, section: 'world', body: 'Pierwszy kurs wyjeżdża z zajezdni o 00:30.\n\nПерший рейс — о 00:30.' }),
    });
    expect(created.status).toBe(201);
    id = ((await created.json()) as { id: number }).id;
    const publishAt = new Date(Date.now() + 5_000).toISOString();
    const scheduled = await fetch(`${baseUrl}/api/v1/editor/articles/${id}/publish`, { method: 'POST', headers, body: JSON.stringify({ at: publishAt }) });
    const story = (await scheduled.json()) as { status: string; slug: string };
    expect(story.status).toBe('scheduled');

    // Due in 5 s; the first tick after that publishes it: at most a minute and 5 s from now.
    let page = 0;
    for (const deadline = Date.now() + 80_000; Date.now() < deadline && page !== 200; ) {
      await new Promise((wait) => setTimeout(wait, 2_000));
      page = (await fetch(`${baseUrl}/articles/${story.slug}`)).status;
    }
    expect(page).toBe(200);
    const home = await (await fetch(`${baseUrl}/`)).text();
    expect(home).toContain(`/articles/${story.slug}`);
    expect(home).toContain('перший рейс о 00:30');
    // Published by the scheduled handler: a publish revision that no editor token made.
    const revisions = (await (await fetch(`${baseUrl}/api/v1/editor/articles/${id}/revisions`, { headers })).json()) as { items: { action: string; tokenId: number | null }[] };
    const publish = revisions.items.filter((r) => r.action === 'publish');
    expect(publish).toEqual([expect.objectContaining({ tokenId: null })]);
  });
});
