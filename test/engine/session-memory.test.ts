/**
 * A live session keeps its evidence, never the transcript: a long utterance it quoted from must
 * not stay in memory through the evidence's text (a substring that would keep the whole turn
 * alive). Measured on the heap, with a bound far from both sides: holding the turns would cost
 * more than 40 KB a session here, the evidence alone costs a few KB.
 */
import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSession, type Session } from '../../src/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('memory of a live session', () => {
  it('does not grow with the length of the utterances it quoted from', () => {
    // 20,000 characters of chat around a scam script with long evidence spans and a link.
    const turn = (k: number): string => '今天天气不错我们聊聊家常吧。'.repeat(700)
      + `您好我是淘宝客服${k}，您的订单商品有质量问题，我们给您办理双倍退款，请您下载屏幕共享软件并把收到的验证码告诉我，退款链接 http://taobao.com.refund-${k}.top/claim 打开填写`
      + '今天天气不错我们聊聊家常吧。'.repeat(700);
    const warm = createSession({ lang: 'zh' });
    warm.push({ speaker: 'caller', text: turn(0) });
    warm.state();
    const n = 200;
    const keep: Session[] = [];
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < n; k++) {
      const s = createSession({ lang: 'zh' });
      s.push({ speaker: 'caller', text: turn(k) });
      keep.push(s);
    }
    gc(); gc();
    const perSession = (process.memoryUsage().heapUsed - before) / n;
    const state = keep[n - 1]!.state();
    // The evidence is there (long spans among it), the turns are not.
    expect(state.tactics.some((t) => t.evidence.some((e) => e.text.length >= 13))).toBe(true);
    expect(state.verdict).toBe('scam');
    expect(perSession).toBeLessThan(12_000);
  });
});
