// riposte eval <gold-dir> [--json] [--min-f1 <x>] [--min-link-f1 <x>] [--min-claim-f1 <x>]: scores this build against
// a gold folder (formats.md, "Scoring"). Exit 0; 1 when a floor is given and its F1 is below it (or not measurable);
// 2 on bad usage or a bad gold. The link floor is on explicit links across documents (within documents when the
// run has no stored events).
import type { Command } from 'commander';
import { appError } from '../../core/errors.ts';
import { GoldError } from '../../eval/gold.ts';
import { formatReport, runEval, type EvalExtractor } from '../../eval/run-eval.ts';
import type { CommandContext, Output } from '../context.ts';

function parseFloor(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
    throw appError('usage.invalid', `${flag} takes a number between 0 and 1, got "${value}"`);
  }
  return x;
}

type EvalOptions = { json?: boolean; minF1?: string; minLinkF1?: string; minClaimF1?: string };

async function write(out: Output, text: string): Promise<void> {
  if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}

/** `ctx` is optional so the command also runs outside the main program (src/eval/main.ts). */
export function registerEval(program: Command, ctx?: CommandContext): void {
  const stdout: Output = ctx?.deps.stdout ?? process.stdout;
  const stderr: Output = ctx?.deps.stderr ?? process.stderr;
  const setExit = ctx ? (code: number) => ctx.setExit(code) : (code: number) => { process.exitCode = code; };
  program
    .command('eval')
    .description('score this build against a gold folder (NAME.txt|.html|.jsonl + NAME.gold.json pairs)')
    .argument('<gold-dir>', 'folder of gold pairs')
    .option('--json', 'the full report as JSON')
    .option('--min-f1 <x>', 'exit 1 when the overall event F1 is below x (0..1)')
    .option('--min-link-f1 <x>', 'exit 1 when the explicit link F1 (across documents) is below x (0..1)')
    .option('--min-claim-f1 <x>', 'exit 1 when the claim F1 is below x (0..1)')
    .action(async (goldDir: string, options: EvalOptions) => {
      const floors = [
        { name: 'event F1', flag: '--min-f1', min: parseFloor('--min-f1', options.minF1) },
        { name: 'explicit link F1', flag: '--min-link-f1', min: parseFloor('--min-link-f1', options.minLinkF1) },
        { name: 'claim F1', flag: '--min-claim-f1', min: parseFloor('--min-claim-f1', options.minClaimF1) },
      ];
      const extractor: EvalExtractor | undefined = ctx?.deps.createExtractor();
      let report;
      try {
        report = await runEval(goldDir, { extractor });
      } catch (err) {
        if (!(err instanceof GoldError)) throw err;
        stderr.write(`riposte eval: ${err.message}\n`);
        setExit(2);
        return;
      }
      await write(stdout, options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      const measured = [report.events.f1, (report.crossLinks?.explicit ?? report.links).f1, report.claims.f1];
      floors.forEach(({ name, flag, min }, k) => {
        const f1 = measured[k] ?? null;
        if (min === undefined || (f1 !== null && f1 >= min)) return;
        stderr.write(`riposte eval: ${name} ${f1 === null ? 'not measurable' : f1.toFixed(3)} is below ${flag} ${min}\n`);
        setExit(1);
      });
    });
}
