// Explicit retaliation links. A prepositional cue ("in retaliation for", "in response to") links the act before it
// (or, sentence-initially, after it) to the act its scope describes; an adjectival cue ("reciprocal",
// "tit-for-tat", "mirror") marks the nearest act as an answer. When the answered act is not itself reported in
// the sentence, it is created from the description ("a similar move by Moscow last month": expel, RUS→GBR,
// 2026-01), flagged fromReference; merging later folds it into a direct report of the same act.
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue, Mention } from '../types.ts';
import type { ExtractionContext } from '../context.ts';
import { sentenceCandidates } from './clause.ts';

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

const FAMILY: Record<string, string> = {
  expel: 'staff', recall: 'staff', close_mission: 'staff', reduce_staff: 'staff', restrict_diplomats: 'staff',
  downgrade_relations: 'relations', break_relations: 'relations', sanction: 'sanction', detain: 'detain',
  summon: 'words', protest: 'words', accuse: 'words', reject: 'words', threaten: 'words', restore: 'restore',
};

function earlierAnswer(all: Candidate[], responder: Candidate): Candidate | undefined {
  return all.filter((c) => c !== responder && !c.fromReference && c.actor?.code === responder.target?.code
    && c.target?.code === responder.actor?.code && FAMILY[c.type] === FAMILY[responder.type]
    && (c.info.sentence.index < responder.info.sentence.index)
    && (!c.date || !responder.date || c.date <= responder.date)).pop();
}

const AFTER = new Set(['after', 'following']);

/** "Russia expelled 23 British diplomats after Britain expelled 23 Russians": the act after "after" is answered. */
function linkAfterClauses(ctx: ExtractionContext, all: Candidate[]): void {
  const { tokens } = ctx.analysis;
  for (const a of all) {
    if (a.retaliatesFor || a.fromReference || a.type === 'threaten') continue;
    const b = all.find((o) => o.info === a.info && o.trigger.anchor > a.trigger.anchor && !o.fromReference
      && o.actor?.code === a.target?.code && o.target?.code === a.actor?.code && FAMILY[o.type] === FAMILY[a.type]
      && tokens.slice(a.trigger.t1, o.trigger.anchor).some((t) => AFTER.has(t.normal))
      && (!o.date || !a.date || o.date <= a.date));
    if (!b) continue;
    const cue = tokens.slice(a.trigger.t1, b.trigger.anchor).find((t) => AFTER.has(t.normal))!;
    a.retaliatesFor = b.key;
    a.link = { kind: 'explicit', cue: cue.value, confidence: 0.7 };
    a.spans.link = { start: cue.start, end: cue.end, text: cue.value, rule: 'link.after-clause' };
    a.rules.push('link.after-clause');
  }
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
        // "in retaliation for X" names what is answered; "in return", "in kind", "reciprocal" only say that it answers.
        const prepositional = cue.entry.id === 'link.prepositional';
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
        // "In reply, Algeria declared twelve French embassy employees unwelcome": the answered act was reported
        // earlier in the article; the nearest one before, in the other direction and the same family.
        answered ??= earlierAnswer(candidates, responder);
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
    linkAfterClauses(ctx, candidates);
    return [...candidates, ...created];
  },
};
