// Generated news articles in our own template prose, for feed, watch, writer-race and bench tests. Each article
// picks its sentences, their order and their fillers from its number, so no two are identical and their word
// 3-shingles overlap far less than a copied wire story (they must not look like near duplicates of each other).

const STATES: [string, string, string][] = [
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['Poland', 'Polish', 'Warsaw'],
  ['Russia', 'Russian', 'Moscow'], ['China', 'Chinese', 'Beijing'], ['Japan', 'Japanese', 'Tokyo'],
  ['Italy', 'Italian', 'Rome'], ['Spain', 'Spanish', 'Madrid'], ['Norway', 'Norwegian', 'Oslo'],
  ['Sweden', 'Swedish', 'Stockholm'], ['Canada', 'Canadian', 'Ottawa'], ['Estonia', 'Estonian', 'Tallinn'],
  ['Lithuania', 'Lithuanian', 'Vilnius'], ['Turkey', 'Turkish', 'Ankara'], ['Iran', 'Iranian', 'Tehran'],
  ['Brazil', 'Brazilian', 'Brasilia'], ['India', 'Indian', 'New Delhi'], ['Kenya', 'Kenyan', 'Nairobi'],
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const TOPICS = ['a trade dispute', 'a detained journalist', 'a border incident', 'an election dispute', 'a cyber attack',
  'a spying case', 'a naval collision', 'a visa quarrel', 'an embassy break-in', 'a fishing row', 'a pipeline leak'];

interface Fill { a: string; aAdj: string; aCap: string; b: string; bAdj: string; bCap: string; n: string; day: string; topic: string; i: number }
type Sentence = (f: Fill) => string;

const LEADS: Sentence[] = [
  (f) => `${f.a} expelled ${f.n} ${f.bAdj} diplomats on ${f.day}, accusing them of activities incompatible with their status.`,
  (f) => `The foreign ministry of ${f.a} summoned the ${f.bAdj} ambassador on ${f.day} over ${f.topic}.`,
  (f) => `${f.a} recalled its ambassador to ${f.b} for consultations on ${f.day}, citing ${f.topic}.`,
  (f) => `On ${f.day}, ${f.a} ordered ${f.n} ${f.bAdj} diplomats to leave the country within a week.`,
];
const MIDDLE: Sentence[] = [
  (f) => `Officials in ${f.aCap} said the step followed months of quiet warnings about ${f.topic}.`,
  (f) => `A spokesperson in ${f.bCap} called the decision unfounded and promised a measured answer.`,
  (f) => `Analysts noted that relations between ${f.a} and ${f.b} had been cooling since the spring.`,
  (f) => `The ${f.aAdj} statement did not name the officials concerned, but said ${f.n} posts were affected.`,
  (f) => `Parliamentarians in ${f.aCap} welcomed the move, while business groups urged caution.`,
  (f) => `Diplomats from third countries described the mood in ${f.bCap} as tense but controlled.`,
  (f) => `Both governments have traded complaints about ${f.topic} for most of the year.`,
  (f) => `The ${f.bAdj} embassy in ${f.aCap} declined to comment when reached by telephone.`,
  (f) => `Observers recalled a similar exchange between the two capitals several winters ago.`,
  (f) => `Local newspapers in ${f.aCap} printed the ministry's note in full on their front pages.`,
  (f) => `A former envoy told reporters the quarrel over ${f.topic} would not be settled quickly.`,
  (f) => `Ministers in ${f.bCap} met late into the evening to weigh their options.`,
];
const ENDINGS: Sentence[] = [
  (f) => `The ministry in ${f.bCap} said it reserved the right to respond; file reference ${1000 + f.i} was opened.`,
  (f) => `No date was set for further talks, according to note number ${2000 + f.i * 3}.`,
  (f) => `Further measures were not ruled out, officials said in bulletin ${3000 + f.i * 7}.`,
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vu', 'nel', 'do', 'pri', 'ga', 'zo', 'lin', 'mar', 'te', 'bo'];

/** A made-up surname unique to `n` (base-16 digits as syllables). */
function nameFor(n: number): string {
  let name = '';
  let rest = n + 17;
  do {
    name += SYLLABLES[rest % 16];
    rest = Math.floor(rest / 16);
  } while (rest > 0);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Deterministic shuffle seeded by `seed` (mulberry32), so each article picks its own sentences and order. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let state = (seed * 0x9e3779b1) >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length]!;
}

function fillFor(i: number): Fill {
  const [a, aAdj, aCap] = pick(STATES, i);
  let other = pick(STATES, i * 7 + 3);
  if (other[0] === a) other = pick(STATES, i * 7 + 4);
  const [b, bAdj, bCap] = other;
  return { a, aAdj, aCap, b, bAdj, bCap, n: pick(NUMBERS, i * 3), day: pick(DAYS, i), topic: pick(TOPICS, i * 5 + 1), i };
}

export interface GeneratedArticle {
  title: string;
  published: string;
  paragraphs: string[];
}

/** Article number `i` (any non-negative integer): 3 paragraphs, about 130 words, 700+ characters. */
export function generatedArticle(i: number): GeneratedArticle {
  const f = fillFor(i);
  const middle = shuffled(MIDDLE, i + 1).slice(0, 6).map((s) => s(f));
  const quote = `"We will not accept this," said ${nameFor(i)}, a deputy minister, in remarks to reporters ${nameFor(i * 31 + 5)} and ${nameFor(i * 57 + 9)}.`;
  const published = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `${f.a} and ${f.b}: ${f.topic} (${i})`,
    published,
    paragraphs: [pick(LEADS, i)(f), `${middle.slice(0, 3).join(' ')} ${quote}`, `${middle.slice(3).join(' ')} ${pick(ENDINGS, i)(f)}`],
  };
}

export function articleHtml(article: GeneratedArticle, url: string): string {
  const body = article.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${article.title}</title><link rel="canonical" href="${url}">
<meta property="article:published_time" content="${article.published}T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${article.title}</h1>${body}</article><footer>Our own test prose.</footer></body></html>`;
}

export function articleJsonl(article: GeneratedArticle, url: string): string {
  return JSON.stringify({ url, title: article.title, published: article.published, text: article.paragraphs.join('\n\n') });
}
