/**
 * Wall-clock times in the site's time zone (a site setting, IANA name such as
 * "Europe/Warsaw"). The newsroom's <input type="datetime-local"> speaks local wall time
 * without a zone; these convert it to and from instants, with DST handled by Intl.
 */
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone name this runtime knows ("UTC", "Europe/Warsaw", "America/New_York"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall-clock fields at `ms`. */
function wallClock(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** How far the zone's wall clock is ahead of UTC at `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `ms` as the value of a datetime-local input in the zone: "2026-11-29T18:30". */
export function toZonedInputValue(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a datetime-local value means in the zone, or null when it is not a valid
 * value. A wall time skipped by a DST change (02:30 on a spring-forward night) resolves
 * to the instant after the gap; a repeated one (autumn) to its first occurrence.
 */
export function fromZonedInputValue(value: string, timeZone: string): number | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second ?? 0);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return null;
  // Try the offsets in force around that wall time; the earliest that maps back to it wins.
  const offsets = [...new Set([zoneOffsetMs(asUtc - 86_400_000, timeZone), zoneOffsetMs(asUtc, timeZone), zoneOffsetMs(asUtc + 86_400_000, timeZone)])];
  const candidates = offsets.map((offset) => asUtc - offset).filter((ms) => toZonedInputValue(ms, timeZone) === value.slice(0, 16)).sort((a, b) => a - b);
  if (candidates.length) return candidates[0]!;
  // In a gap: the wall time never happens; move past the gap by the larger offset.
  return asUtc - Math.min(...offsets);
}
