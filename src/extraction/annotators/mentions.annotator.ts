// Finds every reference to a state in a sentence and composes it with the noun it qualifies, so that later stages
// see roles rather than words: "a Russian diplomat" (person, RUS), "the British Embassy in Moscow" (mission, GBR,
// host RUS), "Russia's FSB security service" (government, RUS), "its ambassador" (person, the actor's own).
import type { NameEntry, NounEntry } from '../../codebook/codebook.types.ts';
import type { Annotator } from '../pipeline.ts';
import type { Token } from '../nlp.ts';
import type { Mention, Pronoun, SentenceInfo } from '../types.ts';
import type { ExtractionContext } from '../context.ts';

// "after" and "before" are left out: "a day after Moscow expelled ..." introduces a clause whose subject acts.
// "as", "like", "than" compare: "cut ties at the same time as Saudi Arabia" names no object.
const PREPS = new Set(['by', 'from', 'in', 'to', 'of', 'with', 'against', 'on', 'at', 'for', 'over', 'between',
  'among', 'toward', 'towards', 'into', 'about', 'as', 'like', 'than']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const POSSESSIVE = new Set(["'s", "'"]);
// No verbs: "Russia expelled diplomats" must not become one mention.
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);
const PRONOUNS: Record<string, { pronoun: Pronoun; needsNoun: boolean }> = {
  its: { pronoun: 'own', needsNoun: true }, their: { pronoun: 'own', needsNoun: true },
  our: { pronoun: 'first', needsNoun: true }, we: { pronoun: 'first', needsNoun: false },
  us: { pronoun: 'first', needsNoun: false }, him: { pronoun: 'third-person', needsNoun: false },
  her: { pronoun: 'third-person', needsNoun: true }, them: { pronoun: 'third-plural', needsNoun: false },
};
// Asked for every token: a Map, since an object keyed by fresh token strings internalises each key first (the top
// self-time line of the profile), and an object also answered for the names it inherits ("constructor").
const PRONOUN_OF = new Map(Object.entries(PRONOUNS));
const pronounOf = (word: string) => PRONOUN_OF.get(word);

/** "27 Spanish and 24 Italian diplomats": a demonym left without its noun shares the next one's. */
function shareHeads(tokens: Token[], mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (m.role !== 'modifier' || next.role === 'modifier' || next.rule.indexOf('demonym') < 0) continue;
    const between = tokens.slice(m.t1, next.t0).map((t) => t.normal);
    if (between.length >= 1 && between.length <= 2 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or')
      && (between.length === 1 || tokens[m.t1 + 1]!.pos === 'NUM')) {
      m.role = next.role; m.sector = next.sector; m.rule = `${m.rule}+shared-head`;
    }
  }
}

function isDateline(tokens: Token[], t0: number, t1: number, sentenceStart: number): boolean {
  const words = tokens.slice(t0, t1);
  if (!words.every((t) => t.value === t.value.toUpperCase() && /[A-Z]{3,}/.test(t.value))) return false;
  const before = tokens.slice(sentenceStart, t0);
  const next = tokens[t1]?.value ?? '';
  return before.every((t) => t.value === t.value.toUpperCase() || t.value === '/') && /^[,(/\-–—]$/.test(next);
}

function roleOfName(e: NameEntry): Mention['role'] {
  if (e.kind === 'demonym') return 'modifier';
  if (e.kind === 'institution' || e.kind === 'person') return 'government';
  return 'state';
}

export function prepBefore(tokens: Token[], t0: number, floor: number): string | null {
  let k = t0 - 1;
  // "by the outgoing Obama administration": articles and up to two adjectives stand between a preposition and its noun.
  let adjectives = 0;
  while (k >= floor && (SKIPPABLE.has(tokens[k]!.normal) || (tokens[k]!.pos === 'ADJ' && adjectives++ < 2))) k--;
  const tok = tokens[k];
  return tok && k >= floor && PREPS.has(tok.normal) ? tok.normal : null;
}

/** A noun class phrase at i, allowing up to two modifiers first ("Russian [intelligence] officers"). */
function nounAfter(ctx: ExtractionContext, tokens: Token[], i: number, end: number, afterPronoun = false, maxSkip = 3) {
  for (let skip = 0; skip <= maxSkip && i + skip < end; skip++) {
    const m = ctx.codebook.nouns.matchAt(tokens, i + skip, end);
    // "Britain charged that ...": a past-tense verb whose lemma is a noun form ("charge" for chargé) heads no noun.
    const last = m ? tokens[m.t1 - 1]! : undefined;
    if (m && !(last!.pos === 'VERB' && /ed$/.test(last!.normal) && last!.lemma !== last!.normal)) return m;
    if (m) return null;
    const tok = tokens[i + skip]!;
    // After "its"/"their", participles modify the noun ("its remaining diplomats"); elsewhere a verb ends the phrase.
    const modifier = MODIFIER_POS.has(tok.pos) || (afterPronoun && tok.pos === 'VERB' && /(ing|ed)$/.test(tok.normal));
    if (!modifier || ctx.codebook.names.matchAt(tokens, i + skip, end)) return null;
  }
  return null;
}

export const mentionsAnnotator: Annotator = {
  id: 'mentions',
  annotate(ctx, info) {
    const { tokens } = ctx.analysis;
    const { t0: from, t1: to } = info.sentence;
    const out: Mention[] = [];
    const make = (t0: number, t1: number, code: string, role: Mention['role'], sector: Mention['sector'],
      rule: string, pronoun: Pronoun | null = null): Mention => ({
      code, role, sector, t0, t1, start: tokens[t0]!.start, end: tokens[t1 - 1]!.end,
      text: ctx.text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end), host: null, possessive: false,
      prep: prepBefore(tokens, t0, from), pronoun, inQuote: info.quoted.has(t0), rule,
    });
    for (let i = from; i < to; i++) {
      const tok = tokens[i]!;
      const name = ctx.codebook.names.matchAt(tokens, i, to);
      let m: Mention | null = null;
      if (name) {
        if (name.value.kind === 'blocker') { i = name.t1 - 1; continue; }
        // "MOSCOW, Sept 13 (SNA) -", "ROME/MADRID/PARIS -": a dateline says where the story was filed.
        if (isDateline(tokens, i, name.t1, from)) { i = name.t1 - 1; continue; }
        // "China-brokered", "Kremlin-backed", "Russia-linked": a compound adjective, not the state acting.
        if (tokens[name.t1]?.value === '-' && tokens[name.t1 + 1]?.pos !== 'PROPN') { i = name.t1 + 1; continue; }
        m = make(i, name.t1, name.value.code, roleOfName(name.value), name.value.sector, name.value.rule);
      } else if (pronounOf(tok.normal)) {
        const p = pronounOf(tok.normal)!;
        if (p.needsNoun) {
          const noun = nounAfter(ctx, tokens, i + 1, to, true);
          if (!noun) continue;
          m = make(i, noun.t1, '', noun.value.role, noun.value.sector, noun.value.rule, p.pronoun);
        } else {
          m = make(i, i + 1, '', p.pronoun === 'first' ? 'state' : 'person', null, `pronoun.${tok.normal}`, p.pronoun);
        }
      }
      if (!m) continue;
      compose(ctx, tokens, m, to, info);
      out.push(m);
      i = m.t1 - 1;
    }
    for (const m of out) if (!out.some((o) => o.pronoun && o.t1 > m.t0 - 2 && o.t0 < m.t0)) upgradeOfPhrase(ctx, tokens, m, from, to, out);
    shareHeads(tokens, out);
    // A host taken into an upgraded mention ("... of Iran in Ukraine") is no mention of its own any more.
    info.mentions = out.filter((o) => !out.some((x) => x !== o && x.t0 <= o.t0 && o.t1 <= x.t1));
  },
};

/** "the British Embassy in Moscow", "the charge d'affaires of Iran in Ukraine": a mission or envoy's host country. */
function attachHost(ctx: ExtractionContext, tokens: Token[], m: Mention, end: number): void {
  if (m.role !== 'mission' && m.role !== 'person') return;
  const prep = tokens[m.t1];
  if (!prep || !['in', 'to', 'at'].includes(prep.normal)) return;
  let k = m.t1 + 1;
  if (tokens[k]?.normal === 'the') k++;
  const host = ctx.codebook.names.matchAt(tokens, k, end);
  if (host && host.value.kind !== 'blocker' && host.value.kind !== 'demonym') {
    m.host = host.value.code;
    setEnd(ctx, tokens, m, host.t1);
  }
}

/** Extends a mention over "'s", the noun it qualifies and "in/to <host>". */
function compose(ctx: ExtractionContext, tokens: Token[], m: Mention, end: number, info: SentenceInfo): void {
  let j = m.t1;
  if (tokens[j] && POSSESSIVE.has(tokens[j]!.normal)) { m.possessive = true; j++; }
  const sameName = ctx.codebook.names.matchAt(tokens, j, end);
  if (m.possessive && sameName && sameName.value.code === m.code && sameName.value.kind !== 'blocker') {
    j = sameName.t1; // "Russia's FSB": one mention
    setEnd(ctx, tokens, m, j);
    m.role = 'government'; m.sector = sameName.value.sector; m.possessive = false;
  }
  // A bare state name takes only the noun right after it ("China consulate"); a demonym or possessive may have
  // modifiers in between ("Russian intelligence officers"). "The Czech Republic orders three members" is a clause.
  const maxSkip = m.role === 'modifier' || m.possessive ? 3 : 0;
  const noun = nounAfter(ctx, tokens, j, end, false, maxSkip) as { t1: number; value: NounEntry } | null;
  if (noun && m.pronoun === null) {
    setEnd(ctx, tokens, m, noun.t1);
    m.role = noun.value.role; m.sector = noun.value.sector ?? m.sector; m.possessive = false;
    m.rule = `${m.rule}+${noun.value.rule}`;
  }
  attachHost(ctx, tokens, m, end);
  // "after London had ordered out Russia's.": a possessive closing its clause stands for the people just named.
  if (m.possessive && m.pronoun === null && /^[.,;:!?]$/.test(tokens[m.t1 + 1]?.normal ?? '.')) {
    m.possessive = false; m.role = 'person'; m.rule = `${m.rule}+elided-head`;
  }
  // "sent 35 Russians home": a plural demonym standing alone names people ("Swiss" is no plural: "the Swiss bank").
  const last = tokens[m.t1 - 1]!;
  if (m.role === 'modifier' && m.t1 - m.t0 === 1 && /[^s]s$/.test(last.normal) && (last.pos === 'NOUN' || last.pos === 'PROPN')
    && !POSSESSIVE.has(tokens[m.t1]?.normal ?? '')) m.role = 'person';
  m.inQuote = info.quoted.has(m.t0);
}

function setEnd(ctx: ExtractionContext, tokens: Token[], m: Mention, t1: number): void {
  m.t1 = t1;
  m.end = tokens[t1 - 1]!.end;
  m.text = ctx.text.slice(m.start, m.end);
}

/** Which noun roles may take their state from a following "<prep> X". */
const NOUN_FIRST: Record<string, Set<string>> = {
  of: new Set(['person', 'mission', 'government']), // "an employee of the British Embassy", "the government of Canada"
  at: new Set(['person']), // "staff at the Lithuanian embassy"
  from: new Set(['person']), // "diplomats from Sweden"
  in: new Set(['government']), // "the foreign ministry in Bratislava"
};

/** A noun phrase before "<prep> X" belongs to X's state: the mention grows leftwards over the noun. */
function upgradeOfPhrase(ctx: ExtractionContext, tokens: Token[], m: Mention, floor: number, end: number, all: Mention[]): void {
  const roles = m.prep ? NOUN_FIRST[m.prep] : undefined;
  if (!roles || m.pronoun) return;
  let k = m.t0 - 1;
  while (k >= floor && tokens[k]!.normal !== m.prep) k--;
  for (let start = Math.max(floor, k - 3); start < k; start++) {
    const noun = ctx.codebook.nouns.matchAt(tokens, start, k);
    // "a Czech diplomat from Moscow": the noun already belongs to the demonym; Moscow stays a place.
    if (all.some((o) => o !== m && o.t0 < k && o.t1 > start)) continue;
    if (noun && noun.t1 === k && roles.has(noun.value.role)) {
      const used = m.prep;
      m.role = noun.value.role;
      m.sector = noun.value.sector;
      m.t0 = start; m.start = tokens[start]!.start;
      m.text = ctx.text.slice(m.start, m.end);
      m.prep = prepBefore(tokens, start, floor);
      m.rule = `${m.rule}+${used}-${noun.value.rule}`;
      attachHost(ctx, tokens, m, end);
      return;
    }
  }
}
