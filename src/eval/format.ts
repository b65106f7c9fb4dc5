// Readable text of an evaluation report: the scores first, then every miss and false positive by document.
import type { Accuracy, Prf } from './metrics.ts';
import type { ScoreReport } from './score.types.ts';
import { truncate } from './evidence.ts';

const SENTENCE_MAX = 220;

function num(value: number | null): string {
  return value === null ? '  -  ' : value.toFixed(3);
}

function prfLine(p: Prf): string {
  return `P ${num(p.precision)} (${p.matched}/${p.system})  R ${num(p.recall)} (${p.found}/${p.gold})  F1 ${num(p.f1)}`;
}

function acc(a: Accuracy): string {
  return `${num(a.rate)} (${a.right}/${a.total})`;
}

function typeTable(report: ScoreReport): string[] {
  const rows = report.byType.map((t) => [t.type, num(t.precision), num(t.recall), num(t.f1), `${t.matched}/${t.system}`, `${t.found}/${t.gold}`]);
  const head = ['type', 'P', 'R', 'F1', 'matched/sys', 'found/gold'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return [line(head), ...rows.map(line)];
}

function quoted(text: string): string {
  return `"${truncate(text, SENTENCE_MAX)}"`;
}

function byDocument(report: ScoreReport): string[] {
  const names = [...new Set([...report.misses.map((m) => m.document), ...report.falsePositives.map((f) => f.document),
    ...report.linkErrors.map((l) => l.document), ...report.claimErrors.map((c) => c.document),
    ...report.fieldErrors.map((f) => f.document)])].sort();
  const out: string[] = [];
  for (const name of names) {
    out.push('', `${name}`);
    for (const m of report.misses.filter((x) => x.document === name)) {
      out.push(`  MISS ${m.id} ${m.type} ${m.actor}>${m.target} ${m.date} ${m.modality}${m.closest ? `  [${m.closest}]` : ''}`);
      out.push(`       evidence: ${quoted(m.evidence)}`);
      if (m.sentence && m.sentence.length > m.evidence.length + 10) out.push(`       sentence: ${quoted(m.sentence)}`);
    }
    for (const f of report.falsePositives.filter((x) => x.document === name)) {
      out.push(`  FP   ${f.key} ${f.type} ${f.actor}>${f.target} ${f.date ?? '(no date)'} ${f.modality}`);
      out.push(`       sentence: ${quoted(f.sentence)}`);
    }
    for (const f of report.fieldErrors.filter((x) => x.document === name)) {
      out.push(`  FIELD ${f.id} ${f.field}: gold ${f.gold}, system ${f.system} (${f.key})`);
    }
    for (const l of report.linkErrors.filter((x) => x.document === name)) out.push(`  LINK ${l.kind}: ${l.link}`);
    for (const c of report.claimErrors.filter((x) => x.document === name)) {
      out.push(`  CLAIM ${c.kind}: ${c.claim}${c.sentence ? `  ${quoted(c.sentence)}` : ''}`);
    }
  }
  return out;
}

export function formatReport(report: ScoreReport & { goldDir?: string; warnings?: string[] }): string {
  const m = report.merge;
  const lines = [
    `riposte eval: ${report.documents} documents${report.goldDir ? ` from ${report.goldDir}` : ''}` +
      `${report.failed.length > 0 ? `, ${report.failed.length} FAILED` : ''}`,
    '',
    `Events   ${prfLine(report.events)}`,
    `         (${report.optionalMatched} system events matched optional gold: left out of both counts)`,
    '',
    'Per type',
    ...typeTable(report),
    '',
    'Fields on matched events',
    `  count (gold has one)   ${acc(report.fields.count)}   with qualifier ${acc(report.fields.countQualifier)}`,
    `  date at gold precision ${acc(report.fields.date)}`,
    `  background             ${acc(report.fields.background)}`,
    '',
    `Actor/target (${report.sides.pairs} pairs matched on type and date only)`,
    `  both sides right ${acc(report.sides.bothRight)}   swapped ${acc(report.sides.swapped)}`,
    '',
    `Links    ${prfLine(report.links)}   (within each document, by report keys)`,
    ...(report.crossLinks ? [
      `Links    ${prfLine(report.crossLinks.explicit)}   (explicit, stored events, across documents by gold act keys)`,
      `Links    ${prfLine(report.crossLinks.all)}   (explicit + implicit, same)`,
    ] : []),
    `Claims   ${prfLine(report.claims)}`,
    `Merge    purity ${num(m.purity)} over ${m.events} system events` +
      `${m.unmerged ? ' (no merge step: each report is its own event)' : ''}; ` +
      `completeness ${num(m.completeness)} over ${m.sharedActs} gold acts matched in 2+ documents`,
  ];
  if (report.failed.length > 0) lines.push('', 'Failed documents', ...report.failed.map((f) => `  ${f.document}: ${f.error}`));
  if (report.warnings && report.warnings.length > 0) lines.push('', 'Warnings', ...report.warnings.map((w) => `  ${w}`));
  // Which stage a missed link points at: the linker (both acts found) or extraction (an act not found).
  const linkOnly = report.linkErrors.filter((e) => e.kind === 'missed' && e.link.endsWith('(both acts found)')).length;
  const missedLinks = report.linkErrors.filter((e) => e.kind === 'missed').length;
  lines.push('', `Misses: ${report.misses.length}   False positives: ${report.falsePositives.length}   ` +
    `Link errors: ${report.linkErrors.length} (${report.linkErrors.length - missedLinks} wrong, ${missedLinks} missed: ` +
    `${linkOnly} with both acts found)   Claim errors: ${report.claimErrors.length}`);
  lines.push(...byDocument(report));
  if (m.splits.length > 0) {
    lines.push('', 'Acts split across events (each piece lists the documents whose reports went to one event)');
    for (const split of m.splits) lines.push(`  ${split.act}: ${split.events.map((docs) => `[${docs.join(', ')}]`).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
