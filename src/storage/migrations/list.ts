// Every migration, keyed by its numbered name. Kysely runs them in name order and records each once, so a new
// schema change is a new file `NNNN-what.ts` added here; an applied migration is never edited.
import type { Migration } from 'kysely';
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-chains.ts';
import { migration0003 } from './0003-reviews-and-indexes.ts';
import { migration0004 } from './0004-feeds-and-fingerprints.ts';
import { migration0005 } from './0005-pair-summaries.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': migration0001,
  '0002-chains': migration0002,
  '0003-reviews-and-indexes': migration0003,
  '0004-feeds-and-fingerprints': migration0004,
  '0005-pair-summaries': migration0005,
};
