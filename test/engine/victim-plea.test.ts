/**
 * A victim's own plea ends in a question about what now ("我被冒充客服的骗了两万 怎么办 还能追回来吗"): the
 * question is the recovery's, not the loss's, so the loss stays the emergency reported (110/96110 and 止付 first;
 * newcomer10's probes, session 10: a sentence-wide 吗 silenced it). A question about the loss itself ("钱转过去了吗？")
 * still reports nothing. extract.user-paid `report.question`. All sentences our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const PAID = 'extract.user-paid';
const ids = (r: ReturnType<typeof analyze>): string[] => r.tactics.map((t) => t.id);

describe('a question after the loss, about what now: still the speaker\'s loss', () => {
  const PLEAS = [
    '我被冒充客服的骗了两万 怎么办 还能追回来吗',
    '刚才被假客服骗了一万二 能追回吗',
    '被骗了两万，还能追回来吗',
    '我妈被冒充京东客服的骗了三万，钱还能找回来吗',
    '我按客服说的转了五千，现在联系不上了，这钱还能要回来吗',
    '我把验证码告诉他了，卡里少了八千，咋办啊，能追回吗',
    '刚刚转了两千块保证金给那个理赔专员，还能追回吗？',
    '你知道吗，我被冒充客服的骗了一万',
    '被骗了3万 报警有用吗',
    '我爸按那个客服说的贷了五万转过去了 要不要报警啊 还来得及吗',
    '昨天被冒充快递理赔的骗走了六千多，钱还能追回来吗',
  ];
  for (const text of PLEAS) {
    it(text, () => {
      const r = analyze(text);
      expect(ids(r)).toContain(PAID);
      expect(r.verdict).not.toBe('safe');
      // The first advice is the emergency's: call 110/96110 and the bank's stop-payment.
      expect(r.advice[0]).toMatch(/110|96110/);
    });
  }
});

describe('a question about the loss itself reports nothing', () => {
  const QUESTIONS = [
    '妈，我给你的钱转过去了吗？',
    '钱已经转过去了吗？',
    '你是不是把验证码告诉他了吗',
    '他们说的退款到账了吗',
    '房租你已经交了吗',
    '那个定金你付了吗，付了跟我说一声',
    '学费我转过去了吗？我记不清了',
    '你爸是不是已经把钱汇过去了吗',
    '上次说的那笔货款转了吗',
    '快递费你付过了吗',
  ];
  for (const text of QUESTIONS) {
    it(text, () => {
      expect(ids(analyze(text))).not.toContain(PAID);
    });
  }
});
