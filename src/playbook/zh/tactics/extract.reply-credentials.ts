import { defineTactic } from '../../schema.ts';

/**
 * Reply with your card number (助学金 / 补贴, 中奖, 政务钓鱼, issue 8 §1.8): "请回复身份证号码和银行卡号
 * 核对身份", "回复卡号领取". No office, bank or prize draw collects card numbers by text reply:
 * extraction, weight 40. The request grammar's reply act (lexicon.ts) with the card, identity
 * and password objects.
 */
export default defineTactic({
  id: 'extract.reply-credentials',
  stage: 'extraction',
  description: {
    zh: '让您直接回复银行卡号或密码（短信、微信里）',
    en: 'Asks you to reply with your card number or password (by text or chat)',
  },
  weight: 40,
  cues: [
    // Not the ID number alone: a carrier's prize notice asks for name, phone and ID by reply (telecom-fraud-texts-5 dev
    // normal SMS); contact.asks-details and extract.identity read that one.
    { request: { act: ['act.reply'], object: ['obj.card', 'obj.password'] } },
  ],
  // A shop's loyalty card ("请回复会员卡号后四位，券将发放到您的会员账户"): no bank card (sms12, session 12).
  unless: ['骗子', '诈骗', '警惕', '谨防', '不要', '切勿', '请勿', '不会', '会员卡', '回员卡', '积分卡'],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'verify-independently', 'already-paid'],
  examples: {
    positive: [
      '您的高龄补贴已到账，请回复身份证号码和银行卡号核对',
      '领取奖金请直接回复您的银行卡号',
      '请回复您的银行卡号和开户行完成登记',
      '回复卡号和密码即可激活',
      '补贴已审批，请回复银行卡号领取',
    ],
    negative: [
      '银行不会让您回复卡号和密码',
      '请勿回复任何人您的身份证号',
      '收到请回复',
      '您的银行卡已绑定成功',
      '回复TD退订',
      '感谢参与商场会员调查，请回复会员卡号后四位，购物券将发放到您的会员账户',
    ],
  },
});
