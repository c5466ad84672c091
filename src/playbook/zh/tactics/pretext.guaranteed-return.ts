import { defineTactic } from '../../schema.ts';

/**
 * A promise no real investment makes (issue 8 §1.8: investment, crypto, gambling and "tip" scams): the
 * gain is guaranteed, the loss impossible, the return many times the stake ("稳赚不赔", "包中奖",
 * "几乎没有输的可能", "不到一年涨到五倍", "带你实现财务自由"). Real products carry a risk notice
 * ("理财有风险"), which is in `unless`. Weak alone (a boast); with money into a platform, a top-up or
 * a move to a group the composites make it a scam. From the public "八个凡是" (凡是…保证高额回报的都是诈骗)
 * and our own writing.
 */
export default defineTactic({
  id: 'pretext.guaranteed-return',
  stage: 'pretext',
  description: {
    zh: '保证稳赚不赔、包中奖、几倍回报、带您“财务自由”：正规投资都有风险，保证赚钱的都是诈骗',
    en: 'Promises a sure gain, "can\'t lose", a guaranteed win or a many-fold return: real investments carry risk, guaranteed profit is a scam',
  },
  weight: 20,
  cues: [
    {
      any: [
        '稳赚不赔', '只赚不赔', '包赚', '包中奖', '包赢', '稳赢', '必赢', '稳赚', '保本保息', '零风险', '不会亏', '不会赔',
        '亏不了', '赔不了', '没有输', '不可能输', '只赚不亏', '只赢不亏', '只赢不输', '稳赢不输', '带你一起赚', '带你一起赢', '百万不是梦', '1040万', '一千零四十万', '保证盈利', '保证收益', '保证赚', '保证能赚', '保证你赚', '保证您赚', '百分百赚',
        '百分之百赚', '肯定能赚', '肯定赚', '一定能赚', '一定赚钱', '肯定能赢', '一定能赢', '财务自由', '稳定盈利', '内幕消息',
        '稳赚的', '翻几倍', '翻好几倍', '翻了几倍', '收益翻倍', '资金翻倍', '本金翻倍', '导师带单', '老师带单', '带单老师', '跟着老师', '跟着导师', '导师指导',
        '赚钱的漏洞', '赚大钱的漏洞', '发现了一个漏洞', '出老千', '控制赌局',
      ],
    },
    // "就能涨到五倍", "保证翻一番": a multiple of the stake PROMISED (an analyst's "估值涨了几倍" is a report).
    {
      all: [
        ['就能', '能涨', '能翻', '能赚', '保证', '一定能', '肯定能', '稳稳', '至少涨', '最少涨', '起码涨', '至少翻', '就能涨到'],
        ['五倍', '十倍', '几倍', '三倍', '两倍', '数倍', '百倍', '一番', '几番', '一百倍', '五十倍', '二十倍', '翻倍'],
      ],
      within: 10,
      ordered: true,
    },
  ],
  unless: [
    '理财有风险', '投资有风险', '风险提示', '不保证', '不承诺', '谨慎', '骗子', '骗局', '诈骗', '警惕', '不要相信', '不可能', '退订', '回复td',
    '漏洞修复', '安全漏洞', '系统漏洞', '修复',
  ],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '按照群里推荐的投注，可以盈利25%而且包中奖',
      '只要我们选择正确的比赛，几乎没有输的可能性',
      '您只需要花五毛钱买入，不到一年时间就能涨到五倍多',
      '跟着我们的导师带单，稳赚不赔',
      '我在赌博平台做维护，发现了一个赚大钱的漏洞',
      '这个项目保证收益，让你实现财务自由',
      '我有内幕消息，这只币下个月肯定能翻几倍',
    ],
    negative: [
      '理财有风险，投资需谨慎',
      '保证赚钱的都是骗子，别信',
      '系统漏洞已修复，请更新到最新版本',
      '本产品不保证收益，过往业绩不代表未来表现',
      '这家店的菜稳定好吃',
      '他说投资一定能赚，这种话不要相信',
    ],
  },
});
