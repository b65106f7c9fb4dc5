// Hand-built documents, reports and claims for the contract suite (no extraction involved).
// Doc A: the GBR/RUS expulsion exchange. Doc B: unrelated acts with other modalities and dates.
import { createHash } from 'node:crypto';
import type { ClaimReport, EventReport, SourceDocument } from '../core/types.ts';

export function makeDocument(id: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Title of ${id}`,
    published: '2026-02-02',
    text,
    outlet: 'Example News',
    format: 'text',
    origin: `fixtures/${id}.txt`,
    contentHash: createHash('sha256').update(text).digest('hex'),
    ...extra,
  };
}

export function makeReport(key: string, fields: Partial<EventReport> = {}): EventReport {
  return {
    key,
    type: 'expel',
    actor: 'GBR',
    target: 'RUS',
    actorText: 'The British government',
    targetText: 'a Russian diplomat',
    actorSector: 'GOV',
    targetSector: 'DIP',
    date: '2026-02-02',
    dateGranularity: 'day',
    deadline: null,
    count: 1,
    countQualifier: 'exact',
    modality: 'fact',
    background: false,
    fromReference: false,
    retaliatesFor: null,
    link: null,
    sentence: 'The British government expelled a Russian diplomat on Monday.',
    start: 0,
    end: 62,
    rules: ['expel.verb', 'date.weekday'],
    spans: {
      trigger: { start: 23, end: 31, text: 'expelled', rule: 'expel.verb' },
      actor: { start: 0, end: 22, text: 'The British government', rule: 'actor.demonym' },
    },
    code: { cameo: '1663', goldstein: -5, plover: { type: 'REDUCE_RELATIONS', mode: 'expel', context: ['diplomatic'] } },
    ...fields,
  };
}

export function makeClaim(key: string, fields: Partial<ClaimReport> = {}): ClaimReport {
  return {
    key,
    type: 'expel',
    actor: 'RUS',
    target: 'GBR',
    count: 9,
    countQualifier: 'at_least',
    period: { from: '2024', to: '2026-02-02' },
    sentence: 'Since 2024, Russia has expelled at least nine British diplomats.',
    start: 300,
    end: 364,
    rules: ['claim.since-count'],
    ...fields,
  };
}

export const docA = makeDocument('doc_aaaaaaaaaaaaaaaa', 'GBR expels a Russian diplomat; Moscow answers.');
export const docB = makeDocument('doc_bbbbbbbbbbbbbbbb', 'Poland summons; Washington weighs sanctions.', {
  published: '2026-01-20',
  url: null,
});

export const a1 = makeReport('r0_23');
export const a2 = makeReport('r70_77', {
  actor: 'RUS', target: 'GBR', actorText: 'Moscow', targetText: 'a British diplomat', date: '2026-02',
  dateGranularity: 'month', retaliatesFor: 'r0_23', sentence: 'Moscow expelled a British diplomat in retaliation.',
  start: 70, end: 120, link: { kind: 'explicit', cue: 'in retaliation', confidence: 0.95 },
});
export const a3 = makeReport('r130_137', {
  type: 'threaten', actor: 'RUS', target: 'GBR', modality: 'planned', date: '2026-02-03', count: null,
  countQualifier: null, sentence: 'Russia threatened further measures against London.', start: 130, end: 180,
});
export const b1 = makeReport('r0_7', {
  type: 'summon', actor: 'POL', target: 'BLR', date: '2026-01-15',
  sentence: 'Poland summoned the Belarusian ambassador.', end: 42,
});
export const b2 = makeReport('r50_62', {
  type: 'sanction', actor: 'USA', target: 'RUS', modality: 'hypothetical', date: null, dateGranularity: null,
  sentence: 'Washington could impose sanctions on Moscow (100% of them).', start: 50, end: 110,
});
export const b3 = makeReport('r120_134', {
  modality: 'negated', date: '2025', dateGranularity: 'year', background: true,
  sentence: 'Britain did not expel any Russian diplomats in 2025.', start: 120, end: 172,
});

export const extractionA = { events: [a1, a2, a3], claims: [makeClaim('c300_320')] };
export const extractionB = { events: [b1, b2, b3], claims: [] };
