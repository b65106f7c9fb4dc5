// Entry point of ingestion: a CLI argument (path, folder, `-`) to a stream of documents and
// per-document errors. Each kind of source is one small function, tried in order: stdin, URLs (pages and
// feeds), then paths.
import { readPath } from './file.source.ts';
import { readStdin } from './stdin.source.ts';
import { readUrl } from './url.source.ts';
import { failed, type ReadOptions, type ReadResult } from './types.ts';

export interface SourceKind {
  name: string;
  accepts: (target: string) => boolean;
  read: (target: string, options: ReadOptions) => AsyncIterable<ReadResult>;
}

export const stdinSource: SourceKind = {
  name: 'stdin',
  accepts: (target) => target === '-',
  read: (_target, options) => readStdin(options),
};

/** http(s) pages and feeds. Other schemes (file:, data:, ftp:) are refused with fetch.scheme, never read as paths. */
export const urlSource: SourceKind = {
  name: 'url',
  accepts: (target) => /^(https?|file|data|ftps?|wss?|blob|javascript|mailto|gopher):/i.test(target),
  read: readUrl,
};

export const pathSource: SourceKind = {
  name: 'path',
  accepts: () => true,
  read: readPath,
};

export const DEFAULT_SOURCES: readonly SourceKind[] = [stdinSource, urlSource, pathSource];

export interface ReadInputOptions extends ReadOptions {
  sources?: readonly SourceKind[];
}

export async function* readInput(target: string, options: ReadInputOptions = {}): AsyncGenerator<ReadResult> {
  const source = (options.sources ?? DEFAULT_SOURCES).find((candidate) => candidate.accepts(target));
  if (!source) {
    yield failed(target, 'input.unsupported', 'no reader accepts this input');
    return;
  }
  yield* source.read(target, options);
}

/** Several targets in the order given; each one's own order is kept. */
export async function* readInputs(targets: readonly string[], options: ReadInputOptions = {}): AsyncGenerator<ReadResult> {
  for (const target of targets) yield* readInput(target, options);
}
