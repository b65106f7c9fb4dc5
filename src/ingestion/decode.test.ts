import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, looksBinary } from './decode.ts';

function codeOf(bytes: Uint8Array): string {
  const result = decodeBytes(bytes);
  return 'error' in result ? result.error.code : result.encoding;
}

test('UTF-8 is read as is, BOM removed', () => {
  const result = decodeBytes(Buffer.from('\uFEFFRussia’s embassy', 'utf8'));
  assert.ok(!('error' in result));
  assert.equal(result.text, 'Russia’s embassy');
});

test('latin-1 / windows-1252 prose is decoded instead of rejected', () => {
  // "The café's envoy said “non”" in windows-1252: é = 0xE9, curly quotes = 0x93/0x94
  const bytes = Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from("'s envoy said "), Buffer.from([0x93]), Buffer.from('non'), Buffer.from([0x94])]);
  const result = decodeBytes(bytes);
  assert.ok(!('error' in result));
  assert.equal(result.encoding, 'windows-1252');
  assert.equal(result.text, 'The café\'s envoy said “non”');
});

test('UTF-16 with a byte-order mark is text, not binary', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Envoy recalled', 'utf16le')]);
  const result = decodeBytes(bytes);
  assert.ok(!('error' in result));
  assert.equal(result.text, 'Envoy recalled');
});

test('must fail: invalid UTF-8 that is mostly high bytes is input.encoding (e.g. windows-1251 Cyrillic)', () => {
  const cyrillic1251 = Buffer.from([0xcc, 0xc8, 0xc4, 0x20, 0xee, 0xe1, 0xfa, 0xff, 0xe2, 0xe8, 0xeb, 0x20, 0xee, 0x20, 0xe2, 0xfb, 0xf1, 0xfb, 0xeb, 0xea, 0xe5]);
  assert.equal(codeOf(cyrillic1251), 'input.encoding');
  assert.equal(codeOf(Buffer.from([0x41, 0x42, 0x81, 0x43])), 'input.encoding', '0x81 is undefined in windows-1252');
});

test('must fail: NUL bytes or mostly control bytes are input.binary', () => {
  assert.equal(codeOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), 'input.binary');
  assert.equal(codeOf(Buffer.from('ab\x01\x02\x03\x04cd')), 'input.binary');
  assert.equal(looksBinary(Buffer.from('plain text\twith a tab\r\n')), false);
});

test('must fail: empty or whitespace-only input is input.empty', () => {
  assert.equal(codeOf(Buffer.alloc(0)), 'input.empty');
  assert.equal(codeOf(Buffer.from(' \n\t\n')), 'input.empty');
});
