// "The government revealed on Thursday that it had thrown four officers out in April": a past perfect act in a "that"
// clause happened before the main verb; a date in the main clause dates the revealing, and the act's own clause may
// hold its own date after the trigger.
import type { Token } from '../nlp.ts';
import type { Candidate, DateMention } from '../types.ts';

const PERFECT = new Set(['had', "'d"]);

function isPluperfect(c: Candidate, tokens: Token[]): boolean {
  for (let k = c.trigger.t0 - 1; k >= Math.max(c.info.sentence.t0, c.trigger.t0 - 3); k--) {
    if (PERFECT.has(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos !== 'ADV') return false;
  }
  return false;
}

/** The date after the trigger in the act's own "that" clause, when the nearest date before lies outside that clause. */
export function pluperfectOwnDate(c: Candidate, usable: DateMention[], tokens: Token[]): DateMention | undefined {
  if (!isPluperfect(c, tokens)) return undefined;
  let that = -1;
  for (let k = c.trigger.t0 - 1; k >= c.info.sentence.t0 && that < 0; k--) if (tokens[k]!.normal === 'that') that = k;
  if (that < 0) return undefined;
  const before = usable.some((d) => d.t1 <= that);
  if (!before) return undefined;
  // Up to the end of the clause: a comma or a new verb closes it.
  const after = usable.filter((d) => d.t0 >= c.trigger.t1).sort((a, b) => a.t0 - b.t0)[0];
  if (!after) return undefined;
  const between = tokens.slice(c.trigger.t1, after.t0);
  return between.some((t) => t.normal === ',' || t.pos === 'VERB' || t.pos === 'AUX') ? undefined : after;
}
