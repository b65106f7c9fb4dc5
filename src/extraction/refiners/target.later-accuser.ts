// "The Kremlin denied any involvement after Poland blamed Moscow": a denial answers the accusation the same sentence
// tells after it, so its target is that accusation's doer (actors are known before targets are looked for).
import type { TargetStrategy } from './target.strategies.ts';

export const laterAccuser: TargetStrategy = ({ c, siblings }) => {
  if (c.type !== 'reject' || !c.actor?.code) return null;
  const accusation = siblings.find((o) => o.type === 'accuse' && o.trigger.anchor > c.trigger.anchor
    && o.actor?.code && o.actor.code !== c.actor!.code);
  return accusation ? [accusation.actor!, 'target.later-accuser'] : null;
};
