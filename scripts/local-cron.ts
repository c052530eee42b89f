/**
 * Cron Triggers for local servers. In production Cloudflare runs the Worker's scheduled handler
 * (src/scheduled.ts) for each `[triggers] crons` expression of wrangler.toml; `wrangler dev` and
 * Miniflare never do it on their own, so scheduled stories would stay scheduled. This ticker
 * fires the same handler at the start of each UTC minute in which an expression is due,
 * through the trigger endpoint that only local servers have: `/cdn-cgi/local/scheduled`
 * (Miniflare's entry worker answers it before the Worker; it is not part of the deployed
 * bundle, and on Cloudflare `/cdn-cgi/` paths never reach a Worker).
 */
import { nextMinute, parseCron, type CronMatcher } from './cron-schedule';

/** What one run of the scheduled handler ended with: `ok`, `exception`, or why it did not run. */
export type TriggerScheduled = (cron: string, scheduledTime: number) => Promise<string>;

export interface LocalCronOptions {
  /** The expressions of wrangler.toml `[triggers] crons`. */
  crons: readonly string[];
  trigger: TriggerScheduled;
  log?: (line: string) => void;
  /** The clock and the timer, replaceable so the ticker can be tested without waiting. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => { unref?: () => unknown } | unknown;
  clearTimer?: (timer: never) => void;
}

export interface LocalCron {
  stop(): void;
}

/** Starts the ticker; the first run is at the next whole minute, as a newly deployed trigger. */
export function startLocalCron(options: LocalCronOptions): LocalCron {
  const log = options.log ?? ((line) => console.error(line));
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = (options.clearTimer ?? clearTimeout) as (timer: unknown) => void;
  const schedules: { cron: string; matches: CronMatcher }[] = [];
  for (const cron of options.crons) {
    const matches = parseCron(cron);
    if (matches) schedules.push({ cron, matches });
    else log(`cron: "${cron}" is not run locally (unsupported syntax); trigger it with /cdn-cgi/local/scheduled?cron=${encodeURIComponent(cron)}`);
  }
  let timer: unknown;
  let stopped = false;

  async function tick(scheduledTime: number) {
    const minute = new Date(scheduledTime).toISOString().slice(11, 16);
    await Promise.all(
      schedules
        .filter(({ matches }) => matches(new Date(scheduledTime)))
        .map(async ({ cron }) => {
          const outcome = await options.trigger(cron, scheduledTime).catch((error: unknown) => `not run (${error instanceof Error ? error.message : String(error)})`);
          log(`cron: the scheduled handler for "${cron}" at ${minute} UTC: ${outcome}`);
        }),
    );
  }

  function arm() {
    if (stopped) return;
    const at = nextMinute(now());
    timer = setTimer(() => {
      if (stopped) return;
      arm();
      void tick(at);
    }, at - now());
    // Never keeps a process alive on its own: the server it drives does that.
    (timer as { unref?: () => unknown } | undefined)?.unref?.();
  }

  if (schedules.length > 0) {
    log(`cron: running ${schedules.map(({ cron }) => `"${cron}"`).join(', ')} on the minute (UTC), as Cron Triggers run in production`);
    arm();
  }
  return {
    stop() {
      stopped = true;
      clearTimer(timer);
    },
  };
}

/**
 * Fires the handler through a local server's trigger endpoint (wrangler dev, or Miniflare with
 * `unsafeTriggerHandlers`). `time` becomes `controller.scheduledTime`, as the trigger's own time.
 */
export function triggerThroughEndpoint(origin: string): TriggerScheduled {
  return async (cron, scheduledTime) => {
    const url = new URL('/cdn-cgi/local/scheduled', origin);
    url.search = new URLSearchParams({ cron, time: String(scheduledTime), format: 'json' }).toString();
    const response = await fetch(url, { signal: AbortSignal.timeout(50_000) }).catch((error: unknown) => {
      throw new Error(`no answer from ${origin}, not up yet or stopped: ${error instanceof Error ? error.message : String(error)}`);
    });
    const body = (await response.json().catch(() => null)) as { outcome?: string } | null;
    return body?.outcome ?? `HTTP ${response.status}`;
  };
}

/** The `[triggers] crons` of wrangler.toml (loads wrangler: call it after --help is answered). */
export async function configuredCrons(configPath: string): Promise<string[]> {
  const { unstable_readConfig } = await import('wrangler');
  return unstable_readConfig({ config: configPath }, { hideWarnings: true }).triggers?.crons ?? [];
}

/** The address a local client reaches a server on, for one listening on `ip`. */
export function loopbackOrigin(ip: string, port: number): string {
  const host = ip === '0.0.0.0' || ip === '::' || ip === '' ? '127.0.0.1' : ip;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
