import { defineTactic } from '../../schema.ts';

/**
 * Romance turned investment (杀猪盘): a "lover" met online talks of their gold, futures, forex or
 * USDT trading. Weight 25 (sweet talk about gold is not yet a scam); with a promised return, a
 * "mentor", an account to register or any money request the composite `romance-plus-investment`
 * makes it suspicious, and a transfer or top-up a scam.
 */
export default defineTactic({
  id: 'pretext.romance-investment',
  stage: 'pretext',
  description: {
    zh: '网上的“恋人”聊着聊着说起自己在做黄金、期货、外汇、虚拟币，要带您一起投资：这是杀猪盘',
    en: 'An online "lover" talks of their gold, futures, forex or crypto trading and offers to bring you in: the pig-butchering scam',
  },
  weight: 25,
  speaker: 'any',
  cues: [
    {
      all: [
        ['亲爱的', '宝贝', '亲爱', '老公', '老婆', '哥哥', '宝宝', '想你', '爱你', '我们的未来', '我们的将来'],
        ['黄金期货', '期货', '外汇', 'usdt', '比特币', '虚拟币', '数字货币', '原油', '炒币', '币圈', '投资平台', '理财平台', '交易平台', '现货黄金', '黄金投资', '做黄金', '炒黄金', '泰达币'],
      ],
      within: 40,
    },
  ],
  unless: ['骗', '警惕', '小心', '亏了', '被套', '别碰'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '亲爱的，我最近在做黄金期货',
      '宝贝，我舅舅在外汇平台做分析师',
      '老公，我们一起炒币吧，为了我们的未来',
      '哥哥，我用usdt投资每个月都有收益',
      '亲爱的，这个数字货币平台我赚了好多',
    ],
    negative: [
      '亲爱的，期货风险大，我们别碰',
      '老公，金店的黄金手镯好看',
      '宝贝，今晚想吃什么',
      '我在期货公司上班',
      '小心网恋对象拉你炒币，都是骗局',
    ],
  },
});
