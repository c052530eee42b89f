/**
 * Sizes and startup: the article HTML as sent (raw and gzip), the Worker bundle from the
 * dry-run build (raw and gzip), and the startup CPU profile from `wrangler check startup`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './preview-server';

const run = promisify(execFile);

export interface Size {
  rawBytes: number;
  gzipBytes: number;
}

export const sizeOf = (bytes: Uint8Array | string): Size => {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return { rawBytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 6 }).length };
};

export const bundleSize = (script: string): Size => sizeOf(readFileSync(script));

export interface StartupProfile {
  /** CPU the Worker was active during startup ("Active" in wrangler's summary), ms. */
  activeMs: number | null;
  profileWindowMs: number | null;
  /** Why there is no figure, when there is none. */
  failure?: string;
}

/** Runs `wrangler check startup` (it builds the Worker itself) and reads its summary. */
export async function startupProfile(timeoutMs = 120_000): Promise<StartupProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'edge-news-startup-'));
  const outfile = join(dir, 'startup.cpuprofile');
  try {
    const { stdout, stderr } = await run(join(projectRoot, 'node_modules/.bin/wrangler'), ['check', 'startup', '--outfile', outfile], {
      cwd: projectRoot,
      timeout: timeoutMs,
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    });
    const text = stdout + stderr;
    const figure = (label: string) => {
      const match = new RegExp(`${label}:\\s*([\\d.]+)\\s*ms`).exec(text);
      return match ? Number(match[1]) : null;
    };
    const activeMs = figure('Active');
    return activeMs === null
      ? { activeMs, profileWindowMs: figure('Profile window'), failure: 'wrangler printed no "Active: N ms" figure' }
      : { activeMs, profileWindowMs: figure('Profile window') };
  } catch (error) {
    const detail = (error as { stderr?: string; message: string }).stderr || (error as Error).message;
    return { activeMs: null, profileWindowMs: null, failure: `wrangler check startup failed: ${detail.trim().split('\n').slice(-3).join(' ')}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
