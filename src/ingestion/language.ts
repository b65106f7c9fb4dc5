// A cheap "is this English?" test: English prose is roughly a third function words ("the", "of",
// "and"...). French, Spanish or Russian articles share almost none of them. The threshold is far
// below any English news text we have seen, so a false rejection needs a very odd English text.

// Words that are also common in German or Dutch ("in", "is", "was", "will", "an", "also", "over")
// and French ("a", "on") are left out on purpose: they lifted German and French samples toward English scores.
const FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'for', 'that', 'with', 'by', 'at', 'from', 'it', 'its', 'his', 'her', 'he', 'she',
  'they', 'their', 'has', 'have', 'been', 'are', 'were', 'would', 'this', 'which', 'not', 'but', 'or',
  'said', 'after', 'who', 'than', 'into', 'about', 'we', 'our', 'them', 'there', 'these', 'those', 'what',
  'when', 'while', 'could', 'should', 'did', 'does', 'be',
]);

/** Below this many lowercase words the sample says nothing (a headline, a list of names): accept. */
const MIN_PROSE_TOKENS = 30;
/** English news scores about 0.25-0.35 on this list; French, Spanish, German, Russian samples 0-0.03. */
const MIN_SHARE = 0.06;

export function functionWordShare(text: string): { tokens: number; prose: number; share: number } {
  const tokens = text.match(/\p{L}+/gu) ?? [];
  const prose = tokens.filter((token) => /^\p{Ll}/u.test(token)).length;
  const hits = tokens.filter((token) => FUNCTION_WORDS.has(token.toLowerCase())).length;
  return { tokens: tokens.length, prose, share: tokens.length ? hits / tokens.length : 0 };
}

export function isProbablyNotEnglish(text: string): boolean {
  const { prose, share } = functionWordShare(text);
  return prose >= MIN_PROSE_TOKENS && share < MIN_SHARE;
}
