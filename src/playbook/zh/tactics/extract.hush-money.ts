import { defineTactic } from '../../schema.ts';

/**
 * A ransom: a sum with its condition ("就转3万过来", "拿5000块来", "打2万到这张卡"): the ransom of an
 * extortion. Nothing alone (weight 0: a family chat or a meeting says it too); the extortion composites read it.
 */
export default defineTactic({
  id: 'extract.hush-money',
  stage: 'extraction',
  description: {
    zh: '开口要一笔钱（转三万过来、拿五千来）：和威胁连在一起就是敲诈',
    en: 'Demands a sum ("send 30,000 over"): with a threat, it is extortion',
  },
  weight: 0,
  role: 'component',
  cues: [
    // The sum with its condition ("不然…", "就删", "摆平"): a relative's "转3万过来" names no threat.
    {
      all: [
        ['不然', '否则', '要不然', '不想', '就删', '就帮你删', '就不发', '了事', '摆平', '删掉', '删除', '不发', '发出去'],
        ['转', '汇', '打', '拿', '给我'],
        ['万', '千', '块', '元'],
      ],
      within: 24,
    },
  ],
  unless: ['我转了', '我已经', '已转', '收到', '退还', '还你', '还给你'],
  guards: ['warning'],
  advice: ['sextortion-no-pay', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '不想让人看到就转3万过来',
      '拿五千块来，视频我就删掉',
      '打2万到这张卡上，这事就了事',
      '转一万块给我，我就不发',
      '给我汇5000元过来，不然后果自负',
    ],
    negative: [
      '我已经转了3000过去了',
      '上次那五千块还你了',
      '收到你转来的2000元',
      '这件衣服两百块',
      '急用，你先转3万过来',
    ],
  },
});
