import { defineTactic } from '../../schema.ts';

/**
 * A message out of nowhere ("我们收到您的投诉", "您的快递丢失了") that asks you to send your order
 * number, name, phone, address, account name or a receipt straight back to it. A real platform asks
 * for these inside its own app or order page, never by a reply to a stranger's SMS; the scammer
 * needs them to sound like the shop on the next call. A contact-stage move, not an extraction: a
 * booking desk or a courier on the phone asks for a name and an address every day (teleantifraud
 * normal dialogues), so it weighs little alone and is decisive only after a complaint, lost-parcel
 * or refund story (composite `story-plus-details`);
 * a claimed desk alone is not enough. Kind found in the texts-8 dev misses (冒充客服: complaint
 * acknowledgements and parcel notices asking for details by reply), examples our own.
 */
export default defineTactic({
  id: 'contact.asks-details',
  stage: 'contact',
  description: {
    zh: '陌生来信要您直接回复或提供订单号、姓名、手机号、地址、账户名等资料',
    en: 'An unasked message wants your order number, name, phone, address or account name sent straight back to it',
  },
  weight: 10,
  // Only in a message (no speaker turns): on a call or in a chat an agent asks for a name and a number
  // every day; the reply to a stranger's SMS is the kind.
  speaker: 'unknown',
  cues: [
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.reply'], object: ['obj.details'] } },
  ],
  // On the platform's own page: a real after-sales desk ("在APP“我的订单”中填写退货快递单号").
  unless: ['app内', 'app里', '在app', '小程序', '我的订单', '订单详情', '官网', '取件', '驿站', '退订', '保护好', '泄露', '不要提供'],
  guards: ['warning'],
  negatable: true,
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们收到您的投诉，请您提供订单号和姓名，我们尽快为您处理',
      '您的快递在运输途中丢失，请回复您的姓名、手机号和收货地址以便理赔',
      '请把订单号和支付宝账户名发给我',
      '请您提供账户名称、手机号码、会员编号',
      '请您回复以下内容：您的手机号码是什么？您的微信昵称是什么？',
    ],
    negative: [
      '请在京东APP“我的订单”中填写退货快递单号',
      '快递已到驿站，请凭手机号后四位取件',
      '我们不需要您提供手机号和地址',
      '请保护好您的姓名和手机号，不要泄露给他人',
      '我已经把订单号发给客服了',
    ],
  },
});
