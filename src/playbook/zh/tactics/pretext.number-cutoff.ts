import { defineTactic } from '../../schema.ts';

/**
 * Your phone number said to be misused — "sending fraud SMS", "a record of illegal use", "a fraud risk" —
 * and about to be cut off or restricted (newcomer11 kinds 2 and 6: "您的手机号码涉嫌发送诈骗短信，两小时后将被停机，
 * 如有疑问请按9转人工" read 20; "【通信管理局】您的手机号存在违规使用记录，即将被强制停机，如需申诉请回拨 0898-…" 0;
 * "【国家反诈中心】您的手机存在涉诈风险，请立即下载最新版反诈APP：http://…，否则将限制使用" 20). The accusation and the
 * deadline are the fake carrier's and the fake regulator's opening: the "appeal" line, the key to press
 * or the app is where the fake police take over. A carrier's real notices are about arrears (欠费停机:
 * no accusation) or real-name checks done at its own counter or app. The story alone is weight 30; with
 * a line, a key to press, a link or an app of theirs (composite `number-threat-plus-channel`) it is
 * `suspicious` at least. Our own siblings: test/engine/nc11-recall.test.ts.
 */
export default defineTactic({
  id: 'pretext.number-cutoff',
  stage: 'pretext',
  description: {
    zh: '说您的手机号涉嫌违规、发送诈骗短信或有涉诈风险，马上要停机、限制使用：运营商和反诈中心不会这样通知您去申诉',
    en: 'Says your phone number is misused, sent fraud messages or carries a fraud risk and will be cut off or restricted: carriers and anti-fraud centres do not notify you this way',
  },
  weight: 30,
  cues: [
    {
      all: [
        ['手机号', '手机号码', '您的号码', '你的号码', '您的手机', '你的手机', '本机号码', '该号码', '手机卡', '电话卡', '号码'],
        ['涉嫌', '违规', '违法', '诈骗短信', '骚扰短信', '涉诈', '异常使用', '被举报', '被投诉', '非法', '实名异常'],
        ['停机', '停号', '销号', '注销', '关停', '限制使用', '封停', '冻结', '停用', '强制'],
      ],
      within: 40,
      ordered: true,
    },
    // A fraud risk on your phone with an order to check it or lose it ("您的手机存在涉诈风险，请立即下载…反诈APP…进行检测，
    // 否则将限制使用"): the deadline comes after the app or the link, further than the first cue reaches.
    {
      all: [
        ['手机号', '手机号码', '您的号码', '你的号码', '您的手机', '你的手机', '本机', '手机卡'],
        ['涉诈风险', '涉诈', '诈骗风险', '涉嫌诈骗'],
        ['停机', '限制', '冻结', '注销', '停用', '下载', '检测', '安装'],
      ],
      within: 60,
      ordered: true,
    },
  ],
  // Settled at the carrier's own counter or app, a number of theirs only (10086, 10010, 10000), or a warning.
  unless: ['营业厅', '欠费', '余额不足', '话费不足', '充值', '骗子', '诈骗分子', '不法分子', '冒充', '假冒', '谨防', '警惕', '切勿', '请勿'],
  guards: ['warning'],
  advice: ['verify-independently', 'police-never-by-phone', 'check-domain', 'no-app-download'],
  examples: {
    positive: [
      '您的手机号码涉嫌发送诈骗短信，两小时后将被停机',
      '您的手机号存在违规使用记录，即将被强制停机',
      '您的手机存在涉诈风险，否则将限制使用',
      '你的号码被举报发送骚扰短信，今天将被关停',
      '本机号码涉嫌违法使用，24小时后注销',
      '您的手机存在涉诈风险，请立即下载反诈APP进行检测',
    ],
    negative: [
      '您的话费余额不足，即将停机，请及时充值',
      '您的号码已欠费，请缴费后恢复使用',
      '根据实名制要求，您的号码需到营业厅补登记，否则将停机',
      '谨防冒充通信管理局说您的手机号违规要停机的诈骗电话',
      '您的手机号码已成功办理停机保号',
    ],
  },
});
