/**
 * One turn schema for `fanzha check` and eval case files (newcomer7): a meeting's turn
 * `{"speaker":"unknown","voice":"发言人1","text":"…"}`, as the README documents it, is read by eval
 * as check reads it (the voice passed on), not rejected line by line.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonlCase } from '../../src/eval/case.ts';
import { parseInput } from '../../src/index.ts';

const MEETING = {
  id: 'meeting-1', label: 'legit', channel: 'call',
  turns: [
    { speaker: 'unknown', voice: '主持人', text: '好，我们开始今天的周会，先说一下上周的售后数据' },
    { speaker: 'unknown', voice: '发言人1', text: '退款率比上个月高了两个点，主要是那批保温杯' },
    { speaker: 'caller', name: '发言人2', text: '我这边建议下周把客服的话术改一下' },
  ],
};

describe('eval case files take the engine\'s turn shape', () => {
  it('a meeting turn with speaker "unknown" and a voice is a case, its voices kept', () => {
    const c = parseJsonlCase(JSON.stringify(MEETING), 'own');
    expect(c.kind).toBe('dialogue');
    expect(c.turns).toEqual([
      { speaker: 'unknown', voice: '主持人', text: MEETING.turns[0]!.text },
      { speaker: 'unknown', voice: '发言人1', text: MEETING.turns[1]!.text },
      { speaker: 'caller', voice: '发言人2', text: MEETING.turns[2]!.text },
    ]);
    // The same line is valid input to `fanzha check` (one schema for both).
    const { id: _id, label: _label, ...input } = MEETING;
    expect(() => parseInput(JSON.stringify({ ...input, turns: MEETING.turns.map(({ name: _n, ...t }) => t) }))).not.toThrow();
  });

  it('a speaker the engine does not know is still a clear error naming the field', () => {
    const bad = { ...MEETING, turns: [{ speaker: 'boss', text: '你好' }] };
    expect(() => parseJsonlCase(JSON.stringify(bad), 'own')).toThrow(/turns\.0\.speaker/);
  });
});
