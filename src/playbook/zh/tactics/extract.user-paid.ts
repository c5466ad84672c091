import { defineTactic } from '../../schema.ts';
import { SUBJECT_WORDS } from '../subjects.ts';

/**
 * Money GONE, said in the passive or as a result (newcomer7 kind 1: "支付宝里的2万块被转走了", "银行发短信说
 * 扣了15000", "卡里少了3万8"): the victim does not say "I transferred", the money "was taken", "went
 * missing", "was deducted", or the bank's SMS said so. Each form names money or a balance itself (少了
 * alone is "快递少了一件"), so the class reads a loss, not any shortfall.
 */
export const LOSS_RESULT = [
  // Passive: 被 + take/deduct/steal (钱被转走, 被扣了, 被盗刷, 被划走).
  '被转走', '被转出', '被转了', '被扣', '被划走', '被划扣', '被盗刷', '被刷走', '被刷了', '被取走', '被提走', '被骗走', '被骗去', '被套走',
  '被转空', '被清空', '被掏空', '被卷走',
  // Result: the balance is short, empty or gone (钱少了, 卡里没了, 余额变成0).
  '钱少了', '卡里少了', '卡上少了', '账户少了', '账上少了', '余额少了', '里少了', '钱没了', '卡里没了', '卡里的钱没', '钱全没', '钱都没',
  '钱不见了', '余额没了', '余额变成0', '余额变成零', '余额为0', '余额为零', '余额只剩', '只剩几', '只剩下几', '清零了', '全转走', '全扣',
  // Deducted or paid out: the bank's or the app's SMS that money left (扣了15000, 收到扣款短信, 显示转出).
  '扣了', '扣掉了', '扣走了', '划走了', '转走了', '转出了', '支出了', '扣款短信', '扣费短信', '转出短信', '支出短信', '消费短信', '显示转出',
  '显示扣款', '显示支出', '显示消费',
  // A loan or a debt that appeared after the code went ("验证码…我给了。现在借呗多了一笔借款"; newcomer12 kind S3).
  '多了一笔借款', '多了一笔贷款', '多了一笔欠款', '多出一笔借款', '多出一笔贷款', '多了笔借款', '多了笔贷款', '莫名多了一笔',
];

/**
 * A crowd as the one who lost ("很多老人都上当了", "好几个人都被骗了", "好多年轻人都上当了"; newcomer8 kind 1):
 * quantifier × people, generated so that no pairing is missed by hand.
 */
const CROWDS = ['很多', '好多', '不少', '许多', '好几个', '几个', '一些', '有些', '有的', '多名', '多位', '多个', '大批', '众多']
  .flatMap((q) => ['人', '老人', '年轻人', '大学生', '学生', '市民', '群众', '网友', '居民', '业主', '家长', '宝妈', '老年人', '同学', '同事', '邻居', '朋友', '大爷', '阿姨']
    .map((p) => q + p));

/**
 * What the victim did at a stranger's word just before the loss (按他说的操作, 开了屏幕共享, 弄完以后), or
 * the stranger's call itself (接了个电话, 自称客服). Never a bare 客服 or 操作: a carrier's own "客服说是流量
 * 包", a bank's "如非本人操作" are no stranger's instructions.
 */
export const AT_THEIR_WORD = [
  '按他说的', '按她说的', '按照他说的', '按照她说的', '按对方说的', '按照对方说的', '按他们说的', '照他说的', '照着他说的', '按客服说的',
  '按照客服说的', '按他的要求', '按对方的要求', '按他的指示', '按他教的', '他教我', '他让我', '她让我', '对方让我', '客服让我',
  '他们让我', '听他的', '听了他的', '听客服的', '听对方的',
  // 按/照 + whoever + 说的 + the act ("按那个客服说的弄了半天"): the act after 说的 (not 说的做: "按老师说的做").
  '说的弄', '说的操作', '说的点', '说的下载', '说的开', '说的输', '说的扫', '说的填', '说的一步', '让我下', '让我开', '让我点', '让我扫', '让我操作', '让我共享', '让我输', '跟着他操作', '跟着他一步', '照做',
  // The code handed over at their word ("要我给他一个备用金的验证码…我给了"; newcomer12 kind S3): with a loan that then appeared.
  '要我给他', '让我给他', '让我把验证码', '要我把验证码', '验证码给他', '验证码给了他', '把验证码给了',
  '开了屏幕共享', '开了共享', '共享了屏幕', '开屏幕共享', '共享屏幕', '屏幕共享', '投屏', '远程控制', '远程操作', '下了个', '下了一个',
  '下载了一个', '下载了个', '装了个', '装了一个', '点了链接', '点了他发的', '点了那个', '点了对方', '弄完', '操作完', '搞完', '填完',
  '冒充', '自称', '接了个电话', '接了一个电话', '接到一个电话', '接到个电话', '接了通电话', '来电说', '打电话来说', '被骗',
];

/**
 * The loss in the passive with its agent named between 被 and the verb (被 + who + 骗了: "我爸昨天被一个说是
 * 淘宝退款的骗了两万八", "我被骗子骗了8000", "我刚被冒充快递的骗了两千"; nc9-loss kind 1): the agent is a noun
 * phrase of any words, so the cue is 被 then one of these verbs in the same clause, not a list of agents.
 * Verbs of deceit only (骗, 坑); theft verbs need a stranger as the agent (PASSIVE_THEFT).
 */
export const PASSIVE_LOSS = ['骗了', '骗走', '骗去', '骗光', '骗掉', '坑了'];
/**
 * Theft verbs in the passive count only with a stranger named as the agent ("被那个假客服盗刷了一万", "被骗子转走
 * 了两万"): a bare "信用卡被盗刷了" is a card-holder telling the bank's agent (in-app, heldout-gen-legit-zh-190),
 * and "被银行划走了年费" is a charge.
 */
/**
 * Talked round into paying (recall17 kind E): the verbs of coaxing and fooling someone (忽悠, 哄, 骗, 蒙, 诱导, 洗脑, 套路, 糊弄),
 * then what moved: a payment done or the savings moved (转了, 汇了, 转走, 打了款, 把钱, 存款, 积蓄, 养老钱…). Not 转了 + a job, a
 * trade or a school (被领导忽悠着转了岗, 转了行, 转了专业: the tactic's unless).
 */
const DECEIT_TALK = ['忽悠', '哄', '骗', '蒙', '诱导', '洗脑', '套路', '糊弄', '唬'];
const MONEY_MOVED = ['转了', '汇了', '打了款', '转走', '转出去', '转过去', '汇过去', '打过去', '转账', '汇款', '打款', '把钱', '把存款',
  '把积蓄', '把养老钱', '交了钱', '交了保证金', '付了钱', '贷了款', '借了网贷'];
const PASSIVE_THEFT = ['盗刷', '盗走', '偷走', '转走', '划走', '刷走', '卷走'];
const PASSIVE_AGENT = ['骗子', '假', '冒充', '自称', '客服', '对方', '陌生人', '那个人', '那人', '专员'];

/**
 * The payee of a payment told done named as the scammer, an impostor or a stranger (recall16 kind R1: "我妈把钱转给骗子了",
 * "我爸刚才给一个自称公安的人转了三万", "我奶奶把养老钱都汇给了一个冒充孙子的人", "我把8000块转给了一个冒充客服的人"): the
 * completed-payment cue above needs 转了/汇了 next to 客服/对方, and these say 转给…了 or 给 + who + 转了, the who an
 * impostor (冒充, 自称) or a stranger. Read in the clause, the payee after the verb (转给 + who) or between 给 and the
 * verb (给 + who + 转了); "我妈把钱转给房东了", "我给装修师傅转了三万" name no stranger.
 */
export const STRANGER_PAYEE = [
  '骗子', '冒充', '自称', '假冒', '假客服', '假警察', '假公安', '假民警', '假法官', '假检察官', '陌生人', '陌生的', '不认识的人', '网上认识的',
  // One who "said he was" someone ("打给了一个说是法院的人"; not a bare 说是: "转了三千，他说是押金"), and the scam's own destination.
  '个说是', '安全账户',
];
const PAID_TO = ['转给', '汇给', '打给', '付给', '转到', '汇到', '打到', '转进', '汇进', '打进', '存到', '存进', '交给'];
const PAID_TO_DONE = PAID_TO.map((v) => v + '了');
const PAID_DONE = ['转了', '汇了', '打了', '付了', '转过去', '汇过去', '打过去', '转账了', '汇款了', '打款了', '付款了', '交了'];

/**
 * An account someone else named, as the destination of a payment told done (told17 kind 2: "我已经转了3万到安全账户", "我转了两万到她
 * 给的卡上", "我已经打了8000块到那个客服给的账户" read safe 0 while "…到他给的账户" read 70): the sum sent 到/进 an account the other
 * side gave or the scam's own "safe account". Who gave it is a stranger's word (他, 她, 对方, 客服…), never a relative or a school
 * ("我转了两千到我妈给的卡上", "学费转到学校给的账户" name no stranger).
 */
const GIVEN_BY = ['他', '她', '他们', '对方', '客服', '那人', '那个人', '专员', '警官', '警察', '民警', '法官', '骗子', '理赔员'];
export const GIVEN_DEST = [
  ...GIVEN_BY.flatMap((w) => [`${w}给的`, `${w}发的`, `${w}发来的`, `${w}说的`, `${w}指定的`, `${w}提供的`]),
  '安全账户', '指定账户', '指定的账户', '指定的卡', '指定的银行卡', '核查账户', '清查账户', '验证账户',
];
const SENT_DONE = ['转了', '汇了', '打了', '存了', '付了', '交了', '充了', '已经转', '已经汇', '已经打', '已转', '已汇'];

/**
 * One's own errand, paid (the tactic's `ordinary`, schema.ts): a household bill or fee, a known payee, or the payee's
 * receipt acknowledged. Only with no STRANGER_OR_LOSS word in the turn.
 */
export const ORDINARY_ERRANDS = [
  // Household bills and fees one pays oneself.
  '房租', '房东', '物业费', '物业', '水费', '电费', '水电费', '燃气费', '煤气费', '暖气费', '取暖费', '话费', '宽带费', '网费',
  '学费', '伙食费', '班费', '书本费', '医药费', '挂号费', '住院费', '停车费', '车费', '油费', '保费', '车险', '社保', '医保',
  '公积金', '工资', '生活费', '房贷', '车贷', '信用卡还款', '份子钱', '礼金',
  // The payee's receipt acknowledged ("对方说收到了", "房东说已经收到").
  '说收到了', '说已收到', '说已经收到', '说钱收到了', '说收到钱了', '已经收到了',
];
/**
 * A stranger, a scam's move or a loss anywhere in the turn: the errand's words then decide nothing ("给房东转了押金，现在
 * 房东把我拉黑了", "我扫了他发的码交了话费，钱没了", "房东让我把房租转到新卡上，我转了，房东说没收到").
 */
export const STRANGER_OR_LOSS = [
  '客服', '骗', '冒充', '自称', '假的', '假冒', '陌生', '联系不上', '打不通', '拉黑', '删了我', '不回', '不理', '失联', '跑路',
  '链接', '网址', '网站', '下载', 'app', '退款', '理赔', '赔付', '返还', '返利', '返现', '佣金', '解冻', '冻结', '保证金',
  '手续费', '验证码', '流水', '安全账户', '他给的', '对方给的', '他们给的', '他发的', '对方发的', '指定', '专员', '警察', '公安',
  '民警', '刷单', '任务', '投资', '贷了', '借了', '网贷', '群里', '共享', '屏幕', '被', '少了', '扣了', '钱没了', '盗', '异常',
  '还要我', '让我', '要我', '叫我', '优惠', '低价', '代充', '不退', '没退', '没收到', '新卡', '换卡', '换了卡', '别的卡',
];

/**
 * The citizen's own report that money, a loan or a code has already gone (DESIGN.md: "the user's own
 * report is the most urgent signal"). Weight 70: on its own it is `scam`-level, so the alert is
 * `block` and the first advice is 110/96110 and the bank's stop-payment (止付). Every cue carries
 * its context, so "房租我已经转过去了" stays quiet: either an explicit report ("被骗了", "按客服说的转")
 * or a completed payment near the other side (客服, 对方, 他给的账户, 联系不上).
 */
export default defineTactic({
  id: 'extract.user-paid',
  stage: 'extraction',
  description: {
    zh: '您说已经转账、扫码付款、贷了款或把验证码给了对方：可能已经被骗，要马上止付',
    en: 'You say you already transferred, paid by QR, borrowed or gave the code away: you may already have lost money',
  },
  weight: 70,
  speaker: 'any',
  cues: [
    {
      any: [
        '我被骗了', '被骗了', '上当了', '按他说的已经', '按他说的转', '按客服说的转', '按照客服说的转', '按对方说的转', '按他们说的转',
        '已经转给他们', '扫码付了', '钱被转走', '被转走了', '卡里的钱没了', '钱都没了', '贷款转给他', '借了钱转给', '转给那个客服',
        '验证码给他了', '验证码告诉他了', '验证码报给他', '把验证码给了', '验证码发给他了', '验证码发给对方', '刷了流水', '刷了好几笔',
        '转了好几笔', '打了好几笔', '钱转给客服', '钱转给了客服', '转到他给的', '转到他说的', '转到对方给的', '转进了他给的',
      ],
    },
    {
      // A completed payment, loan or code handed over, near the other side of the scam.
      all: [
        [
          '转过去了', '转过去', '转了', '转账了', '已经转', '已转账', '汇过去', '汇了', '打过去了', '打了款', '付了', '付过去',
          '付款了', '已经付', '已经汇', '贷了', '借了', '扫了码', '扫码付', '充了值', '交了', '验证码给', '验证码告诉', '验证码发给',
          // In progress ("我爸正在转账，对方说是京东客服"): a stop-payment still reaches it.
          '正在转', '正在汇', '正在付', '正在贷', '正在借',
        ],
        [
          '客服', '对方', '骗子', '他给的', '他们给的', '他发的', '联系不上', '打不通', '拉黑', '理赔', '专员', '那个人', '陌生人',
          '没退回', '没有退回', '没到账', '不退',
          // The recipient left out, the account theirs all the same ("他让我把钱转到一个账户上 我已经转了两万了", "我转了3000过去他就
          // 不接电话了"; newcomer12 kind S3): an account unnamed, an ask again, a payee gone silent.
          '一个账户', '一个账号', '一张卡上', '他的账户', '他的卡上', '又让我再转', '让我再转', '又让我转', '还让我转',
          '不接电话', '不回消息', '不回复了', '关机了', '失联了',
        ],
      ],
      within: 30,
    },
    {
      // A sum sent, then 到/进 an account the other side named (GIVEN_DEST): "我转了两万到她给的卡上", "我已经转了3万到安全账户".
      all: [SENT_DONE, ['到', '进'], GIVEN_DEST],
      within: 30,
      ordered: true,
      clause: true,
    },
    {
      // Paid to the scammer or an impostor, the payee after the verb (STRANGER_PAYEE): 转给了 + who, or 转给 + who + 了.
      all: [PAID_TO_DONE, STRANGER_PAYEE],
      within: 16,
      ordered: true,
      clause: true,
    },
    {
      all: [PAID_TO, STRANGER_PAYEE, ['了']],
      within: 20,
      ordered: true,
      clause: true,
    },
    {
      // The payee between 给 and the verb: 给 + an impostor or a stranger + 转了 ("给一个自称公安的人转了三万").
      all: [['给', '向'], STRANGER_PAYEE, PAID_DONE],
      within: 20,
      ordered: true,
      clause: true,
    },
    {
      // The passive with its agent: 被 + who (a short noun phrase, same clause) + 骗了/盗刷 (PASSIVE_LOSS).
      all: [['被'], PASSIVE_LOSS],
      within: 20,
      ordered: true,
      clause: true,
    },
    {
      // The same with a theft verb, the agent a stranger (PASSIVE_THEFT, PASSIVE_AGENT).
      all: [['被'], PASSIVE_AGENT, PASSIVE_THEFT],
      within: 20,
      ordered: true,
      clause: true,
    },
    {
      // Talked into paying, in the passive (recall17 kind E: "我妈被人忽悠着转了两万", "我奶奶被人哄着把存款转走了五万", "我老公被骗
      // 转了八千给一个陌生账户" read safe 0): 被 + a verb of talking someone round (DECEIT_TALK) + the money moved (MONEY_MOVED),
      // ordered in one clause. The family member's loss told now is the family's report, as 被…骗了 above.
      all: [['被'], DECEIT_TALK, MONEY_MOVED],
      within: 20,
      ordered: true,
      clause: true,
    },
    {
      // Money gone in the passive or as a result (被转走, 卡里少了, 银行短信说扣了) after doing what a stranger
      // said or after their call: the victim's report of a loss, not a bank's notice to its customer.
      all: [LOSS_RESULT, AT_THEIR_WORD],
      within: 50,
    },
  ],
  unless: [
    '差点', '幸好', '还好', '没有转', '没转', '没被骗',
    // A job, a trade or a school changed at someone's talk ("被领导忽悠着转了岗"; recall17 kind E twin): no money moved.
    '转了岗', '转了行', '转了正', '转了学', '转了专业', '转了班', '转岗', '转行', '转学',
    // Refused to pay, told after a condition ("说付了才给发视频验货，我没付": the 付了 of a condition, guard16 kind R1).
    '我没付', '我没有付', '没付钱', '我没交', '我没有交', '没上当', '险些', '如果', '万一', '假如', '要是', '防止', '避免', '以免',
    // Promises of a future refund ("说给我退款", "会给我转补偿") are not listed here: they sit in the
    // same sentence as a real report ("客服说给我退款，我已经按他说的转了5000元") and must not hide it.
    '退款已', '不要转', '别转', '千万别', '会给我', '会给您', '要给我转', '将给您',
    // The payee acknowledged it ("预付款已经转给供应商了，对方确认收到了"): an ordinary payment, settled.
    '确认收到', '确认已收到', '对方已收到', '对方收到了', '已确认到账', '确认到账',
    // A loss that did not or would not happen ("换个老人机就不会被骗了", "免得被骗").
    '不会被骗', '免得被骗', '容易被骗', '怕被骗', '别被骗',
    // The same with the agent named ("不要被冒充客服的骗子骗了", "小心被陌生人骗走"): a warning, nothing lost.
    '不要被', '别被', '不被', '小心被', '当心被', '提防被', '谨防被', '以防被', '就会被', '容易被',
    // A loss feared, not suffered ("我可不想被人骗了", "担心被骗子骗走"): the wish or the worry is no report.
    '不想被', '可不想', '不愿被', '担心被', '害怕被', '怕被',
    // A third person as the passive's subject ("他被骗子骗了8000", "她也被冒充客服的骗了"): their loss told, not
    // the speaker's (the passive with its agent, 65400ca, read every 被…骗了 as the speaker's; session 9 review).
    '他被', '她被', '他们被', '她们被', '他也被', '她也被', '他就被', '她就被', '他还被', '她还被',
  ],
  // One's own errand (fa12 kind 1): a household bill or a known payee paid ("我刚给房东转了房租，对方说收到了", "我刚交了
  // 话费，怎么还没到账，怎么办"), or the payee's receipt acknowledged, with no stranger and no loss in the turn, is
  // no loss; beside any stranger or loss word ("给房东转了押金，现在房东把我拉黑了") it stays the emergency.
  ordinary: { words: ORDINARY_ERRANDS, but: STRANGER_OR_LOSS },
  // Not the shared `warning` list: a victim says "有人冒充快递客服，…被转走了" (冒充 is their story).
  guards: ['warning-report'],
  // A report, not a request: "我已经把验证码告诉他了" is done; "请把验证码告诉客服", "您先把钱转过去" is
  // asked (the scammer's own line, or a citizen quoting it), and none of the loss has happened.
  report: {
    addressed: [
      '请把', '请将', '请您', '请你', '请先', '请尽快', '请马上', '请立即', '请及时', '请直接', '请转', '请汇', '请付', '请扫', '请交',
      '您把', '你把', '您将', '你将', '您先', '你先', '麻烦您', '麻烦你', '麻烦把', '您需要', '你需要', '需要您', '需要你',
      '您只要', '你只要', '您只需', '你只需', '您直接', '你直接', '您要', '你要',
      // An instruction's ending ("把验证码告诉专员就可以了"): its 了 is no perfective.
      '就可以了', '就行了', '就好了', '就可以', '就行', '一下',
    ],
    // The speaker or their family did it ("我转给那个客服五千", "我妈转给他们两万").
    self: ['我', '妈', '爸', '家里人', '老人'],
    // 显示 (the bank's or the app's record: "银行短信显示转出18000元") reports it done as much as 了.
    perfective: ['了', '已', '显示'],
    // The reader or the reader's own named earlier in the sentence (您尾号1234的卡转出…, 您的账户被扣款了,
    // 您的孩子…可能被骗了): a bank's, a carrier's or a school's notice to its customer, not the citizen's
    // report (a citizen names themselves: 我的卡, 我妈). Not a greeting (你好, 您好) nor 您/你 alone.
    reader: ['您的', '你的', '您尾号', '你尾号', '您于', '你于', '您在', '你在', '您已', '你已', '您名下', '你名下', '您本月', '您近期', '您此前',
      // A bank's anti-fraud desk telling the customer of a transfer just made ("您刚才给一个账户转了两万，这个账户被多人举报了").
      '您刚才', '您刚刚', '你刚才', '你刚刚',
      // The reader's own past told back by an officer or an agent ("您上周在我们这里报了案，说被冒充淘宝客服骗了").
      '您上周', '您上个月', '您之前', '您前几天', '您昨天', '您前天', '您上次', '您当时', '您那天'],
    // Someone else's loss told as a story (a cousin's, a classmate's, a customer's, a case at work's):
    // "我表姐之前就是接到说要退款的电话，被骗了两万" warns, it is not the speaker's emergency now. Relatives
    // the speaker helps NOW (妈, 爸, 老人, 老公…) are not here: their loss is the family's report.
    others: [
      '朋友', '同学', '同事', '邻居', '亲戚', '表姐', '表哥', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹', '舅舅', '舅妈', '姑姑',
      '姨妈', '阿姨', '叔叔', '婶婶', '大爷', '大妈', '老乡', '闺蜜', '室友', '网友', '客户', '顾客', '用户', '员工', '人员', '柜员',
      '业主', '居民', '村民', '市民', '群众', '事主', '受害人', '受害者', '当事人', '病人', '患者', '学生', '乘客', '粉丝', '主播',
      '有人', '别人', '很多人', '好多人', '不少人', '有的人', '一名', '一位', '某某',
      // A case told by someone (民警讲了一个案例：…结果被盗刷了两万多): the case's victim, not the speaker.
      '民警', '警察', '警官', '案例', '案子', '案件',
      ...CROWDS.filter((w) => !['很多人', '好多人', '不少人', '有的人'].includes(w)), '大家', '年轻人', '老年人', '大学生',
    ],
    // …unless the sentence says it is happening now: then it is the family's or the friend's emergency.
    urgent: ['刚', '还在转', '正在转'],
    // 现在 only in the cue's own clause: later it tells the aftermath ("…骗了三十万，现在公司所有转账都要电话确认了").
    now: ['现在'],
    // What now after a loss: urgent too, and what makes a question after it the recovery's (see `question`).
    recovery: ['怎么办', '咋办', '怎么追回', '能追回', '要回来', '找回', '报警有用', '要不要报警', '该不该报警'],
    // Another person's loss already with the police or past recovery ("现在报警了还没追回来"): the story's end.
    settled: ['报警了', '报了警', '报过警', '已报警', '已经报警', '立案了', '已立案', '没追回', '追不回', '没要回',
      // Time since, not now ("王姐前几天被人骗了，到现在还缓不过来"): 现在 inside 到现在 tells how long ago.
      '到现在', '至今',
      // Already in the hands of the police or the courts ("现在警察已经介入了", "现在在走法律程序").
      '介入了', '已经介入', '已介入', '法律程序', '起诉了', '在起诉'],
    // The one made to act ("客服让我把验证码发给他"): the other side's ask relayed, done only with 了/已经.
    caused: ['让我', '叫我', '逼我', '令我', '要我', '要求我', '让我们', '叫我们'],
    // The speaker naming themselves ("我是受害人", "本人是被害人"): the citizen's own loss.
    identity: ['我是', '我就是', '我也是', '本人是', '本人就是', '我们是', '我成了'],
    // A loss long past ("我妈去年被骗了两万", "以前被骗过"): told as a story; no stop-payment reaches it.
    // Not 上个月, 上周: a loss that recent is still the police's case to follow (110/96110), told as the emergency.
    past: ['去年', '前年', '上次', '以前', '从前', '几年前', '多年前', '前几年', '那年', '当年', '早年', '小时候', '那一次', '那次'],
    recent: ['今天', '今早', '今晚', '今日', '昨天', '昨晚', '前天', '这次', '这回', '又'],
    // A question about the loss itself, unless it asks what now ("…骗了两万，还能追回吗"): see the schema.
    question: ['吗'],
    // Whose loss by the clause's subject: another person named, counted or placed ("小李被骗子骗了三万", "隔壁老张被人
    // 骗了", "两个人被骗了", "小李转了三万给骗子") tells their story (src/playbook/zh/subjects.ts).
    subject: SUBJECT_WORDS,
  },
  advice: ['already-paid', 'tell-family'],
  showEntities: ['amount'],
  examples: {
    positive: [
      '我刚才按他说的已经转过去八千了',
      '完了，我好像被骗了，他让我扫码付了三次',
      '验证码我已经告诉他了，卡里的钱没了',
      '我妈已经转给他们两万，现在电话打不通',
      '听客服的话刷了好几笔流水，钱一直没退回来',
      '我在借呗借了钱转给那个理赔专员',
      '银行卡里的钱被转走了，怎么办',
      '我把验证码给了对方，然后就收到扣款短信',
      '我已经把钱转过去了，一共五千，对方说是京东客服',
      '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
      '钱已经汇过去了，那个客服现在把我拉黑了',
      '我在微粒贷贷了三万，都转到他给的账户了',
      '爸爸按照客服说的转了两笔，说是保证金',
      '我付了两千块手续费，对方说退款马上到账，到现在也没到账',
      '刚刚把验证码发给对方了，他说是快递理赔',
      '京东客服说给我退款，我已经按他说的转了5000元过去了',
      '刚才有个自称淘宝客服的人说给我退款，我把验证码告诉他了',
      '对方说退给我双倍，我就按他说的转了三千保证金',
      '客服说要给我理赔，我按他说的扫码付了两次',
      // Passive and result forms (newcomer7 kind 1).
      '有人冒充快递客服，我按他说的操作，支付宝里的2万块被转走了',
      '我爸刚才接了个电话说是抖音客服要给他关什么会员，弄完以后银行发短信说扣了15000，这是怎么回事',
      '他让我开了屏幕共享，后来我的卡里少了3万8，现在怎么办啊',
      '按对方说的下载了一个APP，没过多久余额变成0了',
      // A greeting or the listener named after the speaker is no notice.
      '你好，我按客服说的操作，卡里的钱被转走了',
      '我按你的提醒查了，客服让我扫码付了两次',
      // Someone else's loss, happening now: still the emergency reported (110/96110 and 止付 first).
      '我朋友刚被骗了两万，怎么办',
      '我同事现在被骗了，他按客服说的转了三千',
      '我表姐被骗了五万，怎么办，钱还能追回',
      '有人冒充快递客服，我按他说的操作，卡里少了五千',
      // The speaker, the speaker's money or family as the passive's subject (report.subject), a name in apposition to family.
      '我儿子小王被冒充快递客服的骗了一万二',
      '我们俩都被假客服骗了六千',
      // The same errand beside a stranger or a loss (`ordinary.but`).
      '我给房东转了三个月房租，现在房东把我拉黑了',
      '我在一个低价充话费的网站交了300，一直没到账，怎么办',
      '我老婆的支付宝被骗子转走了九千',
      // The payee named as the scammer, an impostor or a stranger (recall16 kind R1).
      '我妈把钱转给骗子了',
      '我爸刚才给一个自称公安的人转了三万',
      '我奶奶把养老钱都汇给了一个冒充孙子的人',
      // A sum sent to an account the other side named (told17 kind 2).
      '我已经转了3万到安全账户',
      '我转了两万到她给的卡上',
      '我已经打了8000块到那个客服给的账户，怎么办',
    ],
    negative: [
      '还好我没转，差点就上当了',
      '如果已经转账，要马上报警',
      '妈，我给你的钱转过去了吗？',
      '房租我已经交了，你不用管',
      '快递已经签收了，谢谢',
      '要是被骗了，第一时间打110',
      '幸好你提醒我，没被骗',
      '他说的那些我一个字都没信',
      '客服说退款已经原路退回了，让我查收',
      '钱我已经转过去了，你查收一下',
      '客服让我转账，我没转，直接挂了',
      '水电费已经付了，物业说收到了',
      '客服说会给我转两百块补偿',
      '对方要我转钱，我千万别转对吧',
      '客服说会给我退款，让我等三个工作日',
      '淘宝客服说会给我转两百块补偿，到时候查收',
      '采购那边的预付款已经转给供应商了，三十万，对方确认收到了',
      '定金我已经转过去了，对方确认到账，下周交房',
      // A loss with no stranger behind it: a carrier's charge, a shop's fee, one's own bank notice.
      '这个月话费扣了50，移动客服说是开了流量包',
      '退款被扣了10块手续费，商家说是平台规定',
      '【工商银行】您尾号1234的卡11月30日支出500元，余额2000元',
      // The reader's account or family in a notice: told to the reader, not reported by them.
      '【邮储银行】您的银行卡被转走了2000元？如有疑问请拨打95580',
      '【建设银行】您尾号6621的账户于11月30日被扣了29元年费，详询95533',
      '亲爱的家长，您的孩子在玩游戏时，可能被骗了！请登录账户查看是否开通了自动续费',
      '【中国移动】您本月话费已扣了58元，余额12.3元',
      // Someone else's story, told as a warning or a case (not the speaker's loss now).
      '我表姐之前就是接到说要退款的电话，被骗了两万，所以今天有人让我下载软件退款的时候，我直接挂了',
      '老师，最近是不是又有同学被骗了',
      '我们单位讲了一个案例：财务人员接到老板的QQ消息，要求紧急转账给某公司，结果被骗了二十多万',
      '银行柜员跟我说，好多老人来转账，柜员一问就知道被骗了，赶紧拦下来',
      '我邻居去年就是这样被骗了三万，你们一定要小心',
      '很多人就是按客服说的转了钱才发现被骗了',
      '有个客户上个月交了两千手续费，后来才知道被骗了',
      '给妈换一个老人机，不能上网的那种，就不会被骗了',
      // A third person as the subject (report.subject): named, counted, of a place, another's money; their story told.
      '小赵被冒充客服的骗子骗了一万五，你们都留个心',
      '对门老孙，上礼拜被人骗了六千',
      '四个人都被冒充快递理赔的骗了',
      '我们楼里有个老人被骗走了两万',
      '孙大姐的银行卡被骗子盗刷了三千',
      '小钟转了八千给那个假客服，第二天才明白过来',
      // One's own errand, settled or slow (`ordinary`): a bill or a known payee, no stranger or loss in the turn.
      '我刚给房东转了房租，对方说收到了',
      '我刚交了话费，怎么还没到账，怎么办',
      // A payee the speaker knows, or a stranger's payment not made (recall16 kind R1's twins).
      '我妈把钱转给房东了',
      '我差点把钱转给骗子',
      '新闻说一个老人给冒充公安的人转了十万',
      // A sum sent to an account a relative or an office named (told17 kind 2's twins).
      '我转了两千到我妈给的卡上',
      '学费我已经转了到学校给的账户',
      // Requests for the act, not reports of it (the scammer's line): nothing is lost yet.
      '请把验证码告诉客服，退款马上到账',
      '您先把钱汇过去，专员确认后退还',
      '把验证码告诉理赔专员就可以了',
    ],
  },
});
