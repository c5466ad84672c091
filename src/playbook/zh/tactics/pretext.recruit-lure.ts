import { defineTactic } from '../../schema.ts';

/**
 * The lure to come over (传销 and the overseas "high-pay job", issue 8 §1.8): an old classmate or
 * relative urges you to quit and come to a far city — fare paid, food and lodging free, "you'll see
 * when you get here", a "state-backed project", "capital operation", "chain business"; or a job in
 * Myanmar or Cambodia at tens of thousands a month with the ticket paid. Weight 25 (watch alone: a
 * real employer may pay an interview fare); with a fee, recruits or easy money the composites make
 * it `suspicious` or `scam`. The overseas high-pay job is the trafficking lure of the police
 * warnings (缅北高薪招聘) and is `suspicious` on its own via pretext.overseas-job's weight.
 */
export default defineTactic({
  id: 'pretext.recruit-lure',
  stage: 'pretext',
  description: {
    zh: '劝您辞职去外地：路费我报、包吃包住、来了就知道、国家扶持的项目、资本运作、连锁经营',
    en: 'Urges you to quit and come to another city: fare paid, board and lodging, "you will see when you arrive", a "state-backed project", "capital operation"',
  },
  weight: 25,
  cues: [
    {
      all: [
        ['路费', '车费', '机票', '吃住', '来回'],
        ['我给你报销', '给你报销', '我报', '我出', '我给你报', '我们出', '我包', '全包', '都免费', '我们报', '我来出'],
      ],
      within: 10,
    },
    {
      any: [
        '来了就知道', '来了再详细', '来了我们再', '你辞职过来', '辞职过来', '过来发展', '国家秘密扶持', '国家扶持的项目', '国家支持的项目', '资本运作', '连锁经营',
        '不是传销', '新型商业模式', '养老互助', '先交三万', '入伙', '五级三晋', '带着身份证来', '听三天课', '来我这里', '一年挣的比你十年',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '传销组织', '警惕', '谨防', '打击传销', '解救', '面试地址'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'no-upfront-fee'],
  examples: {
    positive: [
      '老同学，你来南宁玩几天，路费我给你报',
      '你别上班了，辞职过来跟我干，来了就知道了',
      '我们这个是国家扶持的项目，资本运作，不是传销',
      '过来先听三天课，吃住都免费',
      '表哥在北海做连锁经营，叫我也过去',
    ],
    negative: [
      '警方打击传销组织，解救被困人员二十名',
      '周末回老家，车费我已经买好票了',
      '公司出差的路费可以报销，记得留发票',
      '面试地址在公司三楼，请准时到',
      '你来了我们一起吃饭',
    ],
  },
});
