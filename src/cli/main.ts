// riposte command-line entry point: `node --import tsx src/cli/main.ts <command>`. The only place that exits.
import { runCli } from './program.ts';
import { realDeps } from './deps.ts';

// `riposte export | head`: the reader went away; stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await runCli(process.argv.slice(2), realDeps());
// Let stdout drain (a pipe or a file) before exiting; exit explicitly so a lingering handle cannot hang.
process.stdout.write('', () => process.exit(code));
