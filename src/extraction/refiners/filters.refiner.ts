// Drops what is not an interstate act: no actor or no target (a pupil expelled from school names no state),
// actor = target (a state acting on its own people), and habitual statements ("has dismissed the allegations
// in each instance"), which describe a pattern rather than one act; sentence shapes that mention an act without
// reporting one are in filters.shapes.ts.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';
import type { Token } from '../nlp.ts';
import type { Codebook } from '../../codebook/codebook.types.ts';
import {
  aggregate, denouncesTreaty, writersHedge, describesClass, endangers, genericPlural, inComparison, isReducedRelative, nonStateAgent, nonStateSubject, warnsOfAnother,
} from './filters.shapes.ts';

const CONDITIONAL = /^(if|unless)$/i;

/** "The company recalled a batch of scanners": a recall moves an envoy, named near the verb or as its subject. */
function namesEnvoy(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): boolean {
  const near = (k: number) => Math.abs(k - c.trigger.anchor) <= 6;
  if (c.info.mentions.some((m) => (m.role === 'person' || m.role === 'mission') && (near(m.t0) || near(m.t1 - 1)))) return true;
  for (let k = Math.max(c.info.sentence.t0, c.trigger.anchor - 6); k < Math.min(c.info.sentence.t1, c.trigger.anchor + 7); k++) {
    const noun = nouns.matchAt(tokens, k);
    if (noun && (noun.value.role === 'person' || noun.value.role === 'mission')) return true;
    // "called Stephane Romatet home for consultations": the envoy may be a name the lexicon does not know.
    if (tokens[k]!.normal === 'consultations') return true;
  }
  return false;
}

/** "dismissed it as unfounded, and its officials have repeatedly denied ...": a habitual adverb behind ", and" or
 * ", but" with a subject of its own qualifies that other clause, not the act. */
function otherClause(q: { t0: number; entry: { id: string } }, c: Candidate, tokens: Token[]): boolean {
  if (q.entry.id !== 'habitual') return false; // a film or novel frames the whole sentence
  const [from, to] = q.t0 > c.trigger.t1 ? [c.trigger.t1, q.t0] : [q.t0, c.trigger.t0];
  for (let k = from; k < to - 2; k++) {
    if (tokens[k]!.normal !== ',' || !/^(and|but|while)$/.test(tokens[k + 1]!.normal)) continue;
    if (!/^(VERB|AUX|ADV)$/.test(tokens[k + 2]!.pos)) return true;
  }
  return false;
}

function reason(c: Candidate, tokens: Token[], nouns: Codebook['nouns']): string | null {
  if (aggregate(c, tokens)) return 'filter.aggregate';
  if (endangers(c, tokens)) return 'filter.endangers';
  if (warnsOfAnother(c, tokens)) return 'filter.warns-of-another';
  if (!c.actor?.code) return 'filter.no-actor';
  if (nonStateSubject(c, tokens, nouns) || nonStateAgent(c, tokens, nouns)) return 'filter.non-state-subject';
  // "expelled in return and ... Ambassador X": a word of a retaliation cue is no trigger of its own.
  if (c.info.cues.some((q) => q.entry.role === 'link' && c.trigger.anchor >= q.t0 && c.trigger.anchor < q.t1)) return 'filter.link-cue';
  if (!c.target?.code) return 'filter.no-target';
  if (c.actor.code === c.target.code) return 'filter.same-state';
  // "A court in Paris froze the assets of a Russian businessman": a court's order in a case is no state's sanction.
  // ... nor is its order to release someone a state restoring anything.
  if ((c.type === 'sanction' || c.type === 'restore') && c.actor.sector === 'JUD') return 'filter.court-order';
  if (c.info.cues.some((q) => q.entry.role === 'habitual' && !otherClause(q, c, tokens))) return 'filter.habitual';
  if (isReducedRelative(c, tokens, nouns)) return 'filter.reduced-relative';
  if (describesClass(c, tokens) || genericPlural(c, tokens)) return 'filter.class-description';
  if (denouncesTreaty(c, tokens)) return 'filter.denounced-treaty';
  if (writersHedge(c, tokens)) return 'filter.writers-hedge';
  if (inComparison(c, tokens)) return 'filter.comparison';
  // (A recall complying with a demand, "..., which it did", has its envoy named in the demand.)
  if (c.type === 'recall' && !c.rules.includes('type.complied-demand') && !namesEnvoy(c, tokens, nouns)) return 'filter.recall-without-envoy';
  // "... if Canada expels any more diplomats": the condition of a threat is not an act of its own.
  if (c.modality === 'hypothetical' && CONDITIONAL.test(c.spans.modality?.text ?? '')) return 'filter.conditional';
  // "Poland urged partners to restrict ...", "had resisted calls to expel ...": the urged party has done nothing, and
  // urging is no act of ours.
  if (c.modality === 'hypothetical' && /^(urged|urges|urging|(push|pushing|pushes|pushed|press|pressing|lobby|lobbying) for|(resisted )?(calls|pressure) to)$/i
    .test(c.spans.modality?.text ?? '')) return 'filter.urged';
  // "Whether Moscow will answer is unclear": a threat nobody made.
  if (c.type === 'threaten' && (c.modality === 'hypothetical' || c.modality === 'negated')) return 'filter.unmade-threat';
  return null;
}

/** "lifted its sanctions", "baseless accusations": a trigger inside a longer trigger of another type is part of it.
 * From the same start, a rule that says so outranks the other: "suspended the embassy's use of a house" is no closure. */
function nestedIn(c: Candidate, all: Candidate[]): boolean {
  const { t0, anchor } = c.trigger;
  // Same type too when the longer one reads the passive: "was threatened with sanctions by" is not "threatened".
  // Two passive readings of one clause by the same type ("the ambassador was withdrawn from"): the longer one stays.
  const len = (x: Candidate) => x.trigger.t1 - x.trigger.t0;
  const wins = (o: Candidate) => o.type !== c.type || !c.trigger.rule.passive || len(o) > len(c) || (len(o) === len(c) && o.key < c.key);
  return all.some((o) => o !== c && o.info === c.info && (o.type !== c.type || o.trigger.rule.passive) && o.trigger.t1 - o.trigger.t0 > 1
    && ((anchor > o.trigger.t0 && anchor < o.trigger.t1) || (t0 === o.trigger.t0 && o.trigger.rule.outranks.includes(c.type))) && wins(o));
}

const SHAPES = new Set(['filter.comparison', 'filter.aggregate', 'filter.reduced-relative']);

export const filtersRefiner: Refiner = {
  id: 'filters',
  refine(ctx, candidates) {
    const nested = new Set(candidates.filter((c) => nestedIn(c, candidates)));
    const why = new Map(candidates.map((c) => [c.key, nested.has(c) ? 'filter.nested' : reason(c, ctx.analysis.tokens, ctx.codebook.nouns)]));
    // "... than Paris had expelled Russians, and three more Spaniards": a copy made from an act that is only a
    // comparison or a summary shares its fate.
    const shaped = [...why].filter(([, r]) => r && SHAPES.has(r)).map(([k]) => `${k}+`);
    return candidates.filter((c) => {
      const r = why.get(c.key) ?? (shaped.some((k) => c.key.startsWith(k)) ? 'filter.copy-of-dropped' : null);
      if (r) ctx.debug(() => `drop ${c.key} (${c.type}) ${r}: ${c.info.sentence.text.slice(0, 80)}`);
      return r === null;
    });
  },
};
