// Acceptance: the founding article in ../shared/seed yields its gold events, the tally as a claim, and nothing
// for the Skripal poisoning or the invasion. Reads the real article from ../shared at test time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/extraction/extract.ts';
import { readTextDocument } from '../src/ingestion/text.reader.ts';

const SEED = new URL('../../shared/seed/', import.meta.url).pathname;
const doc = readTextDocument(readFileSync(`${SEED}000_b24bfe532129689f.txt`, 'utf8'), 'seed');
const gold = JSON.parse(readFileSync(`${SEED}000_b24bfe532129689f.gold.json`, 'utf8'));
const out = createExtractor().extract(doc);

function find(type: string, actor: string, target: string, datePrefix: string) {
  return out.events.find((e) => e.type === type && e.actor === actor && e.target === target && e.modality === 'fact'
    && (e.date ?? '').startsWith(datePrefix));
}

test('seed: publication date and URL are read from the article', () => {
  assert.equal(doc.published, gold.document.published);
  assert.equal(doc.url, gold.document.url);
});

test('seed: every required gold event is extracted with its date, count and modality', () => {
  for (const g of gold.events.filter((e: { optional: boolean }) => !e.optional)) {
    const e = find(g.type, g.actor, g.target, g.date);
    assert.ok(e, `missing ${g.type} ${g.actor}>${g.target} ${g.date}: ${g.evidence}`);
    if (g.count !== null) {
      assert.equal(e.count, g.count, `${g.id} count`);
      assert.equal(e.countQualifier, g.count_qualifier, `${g.id} qualifier`);
    }
    assert.equal(e.background, g.background, `${g.id} background`);
  }
});

test('seed: the UK expulsion answers the January Russian one, explicitly, one for one', () => {
  const uk = find('expel', 'GBR', 'RUS', '2026-02-02')!;
  const ru = find('expel', 'RUS', 'GBR', '2026-01')!;
  assert.equal(uk.retaliatesFor, ru.key);
  assert.equal(uk.link?.kind, 'explicit');
  assert.equal(uk.link?.cue, 'in retaliation for');
  assert.equal(uk.count, ru.count);
  assert.match(uk.sentence, /revoked the accreditation of a Russian diplomat/);
  assert.ok(uk.spans.trigger && doc.text.slice(uk.spans.trigger.start, uk.spans.trigger.end) === uk.spans.trigger.text);
});

test('seed: "at least nine since 2024" is one claim, not nine events', () => {
  assert.equal(out.claims.length, 1);
  const [c] = out.claims;
  assert.deepEqual([c!.type, c!.actor, c!.target, c!.count, c!.countQualifier, c!.period.from, c!.period.to],
    ['expel', 'RUS', 'GBR', 9, 'at_least', '2024', '2026-02-02']);
  assert.ok(!out.events.some((e) => e.date?.startsWith('2024')), 'no event dated 2024 from the tally');
});

test('seed: nothing is invented for Skripal, the invasion, the newspaper or the past vow', () => {
  const allowed = gold.events.map((g: { type: string; actor: string; target: string }) => `${g.type} ${g.actor}>${g.target}`);
  for (const e of out.events) {
    assert.ok(allowed.includes(`${e.type} ${e.actor}>${e.target}`), `unexpected ${e.type} ${e.actor}>${e.target}: ${e.sentence}`);
    assert.ok(!/Skripal|invasion|Moscow Times contacted|respond appropriately/.test(e.sentence), `event from "${e.sentence}"`);
  }
});

test('seed: every field span points at the document text it names', () => {
  for (const e of out.events) {
    assert.equal(doc.text.slice(e.start, e.end), e.sentence);
    for (const [field, span] of Object.entries(e.spans)) {
      assert.equal(doc.text.slice(span.start, span.end), span.text, `${e.key} ${field}`);
    }
  }
});
