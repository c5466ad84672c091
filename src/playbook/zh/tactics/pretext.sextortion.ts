import { defineTactic } from '../../schema.ts';

/**
 * Sextortion (裸聊敲诈): "your nude video call was recorded; pay or it goes to your contacts / family /
 * workplace". The threat pairs sexual material with spreading it to the people you know; no real
 * person or body ever says both. Alone already `suspicious` (weight 45); with any money demand the
 * composite `sextortion-plus-money` makes it a scam. From the public police bulletins on 裸聊敲诈
 * (录屏 + 窃取通讯录 + 索要钱财) and our own writing.
 */
export default defineTactic({
  id: 'pretext.sextortion',
  stage: 'pretext',
  description: {
    zh: '说录下了您的裸聊视频、不雅照片，要发给您的通讯录、家人或同事：这是裸聊敲诈',
    en: 'Claims to hold your nude video or intimate photos and threatens to send them to your contacts, family or workplace: sextortion',
  },
  weight: 45,
  speaker: 'any',
  cues: [
    {
      all: [
        ['裸聊', '裸照', '不雅视频', '不雅照', '不雅录像', '私密视频', '私密照', '床照', '裸体视频', '裸体照', '色情视频', '果聊', 'luo聊', '脱衣视频'],
        ['通讯录', '亲友', '家人', '同事', '朋友圈', '发给', '曝光', '公开', '群发', '发到', '传到', '你老婆', '你老公', '你单位', '你们单位', '你公司', '你领导', '你爸妈', '你父母', '网上'],
      ],
      within: 40,
    },
    // The threat said without the words for nudity ("你的视频我们截图了，转两万，不然就发给你的家人和同事"): a recording,
    // where it goes, and the condition (our own writing, 色情引流).
    {
      all: [
        ['视频', '录下来', '录屏', '录像', '截图了', '截了图'],
        ['通讯录', '发到网上', '你的家人', '家人和同事', '所有人', '你老婆', '你单位', '亲戚朋友'],
        ['不给', '不转', '转', '否则', '不然', '如果你不', '打钱', '给钱'],
      ],
      within: 40,
    },
    // Said to the victim as theirs ("你的裸聊视频"): the threat of a recording, even before the contacts are named.
    { any: ['你的裸聊', '你裸聊的', '你的不雅', '你的私密视频', '你的私密照', '你的果聊', '你的床照', '你的裸照', '您的裸聊', '您的不雅'] },
  ],
  unless: ['小心', '警惕', '谨防', '敲诈案', '破获', '抓获', '报警', '敲诈', '勒索', '遇到裸聊敲诈', '不要裸聊', '别裸聊', '骗局', '诈骗团伙'],
  guards: ['warning'],
  advice: ['sextortion-no-pay', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '你的裸聊视频已经录下来了，不想让你通讯录里的人看到就转钱',
      '你和我视频裸聊的录像在我这，再不给钱我就群发给你的亲友',
      '你的不雅照片我已经截图了，三天内不打款就发到你们单位群里',
      '你通讯录我已经拿到了，裸聊视频马上发给你老婆',
      '私密视频要是不想被曝光，就按我说的做',
    ],
    negative: [
      '小心裸聊敲诈，陌生人邀请视频不要接',
      '警方破获一起裸聊敲诈案，抓获嫌疑人五名',
      '我把家里的照片发到家族群了',
      '会议视频已经录好，发给全体同事',
      '如果遇到裸聊敲诈，不要转账，立即报警',
    ],
  },
});
