/**
 * Wall-clock times in the site's zone (src/model/site-time.ts) across DST changes, and the
 * reader's date labels in a zone (src/i18n formatDateTime): Europe/Warsaw and
 * America/New_York, spring gaps and autumn overlaps, in the real runtime's ICU data.
 */
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/i18n';
import { fromZonedInputValue, isValidTimeZone, toZonedInputValue, zoneOffsetMs } from '../../src/model/site-time';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('site time: datetime-local values in a zone', () => {
  it('converts ordinary times both ways, winter and summer', () => {
    expect(fromZonedInputValue('2026-01-15T09:30', 'Europe/Warsaw')).toBe(utc('2026-01-15T08:30:00Z'));
    expect(fromZonedInputValue('2026-07-15T09:30', 'Europe/Warsaw')).toBe(utc('2026-07-15T07:30:00Z'));
    expect(fromZonedInputValue('2026-01-15T09:30', 'America/New_York')).toBe(utc('2026-01-15T14:30:00Z'));
    expect(fromZonedInputValue('2026-07-15T09:30', 'America/New_York')).toBe(utc('2026-07-15T13:30:00Z'));
    expect(toZonedInputValue(utc('2026-07-15T07:30:00Z'), 'Europe/Warsaw')).toBe('2026-07-15T09:30');
    expect(toZonedInputValue(utc('2026-12-31T23:30:00Z'), 'Europe/Warsaw')).toBe('2027-01-01T00:30');
    expect(fromZonedInputValue('2026-11-29T18:30', 'UTC')).toBe(utc('2026-11-29T18:30:00Z'));
  });

  it('moves a time skipped by the spring change past the gap (Warsaw 29 March, New York 8 March)', () => {
    // 02:00-03:00 never happens in Warsaw on 2026-03-29: 02:30 means 03:30 CEST = 01:30Z.
    expect(fromZonedInputValue('2026-03-29T02:30', 'Europe/Warsaw')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(toZonedInputValue(utc('2026-03-29T01:30:00Z'), 'Europe/Warsaw')).toBe('2026-03-29T03:30');
    // Either side of the gap is exact.
    expect(fromZonedInputValue('2026-03-29T01:59', 'Europe/Warsaw')).toBe(utc('2026-03-29T00:59:00Z'));
    expect(fromZonedInputValue('2026-03-29T03:00', 'Europe/Warsaw')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(fromZonedInputValue('2026-03-08T02:30', 'America/New_York')).toBe(utc('2026-03-08T07:30:00Z'));
    expect(toZonedInputValue(utc('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-08T03:30');
  });

  it('takes the first of a time repeated by the autumn change (Warsaw 25 October, New York 1 November)', () => {
    // 02:30 happens twice in Warsaw on 2026-10-25: first in CEST (00:30Z), then in CET (01:30Z).
    expect(fromZonedInputValue('2026-10-25T02:30', 'Europe/Warsaw')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(toZonedInputValue(utc('2026-10-25T00:30:00Z'), 'Europe/Warsaw')).toBe('2026-10-25T02:30');
    expect(toZonedInputValue(utc('2026-10-25T01:30:00Z'), 'Europe/Warsaw')).toBe('2026-10-25T02:30');
    expect(fromZonedInputValue('2026-11-01T01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
    expect(toZonedInputValue(utc('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30');
    expect(zoneOffsetMs(utc('2026-10-25T00:30:00Z'), 'Europe/Warsaw')).toBe(2 * HOUR);
    expect(zoneOffsetMs(utc('2026-10-25T01:30:00Z'), 'Europe/Warsaw')).toBe(HOUR);
  });

  it('refuses values that are not a wall time, and zones that do not exist', () => {
    for (const value of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01 10:00', '2026-01-01T10:60', 'jutro o 10:00']) {
      expect(fromZonedInputValue(value, 'Europe/Warsaw'), value).toBeNull();
    }
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    for (const zone of ['', 'Europe/Gdańsk', 'Mars/Olympus_Mons', 'x'.repeat(65)]) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});

describe('reader date labels in a zone', () => {
  it('spell the zone they are in, with its name at that date', () => {
    expect(formatDateTime('2026-07-01T10:00:00.000Z', 'en')).toBe('1 July 2026 at 10:00 UTC');
    expect(formatDateTime('2026-07-01T10:00:00.000Z', 'en', 'Europe/Warsaw')).toBe('1 July 2026 at 12:00 CEST');
    expect(formatDateTime('2026-01-01T10:00:00.000Z', 'en', 'Europe/Warsaw')).toBe('1 January 2026 at 11:00 CET');
    expect(formatDateTime('2026-07-01T10:00:00.000Z', 'pl', 'Europe/Warsaw')).toMatch(/^1 lipca 2026 .*12:00 CEST$/);
    expect(formatDateTime('2026-01-01T10:00:00.000Z', 'en', 'America/New_York')).toMatch(/^1 January 2026 at 05:00 (EST|GMT-5)$/);
    // Across midnight the date changes too.
    expect(formatDateTime('2026-12-31T23:30:00.000Z', 'en', 'Europe/Warsaw')).toBe('1 January 2027 at 00:30 CET');
  });
});
