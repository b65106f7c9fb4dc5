// The dashboard's span highlighting (web/src/highlight.ts) is pure: checked here without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightPieces } from '../web/src/highlight.ts';

test('a sentence is cut into plain pieces and field pieces at document offsets', () => {
  const sentence = 'The British government expelled a Russian diplomat.';
  const spans = {
    actor: { start: 104, end: 122, rule: 'actor.subject' },
    trigger: { start: 123, end: 131, rule: 'expel.verb' },
    target: { start: 132, end: 150, rule: 'target.object' },
    count: { start: 132, end: 150, rule: 'count.singular' },
    outside: { start: 10, end: 20, rule: 'elsewhere' },
  };
  const pieces = highlightPieces(sentence, 100, spans);
  assert.equal(pieces.map((p) => p.text).join(''), sentence);
  assert.deepEqual(pieces.map((p) => [p.text, p.fields]), [
    ['The ', []], ['British government', ['actor']], [' ', []], ['expelled', ['trigger']], [' ', []],
    ['a Russian diplomat', ['target', 'count']], ['.', []],
  ]);
});

test('overlapping spans: the earlier one wins and the later one is cut', () => {
  const pieces = highlightPieces('abcdefghij', 0, { a: { start: 0, end: 5, rule: 'r1' }, b: { start: 3, end: 8, rule: 'r2' } });
  assert.deepEqual(pieces.map((p) => [p.text, p.fields]), [['abcde', ['a']], ['fgh', ['b']], ['ij', []]]);
});

test('the dashboard never turns text into markup (no innerHTML and friends in web/src)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const root = new URL('../web/src/', import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const file of files) {
    const code = readFileSync(new URL(file, root), 'utf8');
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/, file);
  }
});
