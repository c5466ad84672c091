import { defineTactic } from '../../schema.ts';

/**
 * A link given as where a refund or a claim is to be had ("退款 → t.cn/A6xk2pQ", "理赔领取：tk-lp.xyz/r"): the
 * link IS the refund, with or without a story around it. A platform pays a refund back by itself and shows it in
 * its own app; it sends no page to collect it on. Weight 0, a component: a real shop's "退款进度查询：its own
 * domain" names a link too, so only the composite `refund-word-plus-hidden-link` reads it, with the link checker's
 * component shift.hidden-link (a shortener or a throwaway ending hides whose page it is). Kind: newcomer9 kind 3.
 */
export default defineTactic({
  id: 'shift.refund-link',
  stage: 'shift',
  description: {
    zh: '把一个链接说成退款、理赔、赔付的领取地方',
    en: 'Gives a link as the place to collect a refund, a claim or a payout',
  },
  weight: 0,
  role: 'component',
  // The score's frame, not evidence for the text model.
  scoreOnly: true,
  cues: [
    {
      entity: 'url', within: 12,
      near: ['退款', '理赔', '赔付', '赔偿', '补偿', '退税', '退费', '返还', '退回', '补贴', '赔款', '理赔款', '退款金', '领取'],
    },
  ],
  unless: ['不要点', '请勿点击', '切勿点击', '陌生链接', '不明链接', '可疑链接', '不会发送', '不会通过短信'],
  guards: ['warning'],
  advice: ['check-domain', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '退款 → t.cn/A6xk2pQ',
      '您的理赔款待领取：lp-kd.xyz/r/31',
      '退费通道 dwz.cn/8Hk2a 今日有效',
      '补偿金已到账，点 bit.ly/3xQw 查收',
      '【快递理赔】赔付申请通道 kd-pf.top/a 请尽快办理',
    ],
    negative: [
      '陌生链接不要点，退款只在APP里办理 t.cn/A6xk2pQ 这种都是骗子发的',
      '你看这个菜谱 t.cn/A6xk2pQ',
      '退款请在淘宝APP“我的订单”中查看',
      '退款已原路退回，请注意查收',
      '这家店的网址是 abc-shop.com，衣服挺好看',
    ],
  },
});
