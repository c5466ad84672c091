import { defineTactic } from '../../schema.ts';

/**
 * A link in the message that is off every official domain (official links never reach the cues:
 * src/pipeline/step.ts drops them). Weight 0: a link alone is no move (every shop's SMS has one,
 * and shift.link judges the refund ones by their words); it counts only where a story names it in
 * a composite (src/playbook/zh/composites-other: a gambling site, a fake office's or subsidy's
 * page, a prize or a sex lure's link).
 */
export default defineTactic({
  id: 'shift.sent-link',
  stage: 'shift',
  description: {
    zh: '发来的链接不是官方网站',
    en: 'The message carries a link off the official sites',
  },
  weight: 0,
  role: 'component',
  cues: [{ entity: 'url' }],
  unless: [],
  guards: [],
  examples: {
    positive: [
      '详情见 abc-pay.top/x',
      '请访问 yb-zr.cc 办理',
      '官方网址：vip88-game.com',
      '点击 http://tc-mm.club 立即匹配',
      '登录 xyk-te.cn 提交申请',
    ],
    negative: [
      '详情请打开官方APP查看',
      '今天天气很好',
      '请拨打110报警',
      '我给你发了个文件',
      '欢迎访问我们的门店',
    ],
  },
});
