// Builders for CLI tests: distinct good documents from short templates of plausible diplomatic acts, the five
// kinds of corrupt input, and a way to run the CLI as a child process.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = join(REPO, 'src/cli/main.ts');
/** tsx resolved from the repo, so the child can run in any temporary folder. */
const TSX = import.meta.resolve('tsx');
export const SEED_DIR = join(REPO, '../shared/seed');
export const SEED_URL = 'https://www.themoscowtimes.com/2026/02/02/uk-expels-russian-diplomat-in-tit-for-tat-move-a91842';

const STATES: [string, string][] = [
  ['France', 'French'], ['Germany', 'German'], ['Poland', 'Polish'], ['Russia', 'Russian'], ['China', 'Chinese'],
  ['Japan', 'Japanese'], ['Italy', 'Italian'], ['Spain', 'Spanish'], ['Norway', 'Norwegian'], ['Sweden', 'Swedish'],
  ['Canada', 'Canadian'], ['Estonia', 'Estonian'], ['Lithuania', 'Lithuanian'], ['Turkey', 'Turkish'], ['Iran', 'Iranian'],
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Template = (a: string, b: string, bAdj: string, n: number, day: string) => [string, string];
const TEMPLATES: Template[] = [
  (a, _b, adj, n, day) => [`${a} expels ${n} ${adj} diplomats`, `${a} expelled ${n} ${adj} diplomats on ${day}, accusing them of espionage.`],
  (a, _b, adj, _n, day) => [`${a} summons ${adj} ambassador`, `The foreign ministry of ${a} summoned the ${adj} ambassador on ${day} to protest.`],
  (a, b, _adj, _n, day) => [`${a} recalls envoy from ${b}`, `${a} recalled its ambassador to ${b} for consultations on ${day}.`],
  (a, _b, adj, n, day) => [`${a} orders ${adj} diplomats out`, `On ${day}, ${a} ordered ${n} ${adj} diplomats to leave the country within ${n + 5} days.`],
];

export function goodDocument(i: number): { name: string; text: string } {
  const a = STATES[i % STATES.length]![0];
  const other = STATES[(i * 7 + 3) % STATES.length]!;
  const target = other[0] === a ? STATES[(i * 7 + 4) % STATES.length]! : other;
  const n = 2 + (i % 9);
  const day = DAYS[i % DAYS.length]!;
  const published = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const [title, sentence] = TEMPLATES[i % TEMPLATES.length]!(a, target[0], target[1], n, day);
  const body = `${sentence} Officials in ${target[0]} said case ${1000 + i} would be reviewed.`;
  const text = `${title}\n\n${published}\n\n${body}\n\nOriginal url:\n\n<https://news.example.org/${published}/story-${i}>\n`;
  return { name: `doc-${String(i).padStart(3, '0')}.txt`, text };
}

export const CORRUPT_CODES: Record<string, string> = {
  'binary.bin': 'input.binary',
  'empty.txt': 'input.empty',
  'huge.txt': 'input.too_large',
  'broken.html': 'input.no_text',
  'garbage.txt': 'input.encoding',
};

export async function writeCorruptFiles(dir: string): Promise<void> {
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 37) % 7 === 0 ? 0 : (i * 131) % 256;
  await writeFile(join(dir, 'binary.bin'), binary);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'huge.txt'), '');
  await truncate(join(dir, 'huge.txt'), 21 * 1024 * 1024); // sparse: no 21 MB actually written
  await writeFile(join(dir, 'broken.html'), '<html><head><title></title></head><body><div><script>var x = 1;</script><p></p></div></body');
  const bytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0xff, 0xfe, 0x41, 0x20, 0xe9];
  await writeFile(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => bytes[(i * 5 + (i >> 3)) % bytes.length]!)));
}

export async function makeFolder(good: number, corrupt: boolean): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'riposte-cli-'));
  const dir = join(root, 'inbox');
  await mkdir(dir);
  for (let i = 0; i < good; i++) {
    const doc = goodDocument(i);
    await writeFile(join(dir, doc.name), doc.text);
  }
  if (corrupt) await writeCorruptFiles(dir);
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `riposte ...args` in `cwd` with RIPOSTE_DB unset (tests pass --db). */
export function runRiposte(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('RIPOSTE_DB' in env)) delete childEnv.RIPOSTE_DB;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
  });
}
