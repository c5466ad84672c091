/**
 * told17 kind 3: a citizen or a family member telling what a stranger asked, with no refusal, no check and no "it was fake",
 * read safe 0: "对方说我的退款需要先验证流水，让我转5000到他给的账户", "我爸说有个客服打电话说要给他退款，让他把银行卡号和验证码
 * 报过去，他已经报了", "我妈刚接到电话，对方说是淘宝客服，要给她三倍赔偿，让她把借呗里的备用金借出来转过去，她已经借出来了，还没转".
 * The relayed and narrated words (lexicon.ts `relayed`, `narrated`) make such a telling a report when a frame word is in the turn,
 * and the request grammar reads no ask made to a third person (让他, 让她) at all. A telling that ends in no refusal is a scam in
 * progress: the family needs 110/96110 and the stop-payment now. Two tactics, framed as any request (a retelling that a frame
 * word opened, in the turn or an earlier one, stays a story):
 *  - extract.told-ask (45, suspicious): a stranger (对方, 客服, 有人, 电话里, 自称…) then a causative on the teller or a third person
 *    (让我, 叫她, 要他…) then the scam's object (验证码, 银行卡号, 安全账户, 他给的账户, 借呗, 备用金, 屏幕共享, 保证金…);
 *  - extract.told-ask-done (70, scam, a report of a loss): the same ask, then told as done (他已经报了, 她已经借出来了, 我已经转了).
 * Neither when the turn refuses, checks or names it fake (没理他, 没转, 差点, 才知道是假的, 拉黑了, 挂了…), warns (骗子常说, 提醒,
 * 凡是, 如果), or does it through the official app (在APP里, 官方). Own inputs: test/playbook/faults/told17-told-ask.test.ts.
 */
import { defineTactic } from '../schema.ts';

/** Who asked: a stranger, a caller, a message. Never a relative alone ("我妈让我转给她500" is family). */
const STRANGER = [
  '对方', '客服', '有人', '有个人', '那人', '那个人', '陌生人', '陌生号码', '电话里', '电话说', '打电话', '接到电话', '接了个电话', '接到一个电话',
  '接了一个电话', '来电', '短信', '自称', '说是', '专员', '网友', '警官', '公安局的', '法院的', '检察院的', '理赔员', '快递员说', '骗子',
];
/** The one made to act: the teller or a third person (the request grammar reads only 您/你 asked). */
const CAUSED = [
  '让我', '叫我', '要我', '让他', '叫他', '要他', '让她', '叫她', '要她', '让我妈', '让我爸', '让老人', '让奶奶', '让爷爷', '让外婆', '喊她', '喊他',
  '要求我', '要求他', '要求她',
];
/** What only the scam asks for. Not 申请退款, 订单号, 扫码签收: an agent's or a courier's ordinary steps. */
const OBJECT = [
  '验证码', '银行卡号', '卡号', '银行卡密码', '支付密码', '密码', '安全账户', '指定账户', '他给的', '她给的', '对方给的', '他们给的', '他发的', '她发的',
  '借呗', '备用金', '微粒贷', '花呗', '网贷', '贷款', '借出来', '屏幕共享', '共享屏幕', '开共享', '会议软件', '腾讯会议', '下载', '保证金', '手续费',
  '押金', '解冻费', '刷流水', '验证流水', '把钱转', '把钱汇', '把钱打', '转过去', '汇过去', '打过去', '转给他', '转给她', '转给对方', '把存款',
];
/** The ask told as done by the one asked (the teller, a parent). */
const DONE = [
  '已经报了', '已经借出来了', '已经借了', '已经转了', '已经转过去', '已经汇了', '已经给了', '已经发了', '已经告诉他', '已经报给', '已经下载了',
  '已经开了', '已经扫了', '已经填了', '已经贷了', '已经输了', '已经输入', '都报了', '都告诉他了', '都给他了', '报过去了', '借出来了', '转过去了',
];
/** A refusal, a check, a fake named, a warning or an official path: the telling is over or an example. */
const NOT_TOLD_ASK = [
  '没理', '不理', '没转', '没有转', '没给', '没有给', '没报', '没借', '没有借', '没下载', '没有下载', '没点', '没扫', '没加', '没付', '没交', '没填',
  '没开', '没照做', '没上当', '没有上当', '没被骗', '差点', '险些', '幸好', '还好', '好在', '识破', '才知道是假的', '才发现是假的', '原来是假的',
  '是假的', '一问才知道', '核实', '拉黑', '挂了', '挂掉', '挂断了', '删了', '根本没这回事', '骗子常', '骗子会', '骗子一般', '提醒', '提示', '凡是',
  '如果', '万一', '假如', '要是', '据报道', '通报', '案例', '民警', '劝阻', '拦下', '拦住', '止付', '报警了', '报了警', '在APP里', '在app里', 'APP上',
  'app上', '官方', '不要', '别', '千万', '小心', '柜台', '去银行', '不吭声',
  // A news story or a case told of someone nobody present ("据央视报道，一名退休教师接到“客服”电话…所幸家人及时发现").
  '报道', '所幸', '及时发现', '一名', '一位', '某某', '记者', '近日', '日前', '市民', '事主', '受害人',
  // Someone's loss already told as a scam ("我大伯被冒充公安的骗了，对方说…让他把存款转到安全账户"): a story, read by extract.user-paid.
  '被骗', '骗了', '骗走', '冒充', '谎称', '假冒', '假客服',
  // The teller's own recognition asked for confirmation ("…，这是骗子吧？"): the story told as one already seen through.
  '骗子吧', '骗局吧', '诈骗吧', '是骗子', '是诈骗',
];

const TOLD_EXAMPLES_NEGATIVE = [
  '客服让我在APP里申请退款',
  '对方让我把验证码发给他，我没理他，直接挂了',
  '客服让我下载一个会议软件开屏幕共享，我没下载，打了官方电话一问才知道是假的',
  '骗子会让你把钱转到安全账户，千万别信',
  '我妈让我转给她500块买菜',
  '快递员让我扫码签收',
];

export const extractToldAsk = defineTactic({
  id: 'extract.told-ask',
  stage: 'extraction',
  description: {
    zh: '您（或家人）说陌生人让您交出验证码、卡号，转账、借贷或开屏幕共享，而没有拒绝：这正是诈骗的步骤，先别照做，打110或96110核实',
    en: 'You (or a relative) tell of a stranger asking for a code or card number, a transfer, a loan or a screen share, with no refusal: that is the scam\'s step; do not do it, call 110 or 96110',
  },
  weight: 45,
  speaker: 'any',
  cues: [{ all: [STRANGER, CAUSED, OBJECT], within: 60, ordered: true }],
  unless: NOT_TOLD_ASK,
  guards: ['warning-report'],
  advice: ['no-transfer', 'tell-family'],
  examples: {
    positive: [
      '对方说我的退款需要先验证流水，让我转5000到他给的账户',
      '对方说他是公安局的，我涉嫌洗钱，让我把钱转到安全账户',
      '有个客服打电话说要给我退款，让我把银行卡号和验证码发过去',
      '有个自称京东客服的打电话说我开通了百万保障，让我下载腾讯会议开屏幕共享',
      '我奶奶接到电话，说是医保局的，让她把存款转到安全账户',
    ],
    negative: TOLD_EXAMPLES_NEGATIVE,
  },
});

export const extractToldAskDone = defineTactic({
  id: 'extract.told-ask-done',
  stage: 'extraction',
  description: {
    zh: '您（或家人）说已经按陌生人的要求报了验证码、卡号，或借了钱、转了钱：可能已经被骗，马上打110或96110，并打银行电话止付',
    en: 'You (or a relative) say the code, the card number, a loan or a transfer already went as a stranger asked: call 110 or 96110 and your bank to stop the payment now',
  },
  weight: 70,
  speaker: 'any',
  cues: [{ all: [STRANGER, CAUSED, OBJECT, DONE], within: 60, ordered: true }],
  unless: NOT_TOLD_ASK.filter((w) => w !== '没转' && w !== '没有转'),
  guards: ['warning-report'],
  advice: ['already-paid', 'tell-family'],
  showEntities: ['amount'],
  examples: {
    positive: [
      '我爸说有个客服打电话说要给他退款，让他把银行卡号和验证码报过去，他已经报了',
      '我妈刚接到电话，对方说是淘宝客服，要给她三倍赔偿，让她把借呗里的备用金借出来转过去，她已经借出来了，还没转',
      '对方说是快递理赔，让我把卡号和验证码报过去，我已经报了',
      '客服让我开屏幕共享，我已经开了',
      '有人打电话说是公安局的，让我爸把存款转到安全账户，他已经转过去了',
    ],
    negative: TOLD_EXAMPLES_NEGATIVE,
  },
});
