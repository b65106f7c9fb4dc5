import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex } from './phrase-index.ts';
import type { Token } from '../extraction/nlp.ts';

function tokens(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((value, i) => {
    const t: Token = { i, value, normal: value.toLowerCase(), lemma: value.toLowerCase(), pos: 'X', isNumber: false, start: at, end: at + value.length };
    at += value.length + 1;
    return t;
  });
}

test('"*" stands for one word, longest phrase wins, and never crosses a clause break', () => {
  const index = new PhraseIndex<string>();
  index.add(['replied', 'by'], 'adjacent');
  index.add(['replied', '*', '*', 'by'], 'two-gap');
  const found = (text: string) => index.scan(tokens(text), 0, tokens(text).length).map((m) => [m.value, m.t0, m.t1]);
  assert.deepEqual(found('Russia replied by expelling'), [['adjacent', 1, 3]]);
  assert.deepEqual(found('Russia replied next day by expelling'), [['two-gap', 1, 5]]);
  assert.deepEqual(found('Russia replied , then by'), [], 'a comma is not a word the gap may take');
  assert.deepEqual(found('Russia replied at once promptly by'), [], 'three words do not fit a two-word gap');
});
