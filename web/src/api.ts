// JSON from the riposte API. Errors come back as {error: {code, message}} and are thrown as ApiError.
import type { ActSummary, ResponseKind } from '../../src/core/acts.types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!res.ok) throw new ApiError(res.status, body.error?.code ?? 'unknown', body.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

// The act record is the core's own type (type-only import: nothing from the server is bundled).
export type Act = ActSummary & { response?: ResponseKind | null };

export interface Span { start: number; end: number; text: string; rule: string }

export interface Correction {
  status: 'confirmed' | 'rejected' | 'corrected';
  fields: { type?: string; actor?: string; target?: string; date?: string | null; count?: number | null; retaliates_for?: string | null };
  note: string | null;
  reviewed_at: string;
}

export interface EventDetail {
  id: string; type: string; actor: string; target: string; actor_text: string; target_text: string;
  actor_sector: string | null; target_sector: string | null; date: string | null; date_granularity: string | null;
  deadline: string | null; count: number | null; count_qualifier: string | null; modality: string; background: boolean;
  retaliates_for: string | null; link: { kind: string; cue: string; confidence: number } | null;
  cameo: string; goldstein: number; plover: { type: string; mode: string | null; context: string[] };
  reports: Array<{ document: string; url: string | null; title: string; published: string | null; sentence: string; start: number; end: number; rules: string[]; spans: Record<string, Span> }>;
  correction: Correction | null;
  effective: Act;
  answers: Act | null;
  answered_by: Act[];
  response: Act['response'];
}

export function describeAct(a: Pick<Act, 'actor' | 'target' | 'type' | 'date' | 'count'>): string {
  const count = a.count !== null ? ` ${a.count}` : '';
  return `${a.actor} ${a.type.replace(/_/g, ' ')}${count} → ${a.target}, ${a.date ?? 'undated'}`;
}
