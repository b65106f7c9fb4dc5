// Plain-text renderings of a ledger and of a chain (riposte ledger / riposte chain).
import type { Ledger, LedgerAct, Response } from '../../chains/ledger.models.ts';

function count(a: LedgerAct): string {
  if (a.count === null) return '';
  const q = a.countQualifier && a.countQualifier !== 'exact' ? `${a.countQualifier.replace('_', ' ')} ` : '';
  return ` ${q}${a.count}`;
}

function share(a: LedgerAct): string {
  return a.missionShare ? ` (${Math.round(a.missionShare.share * 100)}% of the ${a.missionShare.mission}, ~${a.missionShare.staff} staff)` : '';
}

export function actLine(a: LedgerAct): string {
  return `${a.date ?? 'undated'}  ${a.actor}→${a.target} ${a.type}${count(a)}${share(a)}  [${a.id}]`;
}

export function linkText(a: LedgerAct): string {
  if (!a.link) return '';
  return a.link.kind === 'explicit'
    ? `explicit, "${a.link.cue}" (${a.link.confidence})`
    : `implicit (${a.link.confidence}): ${a.link.reason ?? ''}`;
}

function ratio(x: number | null): string {
  return x === null ? '?' : `${Math.round(x * 100) / 100}`;
}

export function responseLine(r: Response): string {
  const weighed = r.basis === 'severity' ? `Goldstein ${r.severity.answered} → ${r.severity.response}`
    : r.basis === 'mission-share' ? `mission share x${ratio(r.shareRatio)}, count x${ratio(r.countRatio)}`
      : r.basis === 'count' ? `count ${r.answers.count}:${r.response.count}` : 'same severity, no counts';
  return `  ${r.flag.toUpperCase()} (${weighed})\n    ${actLine(r.response)}\n    answers ${actLine(r.answers)}\n    link: ${linkText(r.response)}\n`;
}

export function renderLedger(ledger: Ledger): string {
  const out = [`Ledger ${ledger.pair[0]} ↔ ${ledger.pair[1]} (acts that happened)\n`];
  for (const d of ledger.directions) {
    out.push(`\n${d.actor} → ${d.target}: ${d.acts} acts, ${d.people} people\n`);
    for (const t of d.types) {
      const years = t.byYear.map((y) => `${y.year}: ${y.acts}${y.people ? `/${y.people}p` : ''}`).join('  ');
      out.push(`  ${t.type.padEnd(20)} ${String(t.acts).padStart(3)} acts ${String(t.people).padStart(4)} people   ${years}\n`);
    }
  }
  out.push(`\nResponses (${ledger.responses.length})\n`, ...ledger.responses.map(responseLine));
  out.push(`\nChains (${ledger.chains.length})\n`);
  for (const chain of ledger.chains) out.push(`  ${chain.map((a) => `${a.date ?? '?'} ${a.actor}→${a.target} ${a.type}${count(a)}`).join('  ->  ')}\n`);
  return out.join('');
}

export function renderChain(acts: readonly LedgerAct[]): string {
  return acts.map((a, i) => `${i === 0 ? '' : '  -> '}${actLine(a)}${a.link && i > 0 ? `\n       ${linkText(a)}` : ''}\n`).join('');
}
