/**
 * A top-up of the reader's own line or game account is the operator's product, not money to a stranger
 * (issue 8 §4, session 8, smsfp4). extract.transfer (weight 45, a step of the kill chain) read a
 * carrier's top-up bonus ("充100送20话费，分两个月返还"), its airtime voucher ("10元话费券，充值50元可
 * 用"), an arrears notice ("已欠费12.30元…充值后将自动恢复") and a game's top-up receipt ("充值已到账，
 * 648元，获得6480点券") as a demand to pay: 11 legitimate SMS of our own by five authors read
 * `suspicious` 45 on that cue alone. The money in those stays on the reader's own balance
 * (话费, 点券) or pays the reader's own bill (欠费): extract.transfer's `unless` names them. A scam that
 * asks a transfer to an account or a fee first is still read by its other words.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const OWN_TOPUPS: FaultCase[] = [
  { name: 'carrier: top up 100, get 20 airtime back over two months', expect: 'safe', input: sms('【中国移动】冬季话费充值季：充100送20话费，分两个月返还，在中国移动APP“充值”页面参与。退订回T') },
  { name: 'carrier: an airtime voucher usable on a 50 top-up', expect: 'safe', input: sms('【中国移动】新春送祝福，移动话费红包已到账：10元话费券，充值50元可用，有效期7天，在中国移动APP使用。退订回T') },
  { name: 'carrier: deposit 300, get 300 airtime over 12 months', expect: 'safe', input: sms('【中国电信】年底充值好礼：预存300元送300元话费，分12个月返还，另送一台路由器，活动详情见电信营业厅。回T退订') },
  { name: 'carrier: arrears, calls resume after a top-up', expect: 'safe', input: sms('【中国移动】您的手机已欠费12.30元，已暂停呼出服务，充值后将自动恢复。') },
  { name: 'carrier: loyalty top-up bonus, reply for how to top up', expect: 'safe', input: sms('尊敬的客户：为回馈老用户，即日起至月底，每充值100元送20元话费，赠送话费分两个月返还，回复“充值”获取充值方式，本短信免费。') },
  { name: 'game: top-up received, 6480 coupons', expect: 'safe', input: sms('【腾讯游戏】您的账号充值已到账，648元，获得6480点券。如有疑问请通过游戏内官方客服咨询。') },
  { name: 'carrier: broadband arrears, top up in the app', expect: 'safe', input: sms('【中国联通】您的宽带账户已欠费58元，请及时充值，可通过联通APP缴费，逾期将暂停服务。') },
];

const STILL_SCAMS: FaultCase[] = [
  { name: 'a "refund" of airtime that needs a transfer to their account first', expect: 'not-safe', input: sms('【中国移动】您的话费多扣了86元，退款需先转账100元到以下账户验证，验证后一并返还。') },
  { name: 'a fake arrears notice with a look-alike payment link', expect: 'not-safe', input: sms('【国家电网】您的电费账户存在异常，已欠费256元，逾期将停电，请点击 sgcc-jiaofei.top 缴费。') },
  { name: 'task scam: top up on the platform, principal and commission back', expect: 'not-safe', input: sms('做任务先在平台充值500元，完成后本金加佣金一起返还，加QQ群领取任务。') },
];

describe('a top-up of the reader\'s own line or game account is no payment demand', () => {
  it.each(OWN_TOPUPS.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase(c);
    if (r.tactics.some((t) => t.id === 'extract.transfer')) throw new Error(`read as a transfer demand: ${c.name}`);
  });
});
describe('a scam that names airtime or arrears is still read', () => {
  it.each(STILL_SCAMS.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
