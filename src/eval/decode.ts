/**
 * Streaming text input for the loaders: sniffs UTF-8 vs GB18030 on the first chunk (one of the
 * public datasets ships a GBK file beside its UTF-8 copy), strips a BOM, and never throws on bad
 * bytes: they decode to U+FFFD and the caller counts the affected rows.
 */
import { createReadStream } from 'node:fs';

export type TextEncodingName = 'utf-8' | 'gb18030';

const SNIFF_BYTES = 64 * 1024;

/** True when `bytes` is valid UTF-8, allowing a sequence cut at the end of the buffer. */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export interface DecodedStream {
  encoding: TextEncodingName;
  chunks: AsyncGenerator<string>;
}

/** Reads a file as text chunks in the sniffed encoding. */
export async function readTextChunks(path: string): Promise<DecodedStream> {
  const stream = createReadStream(path, { highWaterMark: SNIFF_BYTES });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const firstBytes: Buffer = first.done ? Buffer.alloc(0) : first.value;
  const encoding: TextEncodingName = looksLikeUtf8(firstBytes) ? 'utf-8' : 'gb18030';
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  async function* chunks(): AsyncGenerator<string> {
    try {
      if (firstBytes.length > 0) yield decoder.decode(firstBytes, { stream: true });
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        yield decoder.decode(next.value, { stream: true });
      }
      const tail = decoder.decode();
      if (tail) yield tail;
    } finally {
      stream.destroy();
    }
  }
  return { encoding, chunks: chunks() };
}

/** A line longer than this is skipped (reported, not buffered): bounds memory on a bad file. */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

export interface Line {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Set when the line was over MAX_LINE_CHARS; `text` is then empty. */
  tooLong?: true;
}

/** Splits decoded chunks into lines (LF or CRLF), with 1-based line numbers. */
export async function* lines(chunks: AsyncIterable<string>, maxChars = MAX_LINE_CHARS): AsyncGenerator<Line> {
  let buffer = '';
  let line = 0;
  let skipping = false;
  for await (const chunk of chunks) {
    buffer += chunk;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      line++;
      if (skipping) {
        skipping = false;
        yield { line, text: '', tooLong: true };
      } else {
        const text = buffer.slice(0, nl);
        yield { line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
      }
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
    }
    if (buffer.length > maxChars) {
      skipping = true;
      buffer = '';
    }
  }
  if (skipping) yield { line: line + 1, text: '', tooLong: true };
  else if (buffer.length > 0) yield { line: line + 1, text: buffer };
}

export const REPLACEMENT_CHAR = '\uFFFD';
