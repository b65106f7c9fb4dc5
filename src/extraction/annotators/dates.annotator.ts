// Dates via chrono-node, resolved against the publication date, plus our own rule for bare years ("in 2018",
// "since 2024", "the 2018 poisoning"), which chrono leaves alone. Granularity follows what the text states:
// "last month" is a month, "on Monday" a day. A weekday that chrono puts after publication is last week's.
import * as chrono from 'chrono-node';
import type { Granularity } from '../../core/types.ts';
import type { Annotator } from '../pipeline.ts';
import type { Sentence } from '../nlp.ts';
import type { DateMention } from '../types.ts';
import { relationOf, relativeDayParser } from './date-relations.ts';
import { decadeParser } from './decade.parser.ts';
import { monthPartParser, namedMonthPartParser } from './month-part.parser.ts';
import { isBareMonth, LEAD_SENTENCES, lastYearBefore, narrativeYear, NEWS_DAYS } from './narrative-time.ts';

const BARE_YEAR = /\b(?:in|since|during|of|from|until|till|through|by|the|early|late|mid|mid-|before|after)\s+((?:19|20)\d{2})\b(?![\/-]\d)/i;
// "five years after spat", "two months later": a distance from something, not a date.
const SPAN_AFTER = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many) (month|months|year|years|decade|decades) (after|later|before|earlier|ago)$/i;
// "sat down", "may", "sun": chrono's abbreviations match ordinary lower-case words; "now" dates nothing.
const LOWER_ABBREVIATION = /^(now|right now|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const PERIOD = /^((over|in|for|during) )?the (past|last|previous) (\w+ )?(years|months|weeks|decades)\b/i;
// "recalled for a week of consultations": a duration, which chrono reads as a week after publication.
const FOR_DURATION = /^for (a|an|one|two|three|four|\d+) (day|days|week|weeks|month|months)$/i;
// "this morning", "this afternoon": the publication day, though chrono states only a clock time.
const THIS_PART_OF_DAY = /^this (morning|afternoon|evening)\b/i;
const THAT_YEAR = /\b(of that year|that year|the same year)\b/i;
const WEEKISH = /\b(week|weeks|this month|earlier this month|fortnight)\b/i;
const DEADLINE_START = /^(within|by|before|no later than|in the next)\b/i;
// ... and the day a measure takes effect ("denied access from Friday", "effective September 2") is not the act's date.
const DEADLINE_BEFORE = new Set(['within', 'by', 'before', 'until', 'from', 'effective', 'starting']);
// chrono is the costliest stage: only sentences with a digit or a date word can hold a date.
const DATE_WORD = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last|next|ago|week|month|year|earlier|later|morning|evening|night|noon|weekend|hours?|days?|spring|summer|autumn|winter)/i;

export function createDateParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push({
    pattern: () => BARE_YEAR,
    extract: (context, match) => {
      const c = context.createParsingComponents({ year: Number(match[1]) });
      c.imply('month', 1);
      c.imply('day', 1);
      c.addTag('riposte/bare-year');
      return c;
    },
  });
  parser.parsers.push(relativeDayParser, monthPartParser, namedMonthPartParser, decadeParser);
  return parser;
}

function hasTrigger(ctx: Parameters<Annotator['annotate']>[0], info: Parameters<Annotator['annotate']>[1]): boolean {
  const { tokens } = ctx.analysis;
  for (let i = info.sentence.t0; i < info.sentence.t1; i++) {
    const t = tokens[i]!;
    if (ctx.codebook.triggersByWord.has(t.normal) || ctx.codebook.triggersByWord.has(t.lemma)) return true;
  }
  // "Germany followed on Monday with 40": an echo of the act before is dated too.
  return info.cues.some((q) => q.entry.role === 'echo');
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const mondayOf = (d: Date): Date => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5);

function granularityOf(c: chrono.ParsedComponents): Granularity {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

function format(date: string, g: Granularity): string {
  return g === 'day' ? date : g === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Results that name no day of the calendar: a clock time ("13:05" in a live blog), a part of the day alone ("the
 * same evening" reads as "evening"), a period ("over the past two years", "for a week of consultations"), a
 * distance ("five years after"), a lower-case abbreviation that is a word ("may"). */
function notADate(r: chrono.ParsedResult): boolean {
  const dateLevel = r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('year') || r.start.isCertain('weekday');
  if (!dateLevel && !WEEKISH.test(r.text) && !THIS_PART_OF_DAY.test(r.text) && !r.tags().has('riposte/bare-year')
    && !r.tags().has('riposte/relative-day')) return true;
  const text = r.text.trim();
  return PERIOD.test(text) || FOR_DURATION.test(text) || SPAN_AFTER.test(text) || LOWER_ABBREVIATION.test(text);
}

type Parse = (s: Sentence) => chrono.ParsedResult[];

/** The first day the opening sentences name (title, dateline, lead), if it lies up to three days before publication:
 * the news day undated acts of a report belong to. Parsed here once, since the lead may tell no act itself. */
function leadDay(parse: Parse, sentences: Sentence[], published: string): string | null {
  for (const s of sentences.slice(0, LEAD_SENTENCES)) {
    for (const r of parse(s)) {
      if (!r.start.isCertain('weekday') && !r.start.isCertain('day')) continue;
      // Not a title word ("Sun", "Sat") and not a deadline ("gave them until Monday").
      const before = s.text.slice(0, r.index).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
      if (r.text.trim().length <= 3 || notADate(r) || DEADLINE_START.test(r.text) || DEADLINE_BEFORE.has(before)) continue;
      let d = r.start.date();
      if (r.start.isCertain('weekday') && !r.start.isCertain('day') && iso(d) > published) d = new Date(d.getTime() - 7 * 864e5);
      const gap = (Date.parse(published) - Date.parse(iso(d))) / 864e5;
      if (gap >= 0 && gap <= NEWS_DAYS && !relationOf(r.text)) return iso(d);
    }
  }
  return null;
}

export function createDatesAnnotator(parser: chrono.Chrono): Annotator {
  // chrono is the costliest stage, and a lead sentence that tells an act is parsed for the news day and again for
  // its own dates: each sentence is parsed once. The memo holds one document (its sentences and publication date)
  // and starts afresh on the next; results are only read, and date() returns a new Date each time.
  let memo: { sentences: Sentence[]; published: string; results: Map<Sentence, chrono.ParsedResult[]> } | null = null;
  const parseWith = (sentences: Sentence[], published: string): Parse => {
    if (memo?.sentences !== sentences || memo.published !== published) memo = { sentences, published, results: new Map() };
    const { results } = memo;
    return (s) => {
      let r = results.get(s);
      if (!r) results.set(s, r = parser.parse(s.text, { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' }));
      return r;
    };
  };
  return {
    id: 'dates',
    annotate(ctx, info, doc) {
      info.dates = [];
      const { published } = ctx;
      const { sentences } = ctx.analysis;
      if (doc.newsDay === undefined) doc.newsDay = published ? leadDay(parseWith(sentences, published), sentences, published) : null;
      // The trigger test first: it is a few lookups, the date-word regex a pass over the text.
      if (!published || !hasTrigger(ctx, info) || !DATE_WORD.test(info.sentence.text)) return;
      const parse = parseWith(sentences, published);
      const ref = new Date(`${published}T12:00:00Z`);
      const { tokens } = ctx.analysis;
      const base = info.sentence.start;
      for (const r of parse(info.sentence)) {
        if (notADate(r)) continue;
        const start = base + r.index;
        // "in March," : chrono keeps the comma; the clause boundary after a date matters to who owns it.
        const text = r.text.replace(/[,;:]+$/, '');
        const end = start + text.length;
        let d = r.start.date();
        // The ontology has no week: "last week", "earlier this month" are stated to the month.
        const g = WEEKISH.test(r.text) ? 'month' : THIS_PART_OF_DAY.test(r.text) ? 'day' : granularityOf(r.start);
        // The first token ending after the date's start, from the sentence on (a search from the document start
        // cost a pass over all earlier tokens per date).
        let t0 = info.sentence.t0;
        while (t0 < tokens.length && tokens[t0]!.end <= start) t0++;
        if (t0 === tokens.length) t0 = -1;
        let t1 = t0;
        while (t1 < info.sentence.t1 && tokens[t1]!.start < end) t1++;
        // "until the end of Monday", "by the close of Friday": the deadline word may stand a few tokens back.
        const lead = tokens.slice(Math.max(info.sentence.t0, t0 - 4), t0).map((t) => t.normal);
        const deadline = DEADLINE_START.test(r.text) || DEADLINE_BEFORE.has(lead[lead.length - 1] ?? '')
          || (lead.some((w) => DEADLINE_BEFORE.has(w)) && lead.includes('end'));
        // "Earlier in the week": chrono reads the publication day; like "this week", the week's Monday.
        if (/^in the week$/i.test(text) && lead[lead.length - 1] === 'earlier') d = mondayOf(ref);
        // News reports past acts: a bare weekday after publication is last week's, unless it is a deadline.
        const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
        // Compared by day: "on Thursday afternoon" in a Thursday article is that day, not a week before.
        if (!deadline && weekdayOnly && iso(d) > published) d = new Date(d.getTime() - 7 * 864e5);
        // News reports the past: "In December" in a September article is last December.
        if (!deadline && !r.start.isCertain('year') && r.start.isCertain('month') && d > ref) d.setUTCFullYear(d.getUTCFullYear() - 1);
        // "In May of last year", "in March this year": chrono returns the month and the year apart.
        const ownYear = /^\s*(?:of\s+)?(last|this) year\b/i.exec(info.sentence.text.slice(r.index + r.text.length));
        if (!r.start.isCertain('year') && r.start.isCertain('month') && ownYear) {
          d.setUTCFullYear(ref.getUTCFullYear() - (ownYear[1]!.toLowerCase() === 'last' ? 1 : 0));
        }
        // ... and a deadline lies ahead: "until Saturday" in a Tuesday article is the coming Saturday.
        if (deadline && weekdayOnly && iso(d) < published) d = new Date(d.getTime() + 7 * 864e5);
        // "The next entries came in 2024. In May, London expelled ...": a bare month takes the paragraph's year.
        const tags = r.tags();
        let rule = tags.has('riposte/bare-year') ? 'date.bare-year' : tags.has('riposte/month-part') ? 'date.month-part'
          : tags.has('riposte/decade') ? 'date.decade' : 'date.chrono';
        if (!deadline && !r.start.isCertain('year') && r.start.isCertain('month') && !THAT_YEAR.test(info.sentence.text)) {
          const year = narrativeYear(ctx.text, start);
          const sentence = info.sentence.text;
          if (year && year < d.getUTCFullYear() && isBareMonth(sentence.slice(0, r.index), text, sentence.slice(r.index + text.length))) {
            d.setUTCFullYear(year); rule = 'date.narrative-year';
          }
        }
        // "In September of that year": the year is the one the article last stated, not the closest to publication.
        const thatYear = THAT_YEAR.test(info.sentence.text) ? lastYearBefore(ctx.text, start) ?? doc.lastYear : null;
        if (thatYear && !r.start.isCertain('year') && r.start.isCertain('month')) {
          d.setUTCFullYear(thatYear);
          // "In September of that year, both sides had already ..." in a March article: news tells the past.
          if (!deadline && d > ref) d.setUTCFullYear(thatYear - 1);
        }
        if (r.start.isCertain('year')) doc.lastYear = d.getUTCFullYear();
        const mention: DateMention = {
          t0, t1, start, end, text, date: format(iso(d), g), granularity: g, deadline, weekdayOnly, relation: relationOf(text),
          rule,
        };
        // "Within hours, Berlin expelled ...": a relation when it opens the sentence, else a deadline ("leave within hours").
        if (mention.relation && mention.deadline) {
          if (t0 === info.sentence.t0) mention.deadline = false; else mention.relation = null;
        }
        // "the day before the raid": counted from an event we cannot date, not from the act told before.
        if (mention.relation?.kind === 'discourse' && /(before|after)$/i.test(text) && /^[a-z]/i.test(tokens[t1]?.normal ?? '')) continue;
        info.dates.push(mention);
      }
      // "in January this year": chrono may return the month and the year apart; keep the finer one.
      const rank = { day: 3, month: 2, year: 1 } as const;
      info.dates = info.dates.filter((d) => !info.dates.some((o) => o !== d && rank[o.granularity] > rank[d.granularity]
        && Math.abs(o.t1 - d.t0) <= 1 || (o !== d && rank[o.granularity] > rank[d.granularity] && Math.abs(d.t1 - o.t0) <= 1)));
    },
  };
}
