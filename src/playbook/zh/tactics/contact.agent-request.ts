import { defineTactic } from '../../schema.ts';
import { OWN_APP_MENU, OWN_APP_MENU_BUT } from '../own-page.ts';

/**
 * The sender of a message asks you to DO something — any act of the request grammar, however weak:
 * give or send information, an order number, a receipt; pay, complete a payment, renew; transfer;
 * open a link, operate there, bind a card, download, add a contact. Nothing alone (a shop, a school
 * and a carrier ask for things every day): a component (weight 0) that only the composite
 * `claimed-agent-plus-request` reads — a stranger who says in his own message that he is a
 * platform's customer service AND asks you to act is the refund scam's SMS (issue 8 §4). A real
 * platform's notice signs as 【平台】 and sends you to its own app (`unless`); a chat the customer
 * opened is no stranger's message (the initiator rule drops composites, src/score/initiator.ts).
 *
 * Only in a message (`speaker: 'unknown'`): on a call or in a chat an agent asks for an order number
 * every day. Kind: dev texts-8 冒充客服, half A read (a claimed agent with 完成支付, 续费, 提供信息,
 * 点击链接进行操作, 转出…元); counted on half B before kept (commit message, cs9). Examples our own.
 */
/**
 * Give, tell, send, fill in or reply with information, details, ID, card, account, code or password: the
 * request cues this tactic shares with its narrow half, contact.details-request. Not "如有变动请回复" after an
 * ID to bring (a clinic's reminder): reply takes only the details objects.
 */
export const HAND_OVER_DETAILS = [
  {
    request: {
      act: ['act.give', 'act.tell', 'act.send', 'act.fill', 'act.type'],
      object: ['obj.info', 'obj.some-info', 'obj.details', 'obj.identity', 'obj.card', 'obj.account', 'obj.code', 'obj.password', 'obj.payout-account'],
    },
  },
  { request: { act: ['act.reply'], object: ['obj.details', 'obj.some-info', 'obj.card', 'obj.code', 'obj.password', 'obj.payout-account'] } },
];

/**
 * A real notice sends you to its own app or page, or says what not to do (保护好, 泄露); the app named with its own
 * menu ("请打开支付宝APP“我的-设置-账户安全”完成身份验证") is the platform's own path. Shared with contact.details-request.
 */
export const OWN_APP_OR_PAGE = [
  'app内', 'app里', '在app', '小程序', '我的订单', '订单详情', '订单页面', '订单页', '官方app', '官网', '营业厅', '柜台', '退订', '保护好', '泄露',
  'app“', 'app"', 'app「', '“我的', '"我的', '「我的',
];

export default defineTactic({
  id: 'contact.agent-request',
  stage: 'contact',
  description: {
    zh: '来信要您做一件事：提供信息或订单号、完成支付、续费、转账、点链接操作、绑卡、下载或添加联系方式',
    en: 'The message asks you to do something: give details or an order number, complete a payment, renew, transfer, act on a link, bind a card, download or add a contact',
  },
  weight: 0,
  role: 'component',
  // The score's frame, not evidence for the text model (which never saw it in training).
  scoreOnly: true,
  speaker: 'unknown',
  cues: [
    ...HAND_OVER_DETAILS,
    // Pay, transfer, top up: money, a fee, a charge, an account.
    {
      request: {
        act: ['act.pay', 'act.pay-first', 'act.pay-bare', 'act.transfer', 'act.topup', 'act.send-money'],
        object: ['obj.money', 'obj.sum', 'obj.charge', 'obj.fee', 'obj.their-account', 'obj.new-account'],
      },
    },
    // Complete a step ("完成支付", "完成相关操作", "进行身份验证") and renew ("请您及时续费会员").
    { request: { act: ['act.complete'], object: ['obj.step'] } },
    { request: { act: ['act.renew'], object: ['obj.subscription'] } },
    // Open, log in, operate on a link; download or install an app; add or join a contact or group; share a screen.
    { request: { act: ['act.open', 'act.login', 'act.operate', 'act.fill', 'act.complete'], object: ['obj.link'] } },
    { request: { act: ['act.download', 'act.install'], object: ['obj.app', 'obj.meeting'] } },
    { request: { act: ['act.add', 'act.join'], object: ['obj.contact'] } },
    { request: { act: ['act.share', 'act.open'], object: ['obj.screen'] } },
    // Controlled in words ("按照我们的操作要求转出").
    { request: { act: ['act.direct'], object: ['obj.steps'] } },
  ],
  // A real notice sends you to its own app or page; a warning says what not to do.
  unless: [
    ...OWN_APP_OR_PAGE,
    // The victim's own report of what a stranger made them do ("按那个快递客服说的，把钱转了6000到他给的卡上，现在他电话
    // 打不通了"; nc9-loss kind 4): a message about the other side in the third person, no ask of the reader.
    '他给的', '他发的', '对方给的', '对方发的', '他们给的', '联系不上', '打不通', '拉黑了', '被骗了', '上当了',
    // Money going TO the reader ("理赔金额1,280元将于3个工作日内支付至您在报案时登记的账户", "赔付金额800元将支付至寄件时付款
    // 账户"): an insurer's or a courier's payout told, the 支付 is theirs, nothing asked (sms14 kind 5). An ask in a sentence
    // of its own still reads; the card or code asked beside it is its own tactic's.
    '支付至您', '支付到您', '打入您', '汇入您', '赔付至您', '赔付到您', '发放至您', '发放到您', '支付至寄件', '支付至原', '支付至报案',
  ],
  // Uploaded through the sender's own app menus (an insurer's claim documents, newcomer15): the platform's own way in,
  // unless the turn hands it to a person, sends a link or a download, or asks a secret (own-page.ts OWN_APP_MENU_BUT).
  ordinary: { words: OWN_APP_MENU, but: OWN_APP_MENU_BUT, butEntities: ['url'] },
  guards: ['warning'],
  negatable: true,
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们需要扣除88元手续费，请您及时确认并完成支付',
      '快手店铺会员需要定期续费，请您及时续费以免影响店铺',
      '需要您提供一些信息以便进一步调查',
      '请您点击链接进行操作：XXXXXXX',
      '请按照我们的操作要求转出47411元',
      '请您提供订单号和退货原因，我们将尽快为您处理',
      '请将账户中的钱款转账至我们的工作人员账号',
    ],
    negative: [
      '请在淘宝APP“我的订单”中提交退货快递单号',
      '您的退款已原路退回，请注意查收',
      '我们不需要您提供任何信息',
      '我按客服说的把钱转到他给的卡上了，现在电话打不通',
      '请保护好您的个人信息，不要泄露给他人',
      '您的会员已自动续费，可在APP内关闭',
      '订单已支付完成，商品将于明日发出',
      '您的退换货申请已同意，请在订单页面填写退货单号',
      '到诊请带上身份证，如有变动请提前回复',
      '【支付宝】您的账户因存在交易风险被限制收款，请打开支付宝APP“我的-设置-账户安全”完成身份验证解除限制',
    ],
  },
});
