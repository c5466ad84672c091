import { defineTactic } from '../../schema.ts';

/**
 * A bill (a hospital's deposit, a school's fee, a settlement) that the speaker wants sent to THEM, to pay it on
 * your behalf (newcomer12 kind S4): "需要先交5000抢救费，您先转给我", "请您马上转到我这里，我去缴费", "钱转给我，我帮您交".
 * Weak alone (weight 5: a spouse or a roommate says it of a shared bill); with a third party's story of your
 * relative hurt (pretext.relative-hurt) the composite `relative-hurt-plus-money` makes it `scam`.
 */
export default defineTactic({
  id: 'extract.pay-through-me',
  stage: 'extraction',
  description: {
    zh: '要您把该交给医院、学校或对方的钱先转给他本人，由他“去交”“帮您交”',
    en: 'Asks you to send a bill meant for a hospital, a school or another party to them, so that they "pay it for you"',
  },
  // Weight 5: beside money-request a child's "妈…先转给我，我下午去交" stays safe (25); with the story the composite decides.
  weight: 5,
  cues: [
    // Sent to the speaker, then "I pay it" ("您先转给我，我去交", "转到我这里，我去缴费", "打我卡上，我替您交").
    {
      all: [
        ['转给我', '转到我这', '转到我的', '转我', '打给我', '打到我', '打我卡', '汇给我', '给我转', '发给我'],
        ['我去交', '我去缴', '我去付', '我帮你交', '我帮您交', '我帮你缴', '我帮您缴', '我替你交', '我替您交', '我替你缴', '我替您缴',
          '我帮你去交', '我帮您去交', '我去窗口', '我去医院交', '我来交', '我代交', '替您交上', '替你交上'],
      ],
      within: 20,
      ordered: true,
    },
    // A bill named, then "send it to me first" ("需要先交5000抢救费，您先转给我", "押金八千，你先转到我这里").
    {
      all: [
        ['费', '押金', '预交金', '保证金'],
        ['先转给我', '先转到我这', '先转我', '先打给我', '先打到我', '马上转给我', '马上转到我这', '赶紧转给我', '直接转给我', '转给我就行', '转到我这里'],
      ],
      within: 20,
      ordered: true,
    },
  ],
  unless: ['已转', '已经转', '我转给你', '我给你转', '我转你', '收到', '报销', '理赔', '退给', '骗子', '诈骗', '冒充', '不要转', '别转', '切勿', '千万别'],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '医院要先交三千押金，您先转给我，我去窗口交',
      '钱转到我这里，我帮您交上',
      '抢救费两万，你先转给我',
      '住院押金一万，你直接转给我，我替您交上',
      '检查费三千块，您转我微信，我帮你去交',
    ],
    negative: [
      '押金我已经转给你了，你去交一下',
      '这个文件你转给我，我去办',
      '医药费报销的单子发给我，我去交材料',
      '千万别把钱转给陌生人，说帮你交费的都是骗子',
      '学费我给你转了，你自己去交',
      '押金收到了，明天我去办',
    ],
  },
});
