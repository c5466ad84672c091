import { defineTactic } from '../../schema.ts';

/**
 * Free stock tips from a stranger (投资理财, issue 8 §1.8): a "teacher" or "chief analyst" who gives
 * limit-up picks in a group, inside information, an "institutional channel". Licensed advisers do
 * not recruit strangers into free groups; weight 20 (watch alone). With a group, a chat handle, an
 * app or a deposit the composites decide.
 */
export default defineTactic({
  id: 'pretext.stock-tips',
  stage: 'pretext',
  description: {
    zh: '陌生人免费荐股：牛股、涨停、内参、内幕、老师带、机构通道',
    en: 'Free stock tips from strangers: "bull stocks", limit-up picks, insider notes, a "teacher", an "institutional channel"',
  },
  weight: 20,
  cues: [
    {
      any: [
        '荐股', '牛股', '涨停牛股', '明日涨停', '明日必涨', '必涨', '机构内参', '牛股内参', '内参及', '股票内幕', '机构通道', '机构专用通道', '首席分析师', '老师推荐的票', '老师推荐的股', '老师推荐的两只', '老师今天的票', '老师今天推荐',
        '跟着老师', '跟上的家人们', '股票交流群', '免费股票', '带大家做', '老师讲课', '新股申购内部', '打新内部',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '风险提示', '不构成投资建议', '非法荐股'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-app-download', 'already-paid'],
  examples: {
    positive: [
      '进群免费荐股，每天一只涨停牛股',
      '明日必涨的三只股票已出',
      '老师今天推荐的票又涨停了',
      '下一步我们进入机构通道操作',
      '首席分析师免费给您内参',
    ],
    negative: [
      '警惕非法荐股，跟着老师炒股的都是骗局',
      '今天大盘涨了两个点',
      '本报告不构成投资建议',
      '我的老师今天布置了作业',
      '这只股票我持有三年了',
    ],
  },
});
