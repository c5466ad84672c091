import { defineTactic } from '../../schema.ts';
import { REFUND_LINE_WORDS } from './shift.claims-line.ts';

/**
 * A refund, a claim or a compensation that is to be collected through a channel of the sender's own:
 * "退款请加客服QQ", "理赔→加Q：…", "退款联系：158…", "赔付领取 pf-lq.vip/x2", "课程退费已审批，进群办理".
 * The SMS form of the refund scam often says nothing else: no cause, no brand, only the payout word and
 * where to go for it. A platform's refund goes back by itself (原路退回) and its after-sales lives in its
 * own app or on a published line (95xxx, 400/800), so a payout word next to a private WeChat, QQ, group,
 * mobile or landline, or a link the checkers do not call official, is the story that hands you over.
 *
 * Weak alone (15): the move it names fires too (shift.group, shift.claims-line, shift.link), and the
 * pair makes `pretext-plus-shift` (suspicious) or, with a link or an app, the refund composites. Kind
 * found in our own SMS (data/corpus/gen-scam-cs-zh.jsonl, gen-scam-cs-sms-zh.jsonl: "退款请加客服QQ",
 * "理赔专员：一八六…", "赔付领取 <link>" read safe 15–28 with only the move) and in the second author's
 * training text (gen-w2-scam-zh: "行程被多收费…平台为您退款，请添加客服微信领取"). Examples our own. The
 * payout words are the lexicon's `ctx.refund-claim` for the grammar cue; not 返还 or 退订 (operators'
 * 话费返还 and 回T退订 in real SMS dev).
 */
const PAYOUT = ['退款', '理赔', '赔付', '补偿', '赔偿', '退费', '召回', '退货款', '理赔款', '退款金额', '赔偿金', '补偿金', '赔付金'];

export default defineTactic({
  id: 'pretext.refund-off-platform',
  stage: 'pretext',
  description: {
    zh: '说退款、理赔、赔偿要通过对方的微信、QQ、群、私人电话或网址来办理领取（真退款自动原路退回，售后只在官方APP或官方电话）',
    en: 'Says a refund, claim or compensation is to be collected through their WeChat, QQ, group, private number or website (a real refund goes back by itself; after-sales lives in the official app or line)',
  },
  weight: 15,
  cues: [
    // The request grammar: add / join × a group or a private contact, in a sentence holding a payout word.
    { request: { act: ['act.add', 'act.join'], object: ['obj.contact'] }, context: ['ctx.refund-claim'], actor: 'any' },
    // A handle given with no verb ("理赔专员微信 lp-zy88", "退款联系：158…", "赔付领取 <link>").
    { all: [PAYOUT, ['qq:', 'qq号', 'qq群', '群号', '微信:', '微信号', '企业微信', 'vx:', '微:', '薇:', '专员微信', '客服微信', '客服qq', '专员qq']], within: 16 },
    { entity: 'phone', notOfficial: true, near: PAYOUT, within: 16 },
    // A refund's own line given as a rented 400/800 number ("退款专线：400-820-6611", newcomer7 kind 2).
    { entity: 'phone', notOfficial: true, businessLines: true, near: [...REFUND_LINE_WORDS], within: 12 },
    // A QQ/WeChat/DingTalk id given after its app's name, with or without a colon, spaced, glued or spelt
    // 🐧/Q/wx/vx/薇❤ (src/entities/entities.ts handles()), near the payout said in any words ("您的订单退款请联系我
    // Q 1234567", "退你全款还多给一百 加一下售后的Q 3829102938", "退不了款，加我扣扣 1839928811"). Kind: a
    // newcomer's probes, session 5 (test/playbook/faults/newcomer5-private-contact.test.ts).
    { entity: 'handle', near: [...PAYOUT, '退钱', '退你', '退您', '赔你', '赔您', '赔钱', '退拨', '退全款', '全款退', '退不了款', '退款不了', '赔💰'], within: 40 },
    // A payout word next to where to claim it ("赔付领取 <link>", "理赔登记 → <link>", "退款入口："): with the
    // outside link (shift.link) the refund composites decide. Not the link's own words: a look-alike domain
    // spelled "tuikuan" is shift.lookalike-link's, and a bare link stays `suspicious` (issue 8 §1.2).
    { all: [PAYOUT, ['领取', '登记', '申领', '提取', '入口', '通道办理', '专线']], within: 3, ordered: true },
  ],
  unless: [
    // A refund already under way or done, followed in the platform's own place.
    '已原路', '原路退回', '原路返还', '退款成功', '已退款', '已到账', '查看', '进度', '详情', '订单详情', '我的订单', 'app内', 'app里', '官方app',
    // The citizen's own words, and a warning's.
    '我申请', '我已申请', '我想', '我要', '不会', '不要', '切勿', '请勿', '陌生',
    // Family and work groups: talked over there, not handed to a stranger's channel.
    '家庭群', '家族群', '同学群', '班级群', '工作群', '业主群',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment', 'no-app-download'],
  examples: {
    positive: [
      '您的订单已取消，退款请加客服QQ 3029188764',
      '理赔专员微信 lp-zy88，备注订单号',
      '退款联系：15827731049',
      '快递赔付请回电：0571-8832 6610',
      '赔付领取 pf-lq.vip/x2',
      '课程退费已审批，进群办理，群号 773218805',
      '您的行程被多收费278元，平台为您退款，请添加客服微信领取',
      '您的快递丢失，赔偿金待领取，请加理赔群',
    ],
    negative: [
      '【淘宝】您的退款已原路退回，请在淘宝APP“我的订单”中查看',
      '【京东】点击链接查看退款进度 https://jd-help.example.cn/r',
      '平台不会让您加微信或QQ办理退款，请勿相信',
      '我想退款，能加一下你们的微信吗',
      '【顺丰】您的理赔款已到账，如有疑问请拨打95338',
      '理赔的事你加我们家庭群问问爸',
      '回复TD退订，话费返还活动详询客服',
    ],
  },
});
