import { defineFrame } from '../../schema.ts';

/**
 * A NOTICE of money already moved or being returned on the reader's own account, told as done: a
 * refund made (已为您全额退款), a claim registered or paid (已登记理赔, 赔付款已打入), money going back
 * the way it came (原路退回, 退回您的下单支付账户, 返还至您的话费账户), a subsidy paid into one's card.
 * Weight 0: a scammer can copy the words, so it never lowers a request, a move or a story no sender tells
 * of its own service; the score reads it only as the frame of the playbook's ONE `notice` rule
 * (src/playbook/notice.ts, sms12, session 12).
 * Not a complaint received (已收到您的投诉: nothing moved), nor money the reader is told to move.
 */
export default defineFrame({
  id: 'contact.done-notice',
  description: {
    zh: '像平台、快递、银行或商家告知已办好的退款、理赔或到账（钱回到您自己的账户）',
    en: 'Reads like a platform, courier, bank or shop telling a refund, a claim or a payment already made back to your own account',
  },
  cues: [
    // Done: "已为您全额退款", "理赔已完成", "已登记理赔", "赔付金额已退回", "补贴已发放至".
    {
      all: [['已', '已经', '已为您', '成功'], ['退款', '退回', '退还', '返还', '到账', '入账', '赔付', '理赔', '转入', '划入', '存入', '打入', '发放', '补偿', '退费', '退票', '赔款',
        // A small payment made by the platform ("已通过淘宝的小额打款发到您的支付宝", ncfp17 kind H).
        '打款']],
      within: 8, ordered: true, clause: true,
    },
    // Back the way it came: "原路退回", "原路返还", "原路赔付".
    { all: [['原路'], ['退回', '退还', '返还', '返回', '赔付', '退款']], within: 4, ordered: true, clause: true },
    // Back into the reader's own account: "将在3个工作日内退回您的下单支付账户", "赔付至您的微信零钱" (not 转入/打入
    // an account: "请把钱转入我们指定的账户" is the reader's own move).
    {
      all: [['退回', '退还', '返还', '赔付', '发放', '支付至', '退至'], ['账户', '余额', '零钱', '钱包', '支付渠道', '原支付', '银行卡', '社保卡']],
      within: 14, ordered: true, clause: true,
    },
  ],
  examples: {
    positive: [
      '【圆通速递】您的快件在运输途中丢失，已为您登记理赔，赔付金额将在3个工作日内退回至寄件支付账户',
      '您好，我是饿了么客服，您的订单商家未出餐，已为您全额退款，1-3个工作日到账',
      '【携程】您的机票订单重复扣款已全额退回原支付卡',
      '【中国移动】多扣费用10元将在3个工作日内返还至您的话费账户',
      '【新东方】您报名的冬令营因故取消，学费将全额原路退还',
      '【人社局】取暖补贴已发放至您的社保卡金融账户',
    ],
    negative: [
      '您好，我们已经收到您的投诉，会尽快与您联系',
      '您的账户已被冻结，请按提示操作',
      '请把钱转入我们指定的账户',
      '请将款项打入以下账户',
      '您的快递丢失了，可以为您办理理赔',
      '已经下单了，明天到',
    ],
  },
});
