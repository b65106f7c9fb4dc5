// Extraction must not depend on what the extractor read before. wink-nlp learns words across documents (after
// "... as many as they had sent home of Russia's." it stops splitting "Russia's"); the result must not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../src/extraction/extract.ts';

const LEARNER = 'Moscow said it would send home as many diplomats as others had sent home of Russia\'s.';
const ARTICLE = 'The United States on Monday ordered the closure of Russia\'s consulate in Seattle and expelled 60 Russian diplomats.';

test('the same article gives the same events whatever was read before', () => {
  const view = (x: ReturnType<ReturnType<typeof createExtractor>['extract']>) =>
    x.events.map((e) => [e.type, e.actor, e.target, e.date, e.count, e.start, e.spans.target?.text]);
  const fresh = createExtractor();
  const seasoned = createExtractor();
  seasoned.extract({ text: LEARNER, published: '2018-03-29' });
  const a = view(fresh.extract({ text: ARTICLE, published: '2018-03-27' }));
  const b = view(seasoned.extract({ text: ARTICLE, published: '2018-03-27' }));
  assert.ok(a.length >= 2, `expected the closure and the expulsion, got ${JSON.stringify(a)}`);
  assert.deepEqual(b, a);
});

test('a possessive is always its own token, with offsets into the text', () => {
  const { nlp } = createExtractor();
  const text = 'Britain closed Russia\'s consulate.';
  const tokens = nlp.analyse(text).tokens;
  assert.deepEqual(tokens.map((t) => t.value), ['Britain', 'closed', 'Russia', "'s", 'consulate', '.']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.value);
});
