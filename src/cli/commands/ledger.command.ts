// riposte ledger <A> <B> [--json] and riposte chain <event-id> [--json]: the tit-for-tat views (src/chains).
import type { Command } from 'commander';
import { getChain, getLedger } from '../../chains/chains.usecases.ts';
import { appError } from '../../core/errors.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';
import { renderChain, renderLedger } from '../render/ledger.ts';

function stateCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2,5}$/.test(code)) throw appError('usage.invalid', `"${value}" is not a state code (e.g. GBR, RUS, EU)`);
  return code;
}

export function registerLedger(program: Command, ctx: CommandContext): void {
  program
    .command('ledger')
    .description('tit-for-tat ledger of two states: acts and people per direction and type, responses, chains')
    .argument('<a>', 'a state code, e.g. GBR')
    .argument('<b>', 'the other state, e.g. RUS')
    .option('--json', 'the ledger as JSON')
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      const pair: [string, string] = [stateCode(a), stateCode(b)];
      const ledger = await withStore(ctx, (store) => getLedger({ store, pair }));
      await writeOut(ctx.deps.stdout, options.json ? `${JSON.stringify(ledger, null, 2)}\n` : renderLedger(ledger));
    });
}

export function registerChain(program: Command, ctx: CommandContext): void {
  program
    .command('chain')
    .description('the retaliation chain through one event: what it answers, and what answered it, with dates, counts, cues')
    .argument('<event-id>', 'an event id, e.g. evt_0123456789abcdef')
    .option('--json', 'the chain as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const { acts } = await withStore(ctx, (store) => getChain({ store, id }));
      await writeOut(ctx.deps.stdout, options.json ? `${JSON.stringify(acts, null, 2)}\n` : renderChain(acts));
    });
}
