import { defineTactic } from '../../schema.ts';

/**
 * The sex lure (色情引流, issue 8 §1.8): "lonely? girls nearby", a one-to-one video, a home visit, a
 * "private video" app. It leads to a paid app or to sextortion; weight 25 (watch alone). With an
 * app, a link, a chat handle, a top-up or a payment the composites make it `scam`.
 */
export default defineTactic({
  id: 'pretext.sex-lure',
  stage: 'pretext',
  description: {
    zh: '色情引诱：同城美女、寂寞吗、一对一视频、上门服务、私密视频、附近的小姐姐',
    en: 'A sex lure: girls in your city, "lonely?", one-to-one video, home visits, private videos',
  },
  weight: 25,
  cues: [
    {
      any: [
        // Not 上门服务 (repairs, loans), 约吗 (预约吗) nor 附近的人 (a WeChat feature): everyday words in dev normal dialogues and SMS.
        '同城美女', '寂寞吗', '寂寞了', '一对一视频', '私密视频', '私密聊天', '附近的小姐姐', '附近有人在等你', '来点刺激',
        '裸聊', '果聊', '视频聊天好吗', '我们视频聊聊', '我今晚一个人', '看好看的', '美女在线', '附近的小美', '上门服务，先付款', '先付款后服务',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '打击', '扫黄', '抓获', '裸聊敲诈'],
  guards: ['warning'],
  advice: ['sextortion-no-pay', 'no-app-download', 'already-paid'],
  examples: {
    positive: [
      '寂寞吗？同城美女在线陪聊',
      '哥哥，一对一视频，保证满意',
      '上门陪聊，先付款后服务',
      '小哥哥，我今晚一个人，来点刺激的',
      '附近有人在等你，私密聊天',
    ],
    negative: [
      '警方扫黄行动抓获十余人',
      '晚上一个人在家记得锁门',
      '我们视频会议改到下午三点',
      '家电维修可以预约上门服务',
      '同城快递当天送达',
    ],
  },
});
