// "in retaliation for a similar move by Moscow last month": when the answered act is not reported as such in the
// article, it is built from the cue's scope (reverse direction, the responder's type, the date the scope states),
// flagged fromReference; merging later folds it into a direct report of the same act.
import type { ExtractionContext } from '../context.ts';
import type { Candidate, Cue, Mention } from '../types.ts';
import { cueText, notLater } from './links.helpers.ts';

/** The scope must describe an act: a party named in it ("by Moscow", "Britain's decision") or an act word ("the
 * expulsion"). "answering questions from reporters" describes none. */
function describesAct(ctx: ExtractionContext, responder: Candidate, cue: Cue, end: number): boolean {
  if (responder.info.mentions.some((m) => m.t0 >= cue.t1 && m.t1 <= end && m.code)) return true;
  const { tokens } = ctx.analysis;
  for (let k = cue.t1; k < end; k++) {
    const t = tokens[k]!;
    if (ctx.codebook.triggersByWord.has(t.normal) || ctx.codebook.triggersByWord.has(t.lemma)) return true;
  }
  return /\b(move|step|measure|measures|decision|action|actions)\b/i.test(ctx.text.slice(tokens[cue.t1]?.start ?? 0, tokens[end - 1]?.end ?? 0));
}

const NEAR = 10;

export function referenceAct(ctx: ExtractionContext, responder: Candidate, cue: Cue, end: number): Candidate | null {
  if (!responder.actor || !responder.target) return null;
  if (end > cue.t1 && !describesAct(ctx, responder, cue, end)) return null;
  const inScope = responder.info.mentions.filter((m) => m.t0 >= cue.t1 && m.t1 <= end && m.code);
  const named: Mention | undefined = inScope.find((m) => m.prep === 'by' || m.possessive) ?? inScope[0];
  const actor = named && named.code !== responder.actor.code ? named : { ...responder.target, rule: 'actor.reference-reverse' };
  const s = cueText(ctx, cue);
  // "in response to a Russian decision to cap the number of German officials": an act word in the scope names the
  // answered act's type (here kept apart as a claim, so no act of the scope was there to link).
  const word = responder.info.triggers.find((t) => t.anchor >= cue.t1 && t.anchor < end);
  const ref: Candidate = {
    ...responder, type: word?.rule.type ?? responder.type, threatOf: null, key: `${responder.key}.ref`, actor, target: { ...responder.actor, rule: 'target.reference-reverse' },
    date: null, granularity: null, count: null, countQualifier: null, modality: 'fact', fromReference: true,
    retaliatesFor: null, link: null, rules: ['link.reference-act'], spans: {}, dropped: null, claim: false, orderedParty: null,
    trigger: { ...responder.trigger, anchor: cue.t1 < end ? cue.t1 : cue.t0, t0: cue.t0, t1: end },
  };
  ref.spans.trigger = { ...s, rule: 'link.reference-act' };
  // Near the cue: a date deep in the scope belongs to what the answered act was about ("the Czech expulsion of 18
  // employees accused of involvement in explosions at an arms depot in 2014").
  const date = responder.info.dates.find((d) => d.t0 >= cue.t1 && d.t1 <= end && !d.deadline && d.t0 - cue.t1 <= NEAR);
  // A date after the answer's own is a misreading ("earlier in the day"): the act stays, undated.
  if (date && notLater(date.date, responder.date)) {
    ref.date = date.date; ref.granularity = date.granularity; ref.spans.date = { ...date, rule: date.rule };
  }
  return ref;
}
