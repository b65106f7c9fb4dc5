// Acceptance: every PLOVER gold sentence that is one of our action types is scored on (actor, target, type);
// the share right is printed. Sentences are read from ../shared at test time. The floor only goes up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/extraction/extract.ts';

const FLOOR = 1.0;
const records = readFileSync(new URL('../../shared/data/plover/plover_gsr_diplomatic.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const expected = JSON.parse(readFileSync(new URL('./plover/expected.json', import.meta.url), 'utf8')).records as
  Record<string, { type: string; actor: string; target: string }>;

test('PLOVER diplomatic records of our types: actor, target and type', () => {
  const extractor = createExtractor();
  const misses: string[] = [];
  let right = 0;
  const scored = records.filter((r) => expected[r.id]);
  assert.equal(scored.length, Object.keys(expected).length, 'every labelled id exists in the PLOVER file');
  for (const r of scored) {
    const x = expected[r.id]!;
    // PLOVER sentences are edited examples without dates: any publication date will do.
    const out = extractor.extract({ text: r.text.trim(), published: '2000-01-01' });
    if (out.events.some((e) => e.type === x.type && e.actor === x.actor && e.target === x.target)) { right++; continue; }
    misses.push(`${r.id} want ${x.type} ${x.actor}>${x.target}, got ${out.events.map((e) => `${e.type} ${e.actor}>${e.target}`).join(', ') || 'nothing'}`);
  }
  const share = right / scored.length;
  console.log(`# PLOVER: ${right}/${scored.length} right (${share.toFixed(2)})${misses.length ? `\n# misses:\n# ${misses.join('\n# ')}` : ''}`);
  assert.ok(share >= FLOOR, `share ${share.toFixed(2)} below floor ${FLOOR}`);
});
