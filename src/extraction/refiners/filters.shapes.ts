// Shapes of a sentence that mention an act without reporting one: reduced relatives, comparisons, summaries
// ("a wave of expulsions"), endangering ("threatened the security of"), speakers who speak for no state.
import type { Candidate } from '../types.ts';
import type { Token } from '../nlp.ts';
import type { Codebook } from '../../codebook/codebook.types.ts';

/** "a Kazakh diplomat accused of interfering", "two Russians charged in Britain over the poisoning": a participle
 * qualifying a noun gives the reason or the background, not an act. (Headlines drop their auxiliaries, so they keep
 * "Two Russians charged over attack".) */
export function isReducedRelative(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  const accuse = c.trigger.rule.id === 'accuse.verb';
  if (!accuse && !(c.trigger.rule.id === 'detain.verb' && c.info.sentence.index > 0)) return false;
  const before = tokens[c.trigger.anchor - 1];
  const after = tokens[c.trigger.anchor + 1];
  if (!before || !after || !/ed$/.test(tokens[c.trigger.anchor]!.normal)) return false;
  if (c.actor?.possessive && c.actor.t1 >= c.trigger.anchor - 2) return false;
  if (accuse ? after.normal !== 'of' : !/^(in|over|with|for|by)$/.test(after.normal)) return false;
  // "the Russian embassy accused Britain of": a mission or state is a subject; people are qualified.
  const people = nouns.matchAt(tokens, c.trigger.anchor - 1)?.value.role === 'person';
  return (before.pos === 'NOUN' || before.pos === 'PROPN')
    && (people || !c.info.mentions.some((m) => m.t1 === c.trigger.anchor && m.role !== 'person' && m.role !== 'national'));
}

/** "sanctions on those it blames for cyberattacks": a speech verb in a relative clause after "those" or "anyone"
 * describes whom a policy covers, not an accusation made. */
const CLASS_HEADS = /^(those|anyone|whoever|everyone|whomever)$/;
const PRONOUN_SUBJECTS = /^(it|they|he|she|we)$/;
export function describesClass(c: Candidate, tokens: Token[]): boolean {
  if (!/^(accuse|protest|reject|threaten)$/.test(c.type)) return false;
  const k = c.trigger.t0;
  return PRONOUN_SUBJECTS.test(tokens[k - 1]?.normal ?? '') && CLASS_HEADS.test(tokens[k - 2]?.normal ?? '');
}

/** "Expulsions are rare in Japanese diplomacy": a bare plural act noun opening a clause, with "are" and an adjective,
 * speaks of the kind of act, not of one. */
export function genericPlural(c: Candidate, tokens: Token[]): boolean {
  const k = c.trigger.anchor;
  const noun = tokens[k]!;
  if (!c.trigger.rule.nominal || !/[^s]s$/.test(noun.normal)) return false;
  const before = tokens[k - 1];
  const opens = k === c.info.sentence.t0 || /^(,|;|but|and|while|although|though)$/.test(before?.normal ?? '');
  return opens && /^(are|were|remain|remained)$/.test(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.pos === 'ADJ';
}

/** "Moscow expelled one fewer French diplomat than Paris had expelled Russians": a comparison restates earlier acts.
 * "more than 20 diplomats" is a quantity, not a comparison. */
const QUANTITY = /^(\d.*|a|an|half|twice|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/;

export function inComparison(c: Candidate, tokens: Token[]): boolean {
  const end = c.info.sentence.t1;
  for (let k = c.trigger.t1; k < Math.min(end, c.trigger.t1 + 4); k++) {
    if (!/^(fewer|more|less)$/.test(tokens[k]!.normal)) continue;
    for (let j = k + 1; j < Math.min(end, k + 6); j++) {
      if (tokens[j]!.normal === 'than') return !QUANTITY.test(tokens[j + 1]?.normal ?? '') && tokens[j + 1]?.pos !== 'NUM';
    }
  }
  for (let k = c.trigger.t0 - 1; k >= Math.max(c.info.sentence.t0, c.trigger.t0 - 4); k--) if (tokens[k]!.normal === 'than') return true;
  return false;
}

const AUX = /^(have|has|had|also|already|repeatedly|long|once)$/;
const OUT_OF_OFFICE = /^(former|ex|retired|onetime)$/;

/** "Business groups have warned that ...", "a former envoy said": the clause's own subject speaks for no state,
 * so an actor found elsewhere in the discourse is not the one acting. */
export function nonStateSubject(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  if (c.actor && OUT_OF_OFFICE.test(tokens[c.actor.t0 - 1]?.normal ?? '')) return true;
  const rule = c.spans.actor?.rule ?? '';
  if (!/^actor\.(discourse|speaker)$/.test(rule) || c.trigger.rule.nominal || c.trigger.rule.passive) return false;
  let k = c.trigger.t0 - 1;
  while (k > c.info.sentence.t0 && AUX.test(tokens[k]!.normal)) k--;
  // "Sikh advocacy groups in Canada criticised": the state placing the subject is not the subject.
  const placed = c.info.mentions.find((m) => m.t1 === k + 1 && tokens[m.t0 - 1]?.normal === 'in');
  if (placed) k = placed.t0 - 2;
  const t = tokens[k];
  return !!t && t.pos === 'NOUN' && !nouns.has(t.normal) && !nouns.has(t.lemma)
    && !c.info.mentions.some((m) => k >= m.t0 && k < m.t1);
}

/** "a wave of expulsions", "the first round of closures": many states' acts summed up, no single act. */
const AGGREGATE = /^(wave|waves|spate|string|flurry|series|cascade|round|rounds)$/;
export function aggregate(c: Candidate, tokens: Token[]): boolean {
  const anchor = tokens[c.trigger.anchor]!;
  // "which between them ordered out more than a hundred": a sum over several states.
  const between = [1, 2, 3].some((k) => tokens[c.trigger.t0 - k]?.normal === 'between' && tokens[c.trigger.t0 - k + 1]?.normal === 'them');
  if (between) return true;
  // "14 EU member states have decided to expel": a number of states acting, each its own act, none told here.
  const counted = c.actor ? tokens[c.actor.t0 - 1] : undefined;
  if (counted?.pos === 'NUM' && c.actor!.role === 'state' && !/^(one|1)$/.test(counted.normal)
    && /s$/.test(tokens[c.actor!.t1 - 1]!.normal)) return true;
  // "the largest collective expulsion in history": many states' expulsions taken together.
  const joint = [1, 2].some((k) => /^(collective|coordinated|concerted)$/.test(tokens[c.trigger.anchor - k]?.normal ?? ''));
  if (joint && c.trigger.rule.nominal) return true;
  return (c.type === 'expel' || c.type === 'close_mission') && c.trigger.rule.nominal && /s$/.test(anchor.normal)
    && tokens[c.trigger.anchor - 1]?.normal === 'of' && [2, 3].some((k) => AGGREGATE.test(tokens[c.trigger.anchor - k]?.normal ?? ''));
}

/** "it threatened the security of all of them": to endanger something is no threat made to a state. */
const ENDANGERED = /^(security|safety|stability|peace|lives|life|health|sovereignty|integrity|existence|future)$/;
export function endangers(c: Candidate, tokens: Token[]): boolean {
  return c.trigger.rule.id === 'threaten.verb' && [1, 2, 3].some((k) => ENDANGERED.test(tokens[c.trigger.t1 - 1 + k]?.normal ?? ''));
}

/** "denied that it had been sanctioned by any regulator": an agent that is no state and no state body. */
export function nonStateAgent(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  let k = c.trigger.t1;
  if (tokens[k]?.normal !== 'by') return false;
  // Only a passive has an agent: "cut its staff by half" measures the cut.
  const passive = c.trigger.rule.passive || /^(be|been|being|was|were|is|are)$/.test(tokens[c.trigger.t0 - 1]?.normal ?? '');
  if (!passive) return false;
  k++;
  // "must close by the end of the month": a deadline, not an agent.
  if (c.info.dates.some((d) => d.t0 <= k && d.t1 > k)) return false;
  while (/^(the|a|an|any|some|its|their|one|several)$/.test(tokens[k]?.normal ?? '')) k++;
  const t = tokens[k];
  return !!t && t.pos === 'NOUN' && !nouns.has(t.normal) && !nouns.has(t.lemma)
    && !c.info.mentions.some((m) => k >= m.t0 && k < m.t1);
}

/** "Sweden warned that if Norway did so, Tehran would respond": a warning that a third state would act reports that
 * state's threat (its own trigger reads it), not one by the state warning. "Hungary warned that Slovakia would face
 * consequences" names the threatened state before the modal and stays. */
const MODAL = /^(would|could|will|might)$/;
export function warnsOfAnother(c: Candidate, tokens: Token[]): boolean {
  if (c.type !== 'threaten' || !/warn/.test(tokens[c.trigger.t0]?.normal ?? '')) return false;
  let k = c.trigger.t1 - 1;
  while (k > c.trigger.t0 && !MODAL.test(tokens[k]!.normal)) k--;
  const subject = c.info.mentions.find((m) => m.code && m.t1 === k);
  return !!subject && subject.code !== c.target?.code && subject.code !== c.actor?.code;
}

/** "the junta denounced the military cooperation agreements": to denounce a treaty is to withdraw from it, no protest
 * at anyone. */
const TREATY = /^(agreement|agreements|treaty|treaties|accord|accords|pact|pacts|convention|conventions)$/;
export function denouncesTreaty(c: Candidate, tokens: Token[]): boolean {
  if (c.trigger.rule.id !== 'protest.condemn' || !/^denounc/.test(tokens[c.trigger.anchor]!.normal)) return false;
  for (let k = c.trigger.t1; k < Math.min(c.info.sentence.t1, c.trigger.t1 + 6); k++) {
    if (TREATY.test(tokens[k]!.normal)) return tokens[k + 1]?.pos !== 'NOUN';
    if (/^(,|;|that|which|as|over|for)$/.test(tokens[k]!.normal)) return false;
  }
  return false;
}

/** "The 23 were picked because they are believed to be intelligence officers working under diplomatic cover": a
 * belief nobody is said to hold, with the accuser found only in the story before, is the writer's hedge. */
const HEDGE = /^(believed|thought|suspected|understood|reported)$/;
export function writersHedge(c: Candidate, tokens: Token[]): boolean {
  if (c.type !== 'accuse' || c.spans.actor?.rule !== 'actor.discourse') return false;
  for (let k = c.info.sentence.t0 + 1; k < c.trigger.t0; k++) {
    if (HEDGE.test(tokens[k]!.normal) && /^(is|are|was|were|be|been)$/.test(tokens[k - 1]!.normal) && tokens[k + 1]?.normal !== 'by') return true;
  }
  return false;
}
