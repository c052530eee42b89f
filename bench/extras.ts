/** The parts of a bench run after the main table (Lighthouse, soak, the full-size archive), each adding to the report. */
import type { Fixtures } from './fixtures';
import type { LoadOptions } from './measure';
import type { PreviewServer } from './preview-server';
import type { BenchReport } from './report';
import { runScale, type ScaleSettings } from './scale';
import { runSoak } from './soak';
import { runLighthouse } from './lighthouse';

export interface ExtrasContext {
  /** The server being measured; the full-size run disposes it and starts its own. */
  server: PreviewServer;
  servers: Set<PreviewServer>;
  fixtures: Fixtures;
  persistTo: string;
  script: string;
  load: LoadOptions;
  log: (message: string) => void;
  quick: boolean;
  lighthouse: boolean;
  /** `--scale`: deep section pages and sitemaps at both archive sizes too. */
  scale: boolean;
  soak: boolean;
  args: Record<string, string | number | boolean | undefined>;
  /** An editor token made by scripts/token-create.ts before the server started (for --soak). */
  editorToken?: string;
  /** The full-size archive run (always; its size is --scale-count). */
  archive: ScaleSettings;
}

export async function runExtras(report: BenchReport, context: ExtrasContext): Promise<void> {
  // Lighthouse first: the page as a reader gets it, before the archive grows.
  if (context.lighthouse) await runLighthouse(report, context);
  if (context.soak) await runSoak(report, context, context.editorToken);
  await runScale(report, context, context.archive);
}
