/**
 * The statistical detector fused with the rules, through the whole engine as shipped
 * (src/model/signal.ts MODEL_WEIGHT_PARAMS). Sentences written for this test, not in the
 * training corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../src/index.ts';
import { MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS } from '../../src/model/signal.ts';

const rulesOnly = createEngine({ model: false });

describe('model fused with the rules (shipped engine)', () => {
  it('raises a parcel-loss payout call above what the rules alone give (not safe), and says so in the evidence', () => {
    const text = '您好，这里是快递理赔，您的件在运输途中丢失了，我们需要给您办理赔付，请问您现在方便吗';
    const fused = analyze({ channel: 'call', turns: [{ speaker: 'caller', text }] });
    const rules = analyze({ channel: 'call', turns: [{ speaker: 'caller', text }] }, { engine: rulesOnly });
    expect(fused.verdict).not.toBe('safe');
    expect(fused.risk).toBeGreaterThan(rules.risk);
    const model = fused.tactics.find((t) => t.id === MODEL_SIGNAL_ID);
    expect(model?.detail).toMatch(/^model: (0\.[7-9][0-9]|1\.00)$/);
    expect(model?.weight).toBeGreaterThan(0);
    expect(model?.weight).toBeLessThanOrEqual(MODEL_WEIGHT_PARAMS.maxWeight);
  });

  it('adds its weight to a terse card request with a refund promise', () => {
    const input = { channel: 'sms' as const, text: '把卡号发过来，我这边给您退钱' };
    const r = analyze(input);
    expect(r.verdict).not.toBe('safe');
    expect(r.risk).toBeGreaterThan(analyze(input, { engine: rulesOnly }).risk);
    expect(r.tactics.map((t) => t.id)).toContain(MODEL_SIGNAL_ID);
  });

  it('leaves real notices and everyday messages safe', () => {
    for (const text of [
      '【天猫】您的退款23.50元已按原支付方式退回，请留意支付宝账单。',
      '【建设银行】验证码518273，您正在办理快捷支付，切勿告知他人。',
      '【腾讯视频】您的连续包月会员将于12月9日续费25元，可在APP“我的-会员中心”关闭自动续费。',
      '【菜鸟驿站】您的包裹已到站，取件码5-2-3317，请凭码取件。',
      '周末回家吃饭吗？你爸买了条鱼。',
    ]) {
      const r = analyze({ channel: 'sms', text });
      expect(r.verdict, text).toBe('safe');
      expect(r.tactics.map((t) => t.id), text).not.toContain(MODEL_SIGNAL_ID);
    }
  });

  it('never scores the user side of a call, however scam-like the words', () => {
    const r = analyze({ channel: 'call', turns: [{ speaker: 'user', text: '刚才有人说我的包裹丢了要给我理赔，还让我把验证码报给他，这是不是骗子？' }] });
    expect(r.tactics.map((t) => t.id)).not.toContain(MODEL_SIGNAL_ID);
  });
});
