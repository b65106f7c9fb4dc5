// Files under a folder, recursively, in a fixed order so two runs ingest in the same order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Skipped in folder walks (a file named explicitly is always read): hidden files and folders
 * (.git, .DS_Store) and gold answer files (`NAME.gold.json`), which sit beside articles in eval folders.
 */
export function skippedInWalk(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.gold.json') || name === 'node_modules';
}

/** Code-unit order, not locale order: the same on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function listFiles(root: string, seen: Set<string> = new Set()): Promise<string[]> {
  // Symlinked folders are followed once; the real path guards against cycles.
  const real = await realpath(root);
  if (seen.has(real)) return [];
  seen.add(real);
  const names = (await readdir(root)).filter((name) => !skippedInWalk(name)).sort(byName);
  const files: string[] = [];
  for (const name of names) {
    const path = join(root, name);
    const info = await stat(path).catch(() => null); // a dangling symlink is not worth failing the walk
    if (info?.isDirectory()) files.push(...(await listFiles(path, seen)));
    else if (info?.isFile()) files.push(path);
  }
  return files;
}
