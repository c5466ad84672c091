import type { Playbook } from './schema.ts';

/**
 * ONE rule for a seller's own promotion, shared by both playbooks (a message read by both is scored
 * alike) and read by one function, src/score/score.ts `promotionReading`: by the score, and by the
 * engine for the text model's later floor (src/pipeline/step.ts → src/model/signal.ts `advertOnly`).
 * Until session 8 there were three readings of the same thing, each with its own words and exceptions:
 * `selfPromotion` (a salutation or an opt-out, the sender's own link, app or group: no move, risk below
 * `suspicious`), `advert` (a sale, an opening, its shop: its words at half weight, no composite) and the
 * model's ADVERT_MARKS. Merged with 0 of 24,178 dev verdicts changed but one (below).
 *
 * The promotion holds in ONE message (not a call: a call's first turn opens a conversation) when:
 *  - one of the `frames` fired, each with how many of its own channels such a sender names: a mass
 *    sender writing to its own customers (contact.official-sender: "尊敬的用户", "回T退订") names its app
 *    AND its link (2: a carrier's "下载APP，点击链接"); a shop's advert (contact.advert: 特价, 开业,
 *    到店有礼, 售楼处…) names one, and a shop's "进群…下载APP" is a funnel (dev texts-8, 2 scams);
 *  - every other positively weighted tactic is one of its own `channels` or of its `words` (the offer
 *    of a loan or a unit, its urgency "名额有限", a reply or the name and phone asked, its own payment
 *    link);
 *  - none of the `breakers` fired, even at weight 0 (who claims to write, a complaint followed up, a
 *    promised call-back: a story's components), the text model said nothing positive (on a promotion it
 *    speaks only from its later floor, p ≥ 0.97: then the words read as a scam script), and no word of
 *    each `apart` list fired together.
 * Then its channels are the seller's own (no move: they weigh nothing), its words weigh `factor`, and no
 * composite applies. Anything else — a request of the kill chain (a code, a card, "填写相关信息" on a
 * link: extract.personal-info), a story (a refund, a frozen account, a prize "you won"), a price too good
 * to be true (pretext.bargain-goods), an unasked gift, a task offer — and everything counts in full.
 *
 * Found on the dev halves of telecom-fraud-texts-5 / 正常短信 (sessions 5–7: carriers' promotions with
 * their own link and app; shops' and salons' sales with the manager's WeChat; loan, car-finance and
 * property adverts; 20–45 with no request at all; the never-read test half gave 20 such false alarms by
 * the rules in session 6) and -8 (the loan and task adverts that are scams: contact.unsolicited-offer and
 * pretext.easy-money are NOT words here); our own adverts: data/corpus/gen-legit-ads-zh.jsonl.
 * The one dev verdict the merge changed: a fake lender's "尊敬的客户，您已获得…免息贷款额度…点击 <link>
 * 立即申请" (consumed-w2-scam-zh, dev half) now reads as the lender's advert it copies, as the same words
 * under a sale's marks already did (suspicious 50 → safe 8).
 */
export const promotion: NonNullable<Playbook['promotion']> = {
  frames: { 'contact.official-sender': 2, 'contact.advert': 1 },
  channels: ['shift.link', 'shift.app-download', 'shift.group', 'shift.private-contact'],
  words: [
    // The offer of a seller of loans or units (a lender's "无抵押", a unit's "收益").
    'pretext.easy-loan-promise', 'pretext.loan-ad', 'pretext.guaranteed-return',
    // How it hurries and what it asks: "名额有限"; a reply, an address, a name and phone.
    'cover.urgency', 'contact.asks-details',
    // Its own payment link (a bill, an order).
    'extract.bill-link',
    // A lender's product: the loan taken in its own app or bank ("打开APP借钱", "借款享7天免息"), as the
    // one-message rule says (an advert's product is the loan: single-message.ts). Not with a private chat
    // (`apart`), nor beside a fee, an account, a code or a card (any other request breaks the reading).
    // sms12, session 12: our lenders' adverts (gen-w4/w5-legit-sms-zh) read 45-69 on extract.loan alone.
    'extract.loan',
  ],
  // Money offered (a loan "额度已审批，无抵押", a "零风险" return) beside a private chat (加QQ/微信, a group)
  // is the fake lender's or the investment group's opening, not an advert: a bank, a lender or a
  // developer sends you to its app, its branch or its sales office. Found in the fixture of
  // test/browser/path-steps.test.ts ("借款额度已审批通过，无抵押秒到账，加QQ…领取，退订回T").
  apart: [['pretext.easy-loan-promise', 'pretext.loan-ad', 'pretext.guaranteed-return', 'extract.loan'], ['shift.group', 'shift.private-contact']],
  // "我们是蓝爵会所的客服…需要您下载我们的APP" (dev texts-8 网络交友) keeps its composite; "稍后会有专员
  // 联系您" beside two channels is a task scam's opening (dev texts-8 刷单返利).
  breakers: ['contact.claimed-desk', 'contact.claimed-staff', 'contact.complaint-followup', 'contact.promised-callback'],
  factor: 0.5,
  examples: {
    promotion: [
      '尊敬的用户，中国移动年终福利：下载中国移动APP，点击链接 https://dx.10086.cn/a 签到领流量，名额有限，先到先得，退订回TD',
      '新店开业，全场8折，加店长微信 mr8899 预约，名额有限',
      '亲，本店年货节促销，满199减30，点击 http://t.cn/A6x 进店选购，退订回T',
      '健身房新店开业，年卡特价1688元，下载悦动APP预约参观，名额有限',
      '家具城周年庆，全场满1万减2千，到店即送抱枕，导购微信 jj2024 可提前预约',
    ],
    notPromotion: [
      // A story under the frame.
      '尊敬的用户，您的快递丢失，我们将为您理赔，请加入理赔群办理，回T退订',
      // Money offered beside a private chat.
      '借款额度已审批通过，无抵押秒到账，加QQ 88990011 领取，退订回T',
      // A request of the kill chain.
      '新店开业，全场8折，请把验证码发给店长领取会员卡',
      // Two channels from a shop: a funnel.
      '新店开业，全场8折，加入会员群并下载我们的APP领取',
      // Who claims to write.
      '我们是蓝爵会所的客服，店庆特惠，需要您下载我们的APP预约',
    ],
  },
};
