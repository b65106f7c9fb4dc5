// "Russia will respond", said after a wave of expulsions by many states: the answer is to all of them, and one event
// cannot name them. A reaction whose target its own sentence does not name (the discourse picked one) is left out
// when the acts told before it against the speaking state come from several states, or when it names the acts
// answered as a group's ("European expulsions"): any one state is a guess.
// Two picks are no guess: an organisation that acted itself speaks for the wave ("The EU itself acts. ... Russia will
// respond"), and a denial answers whoever made the accusation.
import type { Refiner } from '../pipeline.ts';
import type { Candidate } from '../types.ts';

const REACTIONS = new Set(['threaten', 'protest', 'reject']);
const WAVE = 3;

function before(o: Candidate, c: Candidate): boolean {
  return o.info.sentence.index < c.info.sentence.index || (o.info === c.info && o.trigger.anchor < c.trigger.anchor);
}

/** The states that acted against `c`'s actor before it, in acts of the time (not history, not wishes). */
function earlierActors(c: Candidate, all: Candidate[]): Set<string> {
  const own = c.actor!.code;
  return new Set(all.filter((o) => o !== c && !o.claim && o.target?.code === own && o.actor?.code && o.actor.code !== own
    && !o.background && (o.modality === 'fact' || o.modality === 'planned') && before(o, c)).map((o) => o.actor!.code));
}

function offSentence(c: Candidate): boolean {
  const t = c.target;
  return !!t && (t.t0 < c.info.sentence.t0 || t.t0 >= c.info.sentence.t1);
}

function sureTarget(c: Candidate, all: Candidate[]): boolean {
  if (c.target!.rule.startsWith('org.')) return true;
  return c.type === 'reject' && all.some((o) => o.type === 'accuse' && o.actor?.code === c.target!.code
    && o.target?.code === c.actor!.code && before(o, c));
}

// "will answer European expulsions in kind": the sentence itself says the acts answered are a group's.
const GROUP = /^(european|western|baltic|nordic|allied|eu)$/;

function groupAnswered(c: Candidate, tokens: { normal: string; pos: string }[], triggers: (w: string) => boolean): boolean {
  for (let k = c.trigger.t1; k < Math.min(c.info.sentence.t1, c.trigger.t1 + 4); k++) {
    if (GROUP.test(tokens[k]!.normal) && triggers(tokens[k + 1]?.normal ?? '')) return true;
  }
  return false;
}

export const waveRefiner: Refiner = {
  id: 'wave',
  refine(ctx, candidates) {
    const tokens = ctx.analysis.tokens;
    const triggers = (w: string) => ctx.codebook.triggersByWord.has(w);
    return candidates.filter((c) => {
      if (!REACTIONS.has(c.type) || !c.actor?.code || !offSentence(c) || sureTarget(c, candidates)) return true;
      return earlierActors(c, candidates).size < WAVE && !groupAnswered(c, tokens, triggers);
    });
  },
};
