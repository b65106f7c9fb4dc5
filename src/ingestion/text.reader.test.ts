import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { documentId } from './identity.ts';
import { fixture, SEED } from './fixtures.test-helpers.ts';
import { readTextDocument } from './text.reader.ts';

const SEED_URL = 'https://www.themoscowtimes.com/2026/02/02/uk-expels-russian-diplomat-in-tit-for-tat-move-a91842';

test('the seed article: title, date, url, clean body', { skip: !existsSync(SEED) && 'seed not present' }, () => {
  const doc = readTextDocument(readFileSync(SEED, 'utf8'), SEED);
  assert.equal(doc.title, 'U.K. Expels Russian Diplomat in Tit-for-Tat Move');
  assert.equal(doc.published, '2026-02-02');
  assert.equal(doc.url, SEED_URL);
  assert.equal(doc.id, documentId(SEED_URL, doc.text));
  assert.equal(doc.format, 'text');
  assert.ok(doc.text.startsWith(`${doc.title}\n\nMaxim Shipenkov / EPA / TASS\n\nThe British government on Monday revoked`));
  assert.ok(doc.text.includes('Russia’s FSB') || doc.text.includes("Russia's FSB"));
  // no markdown link syntax, no url lines, no date line, no cross-link to another story
  assert.doesNotMatch(doc.text, /\]\(|\[revoked\]|\(#\)/);
  assert.doesNotMatch(doc.text, /Original url|themoscowtimes\.com|February 02, 2026/);
  assert.doesNotMatch(doc.text, /Polish Endurance Cyclist/);
  assert.doesNotMatch(doc.text, /\n{3,}/);
  assert.ok(doc.text.endsWith('Sergei Skripal in Britain.'));
});

test('offsets into the text find the sentences as written', { skip: !existsSync(SEED) && 'seed not present' }, () => {
  const doc = readTextDocument(readFileSync(SEED, 'utf8'), SEED);
  const sentence = 'Since 2024, Russia has expelled at least nine British diplomats accused of espionage.';
  const start = doc.text.indexOf(sentence);
  assert.ok(start > 0);
  assert.equal(doc.text.slice(start, start + sentence.length), sentence);
});

test('markdown: heading and bold marks, images, links and autolinks read as text; URL on the label line', () => {
  const doc = readTextDocument(fixture('text/markdown-article.md'), 'markdown-article.md');
  assert.equal(doc.title, 'Two Capitals Restore Ambassadors After Long Freeze');
  assert.equal(doc.published, '2026-02-02');
  assert.equal(doc.url, 'https://example-wire.test/2026/02/02/ambassadors-return');
  assert.match(doc.text, /said on Monday that their ambassadors would return to their posts/);
  assert.doesNotMatch(doc.text, /[[\]]|\*\*|!\[|https?:|Read more/);
  // list items keep their own lines
  assert.match(doc.text, /listed three steps:\n\n- ambassadors return to both capitals;\n- visa services/);
  assert.ok(doc.text.includes('Photo: Staff photographer / Example Wire'), 'credit lines may stay');
});

test('hard-wrapped lines are joined inside a sentence, not across sentences', () => {
  const doc = readTextDocument(fixture('text/wrapped.txt'), 'wrapped.txt');
  assert.equal(doc.published, '2025-03-02');
  assert.equal(doc.url, 'https://harbour-ledger.test/2025/03/02/coast-guard-talks');
  assert.match(doc.text, /in a port city on Sunday but failed to agree on rules for boarding fishing vessels in the disputed waters\.\nOne delegate/);
  assert.match(doc.text, /useful\.\n\nA further round/);
});

test('a dated line deep in the body is body text, not the publication date', () => {
  const raw = 'Title\n\nFirst paragraph.\n\nSecond.\n\nThird.\n\nFourth.\n\n2 February 2026\n';
  const doc = readTextDocument(raw, 'x.txt');
  assert.equal(doc.published, null);
  assert.match(doc.text, /2 February 2026/);
});

test('an emphasised date line is still the date', () => {
  assert.equal(readTextDocument('Title\n\n*February 2, 2026*\n\nBody.', 'x.md').published, '2026-02-02');
});

test('no date, no url: both null, everything after the title is body', () => {
  const doc = readTextDocument('\r\n\r\nJust a Title\r\nA body line.\r\n', 'crlf.txt');
  assert.equal(doc.title, 'Just a Title');
  assert.equal(doc.published, null);
  assert.equal(doc.url, null);
  assert.equal(doc.text, 'Just a Title\n\nA body line.');
});

test('"Source: Reuters" is a credit, not a URL; a URL on the same line works without brackets', () => {
  const doc = readTextDocument('T\n\nBody.\n\nSource: Reuters\n\nOriginal url: https://a.test/x\n', 't.txt');
  assert.equal(doc.url, 'https://a.test/x');
  assert.match(doc.text, /Source: Reuters/);
});
