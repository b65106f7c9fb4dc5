// The default pipeline. Every ordering decision is here, with its reason.
import type * as chrono from 'chrono-node';
import { cuesAnnotator } from './annotators/cues.annotator.ts';
import { createDatesAnnotator } from './annotators/dates.annotator.ts';
import { mentionsAnnotator } from './annotators/mentions.annotator.ts';
import { speakerAnnotator } from './annotators/speaker.annotator.ts';
import type { Pipeline } from './pipeline.ts';
import { triggersRecognizer } from './recognizers/triggers.recognizer.ts';
import { actorRefiner } from './refiners/actor.refiner.ts';
import { claimsRefiner } from './refiners/claims.refiner.ts';
import { countsRefiner } from './refiners/counts.refiner.ts';
import { datesRefiner } from './refiners/dates.refiner.ts';
import { demandsRefiner } from './refiners/demands.refiner.ts';
import { echoesRefiner } from './refiners/echoes.refiner.ts';
import { ellipsisRefiner } from './refiners/ellipsis.refiner.ts';
import { envoyRefiner } from './refiners/envoy.refiner.ts';
import { filtersRefiner } from './refiners/filters.refiner.ts';
import { linksRefiner } from './refiners/links.refiner.ts';
import { mergeRefiner } from './refiners/merge.refiner.ts';
import { modalityRefiner } from './refiners/modality.refiner.ts';
import { targetRefiner } from './refiners/target.refiner.ts';

export function defaultPipeline(dateParser: chrono.Chrono): Pipeline {
  return {
    // Only sentences with a trigger word or an attribution verb are analysed further: most sentences of an
    // article are neither, and this keeps the full pipeline close to the speed of tokenising.
    isRelevant: (ctx, info) => {
      const { tokens } = ctx.analysis;
      for (let i = info.sentence.t0; i < info.sentence.t1; i++) {
        const t = tokens[i]!;
        if (ctx.codebook.triggersByWord.has(t.normal) || ctx.codebook.triggersByWord.has(t.lemma)
          || ctx.codebook.cues.attribution.has(t.normal)) return true;
      }
      return false;
    },
    annotators: [
      mentionsAnnotator, // first: cues and speakers look at mentions
      cuesAnnotator,
      speakerAnnotator, // needs mentions and attribution cues; updates the speaker carried to later quotes
      createDatesAnnotator(dateParser),
    ],
    recognizers: [triggersRecognizer],
    refiners: [
      actorRefiner, // before target: the target must differ from the actor, and "its" resolves to the actor
      targetRefiner,
      envoyRefiner, // after both sides: fills in only what the clause left open for recalls and returns
      modalityRefiner, // may turn an act into a threat, which changes nothing of who and whom
      countsRefiner, // after modality: a threatened expulsion keeps no count
      demandsRefiner, // after modality and counts: a demanded recall becomes the demander's act, as a fact, with its own count
      ellipsisRefiner, // after counts: "Italy expelled 30 and Spain 25" copies a counted act
      echoesRefiner, // after ellipsis: copied acts restate too; before dates, which read modality
      datesRefiner,
      claimsRefiner, // after dates: a claim's period starts at its "since" date
      filtersRefiner, // before links: a cue must attach to an act that survives, not to a half-resolved trigger
      linksRefiner, // after roles and dates: a reference act is built from the responder's actor and target
      mergeRefiner, // last: all candidates complete, so equal acts compare equal
    ],
  };
}
