/**
 * The advert frame (src/playbook/zh/tactics/contact.advert.ts, read by src/score/score.ts
 * `advertReading`): in ONE message that carries the marks of a seller's own advert (a sale, an opening,
 * its shop, an opt-out) and nothing but an advert's words (a loan's or a unit's selling words, one move to
 * its own channel, its urgency, a reply asked), those words weigh half and no composite applies. A
 * request, a story, an unasked gift, a price too good to be true, or two channels at once break the
 * frame. Unit cases on the score and whole-engine cases of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { score, advertReading, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook as zhDef } from '../../../src/playbook/zh/index.ts';
import { enPlaybook as enDef } from '../../../src/playbook/en/index.ts';
import { PlaybookSchema } from '../../../src/playbook/schema.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';
import type { Stage } from '../../../src/types.ts';

const stageOf = (id: string): Stage => (id.startsWith('extract.') ? 'extraction' : id.split('.')[0]) as Stage;
const f = (id: string, weight: number): FiredTactic => ({ id, stage: stageOf(id), weight });
const zhPlaybook = PlaybookSchema.parse(zhDef);
const enPlaybook = PlaybookSchema.parse(enDef);
const frame = f('contact.advert', 0);
const one = { channel: 'sms' as const, turns: 1 };
const risk = (fired: FiredTactic[], ctx: Parameters<typeof score>[3] = one) => score(fired, zhPlaybook, 'zh', ctx).risk;

describe('the advert reading (score)', () => {
  it('an advert\'s own words weigh half under the frame', () => {
    const words = [f('shift.group', 20), f('cover.urgency', 15)];
    expect(risk(words)).toBe(35);
    expect(risk([frame, ...words])).toBe(18);
  });
  it('no composite applies to an advert\'s words: a unit\'s selling words and its link', () => {
    const words = [f('pretext.guaranteed-return', 20), f('shift.link', 20)];
    expect(risk(words)).toBeGreaterThanOrEqual(zhPlaybook.thresholds.suspicious); // guaranteed-return-plus-move
    const s = score([frame, ...words], zhPlaybook, 'zh', one);
    expect(s.risk).toBe(20);
    expect(s.composites).toEqual([]);
  });
  it('a request, a story, an unasked gift or a price too good break the frame: everything counts', () => {
    for (const other of [f('extract.verification-code', 45), f('contact.impersonation', 10), f('pretext.quality-refund', 20), f('contact.unsolicited-offer', 5), f('pretext.bargain-goods', 15), f('pretext.easy-money', 15)]) {
      expect(advertReading([frame, f('shift.group', 20), other], zhPlaybook.advert), other.id).toBeNull();
    }
  });
  it('money offered beside a private chat is the fake lender\'s or the investment group\'s opening, not an advert', () => {
    expect(advertReading([frame, f('pretext.easy-loan-promise', 15), f('shift.group', 20)], zhPlaybook.advert)).toBeNull();
    expect(advertReading([frame, f('pretext.guaranteed-return', 20), f('shift.private-contact', 25)], zhPlaybook.advert)).toBeNull();
    expect(advertReading([frame, f('pretext.easy-loan-promise', 15), f('shift.app-download', 20)], zhPlaybook.advert)).not.toBeNull();
    expect(advertReading([frame, f('pretext.guaranteed-return', 20)], zhPlaybook.advert)).not.toBeNull();
  });
  it('who claims to write breaks the frame even at weight 0: a claimed desk keeps its composite', () => {
    expect(advertReading([frame, f('contact.claimed-desk', 0), f('shift.app-download', 20)], zhPlaybook.advert)).toBeNull();
    expect(advertReading([frame, f('contact.claimed-staff', 0), f('shift.group', 20)], zhPlaybook.advert)).toBeNull();
  });
  it('two channels at once are a funnel, not the seller\'s own channel', () => {
    expect(advertReading([frame, f('shift.group', 20), f('shift.app-download', 20)], zhPlaybook.advert)).toBeNull();
    expect(advertReading([frame, f('shift.group', 20), f('cover.urgency', 15)], zhPlaybook.advert)).not.toBeNull();
  });
  it('the text model is neither an advert\'s word nor a breaker: it keeps its points', () => {
    expect(risk([frame, f('shift.group', 20), f('contact.model', 20)])).toBe(30);
  });
  it('only one message is an advert: a conversation counts in full', () => {
    expect(risk([frame, f('shift.group', 20), f('cover.urgency', 15)], { channel: 'call', turns: 3 })).toBe(35);
    expect(risk([frame, f('shift.group', 20), f('cover.urgency', 15)], { channel: 'chat', turns: 2 })).toBe(35);
  });
  it('without the frame nothing changes, and both playbooks name the same rule', () => {
    expect(advertReading([f('shift.group', 20)], zhPlaybook.advert)).toBeNull();
    expect(enPlaybook.advert).toEqual(zhPlaybook.advert);
  });
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
