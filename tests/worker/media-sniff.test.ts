/** The header parser (src/media/sniff.ts): real files from sharp, every truncation, random bytes. */
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../src/media/sniff';
import { GPS_JPEG, pngHeader, SMALL } from './media-support';

describe('sniffImage', () => {
  it('reads format and size from real files of every accepted format', () => {
    expect(sniffImage(GPS_JPEG)).toEqual({ ok: true, format: 'jpeg', width: 2400, height: 1350 });
    for (const [format, bytes] of Object.entries(SMALL)) {
      expect(sniffImage(bytes), format).toEqual({ ok: true, format, width: 64, height: 48 });
    }
  });

  it('reads a crafted header as it claims (the pixel limits are checked on this)', () => {
    expect(sniffImage(pngHeader(20_000, 20_000))).toEqual({ ok: true, format: 'png', width: 20_000, height: 20_000 });
  });

  it('answers "truncated", never throws or guesses, for every prefix cut before the size', () => {
    const files = { jpeg: GPS_JPEG.subarray(0, 4096), ...SMALL };
    for (const [format, bytes] of Object.entries(files)) {
      const full = sniffImage(bytes);
      let firstComplete = -1;
      for (let n = 0; n <= bytes.length; n++) {
        const result = sniffImage(bytes.subarray(0, n));
        if (result.ok) {
          expect(result, `${format} at ${n}`).toEqual(full);
          if (firstComplete < 0) firstComplete = n;
        } else if (n >= 4 && firstComplete < 0) {
          // Once the magic bytes are in, a short header is ours but broken (400), not a foreign type (415).
          if (n >= 12) expect(result.reason, `${format} at ${n}`).toBe('truncated');
        }
        if (firstComplete >= 0) expect(result.ok, `${format} at ${n} after the header was complete`).toBe(true);
      }
      expect(firstComplete, format).toBeGreaterThan(0);
    }
  });

  it('calls anything else unsupported, whatever it starts like', () => {
    const samples = [
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      new TextEncoder().encode('%PDF-1.7\n'),
      new TextEncoder().encode('Zdjęcie: Kraków, 2026 — «Фото» 📷'),
      new Uint8Array([0x42, 0x4d, 0, 0, 0, 0]), // BMP
      new Uint8Array(0),
    ];
    for (const bytes of samples) expect(sniffImage(bytes)).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('survives random bytes and random corruption of real headers (fuzz)', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      const base = [GPS_JPEG.subarray(0, 2048), ...Object.values(SMALL)][i % 5]!;
      const bytes = i % 2 ? base.slice(0, Math.floor(random() * base.length)) : Uint8Array.from({ length: 64 }, () => Math.floor(random() * 256));
      for (let j = 0; j < 4 && bytes.length; j++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const result = sniffImage(bytes);
      if (result.ok) {
        expect(result.width).toBeGreaterThan(0);
        expect(result.height).toBeGreaterThan(0);
      }
    }
  });
});
