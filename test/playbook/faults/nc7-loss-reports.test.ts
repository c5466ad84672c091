/**
 * newcomer7 kind 1: a victim reporting a loss in PASSIVE or RESULT words ("支付宝里的2万块被转走了",
 * "银行发短信说扣了15000", "卡里少了3万8") after doing what a stranger said read safe 0 with no 110. The
 * class (extract.user-paid: LOSS_RESULT × AT_THEIR_WORD): money or a balance taken, deducted, short or
 * gone, or the bank's SMS saying so, within one stretch of a stranger's instruction, call or
 * screen share, is a report of a loss: `scam`-level, and the first advice is 110/96110 and the bank's
 * 止付 with what to have ready. 冒充 in a victim's account ("有人冒充快递客服…") is their story, not a
 * warning. Hard negatives: one's own bank debit notice, a carrier's charge, a shop's fee, a deduction
 * with no stranger behind it. The first three inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, violatesWarningRule } from '../../../src/index.ts';
import { runCase, sms, chat, why, type FaultCase } from './helpers.ts';

const LOSSES = [
  // The newcomer's.
  '有人冒充快递客服，我按他说的操作，支付宝里的2万块被转走了',
  '我爸刚才接了个电话说是抖音客服要给他关什么会员，弄完以后银行发短信说扣了15000，这是怎么回事',
  '我昨天接到一个说是淘宝客服的电话，说我买的面霜有问题要赔我钱，让我下了个APP还开了屏幕共享，后来我的卡里少了3万8，现在怎么办啊',
  // Siblings: passive (被划走, 被转出, 被刷, 被盗刷), result (余额只剩, 全没了, 变成0), the bank's SMS (扣款短信, 显示转出).
  '我妈按那个客服说的弄了半天，结果银行卡里的钱被划走了4万',
  '他让我下了个会议软件，第二天一看余额只剩几十块了',
  '对方自称京东金融的，跟着他操作完，微信零钱全没了',
  '刚才点了他发的链接填了信息，马上收到扣款短信，扣了9800',
  '按照对方说的关闭什么百万保障，结果卡里被转出了两万',
  '我爷爷接了个电话说医保卡要年审，弄完以后存折上的钱少了一万二',
  '开了屏幕共享以后，支付宝余额变成0了',
  '那个理赔专员让我操作了几步，我的花呗被刷了五千',
  '按他的要求输了验证码，之后信用卡被盗刷了三笔',
  '有人冒充抖音客服让我关会员，后来银行短信显示转出18000元',
  '他们让我扫了个码，工资卡里的钱都没了',
];

const NOT_LOSSES: FaultCase[] = [
  { name: 'a carrier\'s charge, its own hotline asked', expect: 'safe', input: chat('这个月话费又扣了50，打移动客服说是开了个流量包') },
  { name: 'a shop\'s fee kept from a refund', expect: 'safe', input: chat('退款被扣了10块手续费，商家说是平台规定') },
  { name: 'one\'s own bank debit notice', expect: 'safe', input: sms('【工商银行】您尾号1234的卡11月30日支出500元，余额2000元') },
  { name: 'a property fee debited by the estate\'s rule', expect: 'safe', input: chat('物业费按小区规定从卡里扣了1200，收据在群里') },
  { name: 'marks lost, not money', expect: 'safe', input: chat('我按老师说的把作业做完了，扣了两分') },
  { name: 'a toll debited', expect: 'safe', input: chat('ETC扣了35块过路费，这个月跑了好几趟') },
  { name: 'a mortgage debit leaves little', expect: 'safe', input: chat('房贷每月自动从工资卡扣了，余额只剩三千多') },
  { name: 'followed advice, nothing lost', expect: 'safe', input: chat('按他说的去营业厅办了携号转网，话费没扣钱') },
  { name: 'a wallet\'s own transfer-out receipt', expect: 'safe', input: sms('【支付宝】您的余额宝转出至银行卡1000元已到账') },
  { name: 'an annual card fee, waived by the bank', expect: 'safe', input: chat('信用卡年费被扣了，我打电话给银行申请减免了') },
  { name: 'a parcel short one item', expect: 'safe', input: chat('快递少了一件，客服说明天补发') },
  { name: 'a warning that quotes the loss', expect: 'at-most-suspicious', input: sms('警方提醒：不要按陌生人说的开屏幕共享，否则卡里的钱会被转走') },
];

describe('a loss reported in passive or result words (newcomer7 kind 1)', () => {
  for (const text of LOSSES) {
    it(`scam-level, 110/96110 and 止付 first: ${text}`, () => {
      const r = analyze(chat(text));
      expect(r.tactics.map((t) => t.id), why(r)).toContain('extract.user-paid');
      expect(r.verdict, why(r)).toBe('scam');
      const first = r.advice[0] ?? '';
      for (const w of ['110', '96110', '止付', '时间', '金额', '收款账户']) expect(first, first).toContain(w);
      for (const a of r.advice) expect(violatesWarningRule(a), a).toBeNull();
    });
  }
  for (const c of NOT_LOSSES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
