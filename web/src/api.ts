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

// The event page's record is the core's own type too; Span and Correction keep the names the views use.
export type { EventDetail, SpanRecord as Span, CorrectionRecord as Correction } from '../../src/core/acts.types.ts';

export function describeAct(a: Pick<Act, 'actor' | 'target' | 'type' | 'date' | 'count'>): string {
  const count = a.count !== null ? ` ${a.count}` : '';
  return `${a.actor} ${a.type.replace(/_/g, ' ')}${count} → ${a.target}, ${a.date ?? 'undated'}`;
}
