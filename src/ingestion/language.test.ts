import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixture, SEED } from './fixtures.test-helpers.ts';
import { isProbablyNotEnglish } from './language.ts';

test('English news is English', { skip: !existsSync(SEED) && 'seed not present' }, () => {
  assert.equal(isProbablyNotEnglish(readFileSync(SEED, 'utf8')), false);
});

test('must fail: French and Russian articles are not English', () => {
  assert.equal(isProbablyNotEnglish(fixture('text/french.txt')), true);
  assert.equal(isProbablyNotEnglish(fixture('text/russian.txt')), true);
});

test('conservative: short texts and lists of names are accepted', () => {
  assert.equal(isProbablyNotEnglish('Talks resumed. Officials met. Nothing was agreed.'), false);
  const names = 'Norway; Sweden; Denmark; Finland; Iceland; Estonia; Latvia; Lithuania; Poland; Germany; '.repeat(4);
  assert.equal(isProbablyNotEnglish(names), false);
});

test('an English article that quotes a foreign sentence is still English', () => {
  const text = 'The minister said the decision was final and that the embassy would close by the end of the week. '.repeat(4)
    + 'Le ministre a déclaré que la décision était définitive.';
  assert.equal(isProbablyNotEnglish(text), false);
});
