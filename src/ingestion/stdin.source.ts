// `-`: the whole of standard input is one input. It cannot be stat'ed, so reading stops as soon
// as it passes the size limit instead of buffering everything first.
import { readBytes } from './format-readers.ts';
import { DEFAULT_MAX_BYTES, failed, type ReadOptions, type ReadResult } from './types.ts';

export const STDIN_ORIGIN = 'stdin';

export async function* readStdin(options: ReadOptions): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) {
      yield failed(STDIN_ORIGIN, 'input.too_large', `standard input is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit`);
      return;
    }
    chunks.push(buffer);
  }
  if (length === 0) {
    yield failed(STDIN_ORIGIN, 'input.empty', 'standard input is empty');
    return;
  }
  yield* readBytes(Buffer.concat(chunks, length), { origin: STDIN_ORIGIN, path: null }, options);
}
