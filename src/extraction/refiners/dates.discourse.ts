// Dates told by the story rather than the calendar: "the next day", "a day after Moscow expelled ...", an undated
// act that continues the story of its paragraph, and the news day of a report's lead. Run by the dates refiner after
// each act got its own date.
import { LEAD_SENTENCES, NEWS_DAYS } from '../annotators/narrative-time.ts';
import type { ExtractionContext } from '../context.ts';
import type { Candidate, DateMention } from '../types.ts';
import { sentenceCandidates } from './clause.ts';
import { storyTime } from './dates.story.ts';
import { owner } from './dates.owner.ts';

// "Sweden says three diplomats must leave", "Denmark is expelling 15", "Russian officials have signalled that ...":
// told as today's news (live blogs, statements, the present perfect), not as the story of an earlier sentence.
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'tells', 'warns', 'has', 'have', 'calls', 'accuses', 'rejects']);

function toldInPresent(ctx: ExtractionContext, c: Candidate): boolean {
  const { tokens } = ctx.analysis;
  // "has already said it will ...": said before, with the news the article tells, not as news of the day.
  const earlier = (i: number) => /^(has|have)$/.test(tokens[i]!.normal) && /^(already|said)$/.test(tokens[i + 1]?.normal ?? '');
  for (let i = c.info.sentence.t0; i <= c.trigger.anchor; i++) {
    // "Switzerland, which is not an EU member, announced ...": a relative clause describes, it does not tell.
    if (tokens[i]!.normal === ',' && /^(which|who)$/.test(tokens[i + 1]?.normal ?? '')) {
      while (i + 1 < c.trigger.anchor && tokens[i + 1]!.normal !== ',') i++;
      continue;
    }
    if (PRESENT.has(tokens[i]!.normal) && !earlier(i)) return true;
  }
  return /^\d{1,2}[:.]\d{2}\b/.test(c.info.sentence.text);
}

const SEQUENCE = new Set(['then', 'later', 'subsequently', 'afterwards', 'afterward', 'eventually']);

function movesOn(ctx: ExtractionContext, c: Candidate): boolean {
  const { tokens } = ctx.analysis;
  for (let i = c.info.sentence.t0; i < c.trigger.anchor; i++) if (SEQUENCE.has(tokens[i]!.normal)) return true;
  return false;
}

/** "In December, President Obama expelled 35 Russian diplomats. The administration also shut two compounds.": an
 * undated act continues the story told before it in the same paragraph: the act of the nearest sentence that tells
 * one, or the time stated by a sentence that tells none ("The ledger opens in March 2018. After the poisoning,
 * Britain expelled 23 ..."), if that time ended before publication. An act dated by publication stops the search. */
export function carryParagraphDates(ctx: ExtractionContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    // A plan reported in the past ("announced that it would adopt ...") was announced within the story too.
    const pastPlan = c.modality === 'planned' && /^(would|announced it would)$/i.test(c.spans.modality?.text ?? '');
    if (!c.rules.includes('date.publication') || c.fromReference || (c.modality !== 'fact' && !pastPlan) || !ctx.published) continue;
    // A mirror act answers the act of its own sentence's relative clause: earlier sentences tell what it answers.
    if (toldInPresent(ctx, c) || c.rules.includes('actor.relative-mirror')) continue;
    const carried = storyTime(ctx, candidates, c.info.sentence.index, continuesAlso(ctx, c));
    if (!carried) continue;
    // "Moscow then raised the stakes": a later step of the story, on a day the text does not give, so its month.
    if (carried.granularity === 'day' && movesOn(ctx, c)) { carried.date = carried.date.slice(0, 7); carried.granularity = 'month'; }
    c.date = carried.date; c.granularity = carried.granularity;
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat(carried.rule);
  }
}

/** "cut ties on the night of the raid, and its diplomats left two days later": a relation phrase in another clause
 * of the sentence dates that clause's act, not this one; one heading the sentence ("The next day, ...") dates all. */
function ownsRelation(ctx: ExtractionContext, candidates: Candidate[], c: Candidate, d: DateMention): boolean {
  const { tokens } = ctx.analysis;
  if (d.t0 - c.info.sentence.t0 <= 2) return true;
  // A coordinated clause with its own verb ("..., and its diplomats left ... two days later"), not a list ("Italy
  // expelled 30 and Spain 25 the following day").
  const between = tokens.slice(c.trigger.t1, Math.max(c.trigger.t1, d.t0));
  const k = between.findIndex((t) => t.normal === 'and' || t.normal === ';' || t.normal === 'but');
  if (k >= 0 && between.slice(k + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const siblings = sentenceCandidates(candidates, c);
  return siblings.length < 2 || owner(d, siblings, tokens)?.trigger.anchor === c.trigger.anchor;
}

/** "The ministry also told the ambassador ...": a subject with "also" opening a paragraph goes on with the same
 * occasion as the paragraph before. */
function continuesAlso(ctx: ExtractionContext, c: Candidate): boolean {
  const { tokens } = ctx.analysis;
  const also = tokens.slice(c.info.sentence.t0, Math.min(c.trigger.anchor, c.info.sentence.t0 + 5)).findIndex((t) => t.normal === 'also');
  return also > 0 && tokens.slice(c.info.sentence.t0, c.info.sentence.t0 + also).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}

/** "Russia on Sunday declared 20 ..., a day after Prague expelled 18 ...": the later clause's act is dated from the
 * main act by the stated offset. */
// A date carried from the paragraph gives way to the sentence's own relation to the act before.
const CARRIED = /^date\.discourse/;

export function applyRelations(ctx: ExtractionContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    // "the next day", "the same day": counted from the last act dated to the day before this sentence.
    const discourse = c.info.dates.find((d) => d.relation?.kind === 'discourse' && ownsRelation(ctx, candidates, c, d));
    // ... unless the act has a nearer date of its own ("France sent 35 home on April 4, while ... the following day").
    const own = c.spans.date && c.spans.date.rule !== 'date.relative-to-act' ? c.spans.date : null;
    const dist = (x: { start: number }) => Math.abs(x.start - c.spans.trigger!.start);
    if (discourse && own && dist(own) < dist(discourse)) continue;
    if (discourse) {
      // The latest act of the nearest sentence before (or earlier in this one): "Russia declared 20 ... on Sunday,
      // a day after Prague expelled 18. The next day, ..." counts from Sunday.
      // "At the end of October, Colombia recalled ... Bolivia went further the same day": the same day as an act known
      // only to its month is in that month.
      const month = discourse.relation!.unit === 'month' || discourse.relation!.days === 0;
      const dated = candidates.filter((o) => o !== c && (o.info.sentence.index < c.info.sentence.index
        || (o.info === c.info && o.trigger.anchor < discourse.t0)) && (o.granularity === 'day' || (month && o.granularity === 'month')) && o.date
        && !o.rules.includes('date.publication') && !o.rules.includes('date.relative-to-previous-act'));
      const nearest = Math.max(-1, ...dated.map((o) => o.info.sentence.index));
      const before = dated.filter((o) => o.info.sentence.index === nearest).sort((a, b) => a.date!.localeCompare(b.date!)).pop();
      if (before?.date && (discourse.relation!.unit === 'month' || before.granularity === 'month')) {
        c.date = before.date.slice(0, 7); c.granularity = 'month';
        c.rules = c.rules.filter((r) => r !== 'date.publication' && !CARRIED.test(r)).concat('date.relative-to-previous-act');
      } else if (before?.date) {
        const offset = discourse.relation!.days;
        c.date = new Date(Date.parse(`${before.date}T00:00:00Z`) + offset * 864e5).toISOString().slice(0, 10);
        c.granularity = 'day';
        c.rules = c.rules.filter((r) => r !== 'date.publication' && !CARRIED.test(r)).concat('date.relative-to-previous-act');
      }
      continue;
    }
    const rel = c.info.dates.find((d) => d.relation?.kind === 'clause' && d.t1 <= c.trigger.anchor && c.trigger.anchor - d.t1 <= 4);
    if (!rel) continue;
    // The main act is the one the offset is measured from: before the phrase, or after it ("On Thursday, a day
    // after Moscow expelled a Bulgarian diplomat, Sofia summoned ...").
    const dated = (o: Candidate) => o.info === c.info && o !== c && o.granularity === 'day' && !o.rules.includes('date.publication')
      && !o.rules.includes('date.relative-to-act');
    const main = candidates.filter((o) => dated(o) && o.trigger.anchor < rel.t0).pop()
      ?? candidates.find((o) => dated(o) && o.trigger.anchor > c.trigger.anchor);
    if (!main?.date) continue;
    c.date = new Date(Date.parse(`${main.date}T00:00:00Z`) + rel.relation!.days * 864e5).toISOString().slice(0, 10);
    c.granularity = 'day';
    c.spans.date = { start: rel.start, end: rel.end, text: rel.text, rule: 'date.relative-to-act' };
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.relative-to-act');
  }
}

/** "MOSCOW - Russia on Monday declared 40 German diplomats persona non grata ... The ministry said it had summoned
 * Germany's ambassador": a news article tells the day of its lead; acts it does not date otherwise belong to that
 * day rather than to the publication day, when the lead happened in the days just before publication. */
export function carryNewsDay(ctx: ExtractionContext, candidates: Candidate[], newsDay: string | null): void {
  if (!ctx.published) return;
  const lead = candidates.find((o) => o.actor && o.target && o.granularity === 'day' && o.date && !o.fromReference
    && !o.rules.includes('date.publication') && o.info.sentence.index < LEAD_SENTENCES);
  // No dated act in the lead: the day the lead names anyway ("A Berlin court on Wednesday sentenced ...").
  const day = lead?.date ?? newsDay;
  if (!day || day >= ctx.published || (Date.parse(ctx.published) - Date.parse(day)) / 864e5 > NEWS_DAYS) return;
  for (const c of candidates) {
    // A plan told with no date of its own after the lead's act was announced on that day too ("It also said China
    // would suspend ..."); one in the lead's own sentence is today's answer to it ("Norway, which sent two home on
    // Tuesday, will lose two of its own").
    const plan = c.modality === 'planned' && !!lead && c.info.sentence.index > lead.info.sentence.index;
    if (!c.rules.includes('date.publication') || c.fromReference || (c.modality !== 'fact' && !plan)
      || (lead && c.info.sentence.index < lead.info.sentence.index) || toldInPresent(ctx, c)) continue;
    c.date = day;
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.news-day');
  }
}
