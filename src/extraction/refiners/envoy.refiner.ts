// Recalls and returns of envoys: the envoy's own state acts and the country of posting is the target. "Ukraine's
// ambassador to Georgia was recalled", "The withdrawal of the Chinese ambassador from Vilnius", "The return of the
// Algerian ambassador to Paris", "Saudi Arabia Recalls Envoy From Canada".
import type { Refiner } from '../pipeline.ts';
import type { Candidate, Mention } from '../types.ts';
import { setSpan } from './clause.ts';

const ENVOY_RULES = /^(recall\.|restore\.return)/;
const HOST_PREPS = new Set(['from', 'to', 'in', 'at']);

function envoyOf(c: Candidate): Mention | undefined {
  // Measured from the nearer end: "Germany's ambassador in Moscow has been called back" is one long mention.
  // An envoy inside the trigger's own words ("diplomats in Tehran, including the ambassador, have been withdrawn") is near.
  const inside = (m: Mention) => m.t0 < c.trigger.t1 && m.t1 > c.trigger.t0;
  const near = (m: Mention) => inside(m) || Math.min(Math.abs(m.t0 - c.trigger.anchor), Math.abs(m.t1 - 1 - c.trigger.anchor)) <= 6;
  return c.info.mentions.find((m) => m.role === 'person' && m.code && near(m));
}

/** "Canberra expelled Iran's envoy. Its own diplomats there have been withdrawn": with no host named, the other side
 * of the last act the envoy's state took part in, up to three sentences back. */
function storyPartner(c: Candidate, all: Candidate[]): string | undefined {
  const own = c.actor!.code;
  const prior = all.filter((o) => o !== c && o.actor?.code && o.target?.code && (o.actor.code === own || o.target.code === own)
    && o.info.sentence.index <= c.info.sentence.index && c.info.sentence.index - o.info.sentence.index <= 3
    && (o.info !== c.info || o.trigger.anchor < c.trigger.anchor)).pop();
  return prior ? (prior.actor!.code === own ? prior.target!.code : prior.actor!.code) : undefined;
}

export const envoyRefiner: Refiner = {
  id: 'envoy',
  refine(ctx, candidates) {
    for (const c of candidates) {
      if (!ENVOY_RULES.test(c.trigger.rule.id)) continue;
      const envoy = envoyOf(c);
      if (!envoy) continue;
      // "Russia's former ambassador recalled his years in London": an envoy who recalls, remembers.
      if (c.type === 'recall' && envoy.t1 <= c.trigger.anchor && !c.trigger.rule.passive
        && !/^(was|were|been|being|is|are)$/.test(ctx.analysis.tokens[c.trigger.anchor - 1]?.normal ?? '')) continue;
      // Only a state's own envoy can be recalled: "agreed that Russia was responsible and recalled the bloc's ambassador
      // in Moscow" is the bloc's recall, from its host.
      if (c.type === 'recall' && c.actor && envoy.t0 > c.trigger.anchor && envoy.code !== c.actor.code && envoy.host
        && envoy.host === c.actor.code && !envoy.rule.includes('+from-')) {
        c.target = { ...envoy, code: envoy.host };
        setSpan(c, 'target', envoy, 'target.envoy-host');
        c.actor = envoy;
        setSpan(c, 'actor', envoy, 'actor.envoy-state');
        continue;
      }
      // The envoy is who is moved, never the target: "the return of the Algerian ambassador to Paris". A passive
      // subject taken for the target brought its host in as the actor: "Canadian diplomats in Venezuela have been
      // withdrawn" is Canada's recall from Venezuela.
      if (c.target && c.target.t0 === envoy.t0 && c.target.code === envoy.code && !envoy.rule.includes('+from-')) {
        c.target = null;
        if (c.actor && c.spans.actor?.rule === 'actor.host-of-target') c.actor = null;
      }
      if (c.actor && c.target) continue;
      // "Envoy From Canada" after a recall: Canada is where the envoy was, not whose envoy it is.
      const postedFrom = envoy.rule.includes('+from-');
      if (!c.actor && !postedFrom) { c.actor = envoy; setSpan(c, 'actor', envoy, 'actor.envoy-state'); }
      if (c.target || !c.actor) continue;
      const host = postedFrom ? envoy.code : envoy.host
        ?? c.info.mentions.find((m) => m.t0 > envoy.t0 && m.prep && HOST_PREPS.has(m.prep) && m.role === 'state')?.code
        ?? storyPartner(c, candidates);
      if (host && host !== c.actor.code) {
        c.target = { ...envoy, code: host };
        setSpan(c, 'target', envoy, 'target.envoy-host');
      }
    }
    return candidates;
  },
};
