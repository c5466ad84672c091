/**
 * Newcomer kind 7 (issue 8 §1): grammar edges, each as a kind with siblings.
 *  - a bare 加 inside 加班 / 加油 / 增加 is no "add (a contact)";
 *  - a warning guard ("骗子才会…") covers its own sentence only, not the request in the next one;
 *  - enclosed ideographic symbols (🉐 得, ㊙ 秘, 🈶 有) fold by NFKC, and symbol separators inside a
 *    word (退✦款, 验·证·码, 理⭐赔) are dropped (src/normalise/normalise.ts): the obfuscated message
 *    reads exactly as its plain form.
 * Hard negatives: work chat, a warning alone, greetings with the same symbols, a bank's spaced code notice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, sms, chat, why, type FaultCase } from './helpers.ts';

describe('bare 加 inside 加班, 加油, 增加 is no "add"', () => {
  const CASES: FaultCase[] = [
    { name: 'add my WeChat before the refund', expect: 'not-safe', tactics: ['shift.group'], input: sms('我是京东客服，退款前需要您加一下我的微信') },
    { name: 'a lost parcel, add my WeChat', expect: 'not-safe', tactics: ['shift.group'], input: sms('您的包裹丢了给您理赔，加我微信处理') },
    { name: 'a refund, add the QQ group', expect: 'not-safe', tactics: ['shift.group'], input: sms('您的订单退款失败，请加QQ群 38291033 办理') },
    { name: 'hard negative: overtime, more output, cheer up', expect: 'safe', input: chat('今天又要加班，老板说要增加产能，大家加油') },
    { name: 'hard negative: overtime pay went up', expect: 'safe', input: chat('加班费这个月增加了，加油干') },
    { name: 'hard negative: petrol station points', expect: 'safe', input: chat('加油站加油送积分，增加了会员福利') },
    { name: 'hard negative: working late', expect: 'safe', input: chat('加班到九点，加油吧') },
    { name: 'hard negative: a refund and overtime in one chat', expect: 'safe', input: chat('退款已经到账了，今晚还得加班，加油') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('a warning guard covers its own sentence, not the next request', () => {
  const CASES: FaultCase[] = [
    { name: '"only scammers ask for codes." then a code request', expect: 'scam', tactics: ['extract.verification-code'], input: sms('骗子才会要验证码。我是淘宝客服，请把验证码发给我，给您退款') },
    { name: '"only scammers ask for transfers." then a transfer', expect: 'scam', tactics: ['extract.transfer'], input: sms('骗子才会让你转账。请将保证金转到以下账户给您退款 6222021234567890128') },
    { name: '"don\'t trust scammers", then the scam', expect: 'scam', input: sms('不要相信骗子，我是真的客服，把验证码给我') },
    { name: '"scammers share screens." then a screen share', expect: 'not-safe', tactics: ['shift.screen-share'], input: sms('骗子才会让你共享屏幕。我是京东客服，给您理赔，请打开屏幕共享') },
    { name: '"beware of scams." then the card number', expect: 'scam', input: sms('谨防诈骗。您好我是淘宝客服，您的商品有质量问题，给您退款，请提供银行卡号') },
    { name: 'hard negative: the warning alone', expect: 'safe', input: sms('骗子才会要验证码，平台客服不会找你要') },
    { name: 'hard negative: a warning that names the scam\'s ask', expect: 'safe', input: sms('凡是自称客服要求你开通屏幕共享、下载会议软件的，百分之百是诈骗。') },
    { name: 'hard negative: a police tip quoting the lines', expect: 'safe', input: sms('警方提示：骗子常说“给您双倍理赔，请提供银行卡号和验证码”，接到这类电话立即挂断。') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('enclosed symbols and separators inside words read as the plain word', () => {
  const PAIRS: Array<[string, string]> = [
    ['我是淘宝客服，给您退✦款，请提供验·证·码', '我是淘宝客服，给您退款，请提供验证码'],
    ['🈶质量问题的订单给您退款，请把银行卡号发我', '有质量问题的订单给您退款，请把银行卡号发我'],
    ['我是京东客服，您的订单理⭐赔，请加✦微✦信', '我是京东客服，您的订单理赔，请加微信'],
    ['🉐知您的快递丢失，给您理赔，请提供验证码', '得知您的快递丢失，给您理赔，请提供验证码'],
    ['㊙密通知：我是淘宝客服，给您退款，请把验证码告诉我', '秘密通知：我是淘宝客服，给您退款，请把验证码告诉我'],
    ['您的订单退➤款失败，请点击链接填写银◆行◆卡号', '您的订单退款失败，请点击链接填写银行卡号'],
  ];
  const ids = (text: string): string[] => analyze(sms(text)).tactics.map((t) => t.id).filter((id) => id !== 'contact.model').sort();
  for (const [obfuscated, plain] of PAIRS) {
    it(obfuscated, () => {
      const r = analyze(sms(obfuscated));
      expect(ids(obfuscated), why(r)).toEqual(ids(plain));
      expect(r.verdict).not.toBe('safe');
      expect(r.verdict).toBe(analyze(sms(plain)).verdict);
    });
  }
  const NEGATIVES: FaultCase[] = [
    { name: 'hard negative: a greeting with 🉐 and 🈶', expect: 'safe', input: chat('🉐到了新年礼物，谢谢🈶你') },
    { name: 'hard negative: ㊗ a birthday', expect: 'safe', input: chat('㊗️生日快乐，蛋糕已经订好了') },
    { name: 'hard negative: a bank\'s spaced code notice', expect: 'safe', input: sms('【工商银行】您的验·证·码为123456，请勿泄露给任何人') },
    { name: 'hard negative: stars around a shop\'s refund notice', expect: 'safe', input: sms('【淘宝】✦您的退款已原路退回✦，请在APP“我的订单”中查看') },
    { name: 'hard negative: decorated holiday notice', expect: 'safe', input: sms('★国庆放假通知★ 10月1日至7日休息，8日正常上班') },
  ];
  for (const c of NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
