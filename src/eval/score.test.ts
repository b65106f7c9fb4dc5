// The scorer against hand-computed figures. The gold (score.test-helpers.ts) has 4 required events g1..g4, one
// optional g5, one link g2 → g1 and one claim; the perfect system has s1..s4 (s2 answers s1) and the claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Prf } from './metrics.ts';
import { dateFit } from './match.ts';
import { scoreDocument, scoreDocuments } from './score.ts';
import { runEval } from './run-eval.ts';
import { goldEvent, perfectSystem, report, seedLikeGold, variant } from './score.test-helpers.ts';

function near(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) return assert.equal(actual, expected, what);
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);
}

function prfIs(p: Prf, precision: number | null, recall: number | null, f1: number | null, what = 'events'): void {
  near(p.precision, precision, `${what} precision`);
  near(p.recall, recall, `${what} recall`);
  near(p.f1, f1, `${what} F1`);
}

test('perfect system: P = R = F1 = 1 everywhere', () => {
  const r = scoreDocument({ name: 'doc', gold: seedLikeGold(), system: perfectSystem() });
  prfIs(r.events, 1, 1, 1); // 4/4, 4/4
  prfIs(r.links, 1, 1, 1, 'links'); // 1/1, 1/1
  prfIs(r.claims, 1, 1, 1, 'claims'); // 1/1, 1/1
  near(r.fields.count.rate, 1, 'count'); // g1, g2 have counts: 2/2
  near(r.fields.date.rate, 1, 'date'); // 4/4
  near(r.sides.bothRight.rate, 1, 'sides'); // 4/4
  near(r.sides.swapped.rate, 0, 'swap'); // 0/4
  assert.deepEqual([r.misses.length, r.falsePositives.length, r.optionalMatched], [0, 0, 0]);
  assert.equal(r.merge.purity, 1);
});

test('wrong type: s3 coded accuse instead of protest', () => {
  const r = scoreDocument(variant({ change: ['s3', { type: 'accuse' }] }));
  // matched 3 of 4 system, found 3 of 4 gold: P = R = 3/4; F1 = 2 * .75 * .75 / 1.5 = 0.75
  prfIs(r.events, 0.75, 0.75, 0.75);
  const byType = Object.fromEntries(r.byType.map((t) => [t.type, t]));
  prfIs(byType.protest!, null, 0, 0, 'protest'); // no protest output (P not measurable), 0/1 found
  prfIs(byType.accuse!, 0, null, 0, 'accuse'); // 0/1 right, no accuse gold
  assert.deepEqual(r.misses.map((m) => m.id), ['g3']);
  assert.deepEqual(r.falsePositives.map((f) => f.key), ['s3']);
});

test('swapped actor/target: no match, counted in the swap rate', () => {
  const r = scoreDocument(variant({ change: ['s4', { actor: 'RUS', target: 'GBR' }] }));
  prfIs(r.events, 0.75, 0.75, 0.75); // 3/4 and 3/4
  // type+date pairs: s1-g1, s2-g2, s3-g3 right; s4-g4 swapped → both right 3/4, swap 1/4
  assert.equal(r.sides.pairs, 4);
  near(r.sides.bothRight.rate, 0.75, 'both right');
  near(r.sides.swapped.rate, 0.25, 'swap rate');
  assert.match(r.misses[0]!.closest ?? '', /swapped/);
});

test('wrong modality class: a planned protest does not match a fact; negated and hypothetical are one class', () => {
  const r = scoreDocument(variant({ change: ['s3', { modality: 'planned' }] }));
  prfIs(r.events, 0.75, 0.75, 0.75); // 3/4 and 3/4
  const gold = { ...seedLikeGold(), events: [goldEvent('h1', 'expel', 'USA', 'RUS', '2026-02', { modality: 'hypothetical' })], claims: [] };
  const same = scoreDocument({ name: 'h', gold, system: { events: [report('n1', 'expel', 'USA', 'RUS', '2026-02-10', { modality: 'negated' })], claims: [] } });
  prfIs(same.events, 1, 1, 1); // 1/1, 1/1
});

test('date outside the span: two days off a day gold, or a month for a day gold, do not match', () => {
  const r = scoreDocument(variant({ change: ['s3', { date: '2026-02-04' }] }));
  prfIs(r.events, 0.75, 0.75, 0.75); // 3/4 and 3/4
  assert.equal(dateFit('2026-02', '2026-02-02'), null); // less precise than the gold: not inside its span
  assert.equal(dateFit('2025-12-31', '2026-01'), null);
  assert.equal(dateFit('2026-01-31', '2026-01'), 2);
});

test('a day gold allows +-1 day: still a match, but the date is wrong at gold precision', () => {
  const r = scoreDocument(variant({ change: ['s3', { date: '2026-02-03' }] }));
  prfIs(r.events, 1, 1, 1); // 4/4, 4/4
  near(r.fields.date.rate, 0.75, 'date accuracy'); // s3 is one day off: 3 of 4 matched dates exact
  const before = scoreDocument(variant({ change: ['s4', { date: '2026-02-01' }] }));
  prfIs(before.events, 1, 1, 1);
});

test('an extra event lowers precision only', () => {
  const r = scoreDocument(variant({ add: report('s5', 'expel', 'FRA', 'RUS', '2026-02-02') }));
  // P = 4/5 = 0.8, R = 4/4 = 1, F1 = 2 * 0.8 * 1 / 1.8 = 8/9
  prfIs(r.events, 0.8, 1, 8 / 9);
  assert.deepEqual(r.falsePositives.map((f) => f.key), ['s5']);
});

test('a missed event lowers recall only', () => {
  const r = scoreDocument(variant({ drop: 's4' }));
  // P = 3/3 = 1, R = 3/4 = 0.75, F1 = 2 * 1 * .75 / 1.75 = 6/7
  prfIs(r.events, 1, 0.75, 6 / 7);
  assert.deepEqual(r.misses.map((m) => [m.id, m.evidence]), [['g4', 'evidence of g4']]);
});

test('a system event matching an optional gold is left out of both counts', () => {
  const r = scoreDocument(variant({ add: report('s5', 'reject', 'GBR', 'RUS', '2026-01-20') }));
  prfIs(r.events, 1, 1, 1); // still 4/4 and 4/4: s5 and g5 are out of both counts
  assert.equal(r.optionalMatched, 1);
  assert.equal(r.events.system, 4);
  // Not output at all: the optional g5 is not a miss either.
  assert.equal(scoreDocument(variant({})).misses.length, 0);
});

test('a wrong count keeps the match and lowers count accuracy', () => {
  const r = scoreDocument(variant({ change: ['s1', { count: 2 }] }));
  prfIs(r.events, 1, 1, 1); // 4/4, 4/4
  near(r.fields.count.rate, 0.5, 'count accuracy'); // gold counts on g1 and g2: s1 wrong, s2 right → 1/2
  assert.equal(r.fields.count.total, 2);
  assert.deepEqual(r.fieldErrors.map((f) => [f.id, f.field, f.system]), [['g1', 'count', '2']], 'the wrong count is listed');
});

test('a link to the wrong event: link P = R = F1 = 0, events unchanged', () => {
  const r = scoreDocument(variant({ change: ['s2', { retaliatesFor: 's3' }] }));
  prfIs(r.events, 1, 1, 1);
  prfIs(r.links, 0, 0, 0, 'links'); // system links 1, right 0 → P 0/1; gold links 1, found 0 → R 0/1
  assert.deepEqual(r.linkErrors.map((l) => l.kind).sort(), ['missed', 'wrong']);
  assert.match(r.linkErrors.find((l) => l.kind === 'missed')!.link, /\(both acts found\)$/, 'the linker, not extraction, missed it');
});

test('a link lost with its act says which act was not found', () => {
  const r = scoreDocument(variant({ drop: 's1' }));
  const missed = r.linkErrors.filter((l) => l.kind === 'missed');
  assert.equal(missed.length, 1);
  assert.match(missed[0]!.link, /\(act g1 not found\)$/);
});

test('a claim with the wrong qualifier: claim P = R = 0', () => {
  const r = scoreDocument(variant({ claim: { countQualifier: 'about' } }));
  prfIs(r.claims, 0, 0, 0, 'claims'); // 0/1 system claims right, 0/1 gold claims found
  prfIs(r.events, 1, 1, 1);
});

test('matching is one-to-one, best first: the exact day wins over the neighbouring one', () => {
  const gold = { ...seedLikeGold(), events: [goldEvent('d1', 'summon', 'RUS', 'GBR', '2026-02-02')], claims: [] };
  const system = { events: [report('x1', 'summon', 'RUS', 'GBR', '2026-02-01'), report('x2', 'summon', 'RUS', 'GBR', '2026-02-02')], claims: [] };
  const r = scoreDocument({ name: 'd', gold, system });
  prfIs(r.events, 0.5, 1, 2 / 3); // P = 1/2, R = 1/1, F1 = 2 * .5 / 1.5 = 2/3
  assert.deepEqual(r.falsePositives.map((f) => f.key), ['x1']);
});

test('merge purity and completeness across documents with the gold act keys', () => {
  const gold = { ...seedLikeGold(), events: [goldEvent('a', 'expel', 'GBR', 'RUS', '2026-02-02')], claims: [] };
  const other = { ...seedLikeGold(), events: [goldEvent('b', 'expel', 'RUS', 'GBR', '2026-02-05')], claims: [] };
  const doc = (name: string, g: typeof gold, actor: string, target: string, date: string) =>
    ({ name, gold: g, system: { events: [report('k', 'expel', actor, target, date)], claims: [] } });
  const docs = [doc('d1', gold, 'GBR', 'RUS', '2026-02-02'), doc('d2', gold, 'GBR', 'RUS', '2026-02-02'), doc('d3', other, 'RUS', 'GBR', '2026-02-05')];
  // No mapping: 3 one-report events, purity 1; act GBR>RUS is in d1 and d2 split over 2 events → completeness 1/2.
  const alone = scoreDocuments(docs);
  assert.deepEqual([alone.merge.purity, alone.merge.completeness, alone.merge.sharedActs], [1, 0.5, 1]);
  // Merging d1 and d2: purity 1, completeness 1. Merging all three: one event, 2 of 3 reports the majority act.
  const merged = scoreDocuments(docs, { eventIdOf: (d) => (d === 'd3' ? 'E2' : 'E1') });
  assert.deepEqual([merged.merge.purity, merged.merge.completeness], [1, 1]);
  const all = scoreDocuments(docs, { eventIdOf: () => 'E' });
  near(all.merge.purity, 2 / 3, 'purity');
});

test('end to end: runEval on ../shared/seed finds every required event', async () => {
  const seed = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
  const r = await runEval(seed);
  assert.equal(r.failed.length, 0);
  assert.equal(r.events.recall, 1, `misses: ${JSON.stringify(r.misses)}`);
  assert.equal(r.events.gold, 5);
});
