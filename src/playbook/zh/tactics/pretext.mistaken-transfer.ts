import { defineTactic } from '../../schema.ts';

/**
 * "I transferred to you by mistake" (newcomer10 kind 4): a stranger says money went to your card or
 * account by mistake (转错账, 误转, 不小心转给你了) and asks it back, to a card or an account they give.
 * The money that arrived, if any, is often a loan taken out in your name or stolen money: sent back to
 * their card, it is yours to repay. Real mistakes are reversed by the bank or the payment app (原路退回,
 * 申请退回), so the story alone is weak (15); asked back to a card or an account they name it is at least
 * `suspicious` (composite mistaken-transfer-send-back): tell them to ask their bank, send nothing.
 */
export default defineTactic({
  id: 'pretext.mistaken-transfer',
  stage: 'pretext',
  description: {
    zh: '说不小心把钱转错到您的卡或账户上，要您退回：真的转错会走银行或支付平台的原路退回',
    en: 'Says they transferred money to your card or account by mistake and asks it back: a real mistake is reversed through the bank or the payment app',
  },
  weight: 15,
  cues: [
    {
      any: [
        '转错账', '转错了', '转错人', '转错卡', '转错到', '转账转错', '误转', '错转', '汇错', '汇错了', '打错账', '打错钱', '打错了钱', '转错号',
        '不小心转', '不小心给你转', '不小心往你', '不小心打到', '不小心汇', '误打', '误汇', '误操作转', '错打到', '点错人',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '冒充', '原路退回', '联系银行', '申请退回', '已经退回', '退回去了'],
  guards: ['warning'],
  advice: ['verify-independently', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '不好意思，我刚才转错账了，转到你卡上两千',
      '你好，我误转了一笔钱到你的账户',
      '兄弟，我不小心往你卡里打了八千',
      '刚才转账转错了，麻烦你退到我给的卡号',
      '您好，我这边误汇了三千到您支付宝，请帮忙退一下',
    ],
    negative: [
      '我转错了账，已经联系银行原路退回了',
      '警惕“转错账”骗局，对方让你退到另一张卡的都是诈骗',
      '这道题我做错了，重新算一下',
      '你寄错地址了吧',
      '银行说转错账可以申请退回，你去柜台问问',
    ],
  },
});
