// riposte show <event-id>: one event with every field and each report's evidence highlighted.
import type { Command } from 'commander';
import { getEvent } from '../../core/events.usecase.ts';
import { reviewsFor, toCorrectionRecord, type CorrectionRecord } from '../../core/review.usecase.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';
import { renderEventDetail } from '../render/event-detail.ts';
import type { HighlightStyle } from '../render/highlight.ts';

export function highlightStyle(ctx: CommandContext): HighlightStyle {
  return ctx.deps.stdout.isTTY && !ctx.deps.env.NO_COLOR ? 'ansi' : 'brackets';
}

/** The analyst's review, kept apart from the extracted fields above it. */
export function renderCorrection(c: CorrectionRecord | null): string {
  if (!c) return '';
  const fields = Object.entries(c.fields).map(([k, v]) => `${k} ${v === null ? '(none)' : v}`).join(', ');
  return `analyst review: ${c.status}${fields ? ` (${fields})` : ''} at ${c.reviewed_at}${c.note ? `; note: ${c.note}` : ''}\n`;
}

export function registerShow(program: Command, ctx: CommandContext): void {
  program
    .command('show')
    .description('show one event: all fields, codes, link, and every report with its evidence')
    .argument('<event-id>', 'an id from `riposte events` or the export, e.g. evt_0123456789abcdef')
    .action(async (id: string) => {
      const { event, review } = await withStore(ctx, async (store) => {
        const found = await getEvent({ store, id });
        return { event: found, review: (await reviewsFor(store, [found])).get(id) };
      });
      await writeOut(ctx.deps.stdout, renderEventDetail(event, highlightStyle(ctx)) + renderCorrection(toCorrectionRecord(review)));
    });
}
