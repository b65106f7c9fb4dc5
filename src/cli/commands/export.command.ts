// riposte export --format jsonl|csv|plover|cameo: every event to stdout, streamed page by page.
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportEvents } from '../../core/export.ts';
import { withStore, writeOut, type CommandContext } from '../context.ts';

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('write all events to stdout')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .action(async (options: { format: string }) => {
      await withStore(ctx, async (store) => {
        for await (const chunk of exportEvents({ store, format: options.format })) await writeOut(ctx.deps.stdout, chunk);
      });
    });
}
