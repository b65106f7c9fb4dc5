// A group named by number that points back: "Venezuela recalled its diplomats from Argentina, Chile and Peru. It also
// told those three governments to withdraw their own staff." The group ("those"/"these" + number + a group noun of
// cues.json) stands for the other sides of the acts of the sentence before that the same state took part in, when
// there are exactly that many. One event each; a group ordered to withdraw is the ordered party (ordered-recall).
import type { ExtractionContext } from '../context.ts';
import type { Token } from '../nlp.ts';
import { mentionsAnnotator } from '../annotators/mentions.annotator.ts';
import type { Candidate, DocumentState, Mention } from '../types.ts';
import { ORDER_VERBS } from './actor.helpers.ts';
import { setSpan } from './clause.ts';
import { parseNumber } from './counts.refiner.ts';

const BACK = new Set(['those', 'these']);
// A target from these weaker strategies gives way to a group the clause names.
const WEAK = new Set(['target.discourse', 'target.sentence-fallback']);

interface BackGroup { n: number; ordered: boolean }

/** "those seven governments" within six words of the trigger, with the number up to three words before the noun. */
function backGroup(ctx: ExtractionContext, c: Candidate, tokens: Token[]): BackGroup | null {
  for (const q of c.info.cues) {
    if (q.entry.role !== 'group' || q.t0 < c.trigger.anchor - 6 || q.t0 > c.trigger.t1 + 6) continue;
    for (const d of [1, 2, 3]) {
      const n = parseNumber(ctx, tokens, q.t0 - d);
      if (!n || n.value < 2 || !BACK.has(tokens[n.t0 - 1]?.normal ?? '')) continue;
      // "told those seven governments to remove ...": an order verb, the group, "to", the trigger.
      const ordered = ORDER_VERBS.has(tokens[n.t0 - 2]?.normal ?? '') && tokens[q.t1]?.normal === 'to'
        && c.trigger.anchor === q.t1 + 1;
      return { n: n.value, ordered };
    }
  }
  return null;
}

/** The other sides of the acts in the nearest earlier sentence (up to two back) where the actor took part. */
function earlierSides(c: Candidate, actor: string, all: Candidate[]): Mention[] {
  for (let k = c.info.sentence.index - 1; k >= c.info.sentence.index - 2; k--) {
    const sides = new Map<string, Mention>();
    for (const o of all) {
      if (o.info.sentence.index !== k || !o.actor?.code || !o.target?.code) continue;
      const other = o.actor.code === actor ? o.target : o.target.code === actor ? o.actor : null;
      if (other && !sides.has(other.code)) sides.set(other.code, other);
    }
    if (sides.size > 0) return [...sides.values()];
  }
  return [];
}

/** One act per member: `c` takes the first, a copy (key suffixed by the member's offset) each of the others. */
function spread(c: Candidate, members: Mention[], tag: string, take: (x: Candidate, m: Mention) => void): Candidate[] {
  const [first, ...rest] = members;
  const copies = rest.map((m) => {
    const copy: Candidate = { ...c, key: `${c.key}+${tag}${m.start}`, rules: [...c.rules], spans: { ...c.spans } };
    take(copy, m);
    return copy;
  });
  take(c, first!);
  return copies;
}

/** Resolves a back-pointing group; returns the copies for all members but the first (which `c` takes). */
export function resolveBackGroup(ctx: ExtractionContext, c: Candidate, all: Candidate[], tokens: Token[]): Candidate[] {
  const actor = c.actor?.code;
  if (!actor || (c.target?.code && !WEAK.has(c.spans.target?.rule ?? ''))) return [];
  const group = backGroup(ctx, c, tokens);
  if (!group) return [];
  const members = earlierSides(c, actor, all);
  if (members.length !== group.n) return [];
  const take = (x: Candidate, m: Mention) => {
    x.target = m;
    setSpan(x, 'target', m, 'target.group-back');
    if (group.ordered) x.orderedParty = m;
  };
  return spread(c, members, 'b', take);
}

const JOIN = /^(,|and|, and)( the)?$/;

/** "Britain, the United States, France and Germany issued a statement. The four said ...": a bare number heading the
 * sentence ("The four", followed by its verb) is the last list of that many states in the sentence before; each acts. */
export function resolveBackActors(ctx: ExtractionContext, c: Candidate, doc: DocumentState, tokens: Token[]): Candidate[] {
  const t0 = c.info.sentence.t0;
  if (c.actor || tokens[t0]?.normal !== 'the') return [];
  const n = parseNumber(ctx, tokens, t0 + 1);
  const next = tokens[t0 + 2];
  if (!n || n.value < 2 || !next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return [];
  const info = doc.sentences[c.info.sentence.index - 1];
  if (!info) return [];
  if (info.mentions.length === 0) mentionsAnnotator.annotate(ctx, info, doc);
  let list: Mention[] = [];
  let best: Mention[] = [];
  // "the leaders of Britain, the United States, France and Germany": a government heads the list too.
  for (const m of info.mentions.filter((x) => x.code && (x.role === 'state' || x.role === 'government'))) {
    const last = list[list.length - 1];
    if (last && !JOIN.test(tokens.slice(last.t1, m.t0).map((t) => t.normal).join(' '))) list = [];
    list.push(m);
    if (list.length === n.value) best = [...list];
  }
  const members = best.filter((m) => m.code !== c.target?.code);
  if (best.length !== n.value || members.length !== best.length) return [];
  const take = (x: Candidate, m: Mention) => { x.actor = m; setSpan(x, 'actor', m, 'actor.group-back'); };
  return spread(c, members, 'ga', take);
}
