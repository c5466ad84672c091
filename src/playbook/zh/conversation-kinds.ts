/**
 * Conversation kinds as data: what makes a transcript a MEETING (several people at work talking
 * about customers, complaints, refunds, money, apps, cases and targets) rather than a counterpart
 * speaking to the citizen. Read by src/pipeline/conversation-kind.ts; an officer extends a class by
 * adding a word, and the whole-conversation examples below run as tests
 * (test/pipeline/conversation-kind.test.ts).
 *
 * Why: real meeting transcripts (the form of anti-fraud-sft's `会议录音(真实)`: brokerage expert
 * calls, sales and team meetings) were read turn by turn as a caller's requests — a colleague's
 * "客户说要退款，让他加群", a training that reads the scam's lines, "转账的手续费" in a market review —
 * and 3 of 18 test meetings were flagged (issue 8 §4, session 4). Each class below is a FORM of
 * meeting talk, not a topic: a scam shares the topics (refund, transfer, group, app) but not the form
 * (a room addressed, an agenda, third parties reported, business figures, colleagues' departments).
 *
 * A lone cue decides nothing: a two-party call whose caller says 大家 once, or a scammer's "meeting"
 * (腾讯会议 and a screen share the victim is told to join) is still read as the scam. The rule that
 * combines the classes (how many, in how many turns, and the conversation's form) is in
 * src/pipeline/conversation-kind.ts.
 */

/** The cue classes of meeting talk. */
export type MeetingCueClass = 'room' | 'agenda' | 'reported' | 'metrics' | 'team' | 'convened';

export interface ConversationKindExample {
  /** What the example shows (the test's name). */
  note: string;
  turns: { speaker: 'caller' | 'user' | 'unknown'; text: string; voice?: string }[];
}

export interface MeetingCues {
  /** Words per class, as written (normalised when compiled: full width, traditional, case). */
  classes: Readonly<Record<MeetingCueClass, readonly string[]>>;
  /**
   * A room addressed as a LURE, not as colleagues: a live-stream or "investment class" room
   * (家人们, 跟着老师) is the group scam's form, never a work meeting's. Any one of these and the
   * conversation is no meeting, whatever else it says.
   */
  lure: readonly string[];
  /** Conversations that are meetings. */
  positive: readonly ConversationKindExample[];
  /** Conversations that are NOT meetings (scams that must not hide behind the kind, and ordinary calls). */
  negative: readonly ConversationKindExample[];
}

const c = (text: string, voice?: string) => ({ speaker: 'caller' as const, text, ...(voice ? { voice } : {}) });
const u = (text: string) => ({ speaker: 'user' as const, text });

export const MEETING_CUES: MeetingCues = {
  classes: {
    // Someone speaking to a room, or the meeting's own logistics.
    room: [
      '大家好', '各位', '谢谢大家', '感谢大家', '欢迎大家', '欢迎参加', '在座的', '主持人', '下面有请', '有请', '感谢各位',
      '谢谢各位', '说几句', '大家辛苦', '辛苦大家', '把大家叫过来', '叫大家来', '我们一家人', '开一下',
      // The meeting closed, wherever that comes.
      '散会', '今天就到这', '今天先到这', '就到这里', '到此结束', '大家忙去吧',
    ],
    // The meeting convened (开个会, 例会, 家长会, 人都到齐了): a form word, not a topic. It counts as a class only
    // in the conversation's first turns and where several labelled voices speak (src/pipeline/conversation-kind.ts):
    // a boss's impersonator alone on the line says "我在开会" too, and a case told by police says "团伙开会分工".
    convened: [
      '与会', '参会', '开会', '会上', '会后', '本次会议', '这次会议', '今天的会', '这个会', '电话会', '会议纪要', '例会', '周会',
      '晨会', '月会', '复盘会', '座谈会', '家长会', '培训会', '提问环节', '问答环节', '到齐了', '我们开始吧', '咱们开始吧',
      '开个会', '开个短会', '开一下会', '院务会', '评审会', '交流会', '线上交流', '交接班',
      '家庭会议', '开个小会', '科室会', '人都到了', '人都齐了', '人都在', '都到齐了', '班会', '需求会',
      '开个家庭会', '村民大会', '业主大会', '动员会', '这次培训', '今天培训', '培训主要', '下面大家',
    ],
    // The structure of a meeting's work: agenda items, reports, follow-ups, questions to an expert.
    agenda: [
      '议题', '议程', '讨论一下', '汇报一下', '同步一下', '复盘', '补充一下', '补充一点', '我说两句', '待办', '跟进一下',
      '排期', '分工', '对齐一下', '下一个问题', '我想请教', '请教一下', '想请教', '问一下专家', '您怎么看', '怎么看待',
      '方案', '海报', '宣传', '先说一下', '过一下', '对一下', '纪要', '需求评审', '迭代', '话术', '考核',
      '周五之前', '你来负责', '我来负责', '负责一下', '提问', '问答', '交流一下', '请教', '商量一下', '我们商量', '商量了', '我建议', '答疑', '收集一下', '统计一下', '整理一下', '落实', '之前补完',
      // The items of an agenda counted out ("今天说两个事", "第二个事").
      '说两个事', '说三个事', '讲三个事', '第一个事', '第二个事', '第三个事',
      // A family meeting's decision: a proposal put to the others, turns shared out, the matter settled
      // ("我想的是我们三个轮流给妈打电话", "那就这么定了"). Kind: session 9, own family meetings read scam (conv9).
      '我想的是', '我的想法是', '轮流', '就这么定', '这么定了', '那就这么办', '就这么办',
    ],
    // A third party's words or case reported to the room (the customer, the user, an elder, the residents).
    reported: [
      '客户说', '客户反映', '客户反馈', '客户那边', '用户反映', '用户反馈', '用户说', '有个客户', '有的客户',
      '有用户', '顾客说', '买家说', '有家长', '有的家长', '有个老人', '有位老人', '有个老太太', '有个大爷', '群众反映',
      '居民反映', '有商家', '反馈说', '投诉说', '据反映', '事主说', '受害人说', '客户问', '有几个客户', '有一个客户',
      '有个阿姨', '有个大爷', '老人反映', '家长反映', '居民说', '事主是', '受害人是', '反映说', '跟护士说', '跟我说', '有人打电话给', '差点被骗', '差点被人骗',
      // Another party's answer relayed to colleagues ("保险公司说要补材料", "供应商那边说下周发货").
      '那边说', '那边回复', '那边反馈', '公司说', '厂家说', '供应商说', '物流说', '快递说', '对方公司',
    ],
    // Business figures: rates, periods, results.
    metrics: [
      '同比', '环比', '转化率', '退款率', '投诉率', '复购率', '毛利', '净利润', '营收', '利润率', '季度', '上半年', '下半年',
      '全年', '市场份额', '市占率', '产能', '出货量', '订单量', '客单价', 'gmv', 'kpi', 'roi', '预算', '业绩', '增速',
      '渗透率', '工单', '客诉', '销量', '报表', '财报', '营业额', '处理时长', '响应时间', '发案', '案发量',
      '增长了百分之', '下降了百分之', '完成率', '结案率', '拦截数', '警情', '件量', '门诊量', '住院量', '使用率', '月活',
      '日活', '坑位费', '投流', '应收账款', '合同金额', '退货率', '不良率', '平均分',
    ],
    // Colleagues and departments.
    team: [
      '同事', '部门', '财务那边', '财务说', '财务提醒', '法务', '技术那边', '客服那边', '客服团队', '运营那边', '销售那边',
      '市场部', '董事会', '总部', '各部门', '我们组', '我们部门', '咱们部门', '班主任', '民警', '社区', '网格员',
      '老板', '总监', '科长', '人事那边', '站长', '院长', '组长', '质检', '仓库那边', '财务部', '财务科', '领导', '白班',
      '夜班', '值班', '美工', '运营那边', '开发那边', '我们组的',
    ],
  },
  lure: ['家人们', '宝宝们', '老铁们', '跟着老师', '老师带', '带单', '助理微信', '加助理', '导师', '群友'],
  positive: [
    {
      note: 'a customer-service team reviewing the quarter (dialogues-zh 046): figures, complaints, a finance reminder',
      turns: [
        c('我们这个季度的退款率比上个季度下降了两个点'),
        c('主要是质量问题的投诉少了，客服那边的处理效率也提高了'),
        c('下个季度我们要重点关注物流丢件的理赔时效'),
        c('另外财务提醒一下，所有转账必须走公司对公账户审批'),
      ],
    },
    {
      note: 'anti-fraud publicity planning that quotes the script (dialogues-zh 047)',
      turns: [
        c('各位，今天讨论一下反诈宣传的方案'),
        c('骗子最常用的话术是说商品有质量问题要退款，然后让人开屏幕共享'),
        c('我们的海报要把这几个关键词写清楚：验证码、屏幕共享、借贷刷流水'),
        c('下周社区活动的时候发放'),
      ],
    },
    {
      note: 'a brokerage expert call with labelled voices: a room welcomed, questions to the expert',
      turns: [
        c('大家好，欢迎参加本次电话会议，下面有请专家发言', '主持人'),
        c('好的谢谢，那个今年上半年的出货量同比增长了百分之二十左右', '发言人2'),
        c('我想请教一下专家，下半年的产能怎么看', '发言人3'),
      ],
    },
    {
      note: 'a colleague\'s "让他加群" and "验证码" about a customer, reported in a team meeting',
      turns: [
        c('好我们开始吧，先过一下上周的客诉', '张经理'),
        c('有个客户说收不到验证码，我让他加了售后群，技术那边在查', '小王'),
        c('嗯那个工单记得跟进一下，周五前给客户回复', '张经理'),
        c('好的', '小李'),
      ],
    },
    {
      note: 'colleagues relaying an insurer\'s answer about a claim (newcomer7): not a refund story told to the listener',
      turns: [
        c('财务那边说这个月的理赔款还没到账', '发言人1'),
        c('保险公司说要补材料，我明天把发票扫描件发过去', '发言人2'),
        c('好，那我们群里同步一下进度', '发言人1'),
      ],
    },
    {
      note: 'a supplier\'s delay and a customer\'s refund relayed in a short shop meeting',
      turns: [
        c('供应商那边说这批保温杯下周才能补货', '发言人1'),
        c('那已经下单的客户先退款吧，客服那边统一回复', '发言人2'),
        c('行，我整理一下名单', '发言人1'),
      ],
    },
    {
      note: 'a family meeting convened about a mother\'s near-loss (voices named by kin): her story is retold, not told to the listener',
      turns: [
        c('人都齐了，今天开个家庭会议，商量一下妈那笔钱的事', '大姐'),
        c('妈上个月接到一个电话，说是网店客服，要给她理赔，让她先交手续费', '大姐'),
        c('那以后陌生人打电话说退钱，都让妈先挂了，给我们打电话', '二弟'),
        c('我建议把妈的银行卡转账限额调低一点', '三妹'),
      ],
    },
    {
      note: 'a counsellor\'s meeting with class monitors about a student\'s case (a screen share told, not asked)',
      turns: [
        c('好，各位班长，今天开个会，说一下防诈骗教育', '辅导员'),
        c('上周有个同学接到冒充客服的电话，说要注销学生账户，让他开屏幕共享', '辅导员'),
        c('这周每个班开一次主题班会，班长统计一下没注册反诈APP的同学', '辅导员'),
        c('好的老师', '班长1'),
        c('统计表发到哪里', '班长2'),
      ],
    },
    {
      note: 'a village meeting with its items counted out: a payment told as the village\'s own rule',
      turns: [
        c('人都到了，开会。今天说两个事，一个是养老保险缴费，一个是最近的诈骗', '村支书'),
        c('养老保险在银行或者社保APP交，村里不收现金', '村会计'),
        c('最近有两户接到电话说补贴要领，让提供银行卡号和验证码，大家一定不要给', '村支书'),
        c('那交钱是交给你吗', '村民老冯'),
        c('不交给我，在APP上交。好，散会', '村会计'),
      ],
    },
  ],
  negative: [
    {
      note: 'a two-party refund call whose caller says 大家 once is no meeting',
      turns: [
        c('您好，我是淘宝客服，您买的奶粉有质量问题，要给您退款'),
        u('啊，怎么退'),
        c('现在大家都是这样操作的，您下载一个腾讯会议，开一下屏幕共享'),
        u('好的'),
        c('您把收到的验证码告诉我，退款马上到账'),
      ],
    },
    {
      note: 'the scammer\'s "meeting": join 腾讯会议 and share the screen, two parties',
      turns: [
        c('您好，这里是京东金融客服，您的学生账户需要注销'),
        u('怎么注销'),
        c('您下载腾讯会议，输入会议号，进入会议以后我们会议室的同事会指导您'),
        u('进去了'),
        c('您点一下共享屏幕，然后打开您的银行APP'),
      ],
    },
    {
      note: 'a fake customer service, a fake supervisor and the victim (three voices) with one 同事',
      turns: [
        c('您好，我是抖音客服，您开通了百万保障，不取消每月扣费', '客服'),
        u('我没开过啊'),
        c('我把电话转给我们同事，他是理赔部主管', '客服'),
        c('您好，我是主管，您的账户需要验证流水，请把余额转到这个账户', '主管'),
        u('好的我转一下'),
      ],
    },
    {
      note: 'a diarised refund call (发言人1 the caller, 发言人2 the victim) relaying "财务那边说" is no meeting',
      turns: [
        c('您好，我是淘宝客服，您买的面膜有质量问题，给您三倍理赔', '发言人1'),
        c('好的，怎么办理', '发言人2'),
        c('财务那边说您的信用分不够，要先把钱转到理赔账户，再把收到的验证码告诉我', '发言人1'),
        c('好', '发言人2'),
      ],
    },
    {
      note: 'a fake agent, a fake supervisor and the victim (three caller voices) where "开会" comes late, as the scam\'s pretext, is no meeting',
      turns: [
        c('您好，我是淘宝客服，您买的面膜有质量问题，要给您三倍理赔', '客服'),
        c('好的，怎么操作', '顾客'),
        c('我让同事把您转给我们部门的主管', '客服'),
        c('您好，我们今天开会统一处理这批理赔，您下载一下会议软件，开启屏幕共享', '主管'),
        c('您把收到的验证码报给我，理赔款马上到账', '主管'),
      ],
    },
    {
      note: 'a boss\'s impersonator "in a meeting" asking for a transfer, two parties',
      turns: [
        c('小王，我是张总，我在开会不方便接电话，你看一下微信'),
        u('张总好，什么事'),
        c('财务那边我回头说，你先把五万定金转到这个账户，客户在等'),
        u('好的'),
      ],
    },
    {
      note: 'an investment "class" addressing a room as a lure (家人们, 跟着老师) is no meeting',
      turns: [
        c('各位家人们大家好，今天老师带大家看一下这个板块', '老师'),
        c('上个季度我们群里的收益大家都看到了，跟着老师操作就行', '助理'),
        c('还没开户的家人们私聊助理，下载APP充值入金', '助理'),
      ],
    },
  ],
};

/**
 * A call the CITIZEN placed: the first words of the call are the citizen's own and state an errand of
 * theirs (a question, a service asked for: "我的银行卡丢了，想挂失", "我想问一下我的航班取消了，退票怎么退").
 * The one who answers then is the line the citizen dialled, not a stranger who called: its questions
 * (the ID's last four digits, the card number to find the account) are the service's, at most
 * `suspicious` unless money or control leaves the platform (src/score/initiator.ts). A citizen who only
 * answers ("喂", "你好", "哪位") has no errand of their own. Kind: session 10, own user-opened calls read
 * `scam` (gen-w8-conv: an airline's line asking for the ID's last four digits). Read only on the call's
 * first turn, and only when the citizen speaks it (src/pipeline/step.ts).
 */
export const USER_ERRAND: { words: readonly string[]; positive: readonly string[]; negative: readonly string[] } = {
  words: [
    '我想问一下', '我想问问', '想问一下我的', '我想咨询', '想咨询一下', '我咨询一下', '咨询一下', '我想查一下', '我想查询', '帮我查一下', '麻烦帮我查',
    '我想办理', '我要办理', '想办一下', '我想挂失', '想挂失', '我要挂失', '我要投诉', '我想投诉', '我想退票', '想退票', '我要退票',
    '我想退款', '我要退款', '我想申请退款', '我想改签', '我要改签', '我想取消', '我要取消', '我想注销', '我想开通', '我想修改',
    '我想预约', '我要预约', '我想报修', '我要报修', '我想了解一下', '我打电话是想', '打过来是想', '打这个电话是想', '我打来是想',
    '转人工', '人工服务', '我要人工', '我的快递一直没到', '我的订单', '我的航班', '我的银行卡丢了', '我的卡丢了', '卡丢了',
    "i'd like to", 'i would like to', "i'm calling about", 'i am calling about', "i'm calling to", 'i am calling to',
    // The number or the line the citizen dialled, named by them (guard15 kind L1: "喂，我打的是10086吧？我手机号被停机了"
    // read as a stranger's call, scam 71 on the carrier's own code check).
    '我打的是', '我拨的是', '我拨打的是', '我拨打了', '我刚拨了', '我刚打了', '我刚才拨打', '我打你们', '我打了你们', '我拨了你们', '我打过来',
    '打你们客服', '打你们的客服', '我打这个电话', '我打电话过来', '我打电话来', '我给你们打电话', '我打客服电话', '我打的客服电话', '我拨打客服',
    // The citizen's own account or line stopped, told first ("我手机号被停机了", "我的卡被冻结了，怎么回事").
    '我手机号被停机', '我的手机号被停机', '我手机停机了', '我的号码停机了', '我的号被停机', '我的卡被冻结', '我的银行卡被冻结', '我卡被冻结',
    '我的账户被冻结', '我的卡被锁', '我的卡被吞', '卡被吞了', '我的信用卡被盗刷', '我的卡被盗刷', '我的账号登不上', '我的密码忘了', '我忘了密码',
    "i dialled", "i dialed", "i'm calling because", 'i am calling because',
    // The citizen's own account, phone or card taken or lost, or a freeze asked for (ncfp17 kind G: "我的微信被盗了", "我手机丢了，
    // 能不能先冻结一下" read as a stranger's call, `scam` on the agent's identity check; src/playbook/zh/own-freeze.ts).
    '被盗了', '号被盗', '账号被盗', '被盗刷', '被别人盗', '被人盗', '被偷了', '手机丢了', '钱包丢了', '身份证丢了', '社保卡丢了', '信用卡丢了',
    '被别人登录', '被人登录', '帮我冻结', '想冻结', '我要冻结', '先冻结一下', '能冻结吗', '我想把', '我想先把', '我要把',
  ],
  positive: [
    '你好，我想问一下我的航班取消了，退票怎么退？',
    '喂，我的银行卡丢了，想挂失。',
    '您好，我想咨询一下宽带续费的事情。',
    '你好，帮我查一下我的快递到哪了，单号是……',
    '喂，您好，我要投诉一个商家，一直不发货。',
    "Hi, I'm calling about my order, it hasn't arrived.",
    '喂，我打的是10086吧？我手机号被停机了。',
    '你好，我刚才拨打了你们的客服电话，一直没人接。',
    '喂，我的卡被冻结了，怎么回事？',
    '我的微信被盗了',
    '我手机丢了，支付宝里还有钱，能不能先冻结一下',
  ],
  negative: [
    '喂？',
    '你好，哪位？',
    '喂，你好，请问你是谁？',
    '嗯，是我，什么事？',
    '喂，说吧。',
    'Hello?',
    '喂，你好，是我，刚才那个号码是你们打的吗？',
  ],
};

/**
 * A call the CITIZEN placed, heard in the line's own first words: the greeting of a line that was dialled
 * ("欢迎致电中国建设银行", "感谢您致电中国移动", "您好，感谢您的来电"). An outbound call never thanks the citizen for
 * calling; a robocall's "请按1" is no such greeting (shift.robocall-key). Read only on the call's first turn, and
 * only when the counterpart speaks it (src/pipeline/step.ts). guard15 kind L1: a bank's or a carrier's hotline the
 * citizen rang, its IVR first, read as a stranger's call and `scam` on its own identity check.
 */
export const INBOUND_GREETING: { words: readonly string[]; positive: readonly string[]; negative: readonly string[] } = {
  words: [
    '欢迎致电', '感谢致电', '感谢您致电', '欢迎您致电', '欢迎拨打', '感谢您拨打', '感谢拨打', '感谢您的来电', '感谢来电', '您拨打的是',
    'thank you for calling', 'thanks for calling', 'welcome to the', 'you have reached',
  ],
  positive: [
    '您好，欢迎致电中国建设银行，普通话服务请按1。',
    '感谢您致电中国移动，请输入您收到的验证码以验证身份。',
    '您好，感谢您的来电，工号3021为您服务。',
    'Thank you for calling First Bank, how can I help you?',
  ],
  negative: [
    '您好，这里是建设银行，请输入您收到的验证码以验证身份。',
    '您好，我是中国移动的客服，您的号码即将停机，请按1转人工。',
    '您好，我是京东客服，您的订单有问题，请问是王先生吗？',
    'Hello, this is Amazon customer service calling about your order.',
  ],
};

/**
 * A group's WARNING ANSWER: words by which a participant tells another not to do what was just told or
 * asked ("二叔千万别交！先交钱的贷款都是骗子", "别信，十有八九是骗子", "以后这种电话直接挂"). In a conversation of
 * three or more labelled voices where nobody speaks as the protected person (a family group, a meeting,
 * a training), a request or move told by one voice and answered so by ANOTHER voice is the subject of a
 * warning, not a request made to the listener: the conversation stays below `scam`
 * (src/pipeline/conversation-kind.ts `warnedGroup`). Advice forms only: "我们不是骗子" (a scammer's) names no
 * advice, and a turn that also holds a cover-up line ("千万别信银行的人") is the scam's, not a warning.
 * Kind: session 10, own family groups and trainings read `scam` (gen-w8-conv: a family group warning an
 * uncle off a fee-first loan; gen-w3-meetings: a family going over a father's refund call).
 */
export const WARNING_ANSWER: { words: readonly string[]; positive: readonly string[]; negative: readonly string[] } = {
  words: [
    '别信', '不要信', '别相信', '千万别交', '千万别转', '千万别给', '千万别点', '千万别借', '千万不要转', '千万不要交', '千万不要给', '千万不要借',
    '别交', '别转', '别给他', '别给她', '不要转给', '别转给', '别借', '直接挂', '赶紧挂', '马上挂', '别理他', '别理她', '别理',
    '都是骗子', '肯定是骗子', '就是骗子', '八九是骗子', '那是骗子', '是骗子吧别', '那是诈骗', '就是诈骗', '肯定是诈骗', '别上当', '不要上当',
  ],
  positive: [
    '二叔千万别交！先交钱的贷款都是骗子',
    '别信，十有八九是骗子',
    '以后这种电话直接挂',
    '千万别转给个人啊',
    '妈，那是诈骗，别理她',
  ],
  negative: [
    '您放心，我们不是骗子',
    '千万别挂电话',
    '好的，我转一下',
    '这个钱我下个月还你',
    '您按我说的操作就行',
  ],
};

/**
 * A call that STOPS a transfer: the bank's, the payment app's or the anti-fraud centre's own call, which sees the
 * citizen moving money to a stranger, asks whether someone told them to (是不是有人让您开了屏幕共享？ 您是不是在扫一个
 * 二维码付款？) and tells them to stop (请不要转账, 关闭屏幕共享, 挂断对方电话, 如有疑问拨打96110). The moves in it are
 * the warning's subject: asked about (`inquiries`: whether someone asked it, or the citizen's own act seen by the
 * bank) or undone (`stops`), never asked for. Such a call is no scam (src/pipeline/conversation-kind.ts
 * isStoppedTransfer, src/score/score.ts `stoppedTransfer`), unless:
 *  - the counterpart makes a move in a turn that neither stops one nor asks about one (a request of its own);
 *  - or any counterpart turn names a place the money or a code is to go to the caller (`claims`: 安全账户,
 *    告诉我, 报给我): the fake "bank" that warns of fraud and then moves the money to its own "safe account";
 *  - or a turn's stop comes with a line that keeps the citizen from others (不要告诉家人, 跟银行说是自己转的: the
 *    scam's, not a warning; cover.secrecy, cover.lie-to-bank);
 *  - or the citizen reports a loss (extract.user-paid): then it is the emergency, read as any other.
 * Kind: session 11, a bank's stopping call read `suspicious` 55 to `scam` 85 on the moves it asked about
 * ("请您马上关闭屏幕共享" read shift.screen-share; "您是不是在扫一个二维码付款？" read extract.scan-to-pay).
 */
export const STOPPED_TRANSFER: {
  stops: readonly string[]; inquiries: readonly string[]; claims: readonly string[];
  positive: readonly ConversationKindExample[]; negative: readonly ConversationKindExample[];
} = {
  // Telling the citizen to stop or undo the move (never "不要挂断电话": the scam's; a bare 挂断 is not here).
  stops: [
    '不要转账', '不要转了', '不要再转', '先不要转', '别转了', '先别转', '千万不要转', '千万别转', '停止转账', '暂停转账', '不要继续转',
    '不要汇', '先别汇', '别汇了', '不要付款', '不要扫码', '别扫', '不要再付', '不要借款', '不要贷款', '不要再借', '别借了',
    '不要再操作', '停止操作', '立即停止', '马上停止', '先停下', '不要继续操作',
    '关闭屏幕共享', '关掉屏幕共享', '退出屏幕共享', '停止屏幕共享', '停止共享', '关闭共享', '退出会议',
    // Not a bare 卸载: "先把反诈APP卸载了" is the scam's own line.
    '卸载那个', '卸载对方', '卸载掉那个', '那个APP卸载', '那个软件卸载',
    '挂断对方', '挂掉对方', '挂断他', '挂断她', '把对方的电话挂', '不要再跟对方联系', '不要再联系对方', '别再跟他联系',
    '不要把验证码告诉任何人', '验证码不要告诉任何人', '不要透露验证码',
  ],
  // Asking whether someone else asked it, or about the citizen's own act the bank saw (the move asked ABOUT).
  inquiries: [
    '是不是有人', '有没有人', '是有人让', '是否有人', '是不是对方', '对方是不是', '对方有没有', '对方是否', '他是不是', '他有没有',
    '您是不是在', '您是不是正在', '你是不是在', '你是不是正在', '是谁让您', '谁让您', '谁让你', '您认识', '你认识', '是您本人', '您本人操作', '是不是您本人',
    '您正在', '您正准备', '您正要', '您刚才', '您刚刚', '您在柜台', '您要往', '您准备往', '您准备给', '您今天三次', '系统检测到您', '系统监测到您', '系统发现您',
  ],
  // The caller asking the money, the code or the card to come to itself: no stopping call does.
  claims: [
    '安全账户', '监管账户', '保管账户', '核验账户', '验证账户', '指定账户', '我们的账户', '我们给您的账户', '转到我们', '转给我们', '帮您保管',
    '告诉我', '报给我', '发给我', '念给我', '提供给我', '读给我', '发我一下', '报一下卡号', '报一下验证码',
  ],
  positive: [
    {
      note: 'a bank sees a transfer to a stranger and asks whether someone set up a screen share: close it, do not transfer',
      turns: [
        c('您好，我是交通银行的，系统监测到您在通话中向陌生账户转账，请问有没有人让您开了屏幕共享？'),
        u('有，一个客服'),
        c('请您马上关闭屏幕共享，退出那个会议软件，不要再转账了，这是诈骗。'),
      ],
    },
    {
      note: 'a bank asks about a code scanned to pay: do not scan, refunds go back the way they came',
      turns: [
        c('您好，我是平安银行的，您是不是在扫一个二维码付款？系统提示收款方是涉诈账户。'),
        u('是客服发给我的，说扫了退款'),
        c('请不要扫码付款，关掉那个页面，退款都是原路退回，不需要您付钱。'),
      ],
    },
  ],
  negative: [
    {
      note: 'a fake bank that warns of fraud and then moves the money to its own "safe account"',
      turns: [
        c('您好这里是银行风控中心，系统检测到您正在向陌生账户转账，这可能是诈骗，请不要转账。'),
        u('那我的钱怎么办'),
        c('为了资金安全，请您把卡里的余额先转到我们的安全账户，核实后再给您转回。'),
      ],
    },
    {
      note: 'a fake bank that stops one transfer and then asks for the code itself',
      turns: [
        c('您好，我是工商银行的，您刚才的转账有风险，请立即停止操作。'),
        u('好的'),
        c('为了帮您拦截，请把收到的验证码报给我。'),
      ],
    },
  ],
};

/**
 * Talk ABOUT others among several voices: three or more labelled voices, nobody speaking as the protected person,
 * and no move in it said TO someone present (`address`: no 你/您 in any turn that holds a move). Lawyers going
 * over a client's case ("对方让她下载会议软件…又让她在网贷平台借了八万"), a bank's risk meeting ("持卡人在钓鱼网站输入了
 * 卡号和验证码"), a family deciding a loan or retelling a parent's call ("让我打开一个什么备用金"), a shop's after-sales
 * or a drivers' training ("让司机先转钱给他朋友"): every request in it is told of a third party, the speaker's own
 * story or the group's own business, not asked of the listener. Read as a meeting is (src/score/score.ts
 * meetingReading: below `suspicious`), once a move has been told (src/pipeline/conversation-kind.ts isAboutOthers).
 * A move is told only where its turn names whom it is about (`others`) and addresses nobody (`address`). A scam
 * acted or diarised with several voices asks the victim: "您下载一个会议软件", "你把验证码报一下", or in the
 * imperative, "尽快转账" — any such move turn and the conversation is read as any other; so is one where a voice
 * reports its own loss (extract.user-paid: the family's emergency), or a row of voices each pitching once. Kind: session 11, own meetings of 3+ voices without the
 * meeting's cue words read `suspicious` to `scam` (gen-w3-meetings, consumed-w3-meetings, gen-w8-conv).
 */
export const ABOUT_OTHERS: {
  address: readonly string[]; others: readonly string[]; positive: readonly ConversationKindExample[]; negative: readonly ConversationKindExample[];
} = {
  address: ['你', '您'],
  // Whom a told move is about: a third party (他, 对方, 持卡人, 乘客), or the speaker as the one who was asked (让我, 要我:
  // "她说…让我打开一个什么备用金"). A move turn with none of these is said to someone present, whatever its pronouns: an
  // imperative has none ("需要把余额转到这个账户", "充值的账户发在群里了，尽快转账"). Not 阿姨, 先生, 女士: a scam addresses
  // its victim so.
  others: [
    '他', '她', '对方', '人家', '客户', '客人', '顾客', '买家', '卖家', '用户', '老人', '老太太', '大爷', '持卡人', '当事人',
    '受害人', '事主', '乘客', '司机', '学生', '家长', '玩家', '员工', '居民', '村民', '业主', '骗子', '有人', '别人', '外婆',
    '奶奶', '爷爷', '外公', '表弟', '表哥', '表姐', '表妹', '舅舅', '姑姑',
    '让我', '要我', '叫我', '跟我说', '说我',
  ],
  positive: [
    {
      note: 'lawyers over a client\'s case: the requests are told of her (让她)',
      turns: [
        c('我们过一下刘女士这个案子，小陈你先说一下经过。', '张律师'),
        c('刘女士接到自称快递理赔的电话，对方让她下载会议软件，开了屏幕共享，又让她在网贷平台借了八万转到对方账户。', '陈助理'),
        c('她报案了吗？', '王律师'),
        c('报了，派出所已经立案，冻结了一部分。', '陈助理'),
        c('那我们这边先整理转账记录，再给贷款平台发函，看能不能停息。', '张律师'),
      ],
    },
  ],
  negative: [
    {
      note: 'a diarised scam of three voices that asks the victim (您)',
      turns: [
        c('您好，我是抖音客服，您开通了百万保障，不取消每月扣费。', '发言人1'),
        c('我没开过啊。', '发言人2'),
        c('您好，我是理赔部主管，您下载一个会议软件，开启屏幕共享，把余额转到这个账户验证流水。', '发言人3'),
      ],
    },
  ],
};
