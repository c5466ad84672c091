/**
 * False alarms on real legitimate SMS (issue 8 §4: ≤ 0.5 % of real normal SMS flagged, 0 `scam`), by
 * KIND, judged by the margin of the dev real SMS and by our own legitimate SMS (data/corpus/gen-legit-
 * sms2-zh.jsonl), never by the dev count alone:
 *  - a price or fee QUOTED (extract.fee-quoted, weight 0) is what every advert says: in ONE message it is
 *    never the ask that decides (session 9; until then it was one inside a story) (src/score/score.ts
 *    singleMessageMayBeScam);
 *  - a sender's promotion of its own link, app or group keeps below `suspicious` also when it says
 *    "名额有限" (a word of the playbooks' `promotion` rule).
 * Each kind's scam side stays: the same words inside a story or with a real request.
 */
import { describe, expect, it } from 'vitest';
import { singleMessage } from '../../../src/playbook/single-message.ts';
import { promotion } from '../../../src/playbook/promotion.ts';
import { promotionReading, singleMessageMayBeScam, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook } from '../../../src/playbook/zh/index.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';
import type { Stage } from '../../../src/types.ts';

const stageOf = (id: string): Stage => (id.startsWith('extract.') ? 'extraction' : id.split('.')[0]) as Stage;
const f = (id: string, weight = 20): FiredTactic => ({ id, stage: stageOf(id), weight });
const may = (...fired: FiredTactic[]) => singleMessageMayBeScam(fired, singleMessage);

describe('a quoted price is an ask only inside a story (one message)', () => {
  it('a quoted fee with a move or an offer alone: an advert, at most suspicious', () => {
    expect(may(f('extract.fee-quoted', 0), f('shift.group'))).toBe(false);
    expect(may(f('extract.fee-quoted', 0), f('shift.app-download'), f('contact.model', 30))).toBe(false);
    expect(may(f('extract.fee-quoted', 0), f('pretext.account-trade', 10))).toBe(false);
    expect(may(f('extract.fee-quoted', 0), f('shift.sent-link', 0), f('extract.money-request', 0))).toBe(false);
  });
  it('a quoted fee is no ask even inside a story; a real request with a move may be scam', () => {
    // Session 9: a price named is an ordinary request, inside a story too (a courier's 保价费, a court's 诉讼费).
    expect(may(f('extract.fee-quoted', 0), f('pretext.parcel-damaged', 15))).toBe(false);
    expect(may(f('extract.fee-quoted', 0), f('contact.impersonation', 10), f('shift.group'))).toBe(false);
    expect(may(f('extract.transfer', 45), f('shift.group'))).toBe(true);
    expect(may(f('extract.upfront-fee', 40))).toBe(true);
  });
});

describe('a sender promoting its own link, app or group, with an advert\'s urgency', () => {
  const rule = promotion;
  const os = f('contact.official-sender', 0);
  it('own moves with 名额有限 under the frame: a promotion', () => {
    expect(promotionReading([os, f('shift.link'), f('shift.app-download'), f('cover.urgency', 15)], rule)).not.toBeNull();
  });
  it('urgency alone is an advert\'s word (it weighs half); a story or a request breaks the frame', () => {
    expect(promotionReading([os, f('cover.urgency', 15)], rule)?.words).toEqual(new Set(['cover.urgency']));
    expect(promotionReading([os, f('shift.link'), f('cover.urgency', 15), f('pretext.account-frozen')], rule)).toBeNull();
    expect(promotionReading([os, f('shift.link'), f('extract.verification-code', 45)], rule)).toBeNull();
    expect(promotionReading([f('shift.link'), f('shift.app-download'), f('cover.urgency', 15)], rule)).toBeNull();
  });
});

// Our own writing (the registers of gen-legit-sms2-zh, new sentences): must not be flagged / called scam.
const legit: FaultCase[] = [
  { name: 'carrier: own app and link, limited places', expect: 'safe', input: sms('尊敬的用户，中国移动年终福利：下载中国移动APP，点击链接 https://dx.10086.cn/a 签到领流量，名额有限，先到先得，退订回TD') },
  { name: 'shop: own members group, limited places', expect: 'safe', input: sms('尊敬的会员，本店周年庆，进店铺粉丝群每晚8点秒杀，点击 https://shop.example.com 进店，名额有限，回T退订') },
  { name: 'game account trade advert with its price and group', expect: 'at-most-suspicious', input: sms('专业游戏账号交易，只需支付一定的定金即可绑定账号，添加微信了解详情') },
  { name: 'driving school: price and WeChat', expect: 'at-most-suspicious', input: sms('新春报名学车，学费3880元全包，可分期，添加教练微信xxxxxx预约试学') },
];
// A court's or police station's own notice about YOUR civil case or YOUR report, with its landline or
// an in-person visit: no accusation, at most a story the office tells about itself (issue 8 §4 brief: "a
// court's notice with its phone number").
const offices: FaultCase[] = [
  { name: 'court: civil case filed, call the judge\'s landline', expect: 'safe', input: sms('【XX区人民法院】您的民间借贷纠纷一案已立案受理，请于七日内联系承办法官，电话0571-87650000。') },
  { name: 'court: hearing date, the clerk\'s line', expect: 'safe', input: sms('【XX市中级人民法院】您的上诉案件将于1月8日开庭审理，请准时到庭，如有疑问请致电书记员0571-88880000。') },
  { name: 'police: your own theft report filed', expect: 'safe', input: sms('【XX派出所】您报案的自行车被盗一案已立案，如有新线索请联系办案民警，电话0571-86000000。') },
  { name: 'medical insurance office: come in person with your card', expect: 'at-most-suspicious', input: sms('【XX医保局】您的医保账户有一笔结算需核对，请本人携带医保卡到医保服务大厅办理，咨询电话0571-12340000。') },
];
// Money that already reached YOU, told by the bank, the carrier, the ride app, the courier or the lender:
// a completed movement is no transfer or loan asked (each read 30 before, a request of 45). Not done: a payout
// announced to your account ("赔付款150元将打到您的京东账户余额") still reads 付款 inside 赔付款 as a payment
// asked (scam 85); a sentence-wide exception would also drop "理赔款会打到您的银行卡，请先转账…" (see below).
const received: FaultCase[] = [
  { name: 'carrier: top-up arrived, balance', expect: 'safe', input: sms('【中国联通】您的话费充值50元已到账，当前余额63.20元，感谢使用。') },
  { name: 'ride app: prepaid fare refunded', expect: 'safe', input: sms('【滴滴出行】订单已取消，预付的车费18元已原路退回，1-3个工作日到账。') },
  { name: 'lender: responsible-lending line', expect: 'safe', input: sms('【京东金融】您的金条额度已更新，借款前请确认还款能力，理性借贷。') },
  { name: 'shop: show the code you received at the counter', expect: 'safe', input: sms('本店周年庆，到店凭手机收到的验证码可享受满200减30优惠，回T退订') },
];
// The same kinds that must still be caught.
const scams: FaultCase[] = [
  { name: 'fee after a deposit "arrived"', expect: 'not-safe', input: sms('【XX加盟】您的加盟意向金已到账，因资料不全需补缴审核费1200元，否则不予退还，详询19800001111') },
  // Money asked beside a payout story reads `suspicious` in one message (session 9: a payout notice is read as
  // money asked, "理赔款直接打到您的支付宝账户"); "先…充值…验证" before a payout is the standalone fee's words,
  // which extract.platform-topup / extract.upfront-fee do not read here yet.
  { name: 'top-up to verify before the payout to your card', expect: 'not-safe', input: sms('您好，理赔款需要您先在平台钱包充值300元验证，验证后全部打到您的银行卡') },
  { name: 'the code told to the "shop" for the discount', expect: 'not-safe', input: sms('您好，我是店铺客服，您的优惠券需要验证，请把手机收到的验证码发给我') },
  { name: 'borrow to prove repayment ability', expect: 'not-safe', input: sms('打开微粒贷，先借一笔五千，证明您的还款能力') },
  { name: 'payout to your card, transfer first', expect: 'not-safe', input: sms('理赔款会打到您的银行卡，请先转账500元到指定账户验证') },
  { name: 'refund to your account, fee first', expect: 'not-safe', input: sms('退款会打到您的账户，需要您先支付10元手续费') },
  { name: 'fake police: you are a suspect, call the officer', expect: 'not-safe', input: sms('【XX公安】您名下银行卡涉嫌洗钱，已被立案调查，请立即联系办案民警 0571-86001234 配合调查') },
  { name: 'refund story + fee + group', expect: 'scam', input: sms('您好，我是淘宝客服，您的快递丢失了，理赔需要先交10元手续费，请加理赔专员QQ 123456办理') },
  { name: 'fee to unlock + link', expect: 'not-safe', input: sms('您的提现申请因账户异常被冻结，需缴纳解冻费300元，请点击 http://tx-jd.top 处理') },
];

describe('a promotion\'s own link, app or group is no move: it reads as its advert words only', () => {
  it('an operator\'s own app and link under its frame: risk 0, not just under the threshold', () => {
    const r = runCase({ name: 'own app + link', expect: 'safe', input: sms('尊敬的用户，下载掌厅客户端，点击链接领流量，退订回TD') });
    expect(r.risk).toBeLessThan(zhPlaybook.thresholds.watch);
  });
  it('with 名额有限 it is the urgency\'s weight, still below suspicious', () => {
    const r = runCase({ name: 'own group + urgency', expect: 'safe', input: sms('尊敬的会员，加入本店会员群每周抢券，名额有限，回T退订') });
    expect(r.risk).toBeLessThan(zhPlaybook.thresholds.suspicious);
  });
  it('the same moves without the frame still count (the task scam\'s funnel)', () => {
    const r = runCase({ name: 'no frame', expect: 'not-safe', input: sms('点击链接下载APP，加入QQ群领取任务') });
    expect(r.risk).toBeGreaterThanOrEqual(zhPlaybook.thresholds.suspicious);
  });
});

describe('legitimate SMS of these kinds (our own writing)', () => {
  for (const c of legit) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
describe('an office\'s own notice with its landline or an in-person visit', () => {
  for (const c of offices) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
describe('money that already reached you is no request', () => {
  for (const c of received) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
describe('the scam side of the same kinds stays caught', () => {
  for (const c of scams) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
