// "Germany recalled its ambassador on Monday, days after the government blamed Russian intelligence for the attack.
// ... On Friday, the ministry accused Moscow of the attack": an act in a clause opened by "days after" happened some
// days before; when the article dates an act of the same type and sides in the two weeks before, that is its day.
import type { ExtractionContext } from '../context.ts';
import type { Candidate } from '../types.ts';

const SPAN = new Set(['days', 'weeks', 'hours']);
const BORROWED = new Set(['date.attribution', 'date.coordination', 'date.publication', 'date.news-day', 'date.discourse']);
const WINDOW_DAYS = 14;

/** "days after the government blamed ...": the act's clause opens with a vague distance back in time. */
function vaguelyBefore(ctx: ExtractionContext, c: Candidate): boolean {
  const { tokens } = ctx.analysis;
  for (let k = c.trigger.t0 - 1; k > c.info.sentence.t0 && k >= c.trigger.t0 - 8; k--) {
    if (tokens[k]!.normal === ',') return false;
    if (tokens[k]!.normal === 'after' && SPAN.has(tokens[k - 1]!.normal)) return true;
  }
  return false;
}

export function datesFromVagueAfter(ctx: ExtractionContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.date || c.granularity !== 'day' || !c.rules.some((r) => BORROWED.has(r)) || !vaguelyBefore(ctx, c)) continue;
    const day = Date.parse(`${c.date}T00:00:00Z`);
    const same = candidates.find((o) => o !== c && o.type === c.type && o.actor?.code === c.actor?.code && o.target?.code === c.target?.code
      && o.granularity === 'day' && o.date && !o.rules.some((r) => BORROWED.has(r))
      && day - Date.parse(`${o.date}T00:00:00Z`) > 0 && day - Date.parse(`${o.date}T00:00:00Z`) <= WINDOW_DAYS * 864e5);
    if (!same?.date) continue;
    c.date = same.date;
    c.rules = c.rules.filter((r) => !BORROWED.has(r)).concat('date.vague-after');
  }
}
