// The default pipeline. Every ordering decision is here, with its reason.
import type * as chrono from 'chrono-node';
import { cuesAnnotator } from './annotators/cues.annotator.ts';
import { createDatesAnnotator } from './annotators/dates.annotator.ts';
import { mentionsAnnotator } from './annotators/mentions.annotator.ts';
import { speakerAnnotator } from './annotators/speaker.annotator.ts';
import type { Pipeline } from './pipeline.ts';
import { triggersRecognizer } from './recognizers/triggers.recognizer.ts';
import { actorRefiner } from './refiners/actor.refiner.ts';
import { agreedStepRefiner } from './refiners/agreed-step.refiner.ts';
import { claimsRefiner } from './refiners/claims.refiner.ts';
import { complianceRefiner } from './refiners/compliance.refiner.ts';
import { countsRefiner } from './refiners/counts.refiner.ts';
import { datesRefiner } from './refiners/dates.refiner.ts';
import { answeredDatesRefiner } from './refiners/dates.answered.ts';
import { demandsRefiner } from './refiners/demands.refiner.ts';
import { restatementsRefiner } from './refiners/restatements.refiner.ts';
import { sameTimeRefiner } from './refiners/same-time.refiner.ts';
import { ellipsisRefiner } from './refiners/ellipsis.refiner.ts';
import { echoRefiner } from './refiners/echo.refiner.ts';
import { envoyRefiner } from './refiners/envoy.refiner.ts';
import { filtersRefiner } from './refiners/filters.refiner.ts';
import { grievanceRefiner } from './refiners/grievance.refiner.ts';
import { groupRefiner } from './refiners/group.refiner.ts';
import { linksRefiner } from './refiners/links.refiner.ts';
import { mergeRefiner } from './refiners/merge.refiner.ts';
import { answerYearRefiner } from './refiners/dates.answer-year.ts';
import { modalityRefiner } from './refiners/modality.refiner.ts';
import { orderedRecallRefiner } from './refiners/ordered-recall.refiner.ts';
import { pairRefiner } from './refiners/pair.refiner.ts';
import { namedOfficialsAnnotator } from './annotators/named-officials.annotator.ts';
import { parallelRefiner } from './refiners/parallel.refiner.ts';
import { targetRefiner } from './refiners/target.refiner.ts';
import { waveRefiner } from './refiners/wave.refiner.ts';

export function defaultPipeline(dateParser: chrono.Chrono): Pipeline {
  return {
    // Only sentences with a trigger word or an attribution verb are analysed further: most sentences of an
    // article are neither, and this keeps the full pipeline close to the speed of tokenising.
    isRelevant: (ctx, info) => {
      const { tokens } = ctx.analysis;
      for (let i = info.sentence.t0; i < info.sentence.t1; i++) {
        const t = tokens[i]!;
        if (ctx.codebook.triggersByWord.has(t.normal) || ctx.codebook.triggersByWord.has(t.lemma)
          || ctx.codebook.cues.attribution.has(t.normal) || ctx.codebook.cues.echo.has(t.normal)) return true;
      }
      return false;
    },
    annotators: [
      mentionsAnnotator, // first: cues and speakers look at mentions
      namedOfficialsAnnotator, // after mentions: a name the article introduced with its state fills a gap between them
      cuesAnnotator,
      speakerAnnotator, // needs mentions and attribution cues; updates the speaker carried to later quotes
      createDatesAnnotator(dateParser),
    ],
    recognizers: [triggersRecognizer],
    refiners: [
      actorRefiner, // before target: the target must differ from the actor, and "its" resolves to the actor
      targetRefiner,
      parallelRefiner, // after target: the clause before may get its actor only there (the host of its mission)
      envoyRefiner, // after both sides: fills in only what the clause left open for recalls and returns
      groupRefiner, // after both sides: a target left open may be a group spelled out in the next sentences
      grievanceRefiner, // after both sides: "summoned X's envoy over the sanctions ...": the sanctions are X's
      modalityRefiner, // may turn an act into a threat, which changes nothing of who and whom
      demandsRefiner, // after modality, before ordered-recall: a demand to withdraw a number of staff cuts the mission (with its count); an envoy's is expelled
      complianceRefiner, // after demands: "asked Lithuania to pull its ambassador, which it did": the told state's recall
      orderedRecallRefiner, // after modality: "demanded that X withdraw its envoy" is an expulsion made, not a wish
      countsRefiner, // after modality: a threatened expulsion keeps no count
      pairRefiner, // after counts: "the two countries each expelled a diplomat" takes the sides of the last act
      echoRefiner, // after counts, before ellipsis: "Germany followed with 40 and France with 35" repeats the act before
      ellipsisRefiner, // after counts: "Italy expelled 30 and Spain 25" copies a counted act
      restatementsRefiner, // after ellipsis: copied acts restate too; before dates, which read modality
      datesRefiner,
      agreedStepRefiner, // after dates: the agreement an act completes takes the date its phrase names, not the act's
      sameTimeRefiner, // after dates: "cut ties at the same time as Saudi Arabia" takes the date Saudi Arabia's act got
      claimsRefiner, // after dates: a claim's period starts at its "since" date
      filtersRefiner, // before links: a cue must attach to an act that survives, not to a half-resolved trigger
      waveRefiner, // after dates and filters: a wave is made of real acts of the time that survive
      linksRefiner, // after roles and dates: a reference act is built from the responder's actor and target
      answeredDatesRefiner, // after links: an answered act known only by the publication day came before its answer
      mergeRefiner, // all candidates complete, so equal acts compare equal
      answerYearRefiner, // after merge: an undated answered act first joins a direct report that dates it
    ],
  };
}
