import { defineTactic } from '../../schema.ts';

/**
 * Money for "me" paid to someone else (issue 8 §1.8, the fake relative, teacher or doctor): "汇650元到
 * 我同学的卡上", "这是他们的账号，你给他们转8000块", "学费打到学校财务账号，户名：某某". A real child or
 * friend who needs money asks for it to their own account; the stranger's account (a "classmate", "the
 * other side", a hospital, a personal name for a school) is where the scam's money goes. Written as
 * request-grammar combinations (lexicon-other.ts: act.transfer / act.send-money / act.remit ×
 * obj.third-account), so a new payee word fixes every story. From the public police advice (凡是
 * 要求把钱打到“朋友”“同学”账户的，先打电话核实) and our own writing.
 */
export default defineTactic({
  id: 'extract.third-party-payee',
  stage: 'extraction',
  description: {
    zh: '要您把钱打到别人的账户上（“同学的卡”“朋友的账号”“他们的账户”“老师的微信”“医院账户”），而不是他本人的',
    en: 'Asks you to send money to someone else\'s account (a "classmate\'s card", "a friend\'s account", "their account", a "teacher\'s WeChat", a hospital account), not their own',
  },
  weight: 40,
  cues: [
    { request: { act: ['act.transfer', 'act.send-money', 'act.remit', 'act.pay-third'], object: ['obj.third-account'] } },
    // "你给他们转8000块", "把这笔钱款直接转账给她": the payee is a third person, the amount is yours.
    { request: { act: ['act.pay-third'], object: ['obj.money', 'obj.funds', 'obj.sum'] } },
    // "汇650元到我同学的卡上", "打1000块钱到我朋友账号": the amount sits between the verb and 到.
    {
      all: [
        ['元到', '块到', '块钱到', '万到', '万元到', '千元到'],
        ['同学', '朋友的', '朋友账号', '朋友卡', '他们的', '对方', '老师的', '财务', '医院', '户名'],
      ],
      within: 14,
      ordered: true,
    },
  ],
  unless: [
    '已转', '已经转', '已汇', '已经汇', '收到', '到账', '已到', '还你', '还给你', '工资', '红包', '退款', '退回', '不要转', '别转', '切勿', '请勿',
    '千万别', '转账成功', '被盗', '核实', '核对',
    // The bank's alert on a payee new to the reader ("您本次向新收款人转出资金，对方账户被多人举报"): sms15 kind 11.
    '新收款人', '多人举报', '您正在向', '首次转账', '个人账户收款均', '个人收款均', '个人账户收款一律',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '爸妈，我手机被偷了，请一早汇650元到我同学的卡上，具体情况当面再说',
      '爸，你给我打1000块钱到我朋友账号，我要买手机',
      '这是他们的账号，你给他们转8000块，不然我回不去',
      '老师说报名费1998块，你在微信上给老师转就可以了，这是老师的微信',
      '请把这学期的学费7800元打到学校财务账号，户名：姚春',
      '您的孩子出车祸了，请马上汇10000元到医院账户',
      '你先把钱转到他的账号上，事情办完我再跟你解释',
      '老师要求交补课费，你通过微信转账的方式将钱转给老师',
      '我想请你将这笔钱款直接转账给她，学费是1000元',
    ],
    negative: [
      '他的账号被盗了，别给他转钱',
      '妈，我给你转了500，收到了吗',
      '对方账户已经收到你的还款了',
      '钱已经汇到我同学的卡上了，不用担心',
      '千万别往陌生人的账户里转钱',
      '老师的微信我推给你，有问题可以问她',
      '房租已经转到他的账户了',
    ],
  },
});
