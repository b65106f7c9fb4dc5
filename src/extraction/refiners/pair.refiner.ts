// Both sides of a pair act: "the two countries each expelled a diplomat", "when each side ordered out one diplomat",
// "the two governments committed to resuming relations". A pair cue (cues.json, role 'pair') as the subject stands
// for the two states of the last act reported with both sides, within three sentences (else two states named together
// there: "Saudi and Iranian security chiefs"): one event each way. Runs after
// the counts refiner: the sides and the count it gave for such a clause are replaced here.
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import type { Refiner } from '../pipeline.ts';
import { mentionsAnnotator } from '../annotators/mentions.annotator.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { SYMMETRIC, joinedBy } from './target.helpers.ts';
import { parseNumber, qualifierOf } from './counts.refiner.ts';
import { leftStart, sentenceCandidates, setSpan } from './clause.ts';

// "the restoration of relations agreed between the two countries": a noun's pair follows it as the agent.
const AGENT_PREPS = new Set(['between', 'by']);

function pairCue(c: Candidate, from: number, tokens: Token[]) {
  return c.info.cues.find((q) => q.entry.role === 'pair' && ((q.t0 >= from && q.t1 <= c.trigger.anchor
    // "the two countries' embassies were closed": nothing else may name a state between the pair and the verb.
    && !c.info.mentions.some((m) => m.code && m.t0 >= q.t1 && m.t1 <= c.trigger.anchor))
    || (c.trigger.rule.nominal && q.t0 > c.trigger.t1 && q.t0 - c.trigger.t1 <= 3 && AGENT_PREPS.has(tokens[q.t0 - 1]?.normal ?? ''))))
    ?? trailingPairCue(c, tokens);
}

// "twelve staff were ordered out by each side", "the expulsion of six diplomats on each side": the pair acts.
const TRAILING = new Set(['by', 'on']);

/** A pair cue right after the act (within six words, no state between) as its agent or its sides. */
function trailingPairCue(c: Candidate, tokens: Token[]) {
  return c.info.cues.find((q) => q.entry.role === 'pair' && q.t0 > c.trigger.t1 && q.t0 - c.trigger.t1 <= 6
    && TRAILING.has(tokens[q.t0 - 1]?.normal ?? '')
    // "on both sides of the border" is a place.
    && tokens[q.t1]?.normal !== 'of'
    && !c.info.mentions.some((m) => m.code && m.t0 >= c.trigger.t1 && m.t1 <= q.t0)
    // "The expulsion was debated on both sides": the pair belongs to another verb.
    && !tokens.slice(c.trigger.t1, q.t0).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
}

/** With no act before: two states named together ("Saudi and Iranian security chiefs") in the three sentences before. */
function namedPair(ctx: ExtractionContext, doc: DocumentState, c: Candidate): [Mention, Mention] | null {
  const { tokens } = ctx.analysis;
  for (let k = c.info.sentence.index - 1; k >= Math.max(0, c.info.sentence.index - 3); k--) {
    const info = doc.sentences[k]!;
    if (info.mentions.length === 0) mentionsAnnotator.annotate(ctx, info, doc);
    const ms = info.mentions.filter((m) => m.code);
    for (let i = 0; i + 1 < ms.length; i++) {
      if (ms[i]!.code !== ms[i + 1]!.code && joinedBy(tokens, ms[i]!.t1, ms[i + 1]!.t0)) return [ms[i]!, ms[i + 1]!];
    }
  }
  return null;
}

function lastPair(c: Candidate, all: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const o of all) {
    if (o === c || !o.actor?.code || !o.target?.code || o.actor.code === o.target.code) continue;
    const before = o.info.sentence.index < c.info.sentence.index || (o.info === c.info && o.trigger.anchor < c.trigger.anchor);
    if (before && o.info.sentence.index >= c.info.sentence.index - 3) best = o;
  }
  return best;
}

/** "each expelled a diplomat", "ordered out one diplomat": the people counted are the verb's own object; "four
 * diplomats were ordered out by each side": the passive subject. */
function objectCount(ctx: ExtractionContext, c: Candidate, passive = false): void {
  const { tokens } = ctx.analysis;
  c.count = null;
  const from = passive ? Math.max(c.info.sentence.t0, c.trigger.t0 - 5) : c.trigger.t1;
  for (let k = from; k <= (passive ? c.trigger.t0 - 2 : c.trigger.t1 + 1); k++) {
    const n = parseNumber(ctx, tokens, k);
    if (!n) continue;
    const noun = [1, 2].map((d) => ctx.codebook.nouns.matchAt(tokens, k + d, c.info.sentence.t1)).find((x) => x);
    if (noun?.value.role !== 'person') return;
    c.count = n.value; c.countQualifier = qualifierOf(ctx, tokens, n.t0);
    c.rules.push('count.pair');
    return;
  }
}

/** "The two governments committed to resuming relations, severed by Riyadh since 2016": a relations act of the same
 * sentence by one of the pair, with no other side named, is aimed at the other. */
function pairSiblings(candidates: Candidate[], c: Candidate, a: Mention, b: Mention): void {
  for (const o of sentenceCandidates(candidates, c)) {
    if (o === c || o.target?.code || !SYMMETRIC.has(o.type) || !o.actor?.code) continue;
    const other = o.actor.code === a.code ? b : o.actor.code === b.code ? a : null;
    if (other) setSpan(o, 'target', (o.target = other), 'target.pair-sibling');
  }
}

export const pairRefiner: Refiner = {
  id: 'pair',
  refine(ctx, candidates, doc) {
    const extra: Candidate[] = [];
    for (const c of candidates) {
      const cue = pairCue(c, leftStart(c, sentenceCandidates(candidates, c)), ctx.analysis.tokens);
      const last = cue ? lastPair(c, candidates) : null;
      const pair: [Mention, Mention] | null = last ? [last.actor!, last.target!] : cue ? namedPair(ctx, doc, c) : null;
      if (!cue || !pair) continue;
      // The spans point at the states where the earlier act names them.
      const [a, b] = pair;
      c.actor = a; c.target = b;
      // A trailing pair ("twelve staff were ordered out by each side") leaves the clause's own count in place.
      const trailing = cue.t0 > c.trigger.anchor;
      const passive = trailing && ctx.analysis.tokens[cue.t0 - 1]?.normal === 'by';
      if (!(trailing && c.count !== null) && (c.count !== null || c.type === 'expel' || c.type === 'detain')) objectCount(ctx, c, passive);
      const copy: Candidate = { ...c, key: `${c.key}+p`, actor: b, target: a, rules: [...c.rules], spans: { ...c.spans } };
      for (const [x, actor, target] of [[c, a, b], [copy, b, a]] as const) {
        setSpan(x, 'actor', actor, 'actor.pair');
        setSpan(x, 'target', target, 'target.pair');
      }
      extra.push(copy);
      pairSiblings(candidates, c, a, b);
    }
    return [...candidates, ...extra];
  },
};
