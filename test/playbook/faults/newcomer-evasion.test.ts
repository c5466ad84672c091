/**
 * A newcomer's fresh text (fix-detect): the spacing trick with Latin letters ("加 V 信", "v x", "w x").
 * The normaliser (src/normalise/normalise.ts) joins a lone Latin letter spaced out among Chinese
 * characters, so the playbook's evasion spellings (v信, vx, wx → 微信) meet; the spaced text must read
 * exactly like its plain spelling.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { why } from './helpers.ts';

const SAME_AS: Array<{ name: string; spaced: string; plain: string; tactic?: string }> = [
  { name: 'newcomer: JD notice spaced out, V 信', tactic: 'shift.group',
    spaced: '京 东 客 服 提 醒：您 的 订 单 异 常 需 退 款，请 加 V 信：jd8866kf 办 理，过 期 作 废',
    plain: '京东客服提醒：您的订单异常需退款，请加微信：jd8866kf办理，过期作废' },
  { name: 'v x after a refund', tactic: 'shift.group',
    spaced: '退 款 请 加 v x：tb8899 办 理', plain: '退款请加微信：tb8899办理' },
  { name: 'w x after a damaged parcel', tactic: 'shift.group',
    spaced: '您的快递破损了，请 加 w x：kd2233 处理理赔', plain: '您的快递破损了，请加微信：kd2233处理理赔' },
  { name: 'V 信 and a code request', tactic: 'extract.verification-code',
    spaced: '加 我 V 信，把 验 证 码 发 给 我，给 您 退 款', plain: '加我微信，把验证码发给我，给您退款' },
  { name: 'upper-case W X', tactic: 'shift.group',
    spaced: '理 赔 请 加 W X 号 lp5566', plain: '理赔请加微信号lp5566' },
  { name: 'hard negative: a friend\'s plain chat with a letter', spaced: '选 A 还 是 选 B 都 行', plain: '选A还是选B都行' },
  { name: 'hard negative: English with single letters', spaced: 'Plan a b or c, add me', plain: 'Plan a b or c, add me' },
];

describe('spacing trick with Latin letters (fix-detect)', () => {
  for (const c of SAME_AS) {
    it(`${c.name}: reads like the plain spelling`, () => {
      const spaced = analyze(c.spaced);
      const plain = analyze(c.plain);
      expect(spaced.verdict, why(spaced)).toBe(plain.verdict);
      expect(spaced.tactics.map((t) => t.id).sort(), why(spaced)).toEqual(plain.tactics.map((t) => t.id).sort());
      if (c.tactic) expect(spaced.tactics.map((t) => t.id), why(spaced)).toContain(c.tactic);
      else expect(spaced.verdict, why(spaced)).toBe('safe');
    });
  }
});
