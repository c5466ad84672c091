import { defineTactic } from '../../schema.ts';

/**
 * Utility phishing (冒充国家电网/燃气/水务): "your bill is overdue, supply is cut today, pay now" with a
 * link or a number. Real utilities bill in their own app (网上国网) or at the counter. Weak alone
 * (weight 20: a real reminder says 欠费 too); with a payment link the composite makes it a scam, with a
 * number to call suspicious.
 */
export default defineTactic({
  id: 'pretext.utility-arrears',
  stage: 'pretext',
  description: {
    zh: '冒充电网、燃气、水务，说您欠费、马上停电停气停水，要您点链接缴费或打电话',
    en: 'Poses as the power, gas or water company: overdue bill, supply cut today, pay by a link or call a number',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['国家电网', '电网', '供电局', '供电公司', '电力公司', '电费', '燃气', '煤气', '天然气', '水费', '自来水', '水务',
          // Taiwan's, Hong Kong's and Macau's carriers, read after 繁→简 (nc13-recall R3: "【中華電信】您的帳單逾期未繳，將於今日停話").
          '中华电信', '台湾大哥大', '远传电信', '亚太电信', '澳门电讯', '香港电讯'],
        ['欠费', '欠缴', '停电', '停气', '停水', '逾期', '拖欠', '未缴', '停话'],
      ],
      within: 24,
    },
  ],
  unless: ['计划停电', '检修停电', '施工停电', '线路检修', '管道检修', '计划停水', '95598', 'sgcc.com.cn', '网上国网'],
  guards: ['warning'],
  advice: ['pay-bills-officially', 'check-domain'],
  examples: {
    positive: [
      '【国家电网】您家电费欠缴已超期，将于今日18点停电',
      '燃气公司通知：您的燃气费已欠费，明天停气',
      '您的水费逾期未缴，今晚将停水',
      '供电局：您户电费拖欠三个月，即将停电',
      '【电力公司】您已欠费，请立即缴费以免停电',
    ],
    negative: [
      '因线路检修，明天上午8点至12点计划停电',
      '这个月电费三百多',
      '物业通知：周六管道检修，计划停水',
      '我去营业厅交了燃气费',
      '小区今晚停电了吗',
    ],
  },
});
