// Standalone runner: `node --import tsx src/eval/main.ts <gold-dir> [--json] [--min-f1 <x>]`.
// Same behaviour as `riposte eval`, without the rest of the CLI.
import { Command, CommanderError } from 'commander';
import { registerEval } from '../cli/commands/eval.command.ts';

const program = new Command('riposte-eval').exitOverride();
registerEval(program);
let code = 0;
try {
  await program.parseAsync(['eval', ...process.argv.slice(2)], { from: 'user' });
  code = typeof process.exitCode === 'number' ? process.exitCode : 0;
} catch (err) {
  if (err instanceof CommanderError) code = err.code === 'commander.helpDisplayed' ? 0 : 2;
  else {
    process.stderr.write(`riposte eval: ${err instanceof Error ? err.message : String(err)}\n`);
    code = 2;
  }
}
process.stdout.write('', () => process.exit(code));
