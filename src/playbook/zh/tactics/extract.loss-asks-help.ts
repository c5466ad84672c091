import { defineTactic } from '../../schema.ts';

/**
 * Money just moved at a stranger's word, then the asker's own question about it: "is this a scam?" or
 * "what now?" (newcomer11 kind 1: "我爸刚才被人打电话说是医保局的…让他转了两万到一个账户解冻 这是不是骗子",
 * "朋友说她被抖音客服骗了…在好几个平台贷款转给对方 现在怎么办", "我妈…借了一万备用金转过去了…这是不是被骗了"
 * read safe 0-15). Whoever paid — the asker, a parent, a friend — the one asking is the victim's side
 * asking for help NOW: 110 / 96110 and the bank's stop-payment come first (extract.user-paid's advice).
 * extract.user-paid reads such a story as a retelling (a narrated third person with a frame word: "让他…骗子")
 * or as another's loss (她被…); the question after the loss is what makes it the emergency, so this tactic
 * is not framed (`framing: false`) and needs the question itself.
 *
 * Two forms, each in order within one stretch of text: a money act told as done (转了, 转过去了, 借了, 贷款转给)
 * then a question whether it was a scam (是不是骗子, 是不是被骗了); or a stranger or a loss named (骗了, 说是, 自称,
 * 接了个电话), a money act done, then "what now" (怎么办, 还能追回吗). A done transfer with "怎么办" alone ("房租转错
 * 账号了，怎么办") is no scam. Past losses (去年, 以前), hypotheticals (如果, 万一), refusals (没转, 幸好) and money that
 * came TO the asker (转给我, 收到一笔) are out. Our own siblings: test/engine/nc11-recall.test.ts.
 */
const DONE = [
  '转了', '转过去了', '转过去', '转出去了', '转给对方', '转给他', '转给她', '转给了', '转进了', '转到了', '转到一个', '转到他',
  '汇了', '汇过去', '打过去了', '打了款', '付了', '付过去', '交了', '扫码付', '借了', '贷了', '贷款转', '借出来转', '刷了',
  '验证码给', '验证码告诉', '验证码发给', '充了',
];
const SCAM_QUESTION = [
  '是不是骗子', '是不是被骗', '是不是诈骗', '是不是骗局', '是不是上当', '是不是遇到骗子', '是不是碰到骗子', '是不是骗人',
  '会不会是骗子', '会不会是诈骗', '会不会被骗', '是骗子吗', '是诈骗吗', '是骗局吗', '被骗了吗', '上当了吗', '遇到骗子了吗',
  '是骗人的吗', '是不是被人骗',
];
const STRANGER_OR_LOSS = [
  '骗了', '被骗', '骗子', '骗走', '上当', '诈骗', '说是', '自称', '冒充', '接了个电话', '接到个电话', '接了一个电话', '接到一个电话',
  '电话说', '打电话说', '来电说', '陌生', '对方', '客服',
];
const WHAT_NOW = [
  // Asked, not told: "还没追回来" tells where a reported case stands.
  '怎么办', '咋办', '怎么弄', '能追回', '追得回', '追回来吗', '能要回', '要得回', '要回来吗', '能退回来吗', '还能找回', '能不能追', '还能追',
  '要不要报警', '该不该报警', '报警有用吗',
];

export default defineTactic({
  id: 'extract.loss-asks-help',
  stage: 'extraction',
  description: {
    zh: '您（或家人、朋友）刚按陌生人说的转了钱、贷了款，正在问是不是被骗、该怎么办：很可能已经被骗，马上打110或96110，并打银行电话止付',
    en: 'You (or a relative or friend) just moved money or took a loan at a stranger\'s word and ask whether it was a scam or what to do: call 110 or 96110 and your bank to stop the payment now',
  },
  weight: 70,
  speaker: 'any',
  // The asker's own question about a loss: a frame word (骗子, 被骗) and a narrated third person (让他, 她)
  // are the story the question is about, not a warning's example.
  framing: false,
  cues: [
    { all: [DONE, SCAM_QUESTION], within: 45, ordered: true },
    { all: [STRANGER_OR_LOSS, DONE, WHAT_NOW], within: 60, ordered: true },
  ],
  unless: [
    // Hypotheticals, refusals and near misses: nothing lost.
    '如果', '万一', '假如', '要是', '没转', '没有转', '还没转', '没借', '没有借', '没贷', '差点', '幸好', '还好', '险些', '没上当',
    '没被骗', '不要转', '别转', '千万别', '不会被骗',
    // A loss long past: a story, no stop-payment reaches it.
    '去年', '前年', '以前', '几年前', '多年前', '当年', '那年', '小时候', '上次',
    // …or already in the police's hands: where the story stands, not the emergency now.
    '报警了', '报了警', '已经报警', '已报警', '立案了', '已立案', '没追回', '追不回', '没要回',
    // Money that came TO the asker ("对方转了两万给我，这是不是骗子"): no loss of theirs.
    '转给我', '转我', '打给我', '汇给我', '给我转', '给我打', '收到一笔', '收到了一笔',
    // …with its sum between ("转了两万给我").
    '万给我', '千给我', '百给我', '块给我', '元给我', '钱给我',
    // An officer's or a bank's call asking the citizen (您), and news.
    '您', '据报道', '报道称', '通报',
  ],
  guards: ['warning-report'],
  advice: ['already-paid', 'tell-family'],
  showEntities: ['amount'],
  examples: {
    positive: [
      '我爸刚才接了个电话说是社保局的，让他转了一万到一个账户解冻，这是不是骗子',
      '我妈刚按对方说的在借呗借了五千转过去了，这是不是被骗了',
      '朋友说她被冒充快递的骗了，刚在两个平台贷款转给对方，现在怎么办',
      '刚才有人说是京东客服，我转了三千过去，是不是遇到骗子了',
      '老公今天接到电话说是公安局的，转了八万到安全账户，会不会是诈骗',
      '我姐刚才被人说服转了两万到一个账户，说是解冻费，这是不是骗局',
    ],
    negative: [
      '我刚给房东转了房租，对方说收到了',
      '房租转错账号了，怎么办',
      '对方让我转两万，我没转，这是不是骗子',
      '如果已经转了钱，是不是就被骗了',
      '我妈去年转了两万给骗子，现在还没追回来',
      '对方转了两万给我，说是货款，这是不是骗子',
      '幸好我没借，差点就被骗了',
    ],
  },
});
