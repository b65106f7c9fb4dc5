// Dates via chrono-node, resolved against the publication date, plus our own rule for bare years ("in 2018",
// "since 2024", "the 2018 poisoning"), which chrono leaves alone. Granularity follows what the text states:
// "last month" is a month, "on Monday" a day. A weekday that chrono puts after publication is last week's.
import * as chrono from 'chrono-node';
import type { Granularity } from '../../core/types.ts';
import type { Annotator } from '../pipeline.ts';
import type { DateMention } from '../types.ts';

const BARE_YEAR = /\b(?:in|since|during|of|from|until|till|through|by|the|early|late|mid|mid-|before|after)\s+((?:19|20)\d{2})\b(?![\/-]\d)/i;
// "five years after spat", "two months later": a distance from something, not a date.
const SPAN_AFTER = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many) (month|months|year|years|decade|decades) (after|later|before|earlier|ago)$/i;
// "sat down", "may", "sun": chrono's abbreviations match ordinary lower-case words; "now" dates nothing.
const LOWER_ABBREVIATION = /^(now|right now|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const PERIOD = /^((over|in|for|during) )?the (past|last|previous) (\w+ )?(years|months|weeks|decades)\b/i;
const THAT_YEAR = /\b(of that year|that year|the same year)\b/i;
const WEEKISH = /\b(week|weeks|this month|earlier this month|fortnight)\b/i;
const DEADLINE_START = /^(within|by|before|no later than|in the next)\b/i;
const DEADLINE_BEFORE = new Set(['within', 'by', 'before', 'until']);
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
  // "the following day", "that day", "two days later": chrono leaves some of these alone; they are resolved
  // against the act told before them by the dates refiner (see relationOf), so any date will do here.
  parser.parsers.push({
    pattern: () => /\b(the (?:next|following|same|previous) day|that day|the day before|a day later|(?:two|three|four|five|\d+) days later)\b/i,
    extract: (context) => {
      const c = context.createParsingComponents({ day: context.reference.instant.getUTCDate() });
      c.addTag('riposte/relative-day');
      return c;
    },
  });
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

const RELATION = /^(a|an|one|two|three|four|five|six|seven|\d+) (day|days|week|weeks) (after|before)$/i;
const UNITS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const NEXT_DAY = /^(the next day|next day|the following day|following day|a day later|one day later|the day after|(two|three|four|five|\d+) days later|the same day|that day|the previous day|the day before)$/i;

/** "a day after" → clause -1: the act in the following clause happened one day before the main act. "the next
 * day" → discourse +1 from the act told just before (the dates refiner finds it). */
function relationOf(text: string): DateMention['relation'] {
  const t = text.trim().toLowerCase();
  if (NEXT_DAY.test(t)) {
    if (/same day|that day/.test(t)) return { kind: 'discourse', days: 0 };
    if (/previous day|day before/.test(t)) return { kind: 'discourse', days: -1 };
    const n = t.match(/^(two|three|four|five|\d+)/)?.[1];
    return { kind: 'discourse', days: n ? UNITS[n] ?? Number(n) : 1 };
  }
  const m = RELATION.exec(t);
  if (!m) return null;
  const n = (UNITS[m[1]!] ?? Number(m[1])) * (/week/.test(m[2]!) ? 7 : 1);
  return { kind: 'clause', days: /after/.test(m[3]!) ? -n : n };
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

function granularityOf(c: chrono.ParsedComponents): Granularity {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

function format(date: string, g: Granularity): string {
  return g === 'day' ? date : g === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

export function createDatesAnnotator(parser: chrono.Chrono): Annotator {
  return {
    id: 'dates',
    annotate(ctx, info, doc) {
      info.dates = [];
      if (!ctx.published || !DATE_WORD.test(info.sentence.text) || !hasTrigger(ctx, info)) return;
      const ref = new Date(`${ctx.published}T12:00:00Z`);
      const { tokens } = ctx.analysis;
      const base = info.sentence.start;
      for (const r of parser.parse(info.sentence.text, { instant: ref, timezone: 'UTC' })) {
        // A clock time alone ("13:05" in a live blog) is not a date.
        if (!r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('weekday')
          && !r.tags().has('riposte/bare-year') && (r.start.isCertain('hour') || r.start.isCertain('minute'))) continue;
        // "over the past two years" is a period, not the date of an act.
        if (PERIOD.test(r.text) || SPAN_AFTER.test(r.text.trim()) || LOWER_ABBREVIATION.test(r.text.trim())) continue;
        const start = base + r.index;
        const end = start + r.text.length;
        let d = r.start.date();
        // The ontology has no week: "last week", "earlier this month" are stated to the month.
        const g = WEEKISH.test(r.text) ? 'month' : granularityOf(r.start);
        const t0 = tokens.findIndex((t, k) => k >= info.sentence.t0 && t.end > start);
        let t1 = t0;
        while (t1 < info.sentence.t1 && tokens[t1]!.start < end) t1++;
        // "until the end of Monday", "by the close of Friday": the deadline word may stand a few tokens back.
        const lead = tokens.slice(Math.max(info.sentence.t0, t0 - 4), t0).map((t) => t.normal);
        const deadline = DEADLINE_START.test(r.text) || DEADLINE_BEFORE.has(lead[lead.length - 1] ?? '')
          || (lead.some((w) => DEADLINE_BEFORE.has(w)) && lead.includes('end'));
        // News reports past acts: a bare weekday after publication is last week's, unless it is a deadline.
        const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
        if (!deadline && weekdayOnly && d > ref) d = new Date(d.getTime() - 7 * 864e5);
        // News reports the past: "In December" in a September article is last December.
        if (!deadline && !r.start.isCertain('year') && r.start.isCertain('month') && d > ref) d.setUTCFullYear(d.getUTCFullYear() - 1);
        // ... and a deadline lies ahead: "until Saturday" in a Tuesday article is the coming Saturday.
        if (deadline && weekdayOnly && d < ref) d = new Date(d.getTime() + 7 * 864e5);
        // "In September of that year": the year is the one the article last stated, not the closest to publication.
        if (THAT_YEAR.test(info.sentence.text) && !r.start.isCertain('year') && r.start.isCertain('month') && doc.lastYear) {
          d.setUTCFullYear(doc.lastYear);
        }
        if (r.start.isCertain('year')) doc.lastYear = d.getUTCFullYear();
        const mention: DateMention = {
          t0, t1, start, end, text: r.text, date: format(iso(d), g), granularity: g, deadline, weekdayOnly, relation: relationOf(r.text),
          rule: r.tags().has('riposte/bare-year') ? 'date.bare-year' : 'date.chrono',
        };
        info.dates.push(mention);
      }
      // "in January this year": chrono may return the month and the year apart; keep the finer one.
      const rank = { day: 3, month: 2, year: 1 } as const;
      info.dates = info.dates.filter((d) => !info.dates.some((o) => o !== d && rank[o.granularity] > rank[d.granularity]
        && Math.abs(o.t1 - d.t0) <= 1 || (o !== d && rank[o.granularity] > rank[d.granularity] && Math.abs(d.t1 - o.t0) <= 1)));
    },
  };
}
