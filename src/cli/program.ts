// The commander program: global options, one register function per command, and the single place where thrown
// errors become exit codes (commander usage errors → 2, AppError → exitCodeFor(code)).
import { Command, CommanderError } from 'commander';
import { exitCodeFor, toAppError } from '../core/errors.ts';
import type { CliDeps, CommandContext } from './context.ts';
import { registerIngest } from './commands/ingest.command.ts';
import { registerExport } from './commands/export.command.ts';
import { registerClaims } from './commands/claims.command.ts';
import { registerEvents } from './commands/events.command.ts';
import { registerShow } from './commands/show.command.ts';
import { registerServe } from './commands/serve.command.ts';
import { registerStart } from './commands/start.command.ts';
import { registerEval } from './commands/eval.command.ts';
import { registerChain, registerLedger } from './commands/ledger.command.ts';
import { registerWatch } from './commands/watch.command.ts';

const REGISTRATIONS = [registerIngest, registerExport, registerClaims, registerEvents, registerShow, registerServe, registerStart,
  registerEval, registerWatch, registerLedger, registerChain];

function createProgram(deps: CliDeps, setExit: (code: number) => void): Command {
  const program = new Command('riposte');
  // Settings first: subcommands created afterwards inherit them.
  program
    .description('Track diplomatic tit-for-tat: news in, coded interstate diplomatic events out.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => deps.stdout.write(s), writeErr: (s) => deps.stderr.write(s) })
    .showHelpAfterError(true)
    .option('--db <url>', 'database file or postgres:// URL (default: $RIPOSTE_DB or ./riposte.db)');
  const ctx: CommandContext = { deps, db: () => program.opts<{ db?: string }>().db ?? deps.env.RIPOSTE_DB, setExit };
  for (const register of REGISTRATIONS) register(program, ctx);
  return program;
}

function commanderExit(err: CommanderError): number {
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
  return exitCodeFor('usage.invalid'); // unknown command or option, missing argument, bare `riposte` (help shown as an error)
}

/** Runs one invocation and returns the exit code; never exits the process. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let exitCode = 0;
  const program = createProgram(deps, (code) => { exitCode = code; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return commanderExit(err);
    const error = toAppError(err);
    deps.stderr.write(`riposte: ${error.message} [${error.code}]\n`);
    if (error.code === 'usage.invalid') deps.stderr.write('(run "riposte --help" for usage)\n');
    return exitCodeFor(error.code);
  }
}
