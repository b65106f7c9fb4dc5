// riposte command-line entry point: `node --import tsx src/cli/main.ts <command>`. The only place that exits.
import { runCli } from './program.ts';
import { realDeps } from './deps.ts';

const code = await runCli(process.argv.slice(2), realDeps());
// Let stdout drain (a pipe to `head` or a file) before exiting; exit explicitly so a lingering handle cannot hang.
process.stdout.write('', () => process.exit(code));
