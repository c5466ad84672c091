import { defineTactic } from '../../schema.ts';

/**
 * Your child, parent or spouse hurt or taken ill and in hospital, told by a third party (newcomer12 kind S4): a
 * "teacher", a "辅导员", a "doctor", a "classmate's parent", a "colleague" of your relative who rings or texts that
 * 孩子出了意外 / 你爸晕倒了 / 他出车祸了在ICU. The story alone is weight 20 (safe: a school does tell a parent of
 * a fall); with the hospital's money asked to the teller (extract.pay-through-me, extract.money-request, a transfer)
 * the composite `relative-hurt-plus-money` makes it `scam`: a hospital takes its deposit at its own counter, from
 * the family, never through a teacher's or a stranger's WeChat. Call your relative or the school on the number you
 * know. Our own siblings: test/engine/nc12-recall.test.ts.
 */
/** Your relative, as a third party names them to you (你/您 + who; a child as 孩子/宝宝 to a parent). */
export const YOUR_RELATIVE = [
  '您孩子', '你孩子', '您的孩子', '你的孩子', '您家孩子', '你家孩子', '孩子', '宝宝', '您儿子', '你儿子', '您的儿子', '你的儿子',
  '您女儿', '你女儿', '您的女儿', '你的女儿', '您爸', '你爸', '您父亲', '你父亲', '您妈', '你妈', '您母亲', '你母亲',
  '您老公', '你老公', '您爱人', '你爱人', '您丈夫', '你丈夫', '您妻子', '你老婆', '您侄子', '你侄子', '您孙子', '你孙子',
  '您家老人', '你家老人', '您外甥', '你外甥', '您弟弟', '你弟弟', '您哥哥', '你哥哥',
];
/** What befell them: an accident, a fall, a sudden illness, hospital, surgery, rescue. */
export const HURT = [
  '出了意外', '出意外', '出了事', '出事了', '出车祸', '车祸', '送医', '送到医院', '送医院', '送进医院', '送去医院', '在医院', '住院了',
  '晕倒', '昏倒', '昏迷', '摔伤', '摔倒', '摔下来', '摔断', '烫伤', '烧伤', '受伤', '打伤', '撞伤', '被车撞', '骨折', '磕破', '缝针',
  '突发疾病', '突发', '急病', '抢救', '急诊', 'icu', '重症', '病危', '做手术', '要手术', '中毒',
];

export default defineTactic({
  id: 'pretext.relative-hurt',
  stage: 'pretext',
  description: {
    zh: '第三人说您的孩子、父母或家人出了意外、突发疾病被送医或正在抢救',
    en: 'A third party says your child, parent or spouse has had an accident or a sudden illness and is in hospital',
  },
  weight: 20,
  cues: [
    { all: [YOUR_RELATIVE, HURT], within: 40 },
    // …or named through the teller's tie to them ("我是小军的室友，他骑车摔伤了", "我是您侄子的同事，他出车祸了").
    { all: [['的室友', '的同学', '的同事', '的班主任', '的老师', '的辅导员', '的工友', '的朋友', '的舍友', '的教练'], HURT], within: 30, ordered: true },
  ],
  // Settled, insured or reimbursed, the sender's own family ("我妈住院了"), or a warning about the trick.
  unless: ['已经没事', '没什么大碍', '无大碍', '已出院', '出院了', '报销', '理赔', '医保', '学平险', '骗子', '诈骗', '冒充', '警惕',
    // A warning's advice ("接到电话说是您的孙子出事了要钱的，先挂了电话，再打给孩子父母确认").
    '先挂', '挂了电话', '挂断', '再打给', '核实', '提醒', '注意：'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'already-paid'],
  examples: {
    positive: [
      '您好，我是您女儿的班主任，她在体育课上摔伤了，已经送到医院',
      '你爸在工地上摔下来了，现在在急诊',
      '我是您儿子的室友，他突发疾病送医了',
      '您孩子在学校出了意外，正在抢救',
      '你老公在路上被车撞了，送去医院了',
    ],
    negative: [
      '您孩子今天在学校摔了一下，校医看过了，没什么大碍',
      '孩子在校摔伤的医药费，学平险可以报销',
      '我妈住院了，这周我请假陪护',
      '冒充老师说孩子出了意外要转钱的都是骗子',
      '宝宝今天在幼儿园表现很好',
    ],
  },
});
