// Compiles the small pattern language of data/rules/triggers.json:
//   "revoke|revoked ~5 accreditation|credentials"  = a group, then up to 5 free tokens, then a group.
// Alternatives may be multi-word ("to leave|to depart"); tokenising them is left to the caller so that forms are
// split exactly as documents are.
export interface CompiledPattern {
  groups: string[][][];
  gaps: number[];
}

export function compilePattern(pattern: string, tokenize: (s: string) => string[]): CompiledPattern {
  const parts = pattern.split(/\s+(~\d+)\s+/);
  const groups: string[][][] = [];
  const gaps: number[] = [];
  for (const part of parts) {
    const gap = /^~(\d+)$/.exec(part);
    if (gap) { gaps.push(Number(gap[1])); continue; }
    if (groups.length > gaps.length) gaps.push(0);
    groups.push(part.split('|').map((alt) => tokenize(alt.trim())).filter((w) => w.length > 0));
  }
  if (groups.length === 0 || groups.some((g) => g.length === 0)) throw new Error(`empty group in pattern "${pattern}"`);
  return { groups, gaps };
}
