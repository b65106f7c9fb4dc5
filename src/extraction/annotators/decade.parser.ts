// "in the early 1990s", "during the 1970s": a decade. chrono reads "1990s after" as 1990 seconds after publication;
// the ontology has no decade, so the act is stated to the decade's first year (year precision, background).
import type * as chrono from 'chrono-node';

const DECADE = /\b(?:the )?(?:(early|mid|mid-|late) ?)?((?:19|20)\d0)s\b/i;

export const decadeParser: chrono.Parser = {
  pattern: () => DECADE,
  extract: (context, match) => {
    const c = context.createParsingComponents({ year: Number(match[2]) });
    c.imply('month', 1);
    c.imply('day', 1);
    c.addTag('riposte/decade');
    return c;
  },
};
