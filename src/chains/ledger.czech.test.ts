// The Czech-Russian exchange of April 2021: 18 Russian embassy staff expelled from Prague (17 April), 20 Czech
// embassy staff expelled from Moscow in answer (18 April), then Prague's cap of the Russian embassy to parity
// (22 April). 20 against 18 is more people, and far more of the much smaller Czech mission.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../storage/open-store.ts';
import { makeDocument, makeReport } from '../storage/store.fixtures.test-helpers.ts';
import { getLedger, refreshDyads } from './chains.usecases.ts';
import { loadMissionSizes } from './missions.ts';

const cue = (text: string) => ({ kind: 'explicit' as const, cue: text, confidence: 0.9 });
const code = { cameo: '161', goldstein: -4, plover: { type: 'SANCTION', mode: 'expel', context: ['diplomatic'] } };

const prague = makeDocument('doc_cze0000000000001', 'Czechia expels 18.', { published: '2021-04-18' });
const moscow = makeDocument('doc_rus0000000000002', 'Russia expels 20.', { published: '2021-04-19' });
const cap = makeDocument('doc_cze0000000000003', 'Prague caps the Russian embassy.', { published: '2021-04-22' });

const reports = {
  prague: [makeReport('r1', { actor: 'CZE', target: 'RUS', date: '2021-04-17', count: 18, code })],
  moscow: [
    makeReport('r1', { actor: 'RUS', target: 'CZE', date: '2021-04-18', count: 20, code, retaliatesFor: 'r1.ref', link: cue('in response to') }),
    makeReport('r1.ref', { actor: 'CZE', target: 'RUS', date: '2021-04-17', count: 18, code, fromReference: true }),
  ],
  cap: [
    makeReport('r1', { type: 'reduce_staff', actor: 'CZE', target: 'RUS', date: '2021-04-22', count: null, code: { ...code, plover: { ...code.plover, mode: 'withdraw' } },
      retaliatesFor: 'r2', link: cue('a response to') }),
    makeReport('r2', { actor: 'RUS', target: 'CZE', date: '2021-04-18', count: 20, code }),
  ],
};

test('Czech 2021: the Russian answer is an escalation relative to the smaller Czech mission; the cap answers it', async () => {
  const store = await openStore(':memory:');
  try {
    await store.saveDocument(cap, { events: reports.cap, claims: [] });
    await store.saveDocument(moscow, { events: reports.moscow, claims: [] });
    await store.saveDocument(prague, { events: reports.prague, claims: [] });
    await refreshDyads({ store, pairs: [['CZE', 'RUS']] });
    const ledger = await getLedger({ store, pair: ['CZE', 'RUS'], sizes: loadMissionSizes() });

    assert.equal((await store.stats()).events, 3, 'one event per act across the three documents');
    const [first, answer] = ledger.responses;
    assert.equal(ledger.responses.length, 2);
    assert.deepEqual([answer?.response.type, answer?.response.count, answer?.answers.count], ['reduce_staff', null, 20]);
    assert.deepEqual([first!.response.count, first!.answers.count], [20, 18]);
    assert.equal(first!.flag, 'escalation');
    assert.equal(first!.basis, 'mission-share');
    assert.equal(first!.answers.missionShare?.share, Math.round((18 / 112) * 1000) / 1000);
    assert.equal(first!.response.missionShare?.share, Math.round((20 / 44) * 1000) / 1000);
    assert.ok(first!.shareRatio! > 2.5, `share ratio ${first!.shareRatio}`);
    assert.equal(Math.round(first!.countRatio! * 100) / 100, 1.11);

    assert.deepEqual(ledger.chains.map((c) => c.map((a) => `${a.actor}>${a.target}:${a.type}`)),
      [['CZE>RUS:expel', 'RUS>CZE:expel', 'CZE>RUS:reduce_staff']]);
    const czech = ledger.directions.find((d) => d.actor === 'CZE')!;
    assert.deepEqual([czech.acts, czech.people], [2, 18]);
  } finally {
    await store.close();
  }
});
