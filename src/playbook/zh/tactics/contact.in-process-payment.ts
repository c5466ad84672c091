import { defineTactic } from '../../schema.ts';

/**
 * The platform's own after-sale process named where money is spoken of — a frame of the CONTACT (who
 * this is and where the talk stays, like contact.official-sender), not a step of the kill chain: return postage paid when the
 * parcel is posted and refunded with the return (先垫付运费, 运费险), the difference paid in the order
 * itself (在订单里补差价), money coming back to the customer's own balance (退到您的支付账户, 赔付到账户余额,
 * 退回来给您补发). Weight 0, a component the score reads (src/score/initiator.ts `IN_PROCESS_MONEY`): in a
 * chat the CUSTOMER opened, an agent's money step said with it, in the same turn and with no payee
 * named, is the platform's process, not a transfer to a stranger. In a stranger's call or message it
 * changes nothing. Any named payee, code, link, contact, app, screen or loan in the sentence (`unless`)
 * makes the step what it says.
 *
 * Kind: our own legitimate chats read `scam` (session 9: "退货时先垫付运费，理赔款会自动退到您的支付账户";
 * "您先垫付，寄件后把快递单号填到售后单里，我们收到货后会连同运费一起退给您"). Examples our own.
 */
export default defineTactic({
  id: 'contact.in-process-payment',
  stage: 'contact',
  description: {
    zh: '款项留在平台自己的售后流程里：寄件时垫付的运费随退款退回、在订单里补差价、退回您自己的账户余额',
    en: 'Money that stays in the platform\'s own after-sale process: return postage refunded with the return, a difference paid in the order, money back to your own balance',
  },
  weight: 0,
  role: 'component',
  scoreOnly: true,
  speaker: 'caller',
  cues: [
    {
      any: [
        // Return postage, the customer's own return.
        '运费险', '退货运费', '寄件时', '寄件后', '寄回时', '寄回后', '寄出后', '退货时', '售后单', '退货单', '快递单号', '物流单号',
        '连同运费', '运费一起', '运费会', '运费补贴', '补贴运费', '运费由', '运费我们',
        // Paid or refunded inside the order or the app.
        '在订单里', '在订单中', '订单里补', '订单中补', '订单页面', '在app里', '在app内', 'app内', '在app上',
        // Money back to the customer's own account, or goods sent again.
        '原路退回', '原路返回', '账户余额', '您的支付账户', '您的账户余额', '退回您的', '给您补发', '为您补发', '重新补发',
      ],
    },
  ],
  // A payee, a code, a link, a contact, an app, a screen or a loan: the money leaves the platform's process.
  unless: [
    '指定账户', '指定的账户', '这个账户', '这个账号', '我的账户', '我们的账户', '对公账户', '安全账户', '验证账户', '卡号', '银行卡', '收款码', '二维码', '扫码', '扫一下',
    '微信', 'qq', '加我', '群', '链接', '网址', '网站', '转到', '转给', '转入', '汇到', '借呗', '备用金', '贷款', '借款', '屏幕', '下载', '验证码',
  ],
  examples: {
    positive: [
      '您有运费险，退货时先垫付运费，理赔款会自动退到您的支付账户',
      '您先垫付，寄件后把快递单号填到售后单里，我们收到货后会连同运费一起退给您',
      '差价在订单里补一下就可以，系统会自动重新计算',
      '商品退回来以后给您补发一件新的',
      '赔付款会打到您的账户余额，请注意查收',
    ],
    negative: [
      '退货时先垫付运费，运费请转到这个账户',
      '您先把运费扫码付给我，寄件后退给您',
      '运费险理赔需要您加我微信操作',
      '您的订单已发货',
      '今天天气很好',
    ],
  },
});
