// Listing and fetching events, with the filter both adapters accept (CLI options and API query parameters are
// strings; one zod schema turns them into an EventFilter or a `usage.invalid` / `request.invalid` error).
import { z } from 'zod';
import { ACTION_TYPES, MODALITIES } from './types.ts';
import type { EventFilter, StoredEvent, Store } from '../storage/store.ts';
import { appError, type ErrorCode } from './errors.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const STATE = /^[A-Za-z]{2,8}$/;

export const MAX_LIMIT = 1000;

export const eventQuerySchema = z.object({
  actor: z.string().regex(STATE, 'a state or organisation code such as GBR or EU').transform((s) => s.toUpperCase()).optional(),
  target: z.string().regex(STATE, 'a state or organisation code such as RUS or NATO').transform((s) => s.toUpperCase()).optional(),
  type: z.enum(ACTION_TYPES).optional(),
  modality: z.enum(MODALITIES).optional(),
  since: z.string().regex(DATE, 'a date YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  until: z.string().regex(DATE, 'a date YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  text: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  order: z.enum(['date', 'recent']).optional(),
}).strict();

export type EventQuery = Record<string, string | number | undefined>;

/** Unknown keys and bad values are errors with `code` (the adapter decides which: usage or request). */
export function parseEventFilter(query: EventQuery, code: ErrorCode = 'usage.invalid'): EventFilter {
  const defined = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
  const parsed = eventQuerySchema.safeParse(defined);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(query)', message: issue.message }));
    const text = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    throw appError(code, `invalid filter (${text})`, issues);
  }
  return parsed.data;
}

export async function listEvents(params: { store: Store; filter: EventFilter }): Promise<{ events: StoredEvent[]; total: number }> {
  const [events, total] = await Promise.all([params.store.listEvents(params.filter), params.store.countEvents(params.filter)]);
  return { events, total };
}

export async function getEvent(params: { store: Store; id: string }): Promise<StoredEvent> {
  const event = await params.store.getEvent(params.id);
  if (!event) throw appError('events.not_found', `no event with id ${params.id}`);
  return event;
}
