// "Monday's expulsion, which the Foreign Office presented as reciprocal for the January case": the sentence restates
// an act told before by its type and day; the extractor drops the restatement (it names no actor), so the cue's
// responder is the act told before.
import type { ExtractionContext } from '../context.ts';
import type { Candidate, Cue, SentenceInfo } from '../types.ts';

/** How far a date may stand from the act word it dates ("Monday's expulsion", "the expulsion on Monday"). */
const NEAR = 2;

/** "The expulsions were retaliation for ...": a definite act word names the act of its type told just before. */
const DEFINITE = new Set(['the', 'this', 'these', 'those']);
const JUST_BEFORE = 2;

export function restatedAct(ctx: ExtractionContext, all: Candidate[], info: SentenceInfo, cue: Cue): Candidate | undefined {
  const trigger = info.triggers.filter((t) => t.anchor < cue.t0).pop();
  if (!trigger) return undefined;
  const date = info.dates.find((d) => !d.deadline && !d.relation
    && ((d.t1 <= trigger.t0 && trigger.t0 - d.t1 <= NEAR) || (d.t0 >= trigger.t1 && d.t0 - trigger.t1 <= NEAR)));
  const definite = !date && trigger.t0 - info.sentence.t0 <= 1 && DEFINITE.has(ctx.analysis.tokens[trigger.t0 - 1]?.normal ?? '');
  if (!date && !definite) return undefined;
  const here = info.sentence.index;
  let told = all.filter((c) => !c.fromReference && c.type === trigger.rule.type && c.info.sentence.index < here
    && (date ? c.date === date.date : here - c.info.sentence.index <= JUST_BEFORE));
  // Undated, it is the last such act told.
  const last = Math.max(-1, ...told.map((c) => c.info.sentence.index));
  if (!date) told = told.filter((c) => c.info.sentence.index === last);
  // One act of that type on that day (told once or more, "expel a diplomat ... one accreditation withdrawn"): two
  // pairs of states on that day leave the restatement naming neither surely.
  const pairs = new Set(told.map((c) => `${c.actor?.code}>${c.target?.code}`));
  return pairs.size === 1 ? told[0] : undefined;
}
