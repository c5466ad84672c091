import { defineTactic } from '../../schema.ts';

/**
 * The landlord who cannot show the flat (虚假租房, issue 8 §1.8): abroad or out of town, the keys with
 * "an agent", a flat far under the market, "direct from the owner, pay a viewing fee". A real
 * landlord shows the flat before any money: the story alone is weight 20; with a deposit, rent or
 * fee before viewing the composite makes it `scam`.
 */
export default defineTactic({
  id: 'pretext.absent-landlord',
  stage: 'pretext',
  description: {
    zh: '“房东”在国外、外地不能带看，钥匙在中介那儿，房租便宜得离谱，看房前要交费',
    en: 'A "landlord" abroad or away who cannot show the flat, keys with "an agent", rent far too low, a fee before viewing',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['房东', '房子', '租房', '出租', '一室一厅', '月租'],
        ['在国外', '在外地', '不在本地', '钥匙在中介', '钥匙寄给你', '没法带看', '不能带看', '看房前', '看房费', '便宜点租', '房东直租'],
      ],
      within: 30,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '签合同', '当面'],
  guards: ['warning'],
  advice: ['verify-independently', 'no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '我是房东，人在国外，钥匙在中介那儿',
      '房东直租，看房前需交看房费',
      '房子可以便宜点租给你，我在外地没法带看',
      '一室一厅月租600，我不在本地',
      '房东出差了，钥匙寄给你',
    ],
    negative: [
      '房东说周六上午可以当面看房',
      '签合同前先看房，押一付三',
      '警惕房东在国外要先交押金的骗局',
      '我租的房子离公司很近',
      '下个月房租涨了两百',
    ],
  },
});
