/**
 * The sanitizer's worst case, in the bench report: bench/sanitizer.ts renders the largest
 * bodies the editor API accepts, built from pathological markup, against plain prose of the
 * same length (CPU in this Node process, with no load running). Target: the worst costs
 * at most 10x plain text.
 */
import type { BenchReport, TargetCheck } from './report';

export async function runSanitizerSection(report: BenchReport, options: { quick: boolean; log: (message: string) => void }): Promise<TargetCheck[]> {
  options.log('sanitizer: pathological bodies vs plain text');
  try {
    const { runSanitizerBench, sanitizerBenchTable, TARGET_RATIO } = await import('./sanitizer');
    // A smoke run only checks that it runs: one render of quarter-size bodies.
    const runs = options.quick ? 1 : 7;
    const started = Date.now();
    const { rows, worstRatio } = await runSanitizerBench({ runs, ...(options.quick ? { chars: 50_000 } : {}) });
    const worst = [...rows].sort((a, b) => b.ratio - a.ratio)[0];
    const crashed = rows.filter((r) => r.outcome === 'crashed');
    report.extras.sanitizer = { runs, seconds: (Date.now() - started) / 1000, worstRatio, rows };
    report.sections.push(
      [
        `Sanitizer (bench/sanitizer.ts: renderBody on ${rows[0]?.chars.toLocaleString('en-US') ?? '?'}-character bodies, median CPU of ${runs} run${runs === 1 ? '' : 's'} in Node, ` +
          `each against plain prose of the same length and format; worst first):`,
        '',
        sanitizerBenchTable(rows),
        '',
        worst ? `Worst: ${worst.name} (${worst.format}), ${worst.ratio.toFixed(1)}x plain text (${worst.outcome}).` : 'No bodies.',
      ].join('\n'),
    );
    const targets: TargetCheck[] = [
      {
        target: `Sanitizer: worst pathological body <= ${TARGET_RATIO}x plain text of the same length (CPU)`,
        actual: worst ? `${worstRatio.toFixed(1)}x (${worst.name}, ${worst.format})` : 'n/a',
        met: worst ? worstRatio <= TARGET_RATIO : null,
        ...(worst && worstRatio > TARGET_RATIO ? { miss: `${((worstRatio / TARGET_RATIO - 1) * 100).toFixed(0)}% over` } : {}),
      },
    ];
    if (crashed.length) {
      targets.push({ target: 'Sanitizer: no body crashes the renderer', actual: crashed.map((r) => `${r.name} (${r.format})`).join(', '), met: false, miss: `${crashed.length} crashed` });
    }
    return targets;
  } catch (error) {
    report.sections.push(`Sanitizer: n/a: ${(error as Error).message}`);
    return [{ target: 'Sanitizer: worst pathological body <= 10x plain text of the same length (CPU)', actual: 'n/a', met: null }];
  }
}
