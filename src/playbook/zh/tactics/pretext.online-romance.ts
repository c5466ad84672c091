import { defineTactic } from '../../schema.ts';

/**
 * The online sweetheart never met (网络交友 / 杀猪盘 opening, issue 8 §1.8): endearments or a future
 * together said to someone only known online — abroad on a mission, a doctor overseas, met on a
 * dating site or by "adding the wrong person", "before we meet". A story only (weight 15): with a
 * money request, a bill to pay for them or a stake in a platform the composites decide
 * (src/playbook/zh/composites-other.ts). Written from the police descriptions of 网络交友诈骗 and our
 * own writing (data/corpus/gen-scam-other-zh.jsonl misses, 网络交友); a real couple's money talk has
 * no "never met / abroad / dating site" half and stays quiet.
 */
export default defineTactic({
  id: 'pretext.online-romance',
  stage: 'pretext',
  description: {
    zh: '网上认识、从未见面的“恋人”：说在国外、维和、当医生，谈结婚和未来，或“加错人了”搭讪',
    en: 'An online sweetheart never met: abroad, on a peace-keeping mission or a doctor overseas, talking marriage and a future, or opening with "wrong person added"',
  },
  weight: 15,
  cues: [
    // An endearment or a future together, next to the sign that they have never met or are far away.
    {
      all: [
        ['亲爱的', '宝贝', '老婆', '老公', '哥哥', '想你', '结婚', '在一起', '共度余生', '我们的未来', '我们以后', '见到你', '认识你', '真心'],
        ['没见过面', '没见面', '见面之前', '还没见面', '下个月就见面', '早点见到你', '来看我', '认识这么久', '认识三个月', '认识快', '认识也快', '认识半年',
          '网上认识', '回国', '在国外', '在海外', '国外工作', '海外工作', '维和', '无国界', '婚恋', '附近的人', '交友软件', '合同还有', '行李'],
      ],
      within: 40,
    },
    // The classic self-introductions of the script: a soldier or doctor abroad, a "wrong person" opener, a matchmaker.
    {
      any: [
        '维和军人', '维和部队', '海外执行任务', '无国界医生', '在叙利亚', '在迪拜做', '海外华人', '在外国做生意', '加错人了', '加错了人', '婚恋网站上看到',
        '婚恋平台的红娘', '共度余生', '找一个真诚的人', '单亲妈妈',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '杀猪盘', '警惕', '小心', '被骗', '报警'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '亲爱的，我们还没见过面，但我已经想和你结婚了',
      '我是在海外执行任务的维和军人，想找个人共度余生',
      '宝贝，等我回国我们就在一起，再等我三个月',
      '不好意思加错人了，不过看你挺有气质，交个朋友吧',
      '我在国外工作，合同还有两个月，亲爱的你再等等我',
      '认识这么久了，老婆，见面之前我想先跟你商量件事',
    ],
    negative: [
      '老婆，晚上回家吃饭吗',
      '宝贝，今天幼儿园好玩吗',
      '亲爱的，明天我们去看电影吧',
      '警惕网络交友诈骗：网上认识的“恋人”说在国外维和，要钱的都是骗子',
      '我哥回国了，下周一起吃饭',
      '我们结婚十年了，孩子都上学了',
    ],
  },
});
