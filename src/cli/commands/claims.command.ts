// riposte claims [--json]: aggregate statements with their verdicts (a JSON array with --json, else one line each).
import type { Command } from 'commander';
import { listClaims, type ClaimRecord } from '../../core/claims.usecase.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';

function claimLine(claim: ClaimRecord): string {
  const count = claim.count === null ? '?' : `${claim.count_qualifier === 'exact' ? '' : `${claim.count_qualifier} `}${claim.count}`;
  const period = `${claim.period.from ?? '?'}..${claim.period.to ?? '?'}`;
  const ledger = claim.ledger_count === null ? 'nothing on record' : `ledger ${claim.ledger_count} ${claim.ledger_unit ?? ''}`.trim();
  const acts = (claim.ledger_acts ?? []).map((a) => `${a.date ?? 'undated'} ${a.count ?? '?'} [${a.id}]`).join(', ');
  return `${claim.id}  ${claim.actor}→${claim.target} ${claim.type} ${count} (${period})  verdict ${claim.verdict} (${ledger})\n` +
    `    ${claim.sentence}\n${claim.verdict_reason ? `    ${claim.verdict_reason}\n` : ''}${acts ? `    acts: ${acts}\n` : ''}`;
}

export function registerClaims(program: Command, ctx: CommandContext): void {
  program
    .command('claims')
    .description('list aggregate claims ("has expelled at least nine diplomats since 2024") with their verdicts')
    .option('--json', 'a JSON array in the formats.md claim shape')
    .action(async (options: { json?: boolean }) => {
      const claims = await withStore(ctx, (store) => listClaims({ store }));
      if (options.json) {
        await writeOut(ctx.deps.stdout, `${JSON.stringify(claims, null, 2)}\n`);
        return;
      }
      if (claims.length === 0) ctx.deps.stderr.write('no claims stored\n');
      for (const claim of claims) await writeOut(ctx.deps.stdout, claimLine(claim));
    });
}
