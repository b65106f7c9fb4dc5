// Who acts in a noun phrase that names an act: "the sanctions Japan had imposed" (a reduced relative) and "the Czech
// expulsion of 18 Russian embassy employees" (a demonym before the act noun).
import { objectMentions, rightEnd } from './clause.ts';
import type { ActorStrategy } from './actor.strategies.ts';

/** "the sanctions Japan had imposed", "the expulsions Moscow announced": a state heading a relative clause with no
 * "that", right after the act noun, is who did it. */
export const reducedRelative: ActorStrategy = ({ c, tokens }) => {
  if (tokens[c.trigger.anchor]?.pos !== 'NOUN') return null;
  const m = c.info.mentions.find((x) => x.t0 === c.trigger.t1 && x.code && (x.role === 'state' || x.role === 'government'));
  if (!m || m.possessive) return null;
  let k = m.t1;
  if (/^(had|has|have)$/.test(tokens[k]?.normal ?? '')) k++;
  const verb = tokens[k];
  return verb && verb.pos === 'VERB' && verb.normal !== verb.lemma && /ed$|took|put|imposed|made|set/.test(verb.normal)
    ? [m, 'actor.reduced-relative'] : null;
};

/** "the Czech expulsion of 18 Russian embassy employees": a demonym right before the act noun is who acts when the
 * noun's "of" object is another state's people. Alone, "the Russian expulsions" may mean expulsions of Russians. */
export const nominalDemonym: ActorStrategy = ({ c, siblings, voice, tokens }) => {
  const a = c.trigger.anchor;
  if (voice !== 'nominal' || tokens[a + 1]?.normal !== 'of') return null;
  const adj = c.info.mentions.find((m) => m.code && m.role === 'modifier' && m.t1 === a);
  const object = adj && objectMentions(c, rightEnd(c, siblings)).find((m) => m.code);
  return object && object.t0 - a <= 4 && object.role !== 'modifier' && object.code !== adj.code
    ? [adj, 'actor.nominal-demonym'] : null;
};
