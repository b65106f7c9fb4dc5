// Dates told by the story rather than the calendar: "the next day", "a day after Moscow expelled ...", and an undated
// act that continues the sentence before it. Run by the dates refiner after each act got its own date.
import { statedTime } from '../annotators/narrative-time.ts';
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';
import { periodEnd } from './dates.background.ts';

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** "In December, President Obama expelled 35 Russian diplomats. The administration also shut two compounds.": an
 * undated act continues the story of the sentence just before it, in the same paragraph: the act told there, or,
 * when that sentence tells no act, the time it states ("The ledger opens in March 2018. After the poisoning,
 * Britain expelled 23 ..."), if that time ended before publication. */
export function carryParagraphDates(ctx: ExtractionContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.rules.includes('date.publication') || c.fromReference || c.modality !== 'fact' || !ctx.published) continue;
    const before = ctx.analysis.sentences[c.info.sentence.index - 1];
    if (!before || ctx.text.slice(before.end, c.info.sentence.start).includes('\n')) continue;
    const told = candidates.filter((o) => o.info.sentence.index === before.index);
    const prev = told.filter((o) => o.date && !o.rules.includes('date.publication') && !o.claim).pop();
    if (prev) {
      c.date = prev.date; c.granularity = prev.granularity;
      c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.discourse');
      continue;
    }
    const stated = told.length ? null : statedTime(ctx.text, before.start, before.end, ctx.published);
    if (!stated) continue;
    const g = stated.month ? 'month' : 'year';
    const date = stated.month ? `${stated.year}-${String(stated.month).padStart(2, '0')}` : String(stated.year);
    if (iso(periodEnd(date, g)) >= ctx.published) continue;
    c.date = date; c.granularity = g;
    c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.discourse-stated-time');
  }
}

/** "Russia on Sunday declared 20 ..., a day after Prague expelled 18 ...": the later clause's act is dated from the
 * main act by the stated offset. */
export function applyRelations(candidates: Candidate[]): void {
  for (const c of candidates) {
    // "the next day", "the same day": counted from the last act dated to the day before this sentence.
    const discourse = c.info.dates.find((d) => d.relation?.kind === 'discourse');
    // ... unless the act has a nearer date of its own ("France sent 35 home on April 4, while ... the following day").
    const own = c.spans.date && c.spans.date.rule !== 'date.relative-to-act' ? c.spans.date : null;
    const dist = (x: { start: number }) => Math.abs(x.start - c.spans.trigger!.start);
    if (discourse && own && dist(own) < dist(discourse)) continue;
    if (discourse) {
      // The latest act of the nearest sentence before (or earlier in this one): "Russia declared 20 ... on Sunday,
      // a day after Prague expelled 18. The next day, ..." counts from Sunday.
      const dated = candidates.filter((o) => o !== c && (o.info.sentence.index < c.info.sentence.index
        || (o.info === c.info && o.trigger.anchor < discourse.t0)) && o.granularity === 'day' && o.date
        && !o.rules.includes('date.publication') && !o.rules.includes('date.relative-to-previous-act'));
      const nearest = Math.max(-1, ...dated.map((o) => o.info.sentence.index));
      const before = dated.filter((o) => o.info.sentence.index === nearest).sort((a, b) => a.date!.localeCompare(b.date!)).pop();
      if (before?.date) {
        const offset = discourse.relation!.days;
        c.date = new Date(Date.parse(`${before.date}T00:00:00Z`) + offset * 864e5).toISOString().slice(0, 10);
        c.granularity = 'day';
        c.rules = c.rules.filter((r) => r !== 'date.publication').concat('date.relative-to-previous-act');
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
