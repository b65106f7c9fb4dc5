// Fact, planned, negated or hypothetical, from cue words just before the trigger on its own side of the clause.
// A threat cue turns the act into a `threaten` event that remembers the threatened measure ("threatened to
// expel" → threaten, CAMEO 1313): the threat itself is a fact.
import type { Modality } from '../../core/types.ts';
import type { CueRole } from '../../codebook/codebook.schemas.ts';
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Cue } from '../types.ts';
import { leftStart, sentenceCandidates, setSpan } from './clause.ts';

const WINDOW = 6;
const ORDER: [CueRole, Modality][] = [['negated', 'negated'], ['hypothetical', 'hypothetical'], ['planned', 'planned']];

type Tok = { normal: string; pos: string };
const CONDITION = /^(if|unless|should)$/;
const AFTER = 'modality.hypothetical-after';
const FINITE = /^(has|had|is|was|are|were|does|did|says|said)$/;

/** "May has said ...": a modal takes a bare verb, so a word followed by a finite one is a name or a month. */
function notModal(q: Cue, tokens: Tok[]): boolean {
  return q.t1 - q.t0 === 1 && (q.entry.role === 'hypothetical' || q.entry.role === 'planned') && FINITE.test(tokens[q.t1]?.normal ?? '');
}

/** Cue words inside a name or a date are not cues: "Theresa May's decision", "in May". A threat holds whatever its
 * condition ("if", "unless"); "without" denies only a verb ("without expelling", not "officials without visas"). */
function cuesBefore(c: Candidate, from: number, tokens: Tok[]): Cue[] {
  // "whether the 41 diplomats withdrawn from India will be replaced": a participle right after its noun is a done
  // deed inside a noun phrase; the cues before that phrase belong to the clause's own verb.
  const reduced = c.trigger.rule.passive && c.trigger.anchor === c.trigger.t0 + 1;
  const lo = reduced ? c.trigger.t0 : Math.max(from, c.trigger.anchor - WINDOW);
  // (A cue's own words: "told * it would" holds the state told in its gap.)
  const covered = (q: Cue) => c.info.mentions.some((m) => (q.t0 >= m.t0 && q.t0 < m.t1) || (q.t1 - 1 >= m.t0 && q.t1 - 1 < m.t1))
    || c.info.dates.some((d) => q.t0 < d.t1 && q.t1 > d.t0);
  const idle = (q: Cue) => (c.type === 'threaten' && CONDITION.test(tokens[q.t0]!.normal)) || notModal(q, tokens)
    || (tokens[q.t0]!.normal === 'without' && tokens[q.t1]?.pos !== 'VERB' && !/ing$/.test(tokens[q.t1]?.normal ?? ''));
  // "did not rule out": a cue inside a longer one is part of it ("not", "ruled out" say nothing alone there).
  const modal = (o: Cue) => ORDER.some(([role]) => role === o.entry.role);
  const inner = (q: Cue) => c.info.cues.some((o) => o !== q && modal(o) && o.t0 <= q.t0 && o.t1 >= q.t1 && o.t1 - o.t0 > q.t1 - q.t0);
  // "did not publish evidence but said his activities were ...": a cue before "but/and said" is the first verb's.
  const saidAfter = (q: Cue) => c.info.cues.some((a) => a.entry.role === 'attribution' && a.t0 >= q.t1 && a.t1 <= c.trigger.anchor
    && /^(but|and)$/.test(tokens[a.t0 - 1]?.normal ?? ''));
  return c.info.cues.filter((q) => q.t0 >= lo && q.t1 <= c.trigger.anchor && !covered(q) && !idle(q) && !inner(q) && !saidAfter(q));
}

/** "more closures are possible", "sanctions are not off the table": doubt stated after a noun trigger. */
function doubtAfter(c: Candidate, tokens: Tok[]): Cue | undefined {
  if (!c.trigger.rule.nominal && tokens[c.trigger.anchor]!.pos !== 'NOUN') return undefined;
  return c.info.cues.find((q) => q.entry.id === AFTER && q.t0 >= c.trigger.t1 && q.t0 <= c.trigger.t1 + WINDOW);
}

function spanOf(ctx: { analysis: { tokens: { start: number; end: number }[] }; text: string }, q: Cue) {
  const start = ctx.analysis.tokens[q.t0]!.start;
  const end = ctx.analysis.tokens[q.t1 - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Tokens [from, to) are state names joined by "and", "," or "the": the subject of a headline, nothing more. */
function onlyStates(c: Candidate, from: number, to: number, tokens: { normal: string }[]): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    if (c.info.mentions.some((m) => k >= m.t0 && k < m.t1 && m.code)) continue;
    if (!/^(and|,|the)$/.test(tokens[k]!.normal)) return false;
  }
  return true;
}

/** "told Ottawa it would expel" warns a state; "told reporters it would expel" announces. */
function toldState(c: Candidate, q: Cue, tokens: Tok[]): boolean {
  if (!/^(told|warned)$/.test(tokens[q.t0]!.normal) || /^(it|that)$/.test(tokens[q.t0 + 1]?.normal ?? '') || q.t1 - q.t0 < 3) return true;
  return c.info.mentions.some((m) => m.code && m.t0 > q.t0 && m.t1 < q.t1);
}

/** The threat cue that makes this act a threatened one. A threat verb is itself a trigger, so it may sit before the
 * window start ("threatened on Thursday to expel"); a cue right before the act counts ("told Ottawa it would strip
 * them of immunity"), and so does a warning of what "would" follow ("warning that unless ..., Prague would reduce"). */
function threatCue(c: Candidate, tokens: Tok[]): Cue | undefined {
  const before = tokens[c.trigger.anchor - 1]?.normal ?? '';
  const near = cuesBefore(c, c.info.sentence.t0, tokens).find((q) => q.entry.role === 'threat'
    && (before === 'to' || q.t1 === c.trigger.anchor) && toldState(c, q, tokens));
  if (near || !/^(would|will)$/.test(before)) return near;
  return c.info.cues.find((q) => q.entry.role === 'threat' && q.t1 < c.trigger.anchor
    && /^warn/.test(tokens[q.t0]!.normal) && tokens[q.t1]?.normal === 'that');
}

/** The act whose modality a trigger shares: the one before it in the sentence, when "including" or "such as"
 * introduces an example of it, or when "and" joins the two verbs ("would restore relations and appoint envoys"). */
function sharedWith(c: Candidate, all: Candidate[], tokens: { normal: string; lemma: string; pos: string }[]): Candidate | null {
  const before = sentenceCandidates(all, c).filter((o) => o.trigger.anchor < c.trigger.t0 && o.trigger.t1 <= c.trigger.t0);
  const prev = before[before.length - 1];
  if (!prev) return null;
  const lead = [1, 2, 3].some((k) => /^(including|notably|such)$/.test(tokens[c.trigger.t0 - k]?.normal ?? ''));
  const between = tokens.slice(prev.trigger.t1, c.trigger.t0);
  const gap = between.map((t) => t.normal);
  // Only a bare verb hangs on the earlier modal: "would bring him home and gave them a week" is a past fact. A long
  // object between them holds no verb of its own ("would suspend contacts with the ministry of transport and
  // communications, and halt cooperation").
  const bare = tokens[c.trigger.t0]!.lemma === tokens[c.trigger.t0]!.normal;
  const near = gap.length <= 4 || (gap[gap.length - 1] === 'and' && !between.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  const joined = near && gap.includes('and') && bare && prev.modality !== 'negated';
  return lead || joined ? prev : null;
}

const MODAL_ROLES = new Set(['negated', 'hypothetical', 'planned']);

/** "has not ruled out" (doubt) holds "ruled out" and "not" (denial); "not yet" (pending) holds "not": the longer
 * phrase is the cue, the words inside it are none. */
function withoutContained(cues: Cue[]): Cue[] {
  const modal = cues.filter((q) => MODAL_ROLES.has(q.entry.role));
  return cues.filter((q) => !MODAL_ROLES.has(q.entry.role) || !modal.some((o) => o !== q && o.t0 <= q.t0 && o.t1 >= q.t1
    && o.t1 - o.t0 > q.t1 - q.t0));
}

/** The modality cue of an act, nearest first. */
function nearestCue(c: Candidate, candidates: Candidate[], tokens: Tok[]): Cue | undefined {
  // A noun trigger before this one is an object, no clause of its own: "might follow the recall with measures".
  const verbs = sentenceCandidates(candidates, c).filter((o) => o === c || (!o.trigger.rule.nominal && tokens[o.trigger.anchor]!.pos !== 'NOUN'));
  const cues = withoutContained(cuesBefore(c, leftStart(c, verbs), tokens));
  // The cue nearest the trigger decides between denial and doubt ("has not yet decided whether to expel" is
  // doubt); "will"/"plans to" count only when neither is present.
  // Nearest first; at the same place the longer phrase ("not off the table" over "not").
  const pick = (roles: string[]) => cues.filter((x) => roles.includes(x.entry.role))
    .sort((a, b) => b.t0 - a.t0 || (b.t1 - b.t0) - (a.t1 - a.t0))[0];
  // "would not reciprocate": a negation inside the trigger's own span counts too.
  // ... unless the pattern itself says it ("will not go unanswered" is a threat).
  // (The pattern's words are flattened only for a negation inside the span: flat() per candidate showed in profiles.)
  const inside = c.info.cues.find((x) => x.entry.role === 'negated' && x.t0 > c.trigger.anchor && x.t1 <= c.trigger.t1
    && !c.trigger.rule.groups.flat(2).includes(tokens[x.t0]!.normal));
  // "would have to leave": a pattern may open with its own modal.
  const opening = c.info.cues.find((x) => x.entry.role === 'planned' && x.t0 === c.trigger.anchor && x.t1 < c.trigger.t1);
  return inside ?? pick(['negated', 'hypothetical']) ?? doubtAfter(c, tokens) ?? pick(['planned']) ?? opening;
}

export const modalityRefiner: Refiner = {
  id: 'modality',
  refine(ctx, candidates) {
    const { tokens } = ctx.analysis;
    const bare: Candidate[] = [];
    for (const c of candidates) {
      const threat = threatCue(c, tokens);
      if (threat && c.type !== 'threaten') {
        c.threatOf = c.type;
        c.type = 'threaten';
        setSpan(c, 'modality', spanOf(ctx, threat), 'modality.threat');
        continue;
      }
      const q = nearestCue(c, candidates, tokens);
      // Headline grammar: "Israel and Turkey to restore full ties" announces a plan.
      if (!q && c.info.sentence.index === 0 && tokens[c.trigger.anchor - 1]?.normal === 'to'
        && onlyStates(c, c.info.sentence.t0, c.trigger.anchor - 1, tokens)) {
        c.modality = 'planned';
        c.rules.push('modality.headline-infinitive');
        continue;
      }
      if (!q) { bare.push(c); continue; }
      let modality = ORDER.find(([role]) => role === q.entry.role)![1];
      // "was not considering closing" denies even the consideration.
      const prevTok = tokens[q.t0 - 1]?.normal ?? '';
      if (modality === 'hypothetical' && /^(not|n't|never)$/.test(prevTok) && /^consider/.test(tokens[q.t0]!.normal)) modality = 'negated';
      // A threat is a fact once made ("warned it would respond"); only doubt or denial changes that.
      if (c.type === 'threaten' && modality === 'planned') continue;
      c.modality = modality;
      setSpan(c, 'modality', spanOf(ctx, q), `modality.${modality}`);
    }
    // After every cue is read: "would impose new restrictions, including limits on ...", "would restore relations
    // and appoint ambassadors": an example or a joined bare verb shares the modality of the act before it.
    for (const c of bare.sort((a, b) => a.trigger.anchor - b.trigger.anchor)) {
      const host = sharedWith(c, candidates, tokens);
      if (host && host.modality !== 'fact') { c.modality = host.modality; c.rules.push('modality.shared'); }
    }
    return candidates;
  },
};
