/**
 * fa12 kind 1 (session 12): a citizen telling of their OWN ordinary payment — rent to the landlord, the phone bill, a
 * child's fees, pocket money — settled ("对方说收到了") or merely slow ("怎么还没到账"), is no loss: extract.user-paid read
 * it `scam` 70 (a completed payment near 对方 / 没到账). The mechanism is the tactic's `ordinary` (src/playbook/schema.ts,
 * ORDINARY_ERRANDS / STRANGER_OR_LOSS in src/playbook/zh/tactics/extract.user-paid.ts): a household bill, a known payee
 * or a receipt acknowledged guards the sentence unless a stranger or a loss is named in the turn. Both ways: the same errand
 * beside a stranger, a link, a second demand or a payee gone silent is still the emergency. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const paid = (text: string) => analyze(text).tactics.some((t) => t.id === 'extract.user-paid');

describe('one\'s own ordinary payment, settled or slow, is no loss', () => {
  const errands = [
    '我刚给房东转了房租，对方说收到了',
    '我刚交了话费，怎么还没到账，怎么办',
    '刚把这个月的物业费转给物业了，对方说收到了',
    '我已经交了孩子的学费，老师说收到了',
    '我刚付了电费，怎么余额还没变，要等多久',
    '上午给儿子转了生活费，他说收到了',
    '我刚交了宽带费，对方说明天上门装',
    '水电费我刚转了，对方说收到了，你别再交了',
    '我刚在营业厅交了话费，怎么还没到账',
    '刚还了信用卡，怎么额度还没恢复，怎么办',
    '我刚给装修师傅转了尾款，对方说已经收到了',
    '我已经转了五千给供应商，对方说收到了',
    '燃气费我昨天交了，怎么还显示欠费，是不是还没到账',
  ];
  for (const text of errands) {
    it(`not a loss: ${text}`, () => {
      const r = analyze(text);
      expect(r.tactics.map((t) => t.id)).not.toContain('extract.user-paid');
      expect(r.verdict).not.toBe('scam');
    });
  }
});

describe('the same errand beside a stranger, a link or a loss is still the emergency', () => {
  const losses = [
    '转了8000给客服，现在联系不上',
    '我给房东转了三个月房租，现在房东把我拉黑了',
    '我在一个低价充话费的网站交了300，一直没到账，怎么办',
    '我刚交了五百保证金，对方说收到了，还要我再交解冻费',
    '我刚转了两千给对方，对方说收到了，让我再转三千才能退款',
    '我已经把钱转过去了，一共五千，对方说是京东客服',
    '我付了两千块手续费，对方说退款马上到账，到现在也没到账',
    '我扫了他发的码交了话费，结果卡里少了两千',
    '我给房东转了押金，对方一直不回消息',
    '我刚交了物业费，转到他给的账户，现在物业说没收到',
    '刚给孩子交了学费，后来发现那个老师是冒充的，现在联系不上',
  ];
  for (const text of losses) {
    it(`still the emergency: ${text}`, () => {
      expect(paid(text)).toBe(true);
      expect(analyze(text).verdict).toBe('scam');
    });
  }
});
