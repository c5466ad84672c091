import { defineFrame } from '../../schema.ts';

/**
 * The way a real operator, bank or shop addresses its own customers in a mass SMS (a salutation to
 * "尊敬的用户/客户", an opt-out "回复TD退订"). Weight 0: it proves nothing on its own (a scammer can
 * copy it) and never lowers a story or a request; the score uses it only to tell a promotion of the
 * sender's OWN link or app from a lure: one of the frames of the playbooks' ONE `promotion` rule
 * (src/playbook/promotion.ts). Found on the dev
 * half of telecom-fraud-texts-5 / 正常短信 and our hard negatives.
 */
export default defineFrame({
  id: 'contact.official-sender',
  description: {
    zh: '像运营商、银行或商家给自己客户的群发通知（称呼“尊敬的用户”、附退订方式）',
    en: 'Reads like an operator, bank or shop writing to its own customers (a "dear customer" salutation, an opt-out)',
  },
  cues: [
    { any: ['尊敬的用户', '尊敬的客户', '尊敬的会员', '尊敬的vip', '尊敬的业主', '尊敬的车主', '尊敬的旅客', '退订回', '回复td', '回td', '回t退订', '退订请回复', '拒收请回复', '退订勿扰'] },
    // A greeting that names the brand, the city or the tier between its words ("尊敬的中国移动客户",
    // "亲爱的淘宝用户", "尊敬的金牌会员"): the sender addresses its own customers.
    { all: [['尊敬的', '亲爱的'], ['用户', '客户', '会员', '顾客', '车主', '业主', '旅客']], within: 10, ordered: true },
    // An opt-out in any order and spelling ("回复“T”即可退订", "如需退订请回复N", "回复退订可取消").
    { all: [['退订'], ['回复', '请回', '回n', '回t']], within: 8 },
  ],
  examples: {
    positive: [
      '尊敬的用户，您好！中国移动为您送福利啦，点击链接下载客户端领取流量。',
      '【京东】您有一张优惠券即将过期，打开京东APP使用，退订回T。',
      '双12红包雨今晚8点开抢，回复TD退订',
      '尊敬的客户，您本月流量已用完80%，可办理流量包。',
      '尊敬的业主，12月物业费已可缴纳。',
      '尊敬的中国移动客户，您的积分可兑换话费。',
      '亲爱的淘宝用户，年货节红包已发放。',
      '新品上架，回复“T”即可退订。',
    ],
    negative: [
      '您好，我是淘宝客服，您的订单有问题',
      '点击链接下载APP进群领任务',
      '妈，我给你转了两千块',
      '我们尊重用户的选择',
      '退款已原路退回',
      '亲爱的，我到家了',
      '我已经退订了那个会员',
    ],
  },
});
