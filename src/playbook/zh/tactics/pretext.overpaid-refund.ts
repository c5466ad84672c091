import { defineTactic } from '../../schema.ts';

/**
 * The reverse refund: "we refunded you too much by mistake, send the difference back". The money
 * moves from the victim to them; a real over-collection goes the other way ("我们多收了您的钱，会
 * 退还给您"), so the cue needs the return to point at THEM.
 */
export default defineTactic({
  id: 'pretext.overpaid-refund',
  stage: 'pretext',
  description: {
    zh: '谎称退款或理赔"多打了""多退了"，要您把差额退回给他们',
    en: 'Claims a refund or payout was overpaid by mistake and asks you to send the difference back',
  },
  weight: 25,
  cues: [
    {
      all: [
        ['多退', '多打', '多转', '多赔', '多给您', '多给你', '退多了', '打多了', '转多了', '赔多了', '重复退款', '重复打款', '多发了'],
        ['退回给我们', '转回给我们', '还给我们', '返还给我们', '退还给我们', '打回', '转回来', '退回来', '还回来', '把差额', '差额部分', '多出的部分', '多出来的钱'],
      ],
      within: 24,
    },
    // The claim alone, when the request to send it back comes in a later turn.
    { any: ['多退了', '退多了', '多打了', '打多了', '多转了', '转多了', '多赔了', '赔多了', '重复退款', '重复打款', '多给您退', '多给您打', '多给你退', '多给你打'] },
  ],
  unless: ['我们多收', '多收了您', '多收了你', '会退还给您', '会退给您', '退还给您', '退给您', '多退少补', '我多打了', '我多转了', '我转多了', '我打多了'],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'no-transfer', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '不好意思，系统出错给您多退了两千块，麻烦您把差额转回来。',
      '刚才的理赔款打多了，多出来的钱请您退回给我们财务。',
      '我们这边重复退款了，您看一下账户，把多出的部分还给我们就行。',
      '您好，退款多转了一笔，您需要把差额部分打回到这个账户。',
      '赔多了八百元，您扫这个码把钱还回来吧。',
      '财务失误多给您打了一万，请尽快转回来，不然我们要被扣工资。',
      '您的退款被重复打款了，请把多出来的钱退回来。',
      '这边给您多赔了，麻烦把差额退还给我们。',
      '刚才给您退款的时候系统出错，多退了三千元。',
    ],
    negative: [
      '我们多收了您的运费，会退还给您。',
      '您多付的五元差价我们已经退给您了。',
      '退款已经原路退回，请注意查收。',
      '多退少补，以实际称重为准。',
      '上次我转多了，你还给我五十就行。',
      '麻烦把快递退回来，我们收到后给您退款。',
      '商品多发了一件，您可以留着不用寄回。',
      '不好意思我多打了一个字。',
      '您这单重复付款了，多扣的钱三个工作日内退还给您。',
    ],
  },
});
