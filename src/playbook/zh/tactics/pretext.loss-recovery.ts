import { defineTactic } from '../../schema.ts';

/**
 * "We recover what you lost" (投资理财 second scam, issue 8 §1.8): a "loss-recovery team", "lawyer" or
 * "hacker" who calls victims of an investment scam to get their money back, for a fee first. The
 * police recover stolen money, free: weight 30; with a fee the composite makes it `scam`.
 */
export default defineTactic({
  id: 'pretext.loss-recovery',
  stage: 'pretext',
  description: {
    zh: '自称追损团队、律师、黑客，说能帮您把被骗或亏损的钱追回来',
    en: 'A "loss-recovery team", lawyer or hacker who says they can get back the money you lost',
  },
  weight: 30,
  cues: [
    {
      any: [
        '追损团队', '追损', '帮您把钱要回来', '帮你把钱要回来', '帮您追回', '帮你追回', '追回损失', '追回被骗', '把钱追回来', '黑客追款', '技术追回', '追回来需要',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '公安机关', '警方追回', '民警', '派出所', '报警'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '我们是专业追损团队，能帮您把钱要回来',
      '您在平台亏的钱，我们可以帮您追回',
      '黑客追款，成功后再收费',
      '追回来需要先付一笔律师费',
      '您之前被骗的钱，我们技术追回',
    ],
    negative: [
      '警方追回被骗资金30万元，发还受害人',
      '被骗了请马上报警',
      '他把借出去的钱要回来了',
      '今天的损失明天补回来',
      '公安机关提醒：所谓追损团队都是骗子',
    ],
  },
});
