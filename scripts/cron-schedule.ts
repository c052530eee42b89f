/**
 * When a Cron Trigger of wrangler.toml fires, for the local cron (local-cron.ts): five fields,
 * minute hour day-of-month month day-of-week, always in UTC, as Cloudflare reads them.
 * Supported here: `*`, numbers, ranges, steps and lists (`*\/15`, `0,30`, `9-17/2`), month names,
 * and day-of-week names (`MON-FRI`). Not supported: `L`, `W`, `#`, `?` and day-of-week numbers
 * (Cloudflare counts them 1-7 from Sunday, Unix cron 0-6: a name cannot be misread).
 * Pure: no clock, no I/O.
 */

/** Whether an expression fires in the UTC minute that contains `time`. */
export type CronMatcher = (time: Date) => boolean;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  min: number;
  max: number;
  /** Names for the values from `min` on (months, days). */
  names?: string[];
  numbers: boolean;
}

const FIELDS: Field[] = [
  { min: 0, max: 59, numbers: true },
  { min: 0, max: 23, numbers: true },
  { min: 1, max: 31, numbers: true },
  { min: 1, max: 12, names: MONTHS, numbers: true },
  { min: 0, max: 6, names: DAYS, numbers: false },
];

/** The matcher for `expression`, or null when the local cron cannot follow it. */
export function parseCron(expression: string): CronMatcher | null {
  const parts = expression.trim().toUpperCase().split(/\s+/);
  if (parts.length !== FIELDS.length) return null;
  const sets = parts.map((part, i) => parseField(part, FIELDS[i]!));
  if (sets.some((set) => set === null)) return null;
  const [minutes, hours, days, months, weekdays] = sets as Set<number>[];
  // Unix cron rule: when both day fields are restricted, either one matching is enough.
  const anyDay = parts[2] === '*';
  const anyWeekday = parts[4] === '*';
  return (time) => {
    const dayOfMonth = days!.has(time.getUTCDate());
    const dayOfWeek = weekdays!.has(time.getUTCDay());
    const day = anyDay || anyWeekday ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
    return minutes!.has(time.getUTCMinutes()) && hours!.has(time.getUTCHours()) && months!.has(time.getUTCMonth() + 1) && day;
  };
}

function parseField(text: string, field: Field): Set<number> | null {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const match = /^(\*|[A-Z0-9]+(?:-[A-Z0-9]+)?)(?:\/(\d+))?$/.exec(item);
    if (!match) return null;
    const [, range, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    let from = field.min;
    let to = field.max;
    if (range !== '*') {
      const [start, end] = range!.split('-').map((value) => readValue(value, field));
      if (start === null || end === null || start === undefined) return null;
      from = start;
      // `5/15` means from 5 to the end, every 15.
      to = end ?? (stepText === undefined ? start : field.max);
    }
    if (step < 1 || from > to) return null;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

function readValue(text: string, field: Field): number | null {
  const named = field.names?.indexOf(text) ?? -1;
  if (named >= 0) return field.min + named;
  if (!field.numbers || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= field.min && value <= field.max ? value : null;
}

/** The start of the next whole UTC minute after `now` (ms): when cron triggers fire. */
export function nextMinute(now: number): number {
  return Math.floor(now / 60_000) * 60_000 + 60_000;
}
