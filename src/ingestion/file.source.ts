// Files and folders on disk. Sizes are checked with stat before anything is read; JSONL is
// streamed line by line, so the size limit applies to each line rather than the whole file
// (an evaluation set of many articles is legitimately larger than one article may be).
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { decodeBytes, looksBinary, SNIFF_BYTES } from './decode.ts';
import { formatFromExtension } from './detect.ts';
import { checked, readBytes } from './format-readers.ts';
import { readJsonlLine } from './jsonl.reader.ts';
import { byteLines } from './byte-lines.ts';
import { listFiles } from './walk.ts';
import { DEFAULT_MAX_BYTES, failed, type ReadOptions, type ReadResult } from './types.ts';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readJsonlFile(path: string, options: ReadOptions, maxBytes: number): AsyncGenerator<ReadResult> {
  // A binary file renamed .jsonl would otherwise give one error per "line": report it once.
  if (looksBinary(await readHead(path))) {
    yield failed(path, 'input.binary', 'binary data (NUL or control bytes), not JSON Lines');
    return;
  }
  for await (const line of byteLines(createReadStream(path), maxBytes)) {
    const origin = `${path}:${line.number}`;
    if (!line.bytes) {
      yield failed(origin, 'input.too_large', `line is larger than the ${megabytes(maxBytes)} limit`);
      continue;
    }
    if (!line.bytes.toString('latin1').trim()) continue; // blank lines separate nothing in JSONL
    const decoded = decodeBytes(line.bytes);
    if ('error' in decoded) {
      yield { origin, error: decoded.error };
      continue;
    }
    const read = readJsonlLine(decoded.text, origin);
    yield* checked(['error' in read ? { origin, error: read.error } : { origin, document: read }], options);
  }
}

async function* readOneFile(path: string, size: number, options: ReadOptions): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size === 0) {
    yield failed(path, 'input.empty', 'the file is empty (0 bytes)');
    return;
  }
  if (formatFromExtension(path) === 'jsonl') {
    yield* readJsonlFile(path, options, maxBytes);
    return;
  }
  if (size > maxBytes) {
    yield failed(path, 'input.too_large', `the file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit`);
    return;
  }
  yield* readBytes(await readFile(path), { origin: path, path }, options);
}

/** A file, or every file under a folder (recursive, sorted). Failures are yielded, never thrown. */
export async function* readPath(target: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const info = await stat(target).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    const reason = info.code === 'ENOENT' ? 'no such file or folder' : `cannot open it (${info.code ?? info.message})`;
    yield failed(target, 'input.not_found', reason);
    return;
  }
  const files = info.isDirectory() ? await listFiles(target) : [target];
  if (files.length === 0) yield failed(target, 'input.empty', 'the folder holds no files to read');
  for (const path of files) {
    try {
      const size = path === target ? info.size : (await stat(path)).size;
      yield* readOneFile(path, size, options);
    } catch (err) {
      // Vanished or unreadable between the walk and the read: that file fails, the batch goes on.
      yield failed(path, 'input.not_found', `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
}
