// CAMEO code, Goldstein value and PLOVER type/mode/context, from data/rules/codes.json: the type's default, then
// the variant the act calls for (espionage accusation 1125, threat to expel 1313, restored relations 054...).
import type { CodedAction } from '../../core/types.ts';
import type { Codebook } from '../../codebook/codebook.types.ts';
import type { Candidate } from '../types.ts';

const SPYING = /\b(spy|spies|spying|espionage|intelligence|undercover)\b/i;
const ECONOMIC = /\b(economic|trade|tariffs?|exports?|imports?|embargo|assets?|financial|banks?)\b/i;

function variantId(c: Candidate): string | null {
  const s = c.info.sentence.text;
  if (c.type === 'accuse' && SPYING.test(s)) return 'code.accuse-espionage';
  if (c.type === 'threaten' && c.threatOf && ['expel', 'break_relations', 'downgrade_relations', 'recall'].includes(c.threatOf)) return 'code.threaten-expel-or-relations';
  if (c.type === 'threaten' && c.threatOf === 'sanction') return 'code.threaten-sanctions';
  if (c.type === 'restore') {
    const rule = c.trigger.rule.id;
    if (rule === 'restore.lift') return 'code.ease-sanctions';
    if (rule === 'restore.release') return 'code.release';
    if (c.trigger.rule.cameo === '054') return 'code.restore-relations';
  }
  return null;
}

export function codeFor(codebook: Codebook, c: Candidate): CodedAction {
  const base = codebook.codes.byType.get(c.type)!;
  const id = variantId(c);
  const v = id ? codebook.codes.variants.get(id) : undefined;
  const context = ['diplomatic'];
  if (SPYING.test(c.info.sentence.text)) context.push('intelligence');
  if (c.type === 'sanction' && ECONOMIC.test(c.info.sentence.text)) context.push('economic');
  return {
    cameo: v?.cameo ?? base.cameo,
    goldstein: v?.goldstein ?? base.goldstein,
    plover: { type: v?.ploverType ?? base.ploverType, mode: v?.ploverMode !== undefined ? v.ploverMode : base.ploverMode, context },
  };
}
