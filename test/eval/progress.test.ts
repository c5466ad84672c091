import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/eval/progress.ts';

describe('progress line', () => {
  it('draws on a terminal and clears itself when done', () => {
    const writes: string[] = [];
    const p = new Progress({ isTTY: true, write: (s: string) => writes.push(s) });
    p.update('teleantifraud-matrix', 5, 10);
    p.done();
    expect(writes[0]).toMatch(/teleantifraud-matrix \[#+\.+\] 5\/10/);
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('stays silent when stderr is not a terminal (pipes, CI logs)', () => {
    const writes: string[] = [];
    const p = new Progress({ write: (s: string) => writes.push(s) });
    p.update('x', 1);
    p.done();
    expect(writes).toEqual([]);
  });
});
