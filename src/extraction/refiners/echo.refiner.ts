// Acts told by a pro-verb: "Poland ordered 45 Russians out. Germany followed on Monday with 40 and France with 35;
// Italy, Spain and Denmark acted on Tuesday", "Kuwait did likewise". An echo cue (cues.json, role 'echo') right after
// a subject repeats the last act with both sides told in the two sentences before: same type and target, the subject
// (each state of a subject list) as actor, the number after "with" as count. The echo cue stands as the trigger, so
// the date stage reads the echo's own date. Runs after counts (the count is the echo's own) and before the ellipsis
// stage ("and France with 35").
import type { Token } from '../nlp.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue, Mention } from '../types.ts';
import { coActors } from './actor.helpers.ts';
import { parseNumber } from './counts.refiner.ts';
import { setSpan } from './clause.ts';

const NEGATION = new Set(['not', 'never', "n't"]);
const CONDITION = new Set(['if', 'unless', 'whether', 'should']);
const AS = new Set(['as', 'like']);

/** The main act of the latest sentence with one, of the two before: its first act ("ordered 45 Russians out,
 * accusing them of ..." is an expulsion). */
/** "The Emirates, which downgraded its relations in 2016, sent ...": an act in a relative clause is background. */
function relative(o: Candidate, tokens: Token[]): boolean {
  return tokens.slice(Math.max(o.info.sentence.t0, o.trigger.anchor - 4), o.trigger.anchor)
    .some((t, i, all) => /^(which|who)$/.test(t.normal) && all[i - 1]?.normal === ',');
}

function lastAct(c: { info: Candidate['info'] }, all: Candidate[], tokens: Token[], sameSentenceBefore = -1): Candidate | null {
  let best: Candidate | null = null;
  for (const o of all) {
    const k = c.info.sentence.index - o.info.sentence.index;
    const same = k === 0 && o.trigger.anchor < sameSentenceBefore;
    // The act compared with ("as Lithuania did") may have no actor of its own ("several governments").
    if ((!same && !o.actor?.code) || !o.target?.code || o.fromReference || o.key.includes('+echo') || (!same && (k < 1 || k > 2))
      || relative(o, tokens)) continue;
    if (!best || o.info.sentence.index > best.info.sentence.index
      || (o.info === best.info && o.trigger.anchor < best.trigger.anchor)) best = o;
  }
  return best;
}

export const echoRefiner: Refiner = {
  id: 'echo',
  refine(ctx, candidates, doc) {
    const { tokens } = ctx.analysis;
    const extra: Candidate[] = [];
    for (const info of doc.sentences) {
      for (const cue of info.cues.filter((q: Cue) => q.entry.role === 'echo')) {
        // The subject ends at most two words before the cue ("Kuwait also did likewise").
        const subject = info.mentions.filter((m) => m.code && (m.prep === null || AS.has(m.prep)) && m.t1 <= cue.t0
          && cue.t0 - m.t1 <= 2).pop();
        // A bare "did" echoes only as a comparison, and then the act before it in the same sentence: "examining whether
        // to shut Russian consulates, as Lithuania did this week".
        const as = subject && AS.has(tokens[subject.t0 - 1]?.normal ?? '');
        if (cue.t1 - cue.t0 === 1 && !as) continue;
        const prev = subject ? lastAct({ info }, [...candidates, ...extra], tokens, as ? cue.t0 : -1) : null;
        // "if Ukraine did so": a condition, not an act.
        const conditional = subject && CONDITION.has(tokens[subject.t0 - 1]?.normal ?? '');
        if (!subject || !prev || conditional || subject.code === prev.target!.code) continue;
        const w = tokens.slice(cue.t0, info.sentence.t1).findIndex((t) => t.normal === 'with');
        const n = w >= 0 && w <= 6 ? parseNumber(ctx, tokens, cue.t0 + w + 1) : null;
        const negated = tokens.slice(subject.t1, cue.t0).some((t) => NEGATION.has(t.normal));
        const actors: Mention[] = [subject, ...coActors({ info } as Candidate, subject, tokens)];
        for (const actor of actors) {
          const copy: Candidate = {
            ...prev, key: `${prev.key}+echo${tokens[actor.t0]!.start}`, info, actor, count: n?.value ?? null,
            countQualifier: n ? 'exact' : null, trigger: { ...prev.trigger, anchor: cue.t0, t0: cue.t0, t1: cue.t0 + 1 },
            modality: negated ? 'negated' : 'fact', date: null, granularity: null, deadline: null, retaliatesFor: null, link: null,
            rules: [...prev.rules.filter((r) => !/^(actor|count|date|modality)\./.test(r)), 'actor.echo'],
            spans: { target: prev.spans.target! },
          };
          setSpan(copy, 'actor', actor, 'actor.echo');
          // The echo's own words are its trigger ("did the same", "followed"): every event has a trigger span.
          const last = tokens[cue.t1 - 1]!;
          copy.spans.trigger = { start: tokens[cue.t0]!.start, end: last.end, text: ctx.text.slice(tokens[cue.t0]!.start, last.end), rule: 'actor.echo' };
          extra.push(copy);
        }
      }
    }
    return [...candidates, ...extra];
  },
};
