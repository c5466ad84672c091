/**
 * ncfp17 kind H (session 17, newcomer17's false alarms): a shop or a courier refunding on its own INSIDE its own platform
 * read `suspicious`. "亲，您拍的这款连衣裙M码缺货了…我们给您退款，您在订单页面点一下同意退款就行" read 69: "点一下…页面" was a
 * link to open (shift.link, request grammar act.open × obj.link 页面, the refund as context) and pretext-plus-shift
 * followed. A courier's "要是有损坏您在中通APP上申请理赔，我们照价赔偿" read 40 (three story words, nothing asked), and
 * "已通过淘宝的小额打款发到您的支付宝，无需任何操作" 40 (story-plus-request).
 * Now: the buyer's own order's page (OWN_ORDER_PAGE in src/playbook/zh/own-page.ts: 订单页面, 订单详情页…) is a noun of the
 * grammar, so its 页面 names no link; the platform's own order or app named by its brand ("在淘宝订单里", "在中通APP上") is a
 * cue of contact.in-process-payment; that frame joins contact.done-notice as a frame of the ONE notice rule
 * (src/playbook/notice.ts: one message, every positive tactic a story word of the notice, no breaker, the text model
 * not positive); and "已…打款" is a done notice. Before -> after on the siblings: suspicious 69 x5 / 44 / 40 x3 -> safe 0-25 (10 lines).
 * Left: "我们自查发现有一批次有问题…已经在淘宝订单里发起了，您点确认就行" stays 69 on the text model's word alone (the notice
 * rule ends where the model reads the scam's script).
 * Twins (must stay flagged): a link or a URL beside the order page, a WeChat, a number to call, an app to download or a
 * card and a code asked after the same in-platform refund, and the scam's own refund lines.
 */
import { beforeAll, describe } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runWithAndWithoutModel, sms, chat, type FaultCase } from './helpers.ts';

const SIBLINGS = [
  // newcomer17's own lines (p01, p03, o01, o05) and ours.
  '亲，您拍的这款连衣裙M码缺货了，实在抱歉，我们给您退款，您在订单页面点一下同意退款就行，或者换成L码也可以',
  '您好，我是中通快递的快递员，您的包裹外箱压坏了，里面的东西我看了没事，要是有损坏您在中通APP上申请理赔，我们照价赔偿',
  '亲，您买的这批面膜有一批次质检不合格，我们主动给您退款，已经在淘宝订单里发起了退款申请，您在订单页面点一下同意就行',
  '亲，非常抱歉，您的订单商品有质量问题，我们给您补偿20元，已通过淘宝的小额打款发到您的支付宝，无需任何操作',
  '亲，不好意思，您拍的这款连衣裙M码缺货了，我们给您退款，您在订单页面点一下同意退款就行',
  '您好，因为商品质量问题，本店主动为您办理退货退款，请在订单页面点击“同意退款”，退款原路返回支付宝',
  '亲，您要的那款拖鞋42码断货了，我们给您退款，您在订单页面点一下同意退款就可以了',
  '您好，您买的台灯这批有质量问题，我们给您退款，麻烦您在订单页面点一下确认退款',
  '亲，您的蛋糕送晚了，我们给您补偿10元，已通过美团的小额打款发到您的微信零钱，不用操作',
  '您好，我是圆通的快递员，包裹在路上淋湿了，东西要是坏了您在圆通APP里申请理赔，照价赔给您',
];

const TWINS = [
  '亲，您的商品缺货了，我们给您退款，您点一下这个链接 http://tb-refund.top/r 填写银行卡号就行',
  '您好，您的商品质量有问题，我们给您双倍退款，请把收到的验证码告诉我',
  '您好，您买的奶粉召回了，退款需要您提供银行卡号和密码',
  '【中通快递】您的快件丢失，理赔请添加理赔专员微信 zt8821',
  '亲，缺货了给您退款，您下载一下这个退款APP，点一下同意退款就行',
  '您好，商品召回退款，您的支付宝信用分不够，需要先转500元保证金才能退',
  '亲，缺货了退款，请您打开支付宝扫一下我发的二维码领取退款',
  '您好我是淘宝客服，您的订单异常需要退款，请点击 http://taobao-tk.vip 进行操作',
  '亲，缺货退款，在订单页面点一下同意后，再把短信验证码发给我确认',
  '亲，商品有质量问题，我们给您退款，已经在淘宝订单里发起了，请加售后微信 kf8812 确认一下',
  '您好，我是中通理赔专员，您的快件丢失，我们照价赔偿，请在中通APP上申请理赔后，拨打专员电话 17012345678 审核',
  '亲，缺货了给您退款，您在订单页面点一下这个链接 http://tb-order.top/agree 同意退款',
  '您好，您的奶粉召回，已经在淘宝订单里发起退款了，但是需要您先提供银行卡号和验证码才能到账',
  '亲，您的订单在召回范围内，我们给您三倍赔偿，已经在订单里发起了，请下载我们的理赔APP领取',
];

describe('ncfp17 kind H: a shop or a courier refunding inside its own platform', () => {
  // The playbooks compiled and the model loaded once, under the hook's longer timeout (a loaded machine).
  beforeAll(() => { analyze('你好'); });
  runWithAndWithoutModel([
    ...SIBLINGS.map((t): FaultCase => ({ name: `in-platform refund safe (sms): ${t}`, input: sms(t), expect: 'safe' })),
    ...SIBLINGS.slice(0, 4).map((t): FaultCase => ({ name: `in-platform refund safe (chat): ${t}`, input: chat(t), expect: 'safe' })),
    ...TWINS.map((t): FaultCase => ({ name: `twin flagged: ${t}`, input: sms(t), expect: 'not-safe' })),
  ]);
});
