import { defineTactic } from '../../schema.ts';

/**
 * A "unit" orders from a small business (冒充军警购物, issue 8 §1.8): someone from an army unit, armed
 * police, fire brigade or its canteen orders meals, bedding or supplies. Real units do order: the
 * story alone is weight 20 (watch); what no real unit does is have the vendor advance money, buy
 * from a supplier it names or move to a private chat (composites in
 * src/playbook/zh/composites-other.ts). Police advice on 冒充军人订货: 部队采购有正规流程，不会让商家垫付.
 */
export default defineTactic({
  id: 'pretext.unit-order',
  stage: 'pretext',
  description: {
    zh: '自称部队、武警、消防的采购员或司务长，向商家订餐、订货、采购物资',
    en: 'Someone claiming to buy for an army, armed-police or fire-brigade unit orders meals or supplies from a business',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['部队', '武警', '消防支队', '消防队', '消防大队', '军区', '司务长', '后勤处', '营房', '支队', '中队', '军方', '首长'],
        ['采购', '订购', '订一批', '订餐', '订饭', '订十桌', '订货', '供货', '物资', '采购单', '要订', '订一些', '来吃饭', '盒饭', '工作餐', '装修', '需要一批'],
      ],
      within: 30,
    },
  ],
  unless: ['骗子', '诈骗', '冒充', '警惕', '招标公告', '公开招标', '中标'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'verify-independently', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '老板你好，我是部队后勤处的，想订一批被褥',
      '我们是消防支队的，明天要订三十份盒饭',
      '我是某部队的司务长，想跟你们店采购一批蔬菜',
      '武警中队这边要订五桌，明天中午来吃饭',
      '我们部队营房要装修，需要你们报个价',
    ],
    negative: [
      '我儿子在部队当兵，下个月探亲回来',
      '某部队食堂物资采购公开招标公告',
      '消防支队提醒：冬季用电注意安全',
      '警惕冒充部队采购的诈骗，先垫付的都是骗子',
      '我们公司要订一批办公用品',
    ],
  },
});
