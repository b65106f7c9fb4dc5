// "Monday's expulsion, which the Foreign Office presented as reciprocal for the January case": the sentence restates
// an act told before by its type and day; the extractor drops the restatement (it names no actor), so the cue's
// responder is the act told before.
import type { Candidate, Cue, SentenceInfo } from '../types.ts';

/** How far a date may stand from the act word it dates ("Monday's expulsion", "the expulsion on Monday"). */
const NEAR = 2;

export function restatedAct(all: Candidate[], info: SentenceInfo, cue: Cue): Candidate | undefined {
  const trigger = info.triggers.filter((t) => t.anchor < cue.t0).pop();
  if (!trigger) return undefined;
  const date = info.dates.find((d) => !d.deadline && !d.relation
    && ((d.t1 <= trigger.t0 && trigger.t0 - d.t1 <= NEAR) || (d.t0 >= trigger.t1 && d.t0 - trigger.t1 <= NEAR)));
  if (!date) return undefined;
  const told = all.filter((c) => !c.fromReference && c.type === trigger.rule.type && c.date === date.date
    && c.info.sentence.index < info.sentence.index);
  // One act of that type on that day (told once or more, "expel a diplomat ... one accreditation withdrawn"): two
  // pairs of states on that day leave the restatement naming neither surely.
  const pairs = new Set(told.map((c) => `${c.actor?.code}>${c.target?.code}`));
  return pairs.size === 1 ? told[0] : undefined;
}
