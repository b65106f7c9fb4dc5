// Who is speaking: "..., a spokesperson for the British Foreign Office said" makes GBR the speaker of the quote,
// and the speaker carries over to the next quoted sentence ("the spokesperson said" names no state, so it keeps
// the one before). First-person pronouns inside quotes resolve to the speaker.
import type { Token } from '../nlp.ts';
import type { Annotator } from '../pipeline.ts';
import type { Mention, SentenceInfo } from '../types.ts';

const WINDOW = 10;
const SPEAKER_ROLES = new Set(['state', 'government', 'mission', 'person']);
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const FINITE = new Set(['VERB', 'AUX']);
const NOBODY = new Set(['neither', 'nobody', 'none']);

/** "announced on Wednesday by the Latvian government": the agent of the cue speaks, whatever verb follows it. */
function byAgent(tokens: Token[], m: Mention): boolean {
  const k = tokens[m.t0 - 1]?.normal === 'the' ? m.t0 - 2 : m.t0 - 1;
  return tokens[k]?.normal === 'by';
}

/** "said Tokyo alone would be responsible": the part of speech after a name and its focusing adverb. */
function verbAfter(tokens: Token[], m: Mention): string {
  const k = /^(alone|itself|too|also|instead|again)$/.test(tokens[m.t1]?.normal ?? '') ? m.t1 + 1 : m.t1;
  return tokens[k]?.pos ?? '';
}

/** "was told", "was summoned and told": the cue verb is passive, its subject was spoken to. */
function passiveCue(tokens: Token[], t0: number): boolean {
  if (PASSIVE_BE.has(tokens[t0 - 1]?.normal ?? '')) return true;
  return tokens[t0 - 1]?.normal === 'and' && /(ed|en)$/.test(tokens[t0 - 2]?.normal ?? '')
    && PASSIVE_BE.has(tokens[t0 - 3]?.normal ?? '');
}

/** "German officials said": the noun form "officials said" takes the cue into the mention. */
const endsWith = (m: Mention, cue: { t0: number; t1: number }): boolean =>
  m.t0 < cue.t0 && m.t1 === cue.t1 && m.rule.includes('+noun.'); // not "the United States" ("states")

/** "Britain expelled two Russians and said a response would follow": a cue joined by "and" to a verb before it has
 * that verb's subject, the sentence's first name with no preposition, not the nearest name in between. */
function coordinatedSubject(info: SentenceInfo, tokens: Token[], cue: { t0: number }, last: Mention | null): Mention | null {
  if (tokens[cue.t0 - 1]?.normal !== 'and') return null;
  // "It accused Lithuania of ... and said ...": a pronoun opening the sentence speaks for whoever spoke last.
  if (/^(it|they)$/.test(tokens[info.sentence.t0]!.normal) && FINITE.has(tokens[info.sentence.t0 + 1]?.pos ?? '')) return last;
  const first = info.mentions.find((m) => m.code && !m.inQuote && m.t1 < cue.t0);
  if (!first || first.prep !== null || first.possessive || !SPEAKER_ROLES.has(first.role)) return null;
  const opens = tokens.slice(info.sentence.t0, first.t0).every((t) => !FINITE.has(t.pos));
  return opens && FINITE.has(tokens[first.t1]?.pos ?? '') ? first : null;
}

export const speakerAnnotator: Annotator = {
  id: 'speaker',
  annotate(ctx, info, doc) {
    // "the United States": a cue word inside a name is no attribution.
    const inName = (q: { t0: number; t1: number }) => info.mentions.some((m) => m.t0 <= q.t0 && q.t1 <= m.t1 && !endsWith(m, q));
    // "a diplomat was told", "governments are said to be": a passive cue names no speaker and carries none over.
    const attributions = info.cues.filter((c) => c.entry.role === 'attribution' && !info.quoted.has(c.t0) && !inName(c)
      && !passiveCue(ctx.analysis.tokens, c.t0));
    let speaker: Mention | null = null;
    for (const cue of attributions) {
      // "according to X" names its source after the cue; "X said" / "said X" on either side.
      const afterOnly = cue.entry.role === 'attribution' && ctx.analysis.tokens[cue.t0]!.normal === 'according';
      const tokens = ctx.analysis.tokens;
      // After "said", only an inverted subject ("said the Russian foreign ministry") speaks; "said that Russia was ..."
      // is what was said.
      // "has said Russia was culpable": a name followed by its own verb is the subject of what was said ("that" left out).
      const inverted = (m: Mention) => m.t0 >= cue.t1 && m.t0 - cue.t1 <= (afterOnly ? WINDOW : 4) && m.role !== 'person'
        && !tokens.slice(cue.t1, m.t0).some((t) => t.normal === 'that') && (afterOnly || !FINITE.has(verbAfter(tokens, m)) || byAgent(tokens, m));
      const near = info.mentions
        .filter((m) => m.code && !m.inQuote && SPEAKER_ROLES.has(m.role)
          && ((!afterOnly && m.t1 <= cue.t0 && cue.t0 - m.t1 <= WINDOW) || inverted(m) || endsWith(m, cue)))
        // The subject before the verb outranks an inverted one after it.
        .sort((a, b) => Number(a.t0 >= cue.t1) - Number(b.t0 >= cue.t1))
        .sort((a, b) => Math.min(Math.abs(a.t1 - cue.t0), Math.abs(a.t0 - cue.t1))
          - Math.min(Math.abs(b.t1 - cue.t0), Math.abs(b.t0 - cue.t1)));
      // "President Trump, asked whether more Chinese consulates might be closed, told reporters": after an aside closed
      // by a comma, the speaker is the subject before the aside, not the nearest name inside it.
      if (tokens[cue.t0 - 1]?.normal === ',') {
        const before = info.mentions.find((m) => m.code && !m.inQuote && SPEAKER_ROLES.has(m.role) && m.t1 < cue.t0
          && cue.t0 - m.t1 <= 2 * WINDOW && tokens[m.t1]?.normal === ',');
        if (before) near.unshift(before);
      }
      const subject = coordinatedSubject(info, tokens, cue, doc.lastSpeaker);
      if (subject) near.unshift(subject);
      if (near[0]) { speaker = near[0]; break; }
    }
    if (speaker) doc.lastSpeaker = speaker;
    if (speaker && /\bthe following statement\b/i.test(info.sentence.text)) doc.statementBy = speaker;
    // "Some Czech politicians said ...": people of a state who do not speak for it; nor does the speaker before them.
    // "Neither government has said whether ...": nobody spoke.
    const nobody = (q: { t0: number }) => ctx.analysis.tokens.slice(Math.max(info.sentence.t0, q.t0 - 4), q.t0)
      .some((t) => NOBODY.has(t.normal));
    const unofficial = !speaker && attributions.some((q) => nobody(q) || info.mentions.some((m) => m.code && m.role === 'national'
      && !m.inQuote && m.t1 <= q.t0 && q.t0 - m.t1 <= 1));
    if (unofficial) { info.speaker = null; return; }
    const hasQuote = info.quoted.size > 0;
    // "We anticipated a response", outside quotes in a statement: the author who issued it speaks.
    const firstPerson = info.mentions.some((m) => m.pronoun === 'first' && !m.inQuote);
    info.speaker = speaker ?? (hasQuote || attributions.length > 0 || firstPerson ? doc.lastSpeaker : doc.statementBy ?? null);
  },
};
