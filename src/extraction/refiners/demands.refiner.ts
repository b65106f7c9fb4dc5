// Demands are the demander's acts. A recall demanded by the host: "demanded that Vilnius withdraw its ambassador from
// Beijing" is China expelling Lithuania's envoy, and "asked Canada to withdraw 41 of its 62 diplomats" is India cutting
// the Canadian mission (reduce_staff, 41 people); the demand, not the withdrawal it asks for, is what happened. And
// what a speaking state says another "must" do to its mission ("Moscow said London must reduce its staff") is the
// speaker's measure.
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Mention } from '../types.ts';
import { leftStart, sentenceCandidates, setSpan } from './clause.ts';
import { parseNumber } from './counts.refiner.ts';

const DEMAND = /^(demand|demanded|demanding|demands|ask|asked|asking|asks|tell|told|telling|tells|urge|urged|urging|urges|request|requested|requesting|force|forced|forcing|forces)$/;
const ENVOY = /^(ambassador|envoy|commissioner|charge|chargé)$/;
const IMPOSED = new Set(['reduce_staff', 'close_mission', 'expel']);

/** "[the Russian ministry said] London must reduce its staff": a measure the speaker lays on another state. When the
 * speaker is not named ("the ministry said London must reduce its mission in Russia"), the state the cut is aimed
 * at lays it on. Returns who imposes it, or null. */
function mustDirective(c: Candidate, tokens: Token[]): Mention | null {
  const speaker = c.info.speaker;
  if (!IMPOSED.has(c.type) || !c.actor?.code) return null;
  if (tokens[c.trigger.anchor - 1]?.normal !== 'must' || c.trigger.rule.passive) return null;
  // (A speaker read as the state told what it must do is no speaker of its own.)
  if (speaker?.code && speaker.code !== c.actor.code) return !c.target?.code || speaker.code === c.target.code ? speaker : null;
  const said = c.info.cues.some((q) => q.entry.role === 'attribution' && q.t1 <= c.actor!.t0);
  return said && c.target?.code && c.target.code !== c.actor.code ? c.target : null;
}

/** Turns a recall the host demanded into the host's expulsion or staff cut; false when no demand governs it. */
function demandedRecall(ctx: ExtractionContext, c: Candidate, candidates: Candidate[], tokens: Token[]): boolean {
  if (c.type !== 'recall' || !c.actor?.code || !c.target?.code) return false;
  const from = Math.max(leftStart(c, sentenceCandidates(candidates, c)), c.trigger.t0 - 8);
  let k = c.trigger.t0 - 1;
  while (k >= from && !DEMAND.test(tokens[k]!.normal)) k--;
  if (k < from) return false;
  // The party told to withdraw is named right after the demand ("asked Canada to", "demanded that Vilnius").
  const told = c.info.mentions.find((m) => m.code && m.t0 > k && m.t1 <= c.trigger.t0);
  const demander = !told ? null : told.code === c.actor.code ? c.target : told.code === c.target.code ? c.actor : null;
  if (!told || !demander) return false;
  // A number of people withdrawn is a cut of the mission; the envoy or all staff going is an expulsion.
  let n: ReturnType<typeof parseNumber> = null;
  for (let i = c.trigger.anchor + 1; i < c.trigger.t1 && !n; i++) n = parseNumber(ctx, tokens, i);
  c.type = n ? 'reduce_staff' : 'expel';
  c.actor = demander;
  c.target = { ...told };
  const envoy = tokens.slice(c.trigger.t0, c.trigger.t1 + 2).some((t) => ENVOY.test(t.normal));
  if (n || envoy) { c.count = n ? n.value : 1; c.countQualifier = 'exact'; }
  // "asked" and "demanded" read as doubt about the withdrawal; the demand itself was made.
  if (c.spans.modality && DEMAND.test(tokens.find((t) => t.start === c.spans.modality!.start)?.normal ?? '')) {
    c.modality = 'fact';
    delete c.spans.modality;
  }
  c.rules.push(n ? 'type.demanded-cut' : 'type.demanded-recall');
  return true;
}

const CALL = /^(call|calls|called|calling) for$/;

/** "called for the release of activists detained in Saudi Arabia": the caller releases no one; it protests to the
 * state that holds them (named by "in"). Returns false when no such call governs a release. */
function demandedRelease(c: Candidate, tokens: Token[]): boolean {
  const said = c.spans.modality?.text.toLowerCase() ?? '';
  if (c.trigger.rule.id !== 'restore.release' || c.modality !== 'hypothetical' || !(CALL.test(said) || DEMAND.test(said))) return false;
  const holder = c.info.mentions.find((m) => m.code && m.prep === 'in' && m.t0 > c.trigger.t1 && m.code !== c.actor?.code
    && !tokens.slice(c.trigger.t1, m.t0).some((t) => t.normal === ',' || t.normal === ';'));
  if (!holder || !c.actor?.code) return false;
  c.type = 'protest'; c.modality = 'fact'; c.target = holder;
  delete c.spans.modality;
  setSpan(c, 'target', holder, 'target.release-holder');
  c.rules.push('type.demanded-release');
  return true;
}

export const demandsRefiner: Refiner = {
  id: 'demands',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    for (const c of candidates) {
      if (demandedRelease(c, tokens)) continue;
      if (demandedRecall(ctx, c, candidates, tokens)) {
        ctx.debug(() => `${c.key} demanded recall → ${c.type} ${c.actor?.code}>${c.target?.code}`);
      } else {
        const imposer = mustDirective(c, tokens);
        if (!imposer) continue;
        const subject = c.actor!;
        c.target = subject; c.actor = imposer;
        setSpan(c, 'actor', imposer, 'actor.must-directive');
        setSpan(c, 'target', subject, 'target.must-directive');
      }
    }
    return candidates;
  },
};
