/**
 * Lines of a byte stream, each bounded: a line longer than `maxBytes` is not buffered past the
 * limit; its first `maxBytes` bytes are yielded with `over: true` and the rest is skipped up to the
 * next newline. Invalid UTF-8 becomes U+FFFD (the event is then rejected by its schema, not lost silently).
 */
export interface Line { text: string; over: boolean }

export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const emit = (): Line => {
    const text = decoder.decode(Buffer.concat(parts)).replace(/\r$/, '');
    const line = { text, over };
    parts = []; size = 0; over = false;
    return line;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl < 0 ? buf.length : nl;
      if (!over) {
        const room = maxBytes - size;
        const piece = buf.subarray(start, Math.min(end, start + Math.max(0, room)));
        parts.push(piece);
        size += piece.length;
        if (end - start > room) over = true;
      }
      if (nl < 0) break;
      yield emit();
      start = nl + 1;
    }
  }
  if (size > 0 || over) yield emit();
}
