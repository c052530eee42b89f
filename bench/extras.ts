/** Optional parts of a bench run (scale, soak, Lighthouse), each adding to the report. */
import type { Fixtures } from './fixtures';
import type { LoadOptions } from './measure';
import type { PreviewServer } from './preview-server';
import type { BenchReport } from './report';
import { runScale } from './scale';
import { runSoak } from './soak';
import { runLighthouse } from './lighthouse';

export interface ExtrasContext {
  server: PreviewServer;
  servers: Set<PreviewServer>;
  fixtures: Fixtures;
  persistTo: string;
  script: string;
  load: LoadOptions;
  log: (message: string) => void;
  quick: boolean;
  lighthouse: boolean;
  scale: boolean;
  soak: boolean;
  args: Record<string, string | number | boolean | undefined>;
  /** An editor token made by scripts/token-create.ts before the server started (for --soak). */
  editorToken?: string;
}

export async function runExtras(report: BenchReport, context: ExtrasContext): Promise<void> {
  // Lighthouse first: the page as a reader gets it, before scale runs grow the database.
  if (context.lighthouse) await runLighthouse(report, context);
  if (context.soak) await runSoak(report, context, context.editorToken);
  if (context.scale) await runScale(report, context);
}
