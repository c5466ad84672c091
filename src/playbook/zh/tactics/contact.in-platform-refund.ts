import { defineFrame } from '../../schema.ts';

/**
 * A refund, a claim or a small payment made INSIDE the platform's own order or app, named by the brand or by the buyer's own
 * order (ncfp17 kind H, session 17): "已经在淘宝订单里发起了退款申请，您在订单页面点一下同意就行", "要是有损坏您在中通APP上申请理赔，
 * 我们照价赔偿", "已通过淘宝的小额打款发到您的支付宝". The money moves through the platform's own process, reached in the app
 * the reader already uses; the shop or the courier only tells where. Weight 0, a frame of the ONE notice rule
 * (src/playbook/notice.ts, src/score/score.ts noticeReading) beside contact.done-notice: in ONE message where nothing but the
 * notice's own story words fired (a refund, a claim, a payout), no breaker, and the text model said nothing positive, those
 * weigh nothing. Any request, move, call-back or fee keeps everything counted; a link, a chat, a code, a card, a download or
 * a payee in the sentence (`unless`) is no platform's own place at all. Examples our own.
 */
export default defineFrame({
  id: 'contact.in-platform-refund',
  description: {
    zh: '退款、理赔或小额打款在平台自己的订单或APP里进行（在淘宝订单里发起、在快递APP上申请理赔、平台小额打款）',
    en: 'A refund, a claim or a small payment made inside the platform\'s own order or app (started in the order, claimed in the courier\'s app, the platform\'s small payment)',
  },
  cues: [
    // "在淘宝订单里", "在拼多多订单里", "在中通APP上", "在京东APP里": the brand's own order or app.
    { all: [['在'], ['订单里', '订单中', '订单内', 'app上', 'app里', 'app内', 'app中']], within: 8, ordered: true, clause: true },
    // The buyer's own order page (OWN_ORDER_PAGE, ../own-page.ts), and the platform's small payment.
    { any: ['订单页面', '订单详情页', '我的订单', '小额打款'] },
  ],
  unless: [
    '链接', '网址', '网站', '微信', 'qq', '加我', '群', '下载', '安装', '验证码', '卡号', '银行卡', '密码', '收款码', '二维码', '扫码',
    '转到', '转给', '转入', '汇到', '指定', '屏幕', '共享', '保证金', '手续费', '贷款', '借呗', '备用金',
  ],
  examples: {
    positive: [
      '已经在淘宝订单里发起了退款申请，您在订单页面点一下同意就行',
      '要是有损坏您在中通APP上申请理赔，我们照价赔偿',
      '已通过淘宝的小额打款发到您的支付宝，无需任何操作',
      '您在拼多多订单里点申请退款，上传照片就行',
      '您在订单页面点一下同意退款就可以了',
    ],
    negative: [
      '您在订单页面点一下这个链接同意退款',
      '退款请加我微信，在微信里给您操作',
      '您下载一下我们的理赔APP，在APP里申请',
      '已经在订单里发起了，请把验证码告诉我确认',
      '今天天气很好',
    ],
  },
});
