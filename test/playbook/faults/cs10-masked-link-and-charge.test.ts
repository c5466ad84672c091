/**
 * Session 8, cs10, kinds 2 and 3.
 * Kind 2: the phishing ask (bind a card, verify, unlock a limit "on the link") beside a link the message names
 * but hides (XXX, [链接], URL): read safe 20 at b05b9ea because no checker saw a link. Composite
 * masked-link-asks-verification (extract.verify-on-link × shift.masked-link): `suspicious`.
 * Kind 3: the recurring charge said with 扣除 and the cancel line asked for as a call back (回电): class words of
 * pretext.subscription-renewal. Sentences our own (dev texts-8 冒充客服 half A and consumed-w2 dev showed the kinds).
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const POSITIVES: FaultCase[] = [
  { name: 'bind a card on a hidden link (XXX)', expect: 'suspicious', tactics: ['shift.masked-link', 'extract.verify-on-link'],
    input: sms('您好，感谢您使用优选商城。为保障账户安全，请您尽快点击链接绑定您的银行卡：XXX，谢谢配合！') },
  { name: 'unlock the shop trade limit on a hidden link (XXXXXXX)', expect: 'suspicious',
    input: sms('尊敬的商家，您的店铺交易上限过低，为不影响收款，请您点击链接进行开通：XXXXXXX。') },
  { name: 'withdrawal limit lifted on a hidden link ([链接])', expect: 'suspicious',
    input: sms('您的账户提现额度已受限，请点击链接解除限制：[链接]') },
  { name: 'live membership, charged monthly with 扣除, call back to cancel', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('快手商城提醒：您开通的直播贵宾会员今日到期，次日起每月扣除699元会费，不需要请速回电 021-66778899 取消') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'carrier promo with a masked link', expect: 'safe', input: sms('【中国移动】流量大放送，点击链接领取10GB流量包：XXX，回T退订') },
  { name: 'price masked, no link', expect: 'safe', input: sms('新品上市，原价XXX元，会员价再享九折，欢迎到店选购。') },
  { name: 'bank asks to bind a card in its own app', expect: 'safe', input: sms('【招商银行】尊敬的客户，您可在招商银行APP“我的-银行卡”中绑定他行卡，享受便捷转账服务。') },
  { name: 'renewal receipt with the app menu', expect: 'safe', input: sms('【优酷】您的会员将于明日自动续费，每月扣除15元，可在优酷APP“我的-会员-自动续费”中关闭。') },
  { name: 'bank debit alert naming a membership', expect: 'safe', input: sms('【工商银行】您尾号6612的卡于11月30日扣除爱奇艺会员费25元，如非本人操作请致电95588。') },
];

describe('cs10 kinds 2 and 3: a hidden link\'s phishing ask; a recurring charge in other words', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase(c); });
});
