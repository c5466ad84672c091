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

  // `name` without `speaker` (page10): a person's or a seat's label is the turn's voice; a label naming a side is that side.
  const line = (turns: object[]) => JSON.stringify({ id: 'n-1', label: 'legit', channel: 'call', turns });
  it.each([
    ['周行长'], ['小林'], ['王经理'], ['发言人3'], ['赵柜员'], ['主持人'], ['Speaker 2'],
  ])('a name %s with no speaker is a voice, the speaker unknown', (name) => {
    const c = parseJsonlCase(line([{ name, text: '上个月拦下来五笔' }, { name: '甲', text: '好的' }]), 'own');
    expect(c.turns[0]).toEqual({ speaker: 'unknown', voice: name, text: '上个月拦下来五笔' });
  });
  it.each([
    ['客服', 'caller'], ['对方', 'caller'], ['来电', 'caller'], ['骗子', 'caller'], ['Agent', 'caller'],
    ['我', 'user'], ['用户', 'user'], ['客户', 'user'], ['Customer', 'user'], ['me', 'user'],
  ])('a name %s with no speaker is that side (%s), no voice', (name, side) => {
    const c = parseJsonlCase(line([{ name, text: '您好' }, { name: '我', text: '嗯' }]), 'own');
    expect(c.turns[0]).toEqual({ speaker: side, text: '您好' });
  });
  it('a speaker given is kept, its name the voice, whatever the name says', () => {
    const c = parseJsonlCase(line([{ speaker: 'caller', name: '我', text: '我来说两句' }, { speaker: 'user', name: '客服', text: '好' }]), 'own');
    expect(c.turns).toEqual([{ speaker: 'caller', voice: '我', text: '我来说两句' }, { speaker: 'user', voice: '客服', text: '好' }]);
  });
  it('six named people with no speaker are six voices: the engine reads the meeting', async () => {
    const { toInput } = await import('../../src/eval/run.ts');
    const { analyze } = await import('../../src/index.ts');
    const turns = [
      ['周行长', '人都到齐了，今天开个会，复盘一下上个月网点拦下来的几笔转账。'],
      ['小林', '上个月一共识别了五笔疑似涉诈的转账，劝阻成功四笔。'],
      ['王经理', '没拦住那笔是客户被人冒充客服说要退款，让她去贷款转出去的。'],
      ['赵柜员', '我建议以后客户说给家人转账，柜台都请他当面打个电话确认。'],
      ['孙主管', '这个建议好，下周培训加进去，大家辛苦。'],
      ['小陈', '好的，我来整理培训材料。'],
    ].map(([name, text]) => ({ name, text }));
    const c = parseJsonlCase(line(turns), 'own');
    expect(new Set(c.turns.map((t) => t.voice)).size).toBe(6);
    expect(analyze(toInput(c)).verdict).toBe('safe');
  });
});
