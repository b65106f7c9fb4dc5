// Lines of a stream as raw bytes, so each JSONL line is decoded (and fails) on its own, and one
// huge line cannot fill memory: past `maxBytes` its bytes are dropped and it is reported as too large.

export interface ByteLine {
  /** 1-based. */
  number: number;
  /** null when the line was longer than maxBytes. */
  bytes: Buffer | null;
}

export async function* byteLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overflow = false;
  let number = 0;
  const take = (): ByteLine => {
    number++;
    const line = { number, bytes: overflow ? null : Buffer.concat(pending, pendingLength) };
    pending = [];
    pendingLength = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a)) {
      append(buffer.subarray(0, newline));
      yield take();
      buffer = buffer.subarray(newline + 1);
    }
    append(buffer);
  }
  if (pendingLength > 0 || overflow) yield take();

  function append(part: Buffer): void {
    if (overflow || part.length === 0) return;
    if (pendingLength + part.length > maxBytes) {
      overflow = true;
      pending = [];
      pendingLength = 0;
      return;
    }
    pending.push(part);
    pendingLength += part.length;
  }
}
