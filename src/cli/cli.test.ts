// The CLI end to end, as a child process against a temporary SQLite database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRiposte, SEED_DIR, SEED_URL } from './test-corpus.test-helpers.ts';

async function seededDb(): Promise<{ cwd: string; db: string[] }> {
  const cwd = await mkdtemp(join(tmpdir(), 'riposte-cli-'));
  const db = ['--db', join(cwd, 'test.db')];
  const run = await runRiposte([...db, 'ingest', SEED_DIR], cwd);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /read 1 document: 1 new/);
  return { cwd, db };
}

function lines(text: string, eol = '\n'): string[] {
  return text.split(eol).filter((line) => line.length > 0);
}

test('the seed ingested then exported as jsonl holds a GBR→RUS expel reported by the seed URL, linked to the RUS expel', async () => {
  const { cwd, db } = await seededDb();
  const run = await runRiposte([...db, 'export', '--format', 'jsonl'], cwd);
  assert.equal(run.code, 0, run.stderr);
  const events = lines(run.stdout).map((line) => JSON.parse(line));
  const expel = events.find((e) => e.type === 'expel' && e.actor === 'GBR' && e.target === 'RUS');
  assert.ok(expel, run.stdout);
  assert.equal(expel.reports[0].url, SEED_URL);
  assert.equal(expel.cameo, '161');
  assert.ok(Array.isArray(expel.reports[0].rules) && expel.reports[0].rules.length > 0);
  const answered = events.find((e) => e.id === expel.retaliates_for);
  assert.deepEqual([answered?.type, answered?.actor, answered?.target], ['expel', 'RUS', 'GBR']);
  assert.equal(expel.link.kind, 'explicit');
});

test('export csv, plover and cameo have their shapes', async () => {
  const { cwd, db } = await seededDb();
  const csv = await runRiposte([...db, 'export', '--format', 'csv'], cwd);
  const rows = lines(csv.stdout, '\r\n');
  assert.match(rows[0]!, /^id,type,actor,target,.*,report_count,correction_status,correction_fields,correction_note$/);
  assert.ok(rows.slice(1).some((row) => /^evt_[0-9a-f]{16},expel,GBR,RUS,/.test(row) && row.includes(SEED_URL)));
  assert.ok(rows.some((row) => row.includes('"In January, Russia\'s FSB')), 'a sentence with commas is quoted');

  const plover = lines((await runRiposte([...db, 'export', '--format', 'plover'], cwd)).stdout).map((l) => JSON.parse(l));
  const record = plover.find((r) => r.event === 'SANCTION' && r.source[0].code === 'GBR');
  assert.ok(record);
  assert.deepEqual(Object.keys(record.source[0]), ['actorText', 'code', 'sector']);
  assert.equal(record.target[0].code, 'RUS');
  assert.equal(record.mode, 'expel');
  assert.ok(record.context.includes('diplomatic'));
  assert.equal(typeof record.text, 'string');

  const cameo = lines((await runRiposte([...db, 'export', '--format', 'cameo'], cwd)).stdout).map((l) => l.split('\t'));
  assert.ok(cameo.every((row) => row.length === 6));
  assert.ok(cameo.some((row) => row.join('|') === `2026-02-02|GBR|RUS|161|-4.0|${SEED_URL}`));
});

test('exit codes: 0 ok, 1 a failed document, 2 bad usage', async () => {
  const { cwd, db } = await seededDb();
  assert.equal((await runRiposte([...db, 'ingest', SEED_DIR], cwd)).code, 0, 'a duplicate is skipped, not failed');
  const missing = await runRiposte([...db, 'ingest', join(cwd, 'no-such-file.txt')], cwd);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /input\.not_found/);
  for (const args of [['bogus'], ['events', '--bogus'], ['export', '--format', 'xml'], ['events', '--type', 'nope'], ['ingest'], []]) {
    const run = await runRiposte([...db, ...args], cwd);
    assert.equal(run.code, 2, `riposte ${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /Usage: riposte|riposte --help/);
    assert.equal(run.stdout, '');
  }
  const unknown = await runRiposte([...db, 'show', 'evt_0000000000000000'], cwd);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /events\.not_found/);
});

test('events prints an aligned table and honours filters; claims --json has verdicts', async () => {
  const { cwd, db } = await seededDb();
  const table = await runRiposte([...db, 'events', '--actor', 'GBR', '--type', 'expel'], cwd);
  assert.equal(table.code, 0, table.stderr);
  const rows = lines(table.stdout);
  assert.match(rows[0]!, /^ID\s+DATE\s+TYPE\s+ACTOR→TARGET\s+COUNT\s+MODALITY\s+SENTENCE$/);
  assert.equal(rows.length, 2);
  assert.match(rows[1]!, /^evt_[0-9a-f]{16}\s+2026-02-02\s+expel\s+GBR→RUS\s+1\s+fact\s+The British government/);
  assert.equal(rows[1]!.indexOf('2026-02-02'), rows[0]!.indexOf('DATE'));

  const claims = JSON.parse((await runRiposte([...db, 'claims', '--json'], cwd)).stdout);
  assert.equal(claims.length, 1);
  const januaryExpulsion = lines((await runRiposte([...db, 'export', '--format', 'jsonl'], cwd)).stdout)
    .map((l) => JSON.parse(l)).find((e) => e.type === 'expel' && e.actor === 'RUS');
  // One British diplomat on record since 2024: too few to confirm "at least nine", and a floor is never refuted.
  assert.deepEqual({ ...claims[0], id: undefined, document: undefined, sentence: undefined, verdict_reason: undefined }, {
    id: undefined, document: undefined, sentence: undefined, type: 'expel', actor: 'RUS', target: 'GBR', count: 9,
    count_qualifier: 'at_least', period: { from: '2024', to: '2026-02-02' }, url: SEED_URL, verdict: 'unknown', ledger_count: 1,
    ledger_unit: 'people', ledger_acts: [{ id: januaryExpulsion.id, date: '2026-01', count: 1 }], verdict_reason: undefined,
  });
});

test('show lists every field and highlights spans with [field: text] when stdout is not a terminal', async () => {
  const { cwd, db } = await seededDb();
  const exported = lines((await runRiposte([...db, 'export', '--format', 'jsonl'], cwd)).stdout).map((l) => JSON.parse(l));
  const expel = exported.find((e) => e.type === 'expel' && e.actor === 'GBR');
  const run = await runRiposte([...db, 'show', expel.id], cwd);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /\[trigger: revoked the accreditation\]/);
  assert.match(run.stdout, /\[actor: British government\]/);
  assert.match(run.stdout, /\[link: in retaliation for\]/);
  assert.match(run.stdout, /CAMEO 161\s+Goldstein -4\.0\s+PLOVER SANCTION\/expel/);
  assert.match(run.stdout, new RegExp(`retaliates for\\s+${expel.retaliates_for}`));
  assert.match(run.stdout, /rules: expel\.revoke-accreditation/);
  assert.ok(!run.stdout.includes('\x1b['), 'no ANSI codes in a pipe');
});

test('eval floors: the seed meets event, link and claim F1 of 1.0; a floor above the measure exits 1 and says which', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'riposte-cli-'));
  const met = await runRiposte(['eval', SEED_DIR, '--min-f1', '1', '--min-link-f1', '1', '--min-claim-f1', '1'], cwd);
  assert.equal(met.code, 0, met.stderr);
  assert.match(met.stdout, /Events\s+P 1\.000/);
  // The seed with one more required act in its gold that the article does not tell: recall, so event F1, drops.
  const gold = join(cwd, 'gold');
  await mkdir(gold);
  for (const f of await readdir(SEED_DIR)) await copyFile(join(SEED_DIR, f), join(gold, f));
  const goldFile = (await readdir(gold)).find((f) => f.endsWith('.gold.json'))!;
  const data = JSON.parse(await readFile(join(gold, goldFile), 'utf8'));
  data.events.push({ ...data.events.find((e: { optional: boolean }) => !e.optional), id: 'e99', type: 'summon', retaliates_for: null, act: 'extra' });
  await writeFile(join(gold, goldFile), JSON.stringify(data));
  const below = await runRiposte(['eval', gold, '--min-f1', '1', '--min-link-f1', '1'], cwd);
  assert.equal(below.code, 1);
  assert.match(below.stderr, /event F1 0\.\d+ is below --min-f1 1/);
  assert.doesNotMatch(below.stderr, /link F1/, 'the link floor still holds');
  const bad = await runRiposte(['eval', SEED_DIR, '--min-link-f1', '1.5'], cwd);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--min-link-f1 takes a number between 0 and 1/);
});
