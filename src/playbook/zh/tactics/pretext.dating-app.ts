import { defineTactic } from '../../schema.ts';

/**
 * The pay-to-date app (网络交友): a "dating platform", an escort or a "match" that needs you to install
 * their app, buy a membership or finish "tasks" before you can meet. Weak alone; with a move to
 * their app or group (pretext-plus-shift) or any money ask (dating-plus-money) it is a warning.
 */
export default defineTactic({
  id: 'pretext.dating-app',
  stage: 'pretext',
  description: {
    zh: '以交友、约会、“约炮”、上门服务为诱饵，要您下载APP、开会员、做任务才能见面',
    en: 'Dating, hook-up or escort bait: install their app, buy a membership or do "tasks" before you can meet',
  },
  weight: 10,
  cues: [
    {
      any: [
        '约炮', '交友平台', '交友软件', '交友app', '约会app', '同城约会', '同城速约', '约爱', '性服务', '同城交友', '约会功能', '约会权限',
        '见面的机会', '匹配成功', '红娘',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '扫黄', '卖淫嫖娼'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'no-app-download'],
  examples: {
    positive: [
      '下载我们的交友软件，开通会员就能约会',
      '同城约会，小姐姐等你，先充值会员',
      '您已匹配成功，完成三次任务即可开启约会权限',
      '我们是专业的约炮交友平台',
      '红娘帮您牵线，先交会费',
    ],
    negative: [
      '交友软件上要钱的都是骗子',
      '周末我们去参加同事的婚礼',
      '他们俩是在公司认识的',
      '警方开展扫黄行动',
      '谨防网络交友诈骗',
    ],
  },
});
