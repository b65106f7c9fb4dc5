import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCorrection } from './commands/show.command.ts';

test('riposte show prints the analyst review apart from the extracted fields', () => {
  assert.equal(renderCorrection(null), '');
  assert.equal(
    renderCorrection({ status: 'corrected', fields: { count: 2, retaliates_for: null }, note: 'per FCDO', reviewed_at: '2026-02-03T00:00:00.000Z' }),
    'analyst review: corrected (count 2, retaliates_for (none)) at 2026-02-03T00:00:00.000Z; note: per FCDO\n',
  );
  assert.equal(renderCorrection({ status: 'confirmed', fields: {}, note: null, reviewed_at: 'T' }), 'analyst review: confirmed at T\n');
});
