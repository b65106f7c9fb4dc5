// The act's date: the nearest date in its sentence that is not a deadline and not inside another act's
// retaliation cue ("... in retaliation for a similar move by Moscow last month": "last month" is Moscow's act).
// No date: the publication date (news reports today's acts), which dates.discourse.ts may then replace by the story
// told before ("the next day", the paragraph's time, the lead's news day). Deadlines ("within two weeks") are kept
// apart and counted from the act's day. Acts dated long before publication are background.
import type { Refiner } from '../pipeline.ts';
import type { Candidate, DateMention } from '../types.ts';
import { sentenceCandidates, setSpan } from './clause.ts';
import { carryAlso } from './dates.also.ts';
import { isBackground } from './dates.background.ts';
import { applyRelations, carryNewsDay, carryParagraphDates } from './dates.discourse.ts';
import { pluperfectOwnDate } from './dates.pluperfect.ts';
import { carryAnnouncedSteps } from './dates.following.ts';
import { owner } from './dates.owner.ts';
import { answeredScope, inScope, isDateline, namesOtherAct, relativeScopes, whenClauseDate } from './dates.scopes.ts';
import { datesFromVagueAfter } from './dates.vague-after.ts';

const SPEECH = new Set(['accuse', 'protest', 'reject', 'threaten']);
const DURATION = /(\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(hour|day|week|month)s?/i;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  ten: 10, fourteen: 14, thirty: 30 };

function deadlineFrom(c: Candidate, d: DateMention): string | null {
  const m = DURATION.exec(d.text);
  if (m && c.granularity === 'day' && c.date) {
    const n = Number(m[1]) || SMALL[m[1]!.toLowerCase()] || 1;
    const hours = { hour: 1, day: 24, week: 168, month: 720 }[m[2]!.toLowerCase() as 'hour'] * n;
    return new Date(new Date(`${c.date}T00:00:00Z`).getTime() + hours * 3600e3).toISOString().slice(0, 10);
  }
  return !m && d.granularity === 'day' ? d.date : null;
}

/** "Russia's expulsion of 20 Czechs in April, which answered the Czech expulsion of 18 ...": an answered act the text
 * leaves undated shares the month or year of its answer, which follows within weeks (a day would be a guess). */
function dateAnsweredByResponse(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.rules.includes('date.unknown-answered-act')) continue;
    const answer = sentenceCandidates(candidates, c).filter((o) => o.trigger.anchor < c.trigger.anchor && o.date
      && (o.granularity === 'month' || o.granularity === 'year') && !o.rules.includes('date.publication')).pop();
    if (!answer) continue;
    c.date = answer.date; c.granularity = answer.granularity;
    if (answer.spans.date) setSpan(c, 'date', answer.spans.date, 'date.answer-period');
    else c.rules.push('date.answer-period');
  }
}

// "which led X to", "that prompted X to": the act after it follows from the noun before it.
const CAUSE_VERBS = new Set(['led', 'prompted', 'caused', 'pushed', 'drove', 'spurred', 'triggered', 'forced']);

/** "... will be summoned, and that they will be shown footage of the abduction on 7 October": a date after the act,
 * in another reported clause ("and that", "but that", after ";") with a verb of its own, belongs to that clause.
 * ("summoned the envoy and handed him a note on 3 March" shares its date: no new clause.) */
function laterClause(c: Candidate, d: DateMention, tokens: { normal: string; pos: string }[]): boolean {
  if (d.t0 < c.trigger.t1) return false;
  const between = tokens.slice(c.trigger.t1, d.t0);
  const k = between.findIndex((t, i) => t.normal === ';' || (/^(and|but)$/.test(t.normal) && between[i + 1]?.normal === 'that'));
  return k >= 0 && between.slice(k + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Does a dated noun ("the July 2024 decision", "the 2018 attack") reach this act? "..., which led Algeria to
 * withdraw ..." (the act it caused: date.cause) or "..., which Britain blamed on Moscow" (the act is told of that
 * noun in a relative clause: date.noun-relative). */
function nounReach(d: DateMention, c: Candidate, tokens: { normal: string }[]): string | null {
  if (d.t1 > c.trigger.anchor) return null;
  const words = tokens.slice(d.t1, c.trigger.anchor).map((t) => t.normal);
  const k = words.findIndex((w) => w === 'which' || w === 'that');
  if (k < 0 || words.slice(k).includes(';')) return null;
  if (CAUSE_VERBS.has(words[k + 1] ?? '') && words.lastIndexOf('to') > k) return 'date.cause';
  return words.length - k <= 3 && k <= 6 ? 'date.noun-relative' : null;
}

/** "findings that the fire which destroyed the centre in May 2024 was ordered by Russian intelligence": the subject of a
 * passive accusation is the deed, and a date inside it dates the deed. Returns where that subject starts (after "that"
 * or the attribution verb), or null when the trigger is not passive. */
function passiveSubjectStart(c: Candidate, tokens: { normal: string }[]): number | null {
  const be = /^(was|were|is|are|been|be)$/;
  if (!c.trigger.rule.passive && !be.test(tokens[c.trigger.anchor - 1]?.normal ?? '') && !be.test(tokens[c.trigger.anchor - 2]?.normal ?? '')) return null;
  let k = c.trigger.anchor - 1;
  while (k > c.info.sentence.t0 && tokens[k]!.normal !== 'that' && tokens[k]!.normal !== ','
    && !c.info.cues.some((q) => q.entry.role === 'attribution' && q.t1 === k + 1)) k--;
  return k + 1;
}

/** "concluded that Tehran directed two attacks: the arson in October last year": when the trigger names the deed
 * itself (a rule read like a passive, its subject the accused), a date after it with no verb of saying between
 * dates the deed. ("Moscow was behind it, London said on Monday" keeps the day it was said.) */
function deedDate(c: Candidate, d: DateMention): boolean {
  if (c.type !== 'accuse' || !c.trigger.rule.passive || d.t0 < c.trigger.t1) return false;
  return !c.info.cues.some((q) => q.entry.role === 'attribution' && q.t0 >= c.trigger.t1 && q.t1 <= d.t0);
}

export const datesRefiner: Refiner = {
  id: 'dates',
  refine(ctx, candidates, doc) {
    for (const c of candidates) {
      const siblings = sentenceCandidates(candidates, c);
      const firstAnchor = siblings[0]?.trigger.anchor ?? c.trigger.anchor;
      const scopes = c.info.cues.filter((q) => q.entry.role === 'link' && q.t0 > c.trigger.anchor && namesOtherAct(q, ctx.analysis.tokens))
        .map((q): [number, number] => [q.t0, c.info.sentence.t1]).concat(relativeScopes(c, ctx.analysis.tokens));
      // An act named inside another act's retaliation cue ("in retaliation for Britain's expulsion of 23 ...") is
      // dated only by what the cue itself says; merging can then give it the date of its direct report.
      const answered = SPEECH.has(c.type) ? null : answeredScope(c, ctx.analysis.tokens);
      if (answered) {
        // ... or by a date heading the whole sentence ("In May, Russia expelled ... in retaliation for London's ...").
        // A month or a year in front of the response ("Earlier, in May 2024, Moscow expelled ... in retaliation for")
        // holds the answered act too: an answer follows within weeks.
        // "... answered the Czech expulsion of 18 employees accused of a blast in 2014": past a verb, a date is another deed's.
        const verbBetween = (d: DateMention) => ctx.analysis.tokens.slice(c.trigger.t1, d.t0).some((t) => t.pos === 'VERB');
        const own = c.info.dates.find((d) => !d.deadline && d.t0 >= answered[0] && d.t1 <= answered[1] && !verbBetween(d));
        // A day heading it ("On Monday, Moscow expelled ...") is the answer's alone: the answered act came days before.
        const heading = own ? undefined : c.info.dates.find((d) => !d.deadline && d.relation === null && d.t1 <= firstAnchor
          && !isDateline(d, ctx.analysis.tokens) && d.granularity !== 'day');
        if (own) { c.date = own.date; c.granularity = own.granularity; setSpan(c, 'date', own, own.rule); }
        // The heading only bounds the answered act (on or before it): stores may fold it into an earlier report.
        else if (heading) { c.date = heading.date; c.granularity = heading.granularity; setSpan(c, 'date', heading, 'date.answer-heading'); }
        else c.rules.push('date.unknown-answered-act');
        continue;
      }
      // "the 2018 poisoning": a year in front of a noun dates that noun, unless the noun is this trigger.
      // ... or an act that noun caused: "the July 2024 decision by Paris ..., which led Algeria to withdraw ...".
      // ... and "the attack of October 7", "the elections of May 2024": a date owned by the noun before "of".
      const ofNoun = (d: DateMention) => ctx.analysis.tokens[d.t0 - 1]?.normal === 'of' && ctx.analysis.tokens[d.t0 - 2]?.pos === 'NOUN'
        && d.t0 - 2 !== c.trigger.anchor;
      const nounDate = (d: DateMention) => (/^the /i.test(d.text) || ctx.analysis.tokens[d.t0 - 1]?.normal === 'the' || ofNoun(d))
        && d.t1 !== c.trigger.anchor && d.rule !== 'date.month-part' && d.rule !== 'date.decade';
      const attributive = (d: DateMention) => nounDate(d) && !nounReach(d, c, ctx.analysis.tokens);
      // "linked Russian intelligence to the explosions ... in 2014": for a speech act, a year after the trigger dates
      // the deed alleged, not the accusation.
      const subject = SPEECH.has(c.type) ? passiveSubjectStart(c, ctx.analysis.tokens) : null;
      const alleged = (d: DateMention) => SPEECH.has(c.type) && ((d.rule === 'date.bare-year' && d.t0 > c.trigger.anchor)
        || (subject !== null && d.t0 >= subject && d.t1 <= c.trigger.anchor) || deedDate(c, d));
      const usable = c.info.dates.filter((d) => d.relation === null && !d.deadline && !attributive(d) && !alleged(d) && (c.fromReference || !inScope(d, scopes))
        && !laterClause(c, d, ctx.analysis.tokens));
      const owned = usable.filter((d) => siblings.length === 1 || owner(d, siblings, ctx.analysis.tokens)?.trigger.anchor === c.trigger.anchor);
      const dist = (d: DateMention) => (d.t1 <= c.trigger.anchor ? c.trigger.anchor - d.t1 : d.t0 - c.trigger.t1 + 0.5);
      // Order of evidence: a date of its own; the date of the verb it is coordinated with ("accused him in January
      // and gave him two weeks"); a date heading the sentence ("In January, ...").
      const coordinated = c.rules.includes('actor.coordination') || c.rules.includes('actor.orderer-coordination')
        || c.rules.includes('actor.participle-clause');
      const prev = coordinated ? siblings.filter((o) => o.trigger.anchor < c.trigger.anchor && o.date).pop() : undefined;
      let best = whenClauseDate(c, usable, siblings, ctx.analysis.tokens) ?? pluperfectOwnDate(c, owned, ctx.analysis.tokens)
        ?? owned.sort((a, b) => dist(a) - dist(b))[0];
      if (!best && prev?.date && !prev.rules.includes('date.publication')) {
        c.date = prev.date; c.granularity = prev.granularity; c.rules.push('date.coordination');
        continue;
      }
      best ??= usable.filter((d) => d.t1 <= firstAnchor).sort((a, b) => dist(a) - dist(b))[0];
      // "Moldova has told Russia to cut its staff by 45, the minister said on Wednesday": the day it was said bounds
      // an act the sentence does not date otherwise.
      const said = best ? undefined : usable.find((d) => c.info.cues.some((q) => q.entry.role === 'attribution' && d.t0 >= q.t1 && d.t0 - q.t1 <= 3));
      best ??= said;
      if (said) c.rules.push('date.attribution');
      if (best) {
        c.date = best.date; c.granularity = best.granularity;
        // "will close the consulate on Friday": a planned act's bare weekday lies ahead, not behind.
        if (c.modality === 'planned' && best.weekdayOnly && best.t0 > c.trigger.anchor && ctx.published && c.date < ctx.published) {
          c.date = new Date(Date.parse(`${c.date}T00:00:00Z`) + 7 * 864e5).toISOString().slice(0, 10);
        }
        setSpan(c, 'date', best, best.rule);
        if (nounDate(best)) c.rules.push(nounReach(best, c, ctx.analysis.tokens)!);
      } else if (ctx.published && !c.fromReference) {
        c.date = ctx.published; c.granularity = 'day';
        if (!c.rules.includes('date.publication')) c.rules.push('date.publication');
      }
      // "After Congress passed a sanctions bill, Russia ordered the mission to cut its staff by September 1": a deadline
      // past another clause's verb of another type is that act's.
      const otherClause = (o: Candidate, d: DateMention) => o.type !== c.type && o.trigger.anchor > c.trigger.t1 && o.trigger.anchor < d.t0
        && ctx.analysis.tokens.slice(c.trigger.t1, o.trigger.anchor).some((t) => t.normal === ',');
      const deadline = c.info.dates.find((d) => d.deadline && d.t0 > c.trigger.anchor && !siblings.some((o) => otherClause(o, d)));
      if (deadline) { c.deadline = deadlineFrom(c, deadline); if (c.deadline) setSpan(c, 'deadline', deadline, 'date.deadline'); }
    }
    dateAnsweredByResponse(candidates);
    carryAlso(ctx, candidates); // before the paragraph's story: "also" names whose story it is
    // Carried first: "Its reply came on January 23. Moscow downgraded ... Tallinn the same day ordered ...": the day
    // "the same day" counts from is the one the sentence before carried.
    carryParagraphDates(ctx, candidates);
    applyRelations(ctx, candidates);
    carryAnnouncedSteps(ctx, candidates);
    carryNewsDay(ctx, candidates, doc.newsDay ?? null);
    datesFromVagueAfter(ctx, candidates); // last: it reads the days every other act got
    // Last, once every act has its final date, however it got it (own, coordinated, carried, answered).
    for (const c of candidates) {
      c.background = !!(c.date && c.granularity && ctx.published && isBackground(c.date, c.granularity, ctx.published));
      if (c.background && !c.rules.includes('background.date-gap')) c.rules.push('background.date-gap');
    }
    return candidates;
  },
};
