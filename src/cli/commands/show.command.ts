// riposte show <event-id>: one event with every field and each report's evidence highlighted.
import type { Command } from 'commander';
import { getEvent } from '../../core/events.usecase.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';
import { renderEventDetail } from '../render/event-detail.ts';
import type { HighlightStyle } from '../render/highlight.ts';

export function highlightStyle(ctx: CommandContext): HighlightStyle {
  return ctx.deps.stdout.isTTY && !ctx.deps.env.NO_COLOR ? 'ansi' : 'brackets';
}

export function registerShow(program: Command, ctx: CommandContext): void {
  program
    .command('show')
    .description('show one event: all fields, codes, link, and every report with its evidence')
    .argument('<event-id>', 'an id from `riposte events` or the export, e.g. evt_0123456789abcdef')
    .action(async (id: string) => {
      const event = await withStore(ctx, (store) => getEvent({ store, id }));
      await writeOut(ctx.deps.stdout, renderEventDetail(event, highlightStyle(ctx)));
    });
}
