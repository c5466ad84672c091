/**
 * newcomer8 kind 2: mixed-language requests in a Chinese message. The act or the object in English inside a
 * Chinese clause ("需要您先transfer 1元到我们的verification account", "请把您的Maybank account和TAC code发给我",
 * "要cancel，不然影响credit record", "输入card number和password") read safe or weak where the Chinese said the same
 * was scam. The kind's root: the Chinese grammar read only a short hand list of English words. Now every term
 * of the English playbook's act and object classes folds to a Chinese word of the matching class when the
 * Chinese playbook reads a message (src/playbook/zh/variants.ts, EN_CLASS_GROUP), with the mixed register's own
 * words (a bank's name before account, TAC, credit record). (Not done: "【PDD】Your 退款 is pending，请登录…" is still
 * answered in English, the language it opens with; the lang rule's tie-break was left as it is.)
 * The first inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, detectLangs } from '../../../src/index.ts';
import { runCase, sms, chat, callerCall, why, type FaultCase } from './helpers.ts';

const MIXED_SCAMS: FaultCase[] = [
  { name: 'newcomer: transfer 1元 to our verification account', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('亲爱的 customer，refund已经approved，但是system需要您先transfer 1元到我们的verification account做测试：6228 4801 2233 5567') },
  { name: 'newcomer: Maybank account and TAC code', expect: 'scam', input: sms('您好我是Lazada的customer service，您的parcel lost了，we will compensate RM300，请把您的Maybank account和TAC code发给我') },
  { name: 'newcomer: JD 白条 student account, cancel, credit record', expect: 'not-safe', input: callerCall('你的JD白条是student account，按照regulation要cancel，不然影响credit record，你follow我的steps操作一下') },
  { name: 'newcomer: PDD refund pending, card number and password', expect: 'scam', input: sms('【PDD】Your 退款 is pending，请登录 pdd-refund.help 输入card number和password完成') },
  { name: 'Shopee: the OTP, tell me', expect: 'scam', input: chat('我是Shopee客服，您的order有problem要refund，请把收到的one time password告诉我') },
  { name: 'refund: the bank details sent to me', expect: 'not-safe', tactics: ['extract.card-credentials'], input: sms('淘宝售后：您的商品有质量问题，给您双倍退款，请把您的bank account number发给我') },
  { name: 'compensation: the CVV and expiry date', expect: 'scam', input: sms('京东客服：您的包裹丢失了，我们要赔偿您，麻烦提供一下信用卡的cvv和expiry date') },
  { name: 'a frozen wallet: log in to online banking', expect: 'not-safe', input: sms('您的Alipay账户被冻结，解冻需要您登录online banking输入password验证') },
  { name: 'a refund app from our link', expect: 'not-safe', tactics: ['shift.app-download'], input: sms('亲，您的退款需要下载refund app，安装后按提示操作即可到账') },
  { name: 'remote support app for the refund', expect: 'not-safe', input: chat('您好我是抖音客服，退款需要您install一个remote support app，我远程帮您操作') },
  { name: 'CIMB card number for the claim', expect: 'not-safe', input: sms('您的快递破损可以理赔RM200，请回复您的CIMB card number办理') },
];

const MIXED_LEGIT: FaultCase[] = [
  { name: 'Uniqlo refund to the original method', expect: 'safe', input: sms('【Uniqlo】Thanks for shopping! 您的退货已收到，refund ¥199 将在3-5个工作日退回原支付方式。') },
  { name: 'a friend: refund approved in the app', expect: 'safe', input: chat('Hi 亲，你上次说的那个refund我查了，淘宝那边已经approve了，钱应该1-3天原路退回，你在App里看看') },
  { name: 'team: refund rate in the meeting', expect: 'safe', input: chat('team，这周的refund rate有点高，主要是size问题，大家meeting后把客户反馈整理一下发群里') },
  { name: 'HSBC card transaction notice', expect: 'safe', input: sms('【HSBC】您尾号8821的信用卡 transaction HKD 520.00 at HKTVmall 已授权，如有疑问请致电卡背面客服热线。') },
  { name: 'a bank OTP in mixed words', expect: 'safe', input: sms('【Maybank】Your TAC is 482913，您正在进行转账，请勿告诉任何人，Maybank staff will never ask for your TAC。') },
  { name: 'a colleague: the password of the team account', expect: 'safe', input: chat('新同事的 email account 开好了，初始password在邮件里，登录后记得改') },
  { name: 'mum: I sent you money by PayPal', expect: 'safe', input: chat('妈，我用PayPal给你转了100刀，你看下收到没，不会操作的话等我周末call你教你') },
  { name: 'DHL customs cleared', expect: 'safe', input: sms('【DHL】您的shipment 1234567890 已clear customs，预计明天deliver，关税已由sender支付') },
  { name: 'a shop: download our app for the coupon', expect: 'safe', input: sms('【Starbucks】您的星享卡 balance 已充值¥200，本周Latte买一送一，App内查看 coupon。回T退订') },
  { name: 'a study group: read the steps', expect: 'safe', input: chat('明天的workshop大家follow一下文档里的steps，有问题群里说') },
];

describe('mixed-language requests in a Chinese message (newcomer8 kind 2)', () => {
  for (const c of [...MIXED_SCAMS, ...MIXED_LEGIT]) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('reads the English act and object as their Chinese class words (same tactics as the Chinese)', () => {
    const pairs: Array<[string, string]> = [
      ['请把您的Maybank account和TAC code发给我', '请把您的银行账户和验证码发给我'],
      ['需要您先transfer 1元到我们的verification account做测试', '需要您先转账1元到我们的验证账户做测试'],
      ['您的退款需要您提供card details和password', '您的退款需要您提供银行卡信息和密码'],
    ];
    for (const [mixed, zh] of pairs) {
      const a = analyze(sms(mixed));
      const b = analyze(sms(zh));
      const ids = (r: typeof a) => r.tactics.map((t) => t.id).filter((id) => id !== 'contact.model').sort();
      expect(ids(a), `${mixed}: ${why(a)} vs ${why(b)}`).toEqual(ids(b));
    }
  });

  it('a Chinese message with English words is answered in Chinese', () => {
    for (const t of [
      '【Taobao】Dear 用户，您的order #8823 refund failed，please click tb-rf.top 重新verify银行卡 info',
      'Hello 您好，我是Shein的customer service，您的包裹lost了',
    ]) {
      expect(detectLangs(t).primary, t).toBe('zh');
      expect(analyze(sms(t)).lang, t).toBe('zh');
    }
    // English with a Chinese name or brand stays English.
    expect(detectLangs('Hi 王伟, your parcel from 淘宝 could not be delivered, please reschedule in the app').primary).toBe('en');
  });
});
