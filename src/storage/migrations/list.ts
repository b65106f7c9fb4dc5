// Every migration, keyed by its numbered name. Kysely runs them in name order and records each once, so a new
// schema change is a new file `NNNN-what.ts` added here; an applied migration is never edited.
import type { Migration } from 'kysely';
import { migration0001 } from './0001-initial.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': migration0001,
};
