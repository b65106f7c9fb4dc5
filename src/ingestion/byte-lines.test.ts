import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byteLines } from './byte-lines.ts';

async function lines(chunks: string[], max = 100): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for await (const line of byteLines(chunks.map((c) => Buffer.from(c)), max)) out.push(line.bytes?.toString() ?? null);
  return out;
}

test('lines split across chunks come out whole, with their numbers', async () => {
  assert.deepEqual(await lines(['ab', 'c\nde', 'f\n', '\ng']), ['abc', 'def', '', 'g']);
});

test('a multi-byte character split between chunks is rejoined before decoding', async () => {
  const euro = Buffer.from('€\n');
  const out: string[] = [];
  for await (const line of byteLines([euro.subarray(0, 1), euro.subarray(1)], 10)) out.push(line.bytes?.toString('utf8') ?? '');
  assert.deepEqual(out, ['€']);
});

test('must fail: a line over the limit comes out as null, and the next line is intact', async () => {
  assert.deepEqual(await lines(['0123456789', '0123456789\nok\n'], 15), [null, 'ok']);
});
