import { defineTactic } from '../../schema.ts';

/**
 * "同意退款请回复1", "回复Y确认领取理赔": a stranger's SMS that moves you into a conversation with it by a
 * reply code, for a refund, a claim or a cancellation. A real platform settles refunds in its app and
 * asks no reply to accept one; its reply codes are for opting out, rating a service or ordering its
 * own plan (those sentences do not count). Messages only (speaker unknown). With a refund story it is
 * `pretext-plus-shift`. Kind named in issue 8 (sms-cs brief: 回复1/回复数字 moves), examples our own.
 */
export default defineTactic({
  id: 'shift.reply-code',
  stage: 'shift',
  description: {
    zh: '让您回复数字或字母（回复1、回复Y）来“同意退款”“领取理赔”“取消扣费”，把您引进和对方的对话',
    en: 'Asks you to reply with a digit or a letter ("reply 1", "reply Y") to accept a refund, claim compensation or cancel a charge',
  },
  weight: 15,
  speaker: 'unknown',
  cues: [
    {
      all: [
        [
          '回复1', '回复2', '回复3', '回复4', '回复5', '回复6', '回复7', '回复8', '回复9', '回复0', '回复y', '回复是', '回复"1"', '回复“1”',
          '回复"y"', '回复“y”', '回复数字', '回复序号', '短信回复1', '回复yes',
        ],
        ['退款', '理赔', '赔付', '赔偿', '补偿', '退费', '取消', '关闭', '解除', '领取', '到账', '返还', '退还', '扣费'],
      ],
      within: 20,
    },
  ],
  // A shop's rating, a carrier's own plan, an opt-out, a delivery confirmation: real reply codes.
  unless: ['退订', '满意', '评价', '流量包', '套餐', '话费', '确认收货', '签收', '预约', '积分', '我回复', '已回复', '已经回复'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '您的订单退款待确认，同意退款请回复1，我们将安排专员联系您',
      '您购买的商品存在质量问题，可申请双倍赔付，需要办理请回复1',
      '您的快递丢失，理赔金额198元待领取，回复Y确认领取',
      '您开通的会员即将自动扣费，如需取消请回复2',
      '退款金额已核实，请回复数字1确认到账方式',
    ],
    negative: [
      '【京东】您的退款已到账，满意请回复1，不满意请回复2',
      '【中国移动】回复1确认办理10元流量包',
      '回复TD退订',
      '您的快件已签收，如有问题回复1联系快递员确认收货',
      '我回复1了，他说退款马上到',
    ],
  },
});
