/**
 * The playbooks' ONE rule for a seller's own promotion (src/playbook/promotion.ts, read by
 * src/score/score.ts `promotionReading` for the score and, through the engine, for the text model's
 * floor): in ONE message that carries a seller's marks (its salutation or opt-out; a sale, an opening,
 * its shop) and nothing but its own channels and an advert's words, its channels weigh nothing, its
 * words weigh half and no composite applies. A request, a story, an unasked gift, a price too good to
 * be true, a promised call-back, a funnel of channels or the text model's sure word break it. Unit cases
 * on the score, the rule's own examples through the whole engine, and cases of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { score, promotionReading, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook as zhDef } from '../../../src/playbook/zh/index.ts';
import { enPlaybook as enDef } from '../../../src/playbook/en/index.ts';
import { PlaybookSchema } from '../../../src/playbook/schema.ts';
import { analyze } from '../../../src/index.ts';
import { runCase, sms, why, type FaultCase } from './helpers.ts';
import type { Stage } from '../../../src/types.ts';

const stageOf = (id: string): Stage => (id.startsWith('extract.') ? 'extraction' : id.split('.')[0]) as Stage;
const f = (id: string, weight: number): FiredTactic => ({ id, stage: stageOf(id), weight });
const zhPlaybook = PlaybookSchema.parse(zhDef);
const enPlaybook = PlaybookSchema.parse(enDef);
const rule = zhPlaybook.promotion!;
const frame = f('contact.advert', 0);
const sender = f('contact.official-sender', 0);
const one = { channel: 'sms' as const, turns: 1 };
const risk = (fired: FiredTactic[], ctx: Parameters<typeof score>[3] = one) => score(fired, zhPlaybook, 'zh', ctx).risk;

describe('the promotion reading (score)', () => {
  it('its own channel weighs nothing and an advert\'s words weigh half under the frame', () => {
    const words = [f('shift.group', 20), f('cover.urgency', 15)];
    expect(risk(words)).toBe(35);
    expect(risk([frame, ...words])).toBe(8);
    expect(risk([sender, ...words])).toBe(8);
  });
  it('no composite applies to a promotion: a unit\'s selling words and its link', () => {
    const words = [f('pretext.guaranteed-return', 20), f('shift.link', 20)];
    expect(risk(words)).toBeGreaterThanOrEqual(zhPlaybook.thresholds.suspicious); // guaranteed-return-plus-move
    const s = score([frame, ...words], zhPlaybook, 'zh', one);
    expect(s.risk).toBe(10);
    expect(s.composites).toEqual([]);
  });
  it('a request, a story, an unasked gift, a price too good or a call-back break it: everything counts', () => {
    for (const other of [f('extract.verification-code', 45), f('contact.impersonation', 10), f('pretext.quality-refund', 20), f('contact.unsolicited-offer', 5), f('pretext.bargain-goods', 15), f('pretext.easy-money', 15), f('extract.personal-info', 15), f('contact.promised-callback', 0)]) {
      expect(promotionReading([frame, f('shift.group', 20), other], rule), other.id).toBeNull();
    }
  });
  it('money offered beside a private chat is the fake lender\'s or the investment group\'s opening, not an advert', () => {
    expect(promotionReading([frame, f('pretext.easy-loan-promise', 15), f('shift.group', 20)], rule)).toBeNull();
    expect(promotionReading([frame, f('pretext.guaranteed-return', 20), f('shift.private-contact', 25)], rule)).toBeNull();
    expect(promotionReading([frame, f('pretext.easy-loan-promise', 15), f('shift.app-download', 20)], rule)).not.toBeNull();
    expect(promotionReading([frame, f('pretext.guaranteed-return', 20)], rule)).not.toBeNull();
  });
  it('who claims to write breaks it even at weight 0: a claimed desk keeps its composite', () => {
    expect(promotionReading([frame, f('contact.claimed-desk', 0), f('shift.app-download', 20)], rule)).toBeNull();
    expect(promotionReading([frame, f('contact.claimed-staff', 0), f('shift.group', 20)], rule)).toBeNull();
  });
  it('a shop names one channel of its own, a sender to its own customers two; three are a funnel', () => {
    expect(promotionReading([frame, f('shift.group', 20), f('shift.app-download', 20)], rule)).toBeNull();
    expect(promotionReading([frame, f('shift.group', 20), f('cover.urgency', 15)], rule)).not.toBeNull();
    expect(promotionReading([sender, f('shift.link', 20), f('shift.app-download', 20)], rule)).not.toBeNull();
    expect(promotionReading([sender, frame, f('shift.link', 20), f('shift.app-download', 20)], rule)).not.toBeNull();
    expect(promotionReading([sender, f('shift.link', 20), f('shift.app-download', 20), f('shift.group', 20)], rule)).toBeNull();
  });
  it('the text model\'s positive word breaks it (it speaks on a promotion only from its later floor); its discount does not', () => {
    expect(promotionReading([frame, f('shift.group', 20), f('contact.model', 20)], rule)).toBeNull();
    expect(risk([frame, f('shift.group', 20), f('contact.model', 20)])).toBe(40);
    expect(promotionReading([frame, f('shift.group', 20), f('contact.model', -15)], rule)).not.toBeNull();
  });
  it('only one message is a promotion: a conversation counts in full', () => {
    expect(risk([frame, f('shift.group', 20), f('cover.urgency', 15)], { channel: 'call', turns: 3 })).toBe(35);
    expect(risk([frame, f('shift.group', 20), f('cover.urgency', 15)], { channel: 'chat', turns: 2 })).toBe(35);
  });
  it('without a frame nothing changes, and both playbooks name the same rule', () => {
    expect(promotionReading([f('shift.group', 20)], rule)).toBeNull();
    expect(enPlaybook.promotion).toEqual(zhPlaybook.promotion);
  });
});

describe('the rule\'s own examples, through the whole engine', () => {
  for (const text of rule.examples.promotion) {
    it(`a promotion, safe: ${text.slice(0, 28)}`, () => {
      const r = analyze({ channel: 'sms', text });
      expect(promotionReading(r.tactics, rule), why(r)).not.toBeNull();
      expect(r.verdict, why(r)).toBe('safe');
    });
  }
  for (const text of rule.examples.notPromotion) {
    it(`not a promotion: ${text.slice(0, 28)}`, () => {
      const r = analyze({ channel: 'sms', text });
      expect(r.tactics.some((t) => Object.hasOwn(rule.frames, t.id)), why(r)).toBe(true);
      expect(promotionReading(r.tactics, rule), why(r)).toBeNull();
    });
  }
});

// Our own writing (not from any dataset), in the registers of the dev real SMS that reached 20–45.
const adverts: FaultCase[] = [
  { name: 'a salon opening with the manager\'s WeChat and its urgency', input: sms('新店开业，全场8折，加店长微信 mr8899 预约，名额有限'), expect: 'safe', tactics: ['contact.advert'] },
  { name: 'a car wash\'s member day', input: sms('会员日特惠：本店洗车卡充值享8折，详情到店咨询，名额有限先到先得'), expect: 'safe', tactics: ['contact.advert'] },
  { name: 'a shop\'s sale with its own link', input: sms('亲，本店年货节促销，满199减30，点击 http://t.cn/A6x 进店选购，退订回T'), expect: 'safe', tactics: ['contact.advert'] },
  { name: 'a furniture store\'s sale and the salesman\'s WeChat', input: sms('家具城周年庆，全场满1万减2千，到店即送抱枕，导购微信 jj2024 可提前预约'), expect: 'safe', tactics: ['contact.advert'] },
  { name: 'a gym\'s opening with its app', input: sms('健身房新店开业，年卡特价1688元，下载悦动APP预约参观，名额有限'), expect: 'safe', tactics: ['contact.advert'] },
];

const stayCaught: FaultCase[] = [
  { name: 'a refund story in sale words', input: sms('新店开业优惠，您在本店购买的商品有质量问题，加客服微信 tk8899 办理退款'), expect: 'not-safe' },
  { name: 'a code asked under a member-day frame', input: sms('会员专享特价活动，回复手机收到的验证码即可领取，退订回T'), expect: 'not-safe' },
  { name: 'an unasked gift and a group, with an occasion', input: sms('本店周年庆，恭喜您获得养生壶一套，加入福利群领取，先到先得'), expect: 'not-safe' },
  { name: 'a price too good to be true', input: sms('【特卖】茅台飞天原箱特价1299元，限量50箱，订购加V：mt-tj888'), expect: 'not-safe' },
  { name: 'a funnel: group, app and tasks', input: sms('店庆大促，进群 qq群 839201 并下载悦购APP，做任务领取现金红包'), expect: 'not-safe' },
  { name: 'a loan "approved" and a QQ to collect it, with an opt-out', input: sms('【速借】尊敬的用户，您的借款额度已审批通过，无抵押秒到账，加QQ 2839471 领取，退订回T'), expect: 'suspicious' },
  { name: 'a club\'s "customer service" asks you to install its app (dev texts-8 网络交友, half A)', input: sms('您好！我们是蓝爵会所的客服，为了顺利交友，我们需要您下载我们的APP并帮助我们点击人气，请尽快下载。'), expect: 'not-safe' },
  { name: 'a fee before the loan, in sale words', input: sms('周年庆特惠：无抵押贷款当天放款，先交500元手续费即可到账，加微信 dk001'), expect: 'scam' },
];

describe('adverts read as adverts (our own writing)', () => {
  for (const c of adverts) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
describe('scams that wear an advert\'s words stay caught', () => {
  for (const c of stayCaught) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
