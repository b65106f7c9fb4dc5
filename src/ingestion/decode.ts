// Bytes to text, or a clear reason why not. UTF-8 is the norm; windows-1252 (a superset of
// latin-1 in practice) is accepted only when the bytes look like Western European text, because
// decoding arbitrary bytes as 1252 always "succeeds" and would turn garbage into plausible text.
import { ingestError, type IngestError } from './types.ts';

/** How much of the start of a file the binary check looks at. */
export const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a sample is binary, not text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.05;
/** Bytes 0x80..0x9F that windows-1252 leaves undefined: their presence rules it out. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Western European prose is mostly ASCII; a high share of high bytes means another script. */
const MAX_HIGH_SHARE_1252 = 0.2;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * windows-1252 characters for bytes 0x80..0x9F (0 = undefined). Written out because Node 20's
 * TextDecoder('windows-1252') decodes these bytes as latin-1 control characters (seen: 0x93 -> U+0093).
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  bytes.forEach((byte, i) => {
    units[i] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] || byte : byte;
  });
  return Buffer.from(units.buffer).toString('utf16le');
}

function isControl(byte: number): boolean {
  return byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f;
}

/** NUL bytes, or too many control bytes, in the sample: a file we must not read as text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControl(byte)) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) {
    if (UNDEFINED_1252.has(byte)) return false;
    if (byte >= 0x80) high++;
  }
  return high > 0 && high / bytes.length <= MAX_HIGH_SHARE_1252;
}

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes a whole input (file, stdin, one JSONL line). Whitespace-only input is `input.empty`. */
export function decodeBytes(bytes: Uint8Array): Decoded | { error: IngestError } {
  // UTF-16 is full of NUL bytes by design, so its BOM is checked before the binary test.
  const utf16 = hasUtf16Bom(bytes);
  let decoded: Decoded;
  if (utf16) {
    try {
      decoded = { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return { error: ingestError('input.encoding', `starts with a ${utf16} byte-order mark but is not valid ${utf16}`) };
    }
  } else if (looksBinary(bytes)) {
    return { error: ingestError('input.binary', 'binary data (NUL or control bytes), not text') };
  } else {
    try {
      decoded = { text: utf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      if (!looksLikeWindows1252(bytes)) {
        return { error: ingestError('input.encoding', 'not valid UTF-8, and does not look like latin-1/windows-1252 text') };
      }
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: ingestError('input.empty', 'no text (empty or only whitespace)') };
  return { ...decoded, text };
}
