/**
 * newcomer8 kind 6: advice of the wrong kind. A romance, a USDT trade, an exam leak, a unit's purchase
 * order and Temu's "3x compensation, add our agent on Telegram" were told "自称亲友、领导、老同学找您要钱…
 * 先打他原来的号码" (no relative or boss in them); an investment platform was told "刷单、做任务返佣金都是
 * 诈骗" first; and a scam verdict listed "an advert" as its first evidence line. Now: the relative/boss
 * advice needs someone claiming to be a person the user knows (adviceNeeds in
 * src/playbook/advice-needs.ts: a claimed relative, friend or boss, or money to a third person's card);
 * a legitimacy frame (an advert's, a sender's own notice) is listed last under a non-safe verdict, never
 * as its first reason (src/pipeline/fold.ts). The first four inputs are the newcomer's. Not done: the
 * investment advice after the order-brushing one (pretext.easy-money names both lures), and the USDT
 * trade paid to "my friend's card" (a third-party payee keeps the relative advice).
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../../src/index.ts';
import { chat, sms, why } from './helpers.ts';

const RELATIVE_ZH = '自称亲友、领导、老同学';
const RELATIVE_EN = 'your relative, friend or boss';

const NO_RELATIVE: { name: string; input: AnalyzeInput }[] = [
  // The newcomer's.
  { name: 'exam leak with a deposit and a group', input: sms('考前押题：公务员考试原题已出，保过班8800元，先付一半定金，考完不过全额退，加我拉你进内部群') },
  { name: 'an army unit\'s purchase order, advance the goods', input: chat('你好，我是XX部队后勤的王干事，我们部队要采购一批你们店的米，量比较大，要先通过我们的合作供应商买一批军用物资，你先垫付一下货款') },
  { name: 'romance turned gambling platform', input: chat('亲爱的，我舅舅在博彩公司内部做数据，这个平台有漏洞，我们一起投一点，我已经赚了二十多万，你先充五万试试，我带你') },
  { name: 'Temu 3x compensation, add the agent on Telegram', input: sms('Dear customer, your Temu order qualifies for a 3x compensation due to a warehouse fire. Kindly add our claims agent on Telegram @temu_claims to receive it.') },
  // Our own.
  { name: 'a prize with a handling fee', input: sms('恭喜您被抽中二等奖iPhone一台，需先支付手续费398元，请转账至6222021234567890128领取') },
  { name: 'a landlord abroad wants a deposit', input: chat('房子还在，我人在外地没法带你看，你先转2000押金到我卡上，我把钥匙寄给你') },
  { name: 'a game account trade off the platform', input: chat('这个号我便宜卖你，别在平台交易了，手续费太高，你直接转我微信') },
  { name: 'a loan that wants a fee first', input: sms('您申请的5万元贷款已审批，需先缴纳保证金2000元解冻放款，请转账至指定账户') },
  { name: 'an online sweetheart needs money for customs', input: chat('宝贝，我寄给你的礼物被海关扣了，要交5000元关税才能放行，你先帮我交一下') },
  { name: 'English: a job that needs a starter fee', input: sms('Congratulations, you are hired as a remote assistant. Pay the $150 training fee by Zelle to start tomorrow.') },
];

const RELATIVE: { name: string; input: AnalyzeInput }[] = [
  { name: 'a son on a new number needs money', input: sms('爸，我换号了，这是我新号码，我在外面出了点事急需用钱，先转我两万，别告诉妈') },
  { name: 'the boss on a new WeChat asks a transfer', input: chat('我是你们王总，这是我新微信，现在有个急事，你先转五万到这个账户，回头给你报销') },
  { name: 'an old classmate urgently borrows', input: chat('老同学，我是李明啊，手机丢了换了号，家里老人住院急需用钱，能不能先借我一万') },
  { name: 'English: mum on a new number', input: sms('Hi Mum, this is my new number, my phone broke. Can you send me $600 for rent today? I will pay you back.') },
];

describe('newcomer8 kind 6: the relative/boss advice only when someone claims to be one', () => {
  for (const c of NO_RELATIVE) {
    it(c.name, () => {
      const r = analyze(c.input);
      expect(r.verdict, why(r)).not.toBe('safe');
      expect(r.advice.join('\n'), why(r)).not.toContain(RELATIVE_ZH);
      expect(r.advice.join('\n'), why(r)).not.toContain(RELATIVE_EN);
      expect(r.advice.length, why(r)).toBeGreaterThan(0);
    });
  }
  for (const c of RELATIVE) {
    it(`still given: ${c.name}`, () => {
      const r = analyze(c.input);
      expect(r.verdict, why(r)).not.toBe('safe');
      expect(r.advice.join('\n'), why(r)).toMatch(new RegExp(`${RELATIVE_ZH}|${RELATIVE_EN}`));
    });
  }
});

const WEALTH_APP = '我们这个理财平台是央行备案的，年化收益30%，保本保息，今天入金满10万再送3000，老师给你开个VIP账户';

describe('newcomer8 kind 6: an advert frame is never shown as a warning\'s evidence', () => {
  it('the wealth app\'s scam does not open its evidence with the advert frame', () => {
    const r = analyze(chat(WEALTH_APP));
    expect(r.verdict, why(r)).not.toBe('safe');
    const ids = r.tactics.map((t) => t.id);
    expect(ids[0], why(r)).not.toBe('contact.advert');
    // Listed last, if at all: the frame is no reason for the warning.
    if (ids.includes('contact.advert')) expect(ids[ids.length - 1], why(r)).toBe('contact.advert');
  });
  it('a real shop advert still carries its frame when safe', () => {
    const r = analyze(sms('新店开业，全场8折，加店长微信 mr8899 预约，名额有限'));
    expect(r.verdict, why(r)).toBe('safe');
    expect(r.tactics.map((t) => t.id), why(r)).toContain('contact.advert');
  });
});

