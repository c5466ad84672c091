import { defineTactic } from '../../schema.ts';

/**
 * "Your policy can be surrendered with ALL the premiums back, plus interest" (nc13-recall R2: "我是中国人寿 您的保单
 * 可以退保返还全部保费加利息 需要您提供银行卡和验证码办理" read suspicious 45). Surrendering a policy after its
 * cooling-off period returns its cash value, never the premiums in full, let alone with interest: the offer is the
 * 退保 scam's bait, followed by a code, a card, a fee or an app. Within the cooling-off period (犹豫期, 冷静期) a full
 * refund of the premium is real and is no cue. Weight 20: the story; with a code or a card asked the single-message
 * rule reads the pair. Our own siblings: test/engine/nc13-recall.test.ts.
 */
export default defineTactic({
  id: 'pretext.full-surrender',
  stage: 'pretext',
  description: {
    zh: '说您的保单可以退保并全额返还保费、还加利息：过了犹豫期退保只退现金价值，不会全额加息退还，这是退保诈骗的诱饵',
    en: 'Says your policy can be surrendered with all premiums back, plus interest: after the cooling-off period a surrender pays only the cash value',
  },
  weight: 20,
  speaker: 'any',
  cues: [
    {
      all: [
        ['退保', '保单', '保险'],
        ['全部保费', '全额保费', '保费全额', '全额退还', '全额返还', '全额退回', '全款退还', '全部退还', '保费加利息', '本金加利息', '连本带息', '加倍返还', '保费双倍', '全额退保', '无损退保', '零损失退保'],
      ],
      within: 30,
    },
  ],
  unless: ['犹豫期', '冷静期', '现金价值', '骗子', '诈骗', '冒充', '警惕', '谨防', '不存在'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'never-share-card'],
  examples: {
    positive: [
      '您好，您的保单现在可以退保，全部保费返还还加利息',
      '这边是保险公司，您那份寿险可以无损退保，保费全额退还',
      '您的分红险符合政策，可以全额退保，连本带息一起给您',
      '我们帮您办理退保，保费加利息一分不少退回',
      '您的保险可以申请零损失退保，全额返还',
    ],
    negative: [
      '犹豫期内退保可全额退还保费，超过犹豫期只退现金价值',
      '您的保单已生效，年度保费4800元将于下月扣缴',
      '警惕“全额退保”骗局，退保请通过保险公司官方渠道',
      '退保只能退保单的现金价值，具体金额请登录APP查询',
      '您的车险理赔款已支付到尾号4455的银行卡',
    ],
  },
});
