// Explicit retaliation links. A prepositional cue ("in retaliation for", "in response to") links the act before it
// (or, sentence-initially, after it) to the act its scope describes; an adjectival cue ("reciprocal",
// "tit-for-tat", "mirror") marks the nearest act as an answer. When the answered act is not itself reported in
// the sentence, it is created from the description ("a similar move by Moscow last month": expel, RUS→GBR,
// 2026-01), flagged fromReference; merging later folds it into a direct report of the same act.
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue, Mention } from '../types.ts';
import type { ExtractionContext } from '../context.ts';
import { sentenceCandidates } from './clause.ts';

const PREPOSITIONAL = /^(in |as a |responding|retaliating)/;
const SCOPE_STOP = new Set([',', ';', '.', ':', '—', '–']);

function scopeEnd(ctx: ExtractionContext, cue: Cue, limit: number): number {
  let k = cue.t1;
  while (k < limit && !SCOPE_STOP.has(ctx.analysis.tokens[k]!.normal)) k++;
  return k;
}

function cueText(ctx: ExtractionContext, cue: Cue): { start: number; end: number; text: string } {
  const start = ctx.analysis.tokens[cue.t0]!.start;
  const end = ctx.analysis.tokens[cue.t1 - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

function referenceAct(ctx: ExtractionContext, responder: Candidate, cue: Cue, end: number): Candidate | null {
  if (!responder.actor || !responder.target) return null;
  const inScope = responder.info.mentions.filter((m) => m.t0 >= cue.t1 && m.t1 <= end && m.code);
  const named: Mention | undefined = inScope.find((m) => m.prep === 'by' || m.possessive) ?? inScope[0];
  const actor = named && named.code !== responder.actor.code ? named : { ...responder.target, rule: 'actor.reference-reverse' };
  const s = cueText(ctx, cue);
  const ref: Candidate = {
    ...responder, key: `${responder.key}.ref`, actor, target: { ...responder.actor, rule: 'target.reference-reverse' },
    date: null, granularity: null, count: null, countQualifier: null, modality: 'fact', fromReference: true,
    retaliatesFor: null, link: null, rules: ['link.reference-act'], spans: {}, dropped: null, claim: false, orderedParty: null,
    trigger: { ...responder.trigger, anchor: cue.t1 < end ? cue.t1 : cue.t0, t0: cue.t0, t1: end },
  };
  ref.spans.trigger = { ...s, rule: 'link.reference-act' };
  const date = responder.info.dates.find((d) => d.t0 >= cue.t1 && d.t1 <= end && !d.deadline);
  if (date) { ref.date = date.date; ref.granularity = date.granularity; ref.spans.date = { ...date, rule: date.rule }; }
  return ref;
}

export const linksRefiner: Refiner = {
  id: 'links',
  refine(ctx, candidates) {
    const created: Candidate[] = [];
    const sentences = new Set(candidates.map((c) => c.info));
    for (const info of sentences) {
      const siblings = sentenceCandidates(candidates, candidates.find((c) => c.info === info)!);
      for (const cue of info.cues.filter((q) => q.entry.role === 'link')) {
        const end = scopeEnd(ctx, cue, info.sentence.t1);
        const inScope = siblings.filter((c) => c.trigger.anchor >= cue.t1 && c.trigger.anchor < end);
        const prepositional = PREPOSITIONAL.test(cueText(ctx, cue).text.toLowerCase());
        const before = siblings.filter((c) => c.trigger.anchor < cue.t0).pop();
        const after = siblings.find((c) => c.trigger.anchor >= (prepositional ? end : cue.t1) && !inScope.includes(c));
        const responder = prepositional ? (before ?? after) : (after && after.trigger.anchor - cue.t1 <= 8 ? after : before ?? after);
        if (!responder || responder.retaliatesFor) continue;
        let answered = prepositional ? inScope.find((c) => c !== responder) : undefined;
        if (answered && (answered.actor?.code !== responder.target?.code)) answered = undefined;
        // "Russia retaliated by expelling 23 British diplomats" after "Britain expelled 23 Russian diplomats" in the
        // same sentence: the answered act is already there; no need to invent one.
        answered ??= siblings.find((c) => c !== responder && c.trigger.anchor < responder.trigger.anchor
          && c.actor?.code === responder.target?.code && c.target?.code === responder.actor?.code);
        // "will respond in kind" answers nothing yet: a threat makes no reference act.
        if (!answered && responder.type === 'threaten') continue;
        if (!answered) {
          const ref = referenceAct(ctx, responder, cue, prepositional ? end : cue.t1);
          if (!ref) continue;
          created.push(ref);
          answered = ref;
        }
        responder.retaliatesFor = answered.key;
        responder.link = { kind: 'explicit', cue: cueText(ctx, cue).text, confidence: cue.entry.confidence };
        responder.spans.link = { ...cueText(ctx, cue), rule: cue.entry.id };
        responder.rules.push(cue.entry.id);
      }
    }
    return [...candidates, ...created];
  },
};
