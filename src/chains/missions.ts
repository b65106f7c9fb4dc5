// Mission sizes (data/missions/mission-sizes.json): the share of a mission an expulsion or cut removes.
// Loading validates the file (a bad file is a configuration error and throws); the lookup is pure.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { daySpan } from './dates.ts';

const MissionSchema = z.object({
  sender: z.string(), host: z.string(), mission: z.string(),
  from: z.string().nullable(), to: z.string().nullable(),
  staff: z.number().int().positive(), approximate: z.boolean(), source: z.string().min(1), note: z.string().optional(),
});
const FileSchema = z.object({ about: z.string(), missions: z.array(MissionSchema) });

export type MissionSize = z.infer<typeof MissionSchema>;

export const MISSION_SIZES_FILE = new URL('../../data/missions/mission-sizes.json', import.meta.url);

// Read and validated once per file and process: the pair view and event detail ask for it on every request.
const loaded = new Map<string, readonly MissionSize[]>();

export function loadMissionSizes(file: URL | string = MISSION_SIZES_FILE): readonly MissionSize[] {
  const key = String(file);
  let sizes = loaded.get(key);
  if (!sizes) {
    sizes = FileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).missions;
    loaded.set(key, sizes);
  }
  return sizes;
}

/** The size of `sender`'s mission in `host` just before an act on `date`, or null when unknown. */
export function missionSize(sizes: readonly MissionSize[], sender: string, host: string, date: string | null): MissionSize | null {
  const span = daySpan(date);
  if (!span) return null;
  return sizes.find((m) => m.sender === sender && m.host === host
    && (m.from === null || (daySpan(m.from)?.start ?? 0) <= span.start)
    && (m.to === null || span.start <= (daySpan(m.to)?.end ?? 0))) ?? null;
}
