// riposte events: a readable table of stored events, with the same filters as GET /api/events.
import type { Command } from 'commander';
import { listEvents, parseEventFilter } from '../../core/events.usecase.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';
import { renderEventTable } from '../render/table.ts';

export const DEFAULT_EVENTS_LIMIT = 50;

interface EventsOptions {
  actor?: string;
  target?: string;
  type?: string;
  since?: string;
  until?: string;
  limit?: string;
  offset?: string;
}

export function registerEvents(program: Command, ctx: CommandContext): void {
  program
    .command('events')
    .description('list stored events as a table (newest first)')
    .option('--actor <code>', 'acting state, e.g. GBR')
    .option('--target <code>', 'target state, e.g. RUS')
    .option('--type <type>', 'action type, e.g. expel')
    .option('--since <date>', 'on or after YYYY[-MM[-DD]]')
    .option('--until <date>', 'on or before YYYY[-MM[-DD]]')
    .option('--limit <n>', `at most n events (default ${DEFAULT_EVENTS_LIMIT})`)
    .option('--offset <n>', 'skip the first n events')
    .action(async (options: EventsOptions) => {
      const filter = parseEventFilter({ ...options, limit: options.limit ?? DEFAULT_EVENTS_LIMIT });
      const { events, total } = await withStore(ctx, (store) => listEvents({ store, filter }));
      if (events.length === 0) {
        ctx.deps.stderr.write('no events match\n');
        return;
      }
      await writeOut(ctx.deps.stdout, renderEventTable(events));
      ctx.deps.stderr.write(`${events.length} of ${total} events\n`);
    });
}
