/**
 * Server CPU time from /proc: utime + stime of the workerd processes that serve a run, so
 * CPU per request is measured where the Worker runs, not estimated from wall time.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  cpuMs: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may contain spaces: split after the last ')'.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { pid, comm, ppid: Number(fields[1]), cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** workerd processes descended from this process (Miniflare spawns them). */
export function childWorkerdPids(root = process.pid): number[] {
  const stats = allStats();
  const descendants = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stat of stats) {
      if (descendants.has(stat.ppid) && !descendants.has(stat.pid)) {
        descendants.add(stat.pid);
        grew = true;
      }
    }
  }
  return stats.filter((s) => s.pid !== root && descendants.has(s.pid) && s.comm.startsWith('workerd')).map((s) => s.pid);
}

/** Total CPU milliseconds (user + system) used so far by `pids`. */
export function cpuMsOf(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + (readStat(pid)?.cpuMs ?? 0), 0);
}
