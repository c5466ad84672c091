/**
 * The Chinese request grammar's word classes: request ACTS (give, tell, send, fill in, type, log in,
 * scan, pay, transfer, top up, borrow, download, install, open, join, add, share, operate), the
 * OBJECTS a scammer asks for (code, card, password, ID, money, fee, the account they name, app,
 * meeting software, screen, group or private contact, link or page) and CONTEXT words. A tactic is a
 * combination of classes (`{ request: { act: [...], object: [...] } }`), so a synonym added here
 * fixes every tactic that uses the class.
 *
 * Each class carries example sentences, run as tests (test/playbook/playbooks.test.ts): a positive
 * one must contain a request using the class, a negative one none. Single characters that occur
 * inside everyday words (交 in 交易, 付 in 支付宝, 转 in 转告) are listed only inside longer forms.
 * Written from the seed bulletin (shared/seed/refund-call-scam-article.md) and our own writing.
 */
import type { GrammarDef, WordClassDef } from '../schema.ts';
import { CODE_WORDS } from './tactics/extract.verification-code.ts';
import { SUBJECT_WORDS } from './subjects.ts';
import { OWN_ORDER_PAGE, PAY_PAGE_PASSWORD, PHONE_LOGIN_PASSWORD, SERVICE_PASSWORD } from './own-page.ts';
import { SENDER_SENDS } from './sender-sends.ts';

/** Family and other persons by what they are (src/playbook/zh/subjects.ts), not 人 alone (有人被…: 有人 is `relayed`'s). */
const THIRD_PERSONS = [...SUBJECT_WORDS.family, ...SUBJECT_WORDS.persons, '嬢嬢'].filter((p) => p !== '人');
/**
 * Who may have made the teller act, in a retelling (guard16 kind R1): a third person, the other side of a trade or a chat, or
 * the message itself ("买家让我", "房东新号码发短信让我", "客服非要我"). Not 你/您 (the reader) nor 我.
 */
const RELAY_AGENTS = [
  ...THIRD_PERSONS, '他们', '她们', '人家', '客服', '骗子', '中介', '代购', '快递', '店铺', '平台', '那边', '对面', '这人', '那人', '的人', '陌生人',
  '新号码', '新号', '短信', '消息', '微信', '信息',
  '发短信', '发消息', '发微信', '发信息', '打电话',
];
/** The causatives of a relayed ask after its agent ("让我", "非让我", "一直要我"). */
const RELAY_CAUSATIVES = ['让我', '叫我', '要我', '非让我', '非要我', '非叫我', '硬要我', '一直让我', '一直叫我', '还让我', '又让我', '就让我'];
/**
 * The speaker sent to do a job for the reader ("平台让我跟进这个理赔", "售后让我回访一下", "公司让我负责这个理赔"): the relayed words
 * make the speaker the other side's messenger, and what it asks after them is its own (guard17 kind C: "亲 平台让我跟进这个理赔
 * 之前没交运费险 把支付宝账号和验证码发我就行" scam 85 -> safe 0 after 8d7d0b7, the relayed ask read as told by a frame 没交).
 * A `takeover`. The reader named after 让我 ("让我通知您", "让我联系你") already ends the relayed words (framing.ts).
 */
const MESSENGER_DUTIES = ['让我', '叫我', '派我', '安排我'].flatMap((c) =>
  ['跟进', '回访', '负责', '对接', '来处理', '来跟进', '来对接', '来负责', '通知一下', '全权处理', '专门处理'].map((d) => c + d));
/**
 * A forwarded warning's LABEL for the scam script it then tells (guard16 kind W1: "骗子最新套路“…”", "新套路来了：冒充…"). A label
 * reports only as the script's heading: right before a colon, a quote, or a comma and the script's third-person opening (冒充,
 * 有人…). A label said in passing is no heading (guard17 kind A: a fake agent's "现在新骗局很多，您别担心，您把收到的验证码发我"
 * or "为了防止新骗局，平台要求您…填写银行卡号和密码" read safe 0, its own ask silenced by the label).
 */
const SCRIPT_LABELS = ['最新套路', '新套路', '最新骗局', '新骗局', '骗子新招', '新骗术', '最新骗术', '最新诈骗手法', '诈骗新手法'];
/** What a heading may add after its label ("新套路来了：", "最新骗局曝光：", "新骗术提醒："); '骗子最新' takes its noun here. */
const LABEL_TAILS = ['', '来了', '又来了', '曝光', '提醒', '揭秘', '预警', '如下', '是'];
const LABEL_NOUNS_AFTER_SCAMMER_LATEST = ['招数', '手段', '花招', '的套路', '的手段', '的招数', '的骗局', '的花招', '的骗术'];
/** The heading's end: a colon or a quote (the script follows), or a pause and the script's third-person opening. */
const LABEL_MARKS = [
  '：', '“', '「', '"',
  ...['，', '！'].flatMap((p) => ['冒充', '假冒', '自称', '有人', '骗子', '不法分子', '诈骗分子', '对方', '先'].map((w) => p + w)),
];
const SCRIPT_HEADINGS = [
  ...SCRIPT_LABELS.flatMap((l) => LABEL_TAILS.map((t) => l + t)),
  ...LABEL_NOUNS_AFTER_SCAMMER_LATEST.map((n) => '骗子最新' + n),
].flatMap((h) => LABEL_MARKS.map((m) => h + m));
import { otherKindLexicon } from './lexicon-other.ts';
import { probeKindLexicon } from './lexicon-probes.ts';

/**
 * "林某", "赵某": a bulletin's masked name (surname + 某), from the most common surnames. Not 某 alone:
 * "某某招聘", "某平台" name no person.
 */
const SURNAMED_SOMEONE = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文']
  .map((surname) => `${surname}某`);

/**
 * Credentials that are not money's (guard15 kind L2): a school's, a building's, a device's or a network's password or
 * account, shared in a family or class chat ("把学习通账号密码发我，我帮你签到", "门禁密码改成4321了", "wifi密码发我一下"),
 * read as the bank card's password (extract.card-credentials, extract.identity: suspicious 60-69). Named with their
 * owner they are one noun (zh grammar `nouns`): the 密码 or 账号 inside is no card credential. A bank's, a payment
 * app's or a bare 密码 stays the ask ("把支付密码告诉我", "把银行卡密码发给我"); a game account stays out (account trading
 * is a scam's own pretext, and its password is the account sold).
 */
const NOT_MONEY_SYSTEMS = [
  '学习通', '超星', '雨课堂', '智慧树', '钉钉打卡', '教务系统', '教务网', '选课系统', '校园网', '图书馆', '网课', '慕课', '班级优化大师',
  '门禁', '门禁卡', '门卡', '单元门', '大门', '防盗门', '门锁', '指纹锁', '密码锁', '保险柜', '行李箱', '快递柜', '储物柜',
  'wifi', '无线网', '无线', '路由器', '宽带', '电脑', '开机', '锁屏', '屏保', '平板', '电视', '投影仪', '打印机', '共享文件夹', '压缩包', '文档',
  // A workplace's machines and test logins (sms16 kind E; writer16's dev line "李哥 那个服务器密码你发我私聊吧 别发群里" read scam 80).
  '服务器', '云服务器', '数据库', '堡垒机', '测试账号', '测试环境', 'vpn',
];
/**
 * Cards that hold no money, by their number (sms16 kind E): a hospital's patient card, a library card, a school or canteen
 * card, a transit or access card ("请登录医院公众号“报告查询”栏目，输入就诊卡号和验证码即可查看": writer16's dev line read
 * suspicious 40 as a bank card's number). Nouns of the grammar: the 卡号 inside is no bank card's. Not 社保卡, 医保卡 or 一卡通:
 * a social-security card carries a bank account, 一卡通 is also a bank's card name, and their fake "异常" notices are scams.
 */
const NOT_MONEY_CARDS = ['就诊卡', '诊疗卡', '就医卡', '健康卡', '借书卡', '借书证', '读者证', '读者卡', '校园卡', '学生卡', '饭卡', '餐卡', '公交卡', '交通卡', '门禁卡', '停车卡', '洗车卡', '健身卡', '水卡', '燃气卡', '电卡', '图书证'];
const NOT_MONEY_CARD_NUMBERS = NOT_MONEY_CARDS.flatMap((c) =>
  ['号', '号码', '的号码', '的卡号', '编号', '卡号', '密码', '的密码', '号和密码', '号及密码', '号与密码', '号+密码', '和密码'].map((f) => c + f));
const NOT_MONEY_CREDENTIALS = NOT_MONEY_SYSTEMS.flatMap((x) =>
  ['密码', '的密码', '账号密码', '的账号密码', '账号和密码', '的账号和密码', '帐号密码', '的帐号密码', '账号', '的账号'].map((f) => x + f));

export const MEETING_APPS = [
  '腾讯会议', '钉钉会议', 'zoom', '飞书会议', '飞书', '小鱼易连', '瞩目', 'webex', 'welink', '云会议', '全时云', '会议app', '会议软件',
  '向日葵', 'todesk', 'teamviewer', 'anydesk', '远程控制软件', '远程协助软件', '讯飞听见', '视频会议软件', '视频会议app',
  // The carriers' and clouds' meeting apps the cancel-the-charge SMS name ("请下载'云视讯'联系专员", newcomer7 kind 3).
  '云视讯', '移动云视讯', '天翼云会议', '华为云会议', '网易会议', '好视通', 'umeet',
  // More meeting apps the fake police and loan scripts name ("视频会议平台亿联会议", "下载会畅"; recall15 kind Z4; not 开会宝: shift.screen-share's unless 开会 takes it).
  '亿联会议', '会畅', '齐聚会议', '263云会议', '中国移动云会议', '云之讯', '视频会议平台',
];

/**
 * The code named by how many digits it has, or as "that string of digits" (newcomer15 kind 1: "刚才系统给您发了个四位的数，
 * 您报一下", "就是那一串数，您发我一下", "里面有六个数您念一下" read safe): a count the phone's codes have (四 to 八 or 几,
 * as a numeral or a digit) × 位/个 × a digit word (数, 数字, 的数, 码). A count of something else ("六个数据", "四位数的年薪",
 * "年薪六位数") is one of the grammar's `nouns` below (CODE_COUNT_NOUNS): an object word inside it names no code.
 */
const CODE_COUNTS = ['四', '五', '六', '八', '4', '5', '6', '8', '几'];
export const CODE_BY_COUNT = [
  ...CODE_COUNTS.flatMap((n) => ['数', '数字', '的数', '的数字'].flatMap((d) => [`${n}位${d}`, `${n}个${d}`])),
  ...CODE_COUNTS.flatMap((n) => [`${n}位码`, `${n}位的码`, `${n}位数的码`]),
  '那串数', '那一串数', '那一串数字', '这串数字', '这一串数字', '收到的那串号码', '短信里那串号码', '短信里的那串数',
];
/** Counts of things that are no code: data, sums, salaries and prices ("六个数据", "年薪六位数", "五位数的存款"). */
const COUNTED_NOT_CODE = ['数据', '数学', '数额', '数量', '数目', '数值', '数位', '数人', '数以上', '数起', '数的和', '数之和', '数相加', '数加起来', '数的平均', '数的乘积', '数里面', '数中'];
const MONEY_BEFORE_COUNT = ['年薪', '月薪', '年入', '月入', '收入', '工资', '存款', '身家', '价格', '售价', '房价', '年收入', '月收入', '奖金', '赔偿金', '欠款', '利润', '营业额', '流水'];
const MONEY_AFTER_COUNT = ['的年薪', '年薪', '的月薪', '月薪', '的收入', '收入', '的工资', '工资', '的存款', '存款', '的价格', '的价', '的奖金', '的欠款', '的数据', '的利润'];
export const CODE_COUNT_NOUNS = [
  // A part of a number by its position ("账户后四位数字", "号码的前几位数字", "尾号4位数"): a card's or a phone's digits, no code.
  ...CODE_COUNTS.flatMap((n) => ['位', '个'].flatMap((u) => ['前', '后', '末', '尾', '头', '中间', '尾号', '门牌'].flatMap((p) => ['数', '数字', '码', '的数', '的数字'].map((d) => `${p}${n}${u}${d}`)))),
  ...CODE_COUNTS.flatMap((n) => ['位', '个'].flatMap((u) => COUNTED_NOT_CODE.flatMap((w) => [`${n}${u}${w}`, `${n}${u}的${w}`]))),
  ...CODE_COUNTS.flatMap((n) => MONEY_BEFORE_COUNT.map((m) => `${m}${n}位数`)),
  ...CODE_COUNTS.flatMap((n) => MONEY_AFTER_COUNT.map((m) => `${n}位数${m}`)),
];

/** obj.lender's loan apps (newcomer15 kind 4): filled in below from obj.lender, less the cards and wallets. */
const LOAN_APPS: string[] = [];
const NOT_LOAN_APPS = new Set(['信用卡', '花呗', '支付宝花呗', '白条', '京东白条', '分付', '月付', '美团月付', '抖音月付', '手机银行', '银行app', '网贷', '网络贷款', '随借随还']);

/**
 * A card's number or security code asked by where it is printed, not by its name (newcomer15 kind 2: "把正面那一排数字报给
 * 我，背面那三位也说一下", "卡上的号码说一下", "存折卡的号码念给我听一下"): the row of digits on the card's face, the three on
 * its back, the number of a card or a passbook. Read as a card ask only with the card named in the sentence (ctx.card-held):
 * "发票正面那一排数字" names an invoice's.
 */
const FACE_PLACES = ['正面', '卡正面', '卡的正面', '卡面', '卡面上', '卡上', '卡片上', '卡上面'];
const FACE_LINKS = ['那一排', '那排', '的那一排', '一排', '那一串', '那串', '的那串', '的', '那', '那个', '那行', '那一行'];
const BACK_PLACES = ['背面', '反面', '后面', '背后'];
const BACK_LINKS = ['那', '的', '那个', '的那', ''];
const BACK_DIGITS = ['三位', '三个数', '三位数', '三个数字', '三位数字', '3位', '3个数', '3位数', '三个号', '几位数', '几个数'];
export const CARD_FACE = [
  ...FACE_PLACES.flatMap((p) => FACE_LINKS.flatMap((l) => ['数字', '号码'].map((d) => `${p}${l}${d}`))),
  ...BACK_PLACES.flatMap((p) => BACK_LINKS.flatMap((l) => BACK_DIGITS.map((d) => `${p}${l}${d}`))),
  '卡的号码', '卡号码', '卡上的号', '卡上号码', '存折的号码', '存折号码', '存折号', '折子上的号', '折子的号码', '卡的数字', '卡上的那串',
];

export const zhLexicon: Record<string, WordClassDef> = {
  'act.give': {
    kind: 'act',
    description: '给、提供、交出、上传、拍照发来',
    terms: [
      '提供', '给我', '给我们', '交给我', '交给我们', '交出', '提交', '上传', '告知', '拿给我', '拍照', '拍一下', '拍个照', '拍给我',
      '截图给我', '截图发', '截个图', '提供给我们', '给到我', '给一下', '发给客服',
    ],
    examples: {
      positive: ['麻烦您提供一下完整的银行卡号', '把身份证正反面拍照发过来', '赔款要打给您，方便留个银行卡号吗', '您给个卡号，我这边登记理赔'],
      negative: ['我们不需要您提供任何验证码', '给我来一杯奶茶', '满意的话给个五星好评', '留个名额给您'],
    },
  },
  'act.tell': {
    kind: 'act',
    description: '告诉、报、念、读、说出',
    terms: [
      '告诉我', '告诉我们', '告诉一下', '报给我', '报一下', '报下', '报过来', '报出来', '念一下', '念给我', '念出来', '读一下', '读给我',
      '读出来', '说一下', '说给我', '说出来', '核对一下', '是多少', '多少', '透露',
      // Wu and other dialects' "tell me" (阿拉/侬: "侬银行卡号报一记", "讲拨我听"): nc13-recall R2.
      '报一记', '讲一记', '报拨我', '讲拨我', '报把我', '讲把我',
    ],
    examples: {
      positive: ['您手机上刚收到的验证码，麻烦报给我一下', '信用卡背面三位数是多少'],
      negative: ['验证码不要告诉任何人', '我把验证码告诉他了'],
    },
  },
  'act.send': {
    kind: 'act',
    description: '发、发送、转发、发过来',
    terms: ['发给我', '发我', '发过来', '发给我们', '发送', '发到', '发给', '转发给', '转发到', '发一下', '传给我', '传过来'],
    examples: {
      positive: ['把您的银行账户信息发过来，我给您处理退款', '收到的验证码请截图发到群里'],
      negative: ['验证码已发送至您的手机，请勿泄露', '我把照片发给你了'],
    },
  },
  // A thing handed on to someone else or toward them, said with its direction ("把验证码发过去", "报给他", "交给工作人员",
  // "告诉对方"): the give / tell / read-out / send verbs × a receiver who is not the speaker, generated below
  // (HAND_ON_STEMS × HAND_ON_RECEIVERS), so every verb of the class meets every receiver. Read against the code
  // (extract.verification-code): a direction word alone ("发过去") names no object. Grammar11 kind 1: this was a
  // phrase list beside the grammar (cd27a8c).
  'act.hand-on': {
    kind: 'act',
    description: '把东西交给、发给、报给、告诉第三方（发过去、报给他、交给工作人员、告诉对方）',
    thirdParty: true,
    // Not 给他 / 给对方 alone: before its object it is "for him" ("给她退钱", "给他打电话"); the code cue reads it after the code.
    terms: ['交给', '转交'],
    examples: {
      positive: ['快递理赔的人让我把收到的验证码发过去', '你把验证码报给他就行', '验证码直接交给工作人员'],
      negative: ['我把验证码告诉他了', '验证码千万不要发给对方'],
    },
  },
  'act.fill': {
    kind: 'act',
    description: '填写、填入（在对方给的页面或表格里）',
    // 补全/补填/补充 (a phishing page's "补全银行卡信息"): the same fill-in act.
    terms: ['填写', '填上', '填一下', '填好', '填到', '填进', '填入', '录入', '完善', '补全', '补填', '补充', '重新填写'],
    examples: {
      positive: ['在页面上填写您的银行卡号和密码', '页面上有个框，您把验证码填进去'],
      negative: ['请按说明填写', '填好的表格放在桌上'],
    },
  },
  'act.type': {
    kind: 'act',
    description: '输入、键入（自己打进去）',
    terms: ['输入', '键入', '输一下', '输进去', '输个'],
    examples: {
      positive: ['退款请登录 https://tb-refund-center.top/login 输入验证码', '您把网银密码输入到这个页面里'],
      negative: ['密码千万不要输入到陌生页面', '我已输入验证码'],
    },
  },
  'act.login': {
    kind: 'act',
    description: '登录、登入',
    terms: ['登录', '登陆', '登入', '登一下', '登上'],
    examples: {
      positive: ['退款请登录 https://tb-refund-center.top/login 输入验证码', '您先登录这个网站领取理赔'],
      negative: ['我已经登录淘宝APP了', '我登录不上了'],
    },
  },
  'act.scan': {
    kind: 'act',
    description: '扫码、扫一扫',
    terms: ['扫', '扫码', '扫描', '扫一扫', '扫一下', '识别'],
    examples: {
      positive: ['您扫一下这个二维码，输入金额就能激活退款', '用支付宝扫描付款码完成解冻'],
      negative: ['扫地机器人坏了', '结账时请出示付款码'],
    },
  },
  'act.pay': {
    kind: 'act',
    description: '付、交、缴纳、垫付（不含单字“交”“付”“支付”：交易、支付宝里也有）',
    terms: [
      '付款', '付一下', '先付', '付给', '付钱', '要付', '需要付', '得付', '付清', '付个', '交纳', '缴纳', '先交', '交一下', '交个',
      '交点', '要交', '需要交', '得交', '交钱', '补缴', '补交', '垫付', '支付一笔', '支付给', '需要支付', '请支付', '要支付', '先支付', '去支付',
      '交押金', '交保证金', '付押金', '付定金', '交定金', '预付', '先缴',
      // A modal and the listener before the verb ("需要你支付500元才能提现").
      '需要您支付', '需要你支付', '要您支付', '要你支付', '请您支付', '请你支付', '需您支付', '需你支付',
    ],
    examples: {
      positive: ['领奖前需要先交一笔手续费', '看房前要先付押金给我'],
      negative: ['交易成功，感谢您的支持', '支付宝账单已出'],
    },
  },
  'act.pay-first': {
    kind: 'act',
    description: '先交、先付、必须先转：钱要在“办事”之前给（退款、领奖、放款、看房都不会这样）',
    terms: [
      // Not 需要先/要先 alone ("您需要先在系统提交"), nor 提前支付 (a tour's deposit): the pay verb itself, first.
      '先交', '先付', '先缴', '先缴纳', '先支付', '先转', '先充', '先存', '先垫', '先打款', '先打钱', '先汇',
    ],
    examples: {
      positive: ['领奖前需要先交一笔手续费', '看房前要先付押金给我'],
      negative: ['押金在退租时退还', '您先别急，手续费我们来出'],
    },
  },
  'act.transfer': {
    kind: 'act',
    description: '转账、汇款、打款到某个账户',
    terms: [
      '转账', '转到', '转入', '转至', '转给', '转过来', '转过去', '转一下', '转一笔', '汇款', '汇到', '汇入', '汇给', '打到', '打款', '打给',
      '打一笔', '转回', '退回来', '还回来', '打回', '转进', '存到', '汇过来', '转钱', '打钱', '汇钱',
      // "请按照我们的操作要求转出47411元", "把金条里的钱转出来" (texts-8 dev misses, examples our own).
      '转出', '转出来',
      // A small sum said with the verb ("转一块钱试一下", "打一块钱验证"): with ctx.test-pay, the first transfer (newcomer 6, kind 6).
      '转一块', '转一元', '转两块', '转1块', '转1元', '转2元', '转一分', '打一块', '付一块', '付一元',
      // A seller told to refund first, to an account the "agent" names ("您需要先退款到我们的第三方担保账户").
      '先退款到', '先退款给', '先退款至',
      // "往这个账户转1元": the destination named between 往 and the verb.
      '往这个', '往这张', '往以下', '往下面', '往指定', '往我们的', '往该',
      // …or as the account the speaker gives you ("你往我给你的账户里转两万块": the fake boss's script).
      '往我给你的', '往我发你的', '往我发给你的',
      // 转账's spoken twin ("请向我的银行账号转款"; recall10).
      '转款',
      // Sent back to the speaker ("麻烦你退给我一下", "把钱转回给我"): the mistaken-transfer ask (grammar11 kind 6).
      '退给我', '退回给我', '转回给我', '退还给我', '还给我',
    ],
    examples: {
      positive: ['请把钱转到这个账户，我们帮您保管', '小王，马上给这个账户转账二十万，客户急着要'],
      negative: ['工资已经转到你卡上了', '我已经把钱转给他了', '您已成功转出100元到尾号1234的银行卡'],
    },
  },
  'act.topup': {
    kind: 'act',
    description: '充值、存入',
    terms: ['充值', '存入', '充进', '充到', '充一下', '充一笔'],
    examples: {
      positive: ['请您先充值五千元到平台账户，才能提现', '先充一笔保证金进去'],
      negative: ['话费充值成功', '我已经充好了'],
    },
  },
  'act.borrow': {
    kind: 'act',
    description: '借、贷款（为对方的目的借钱）',
    terms: [
      // Not bare 贷款/借款: nouns in every loan advert ("无抵押信用贷款").
      '借钱', '贷出', '借出', '申请借',
      '借出来', '贷出来', '借一笔', '贷一笔', '申请借款', '申请贷款', '借款转', '贷款转', '提现', '套现', '额度借', '额度取出', '额度全部',
  '额度提出', '额度转', '把额度', '借钱', '贷个', '借个', '里借', '上借', '里贷', '上贷', '去借', '去贷',
      // Drawing a credit line is the same act: "打开美团借钱申请额度", "在度小满开通额度". Not 提额: adverts sell "信用卡当天提额".
      '申请额度', '开通额度', '激活额度', '申请借钱', '贷款出来', '借款出来',
      // The whole line drawn, in a caller's words ("金条现在能借多少？全部点出来", "申请可借最高额度", "在借呗里做几笔流水").
      '能借多少', '可借多少', '全部点出来', '全部借出来', '全部提出来', '申请一下额度', '选最高额度', '申请可借最高额度', '借最高额度', '额度全部用', '额度都借', '做几笔流水', '刷几笔流水', '做流水', '刷流水',
    ],
    examples: {
      positive: ['您在借呗里借一笔钱转到我们的账户验证流水', '去微粒贷里贷出来五万', '请您打开美团借钱申请额度', '在度小满上开通额度', '您在借呗里做几笔流水就能提高信用分', '你那个京东金条现在能借多少？全部点出来'],
      negative: ['房贷按时还款', '不需要您贷款', '不要在陌生人指导下申请额度'],
    },
  },
  'act.draw': {
    kind: 'act',
    description: '领取、领出一笔额度（支付宝备用金、微信分付“领取”就是借款）',
    // Only with a lender and a refund word (extract.loan): "领取理赔款" alone is what a real payout says.
    terms: ['领取', '领了', '领一下', '领出来', '领出', '点领取', '领完', '领到'],
    examples: {
      positive: ['您的赔付款需先领取微信备用金500元并转入理赔账户激活', '把备用金领了转我们对公'],
      negative: ['不要领取陌生人让你领的备用金', '欢迎光临'],
    },
  },
  'act.download': {
    kind: 'act',
    description: '下载',
    terms: ['下载', '下一个', '下个', 'download'],
    examples: {
      positive: ['您下载一个退款专用app', '应用商店下载腾讯会议'],
      negative: ['不要下载陌生软件', '这部电影下载好了'],
    },
  },
  'act.install': {
    kind: 'act',
    description: '安装、装',
    terms: ['安装', '装一个', '装个', '装一下', '装上', '装好'],
    examples: {
      positive: ['您安装一下这个软件，我远程帮您处理', '手机上装个向日葵'],
      negative: ['空调安装师傅明天到', '软件我已安装好了'],
    },
  },
  'act.open': {
    kind: 'act',
    description: '打开、开启、点开、进入',
    terms: ['打开', '开启', '开通', '点开', '点击', '点一下', '点进去', '进入', '访问', '开一下'],
    examples: {
      positive: ['您打开屏幕共享，我看一下您的操作', '点击链接领取理赔款', '您开个屏幕共享，我帮您看着操作'],
      negative: ['不要点击陌生链接', '打开冰箱门', '明天上午开个会，大家准时到'],
    },
  },
  'act.join': {
    kind: 'act',
    description: '加入、进群、入会',
    terms: ['加入', '进群', '入群', '拉你进', '拉您进', '拉进', '拉入', '进入', '进一下', '入会'],
    examples: {
      positive: ['您加入一下我们的理赔群', '进入腾讯会议，会议号我发您'],
      negative: ['欢迎加入会员，享受折扣', '他已经进群了', '不要加入陌生的理赔群'],
    },
  },
  'act.add': {
    kind: 'act',
    description: '加、添加（对方的号、好友、群）',
    // 加我微信 whole, so its typists' spellings (家我微心, variants.ts) are read as the act too.
    terms: ['加我', '加一下', '加下', '加个', '加上', '添加', '加', '加好友', '拉你', '拉您', '私聊', 'add', '加我微信', '加微信'],
    examples: {
      positive: ['麻烦加一下这个手机号，我把照片发给您确认', '您添加我的微信，我给您办理'],
      negative: ['不要添加陌生人为好友', '增加配送时效'],
    },
  },
  'act.share': {
    kind: 'act',
    description: '共享、分享（屏幕）',
    terms: ['共享', '分享', '投屏'],
    examples: {
      positive: ['您共享一下屏幕，我指导您操作', '您把屏幕分享给我看一下'],
      negative: ['不要和陌生人共享屏幕', '分享一首歌'],
    },
  },
  'act.operate': {
    kind: 'act',
    description: '按对方的页面或网址操作、办理',
    terms: ['操作', '办理', '一步一步操作', '一步步操作', '处理一下'],
    examples: {
      positive: ['您按照我发的网址一步一步操作就行，退款马上到账', '在这个页面上操作一下就能退款'],
      negative: ['这个机器操作很简单', '不要按陌生人发的网址操作'],
    },
  },

  // Control in words (newcomer kind 1): the caller drives the citizen's phone by voice — "我教你在手机上
  // 操作", "你按我说的点", "跟着我一步一步来" — the same move as a screen share, said without one.
  'act.direct': {
    kind: 'act',
    description: '对方指挥您操作：按我说的、跟着我、我教你、听我的',
    terms: [
      '按我说的', '按照我说的', '照我说的', '按我讲的', '照着我说的', '听我的', '听我说的', '跟着我', '跟着我的', '跟我一起',
      '我教你', '我教您', '我来教你', '我来教您', '我带你', '我带您', '我指导你', '我指导您', '按我的', '照我的',
    ],
    examples: {
      positive: ['你按我说的点就行', '跟着我一步一步来操作'],
      negative: ['不要按陌生人说的操作', '我教你做红烧肉'],
    },
  },
  'obj.steps': {
    kind: 'object',
    description: '手机上的一步步操作：点、按、操作、一步一步、输入',
    terms: ['点', '点一下', '点开', '按一下', '操作', '一步一步', '一步步', '输入', '在手机上', '手机上', '弄一下', '设置'],
    examples: {
      positive: ['你按我说的点就行', '我教你在手机上操作，很简单'],
      negative: ['不要按陌生人说的操作', '我教你做红烧肉'],
    },
  },
  'obj.remote': {
    kind: 'object',
    description: '远程（对方远程看、连、控制您的手机）',
    terms: ['远程', '远程控制', '远程协助', '远程连接'],
    examples: {
      positive: ['手机给我远程看一下，我帮您弄', '我远程帮您看一下手机'],
      negative: ['不要让陌生人远程看您的手机', '屏幕大一点看一下效果'],
    },
  },
  'act.show': {
    kind: 'act',
    // The caller as the one who looks ("给我远程看", "我远程帮您看"), never "你远程帮我看一下" (the user asking a friend).
    description: '让对方（说话人）看、连上、控制（您的手机）',
    terms: ['给我远程', '我远程', '我来远程', '让我远程', '我们远程', '给我看', '让我看', '我帮您看', '我帮你看', '我帮您弄', '我帮你弄', '我连一下', '我连上'],
    examples: {
      positive: ['手机给我远程看一下，我帮您弄', '我远程帮您看一下手机'],
      negative: ['不要让陌生人远程看您的手机', '你看一下这件衣服'],
    },
  },

  'act.reply': {
    kind: 'act',
    description: '回复、回短信、回给我（把东西直接发回给来信或来电的人）',
    // The reply said as "send it back to me" in any of its forms (回给我, 回过来, 短信回, 回给客服): the same give
    // act toward the counterpart as 发给我 (newcomer8 kind 1: "麻烦把刚才收到的数字回给我" read safe 0). A reply
    // KEYWORD ("回复T退订", "回复1确认", "回复“验证码”办理") names no object of the grammar; "请勿回复" is negated.
    terms: [
      '回复', '短信回复', '直接回复', '回复我们', '回复以下', '回复本短信', '回复此短信', '回传', '回我', '回复至', '回复给', '发至本号', '发至此号',
      '回给我', '回给我们', '回给客服', '回给专员', '回给本号', '回到本号', '回过来', '回一下', '短信回', '短信回给', '直接回给', '回复过来', '回发', '回发给',
    ],
    // "回复1确认", "回复TD退订": the keyword is what to send, that 回复 asks for nothing else.
    keyword: true,
    examples: {
      positive: ['请回复您的姓名和手机号以便理赔', '请您回复以下内容：您的手机号码是什么', '麻烦把刚才收到的验证码回给我', '收到的动态码直接短信回过来就行'],
      negative: ['回复td退订', '我们会尽快给您回复', '验证码请勿回复给任何人', '我一会儿回给你'],
    },
  },

  // A screenshot of what you hold ("您截个图银行卡余额给我", "支付宝收款码截图发给我", "微信零钱截图"): the refund
  // script's sizing-up step, asked as a picture (newcomer 6, kind 2). Only with your balance, your payment or
  // collection code as the object: a colleague's "报表截个图发我" names none.
  'act.screenshot': {
    kind: 'act',
    description: '截图、截屏（把余额、付款码、收款码截给对方看）',
    terms: ['截图', '截个图', '截屏', '截个屏', '截张图', '截一张', '截一下', '截下图', '截一下图'],
    examples: {
      positive: ['您截个图银行卡余额给我', '微信零钱截图发我看一下'],
      negative: ['把上个月的报表截个图发我', '截图保存好电子发票'],
    },
  },
  // Scan and pay in one word ("扫码付8.8元邮费", "扫码捐款，每人10元", "扫码缴纳保证金"): the scan and the code
  // merged, so act.scan × obj.qr never sees them apart (newcomer 6, kind 3).
  'act.scan-pay': {
    kind: 'act',
    description: '扫码付款、扫码支付、扫码缴费、扫码捐款（扫对方的码把钱付出去）',
    terms: [
      '扫码付', '扫码支付', '扫码付款', '扫码缴', '扫码缴费', '扫码缴纳', '扫码交', '扫码转', '扫码转账', '扫码充值', '扫码捐', '扫码捐款',
      '扫码捐赠', '扫码打款', '扫一下码付', '扫码补', '扫码补交',
    ],
    examples: {
      positive: ['给你送的赠品要收个邮费，扫码付8.8元就可以了', '山区儿童需要你的帮助，扫码捐款，每人10元'],
      negative: ['本店支持扫码点餐', '扫码点餐请看桌角的二维码'],
    },
  },
  // Scan to collect ("理赔款请扫码领取", "补贴已发放，请扫码领取"): a payout never waits behind a stranger's code;
  // the code leads to the payment or the phishing page (newcomer 6, kind 3).
  'act.scan-claim': {
    kind: 'act',
    description: '扫码领取、扫码申领（钱要“扫码才能领”）',
    terms: ['扫码领取', '扫码领', '扫码申领', '扫码认领', '扫码提取', '扫码激活', '扫码登记', '扫码提现', '扫描领取', '扫一扫领取', '扫码到账'],
    examples: {
      positive: ['退还运费险理赔款请扫码领取', '2026年职业技能补贴已发放，请扫码领取'],
      negative: ['扫码领取电子发票', '扫码领取优惠券'],
    },
  },

  'obj.code': {
    kind: 'object',
    description: '验证码、动态码、短信里的数字',
    terms: [
      ...CODE_WORDS, '短信验证码', '那串数字', '六位数字', '6位数字', '那几个数字', '收到的码', '领取码', '此码', 'otp', 'otp code', 'verification code',
      // The code named by where it came from, not by its name ("刚才收到的数字", "短信里的数字", "手机上那个数"):
      // nothing else that arrives on the phone is asked back (newcomer8 kind 1).
      '收到的数字', '收到的那串数字', '收到的几位数', '收到的六位数', '收到的6位数', '收到的四位数', '收到的4位数', '短信里的数字', '短信上的数字',
      '短信里的码', '短信上的码', '手机上的数字', '手机上收到的', '短信里那个数', '收到的那个数',
      // The code named by the phone it came to, said plainly or in dialect ("手机收的码", "手机收滴码": 滴 is 的, variants.ts).
      '收的码', '手机收的码', '手机收的验证码', '手机上的码',
      // Pointed at without its name ("那几个数报给我", "把收到的验证信息截个图发给我"; newcomer14 kind K4): the digits just
      // sent to the reader's phone, or the message that carried them, are the code.
      '那几个数', '那几位数', '那几位数字', '带数字的短信', '那条数字短信', '收到的验证信息', '收到的验证短信', '验证短信里的',
      // Counted or placed ("6位验证码", "收到的验证码"): whole, so the mixed spellings ("6位code", "收到的code", variants.ts) are read.
      '位验证码', '位数验证码', '收到的验证码', '短信里的验证码',
      // Counted ("四位的数", "六个数") or pointed at as a string of digits ("那一串数"): newcomer15 kind 1, CODE_BY_COUNT above.
      ...CODE_BY_COUNT,
    ],
    // The code written out after its name ("回复验证码 382916 确认办理", "回复验证码“HM88”领取"): the message gives it
    // (an operator's confirmation, a shop's promo code), the reader holds nothing to hand over (sms14 kind 1; exposed
    // kind, session 12 note: "reply with the code for the discount").
    keyword: true,
    examples: {
      positive: ['把验证码给我', '那个六位数的验证码是多少'],
      negative: ['【工商银行】您的验证码为382915，切勿泄露给他人。', '整个退款过程不需要您提供验证码', '回复验证码“HM88”即享首单立减15元'],
    },
  },
  'obj.card': {
    kind: 'object',
    description: '银行卡号、银行账户信息、卡背面安全码和有效期',
    terms: [
      '银行卡号', '卡号', '银行卡信息', '信用卡信息', '储蓄卡信息', '卡片信息', '银行账户信息', '银行账户', '银行账号', '卡背面',
      '卡片背面', '背面三位', '后三位数', '背面的安全码', '卡背面的安全码', 'cvv', 'cvv2', '卡的有效期', '卡片有效期', '开户行', '银行卡照片', '支付信息', '网银', 'u盾',
      // Both sides of the card photographed ("复核需要您提供银行卡正反面照片"): the back holds the security code (own chat line g-cs-0571, cs8).
      '银行卡正反面', '银行卡的正反面', '卡片正反面', '卡的正反面', '信用卡正反面',
      // The card's digits pointed at, not named (recall15 kind Z5, the twin of session 14's obj.code "那几个数"): the number on its
      // face ("卡面十六位", "那张卡的号码"), the expiry ("到期月份"), the three digits on the back ("卡后面那三个数字").
      '卡面十六位', '卡面十九位', '卡面上的数字', '卡面数字', '卡面号码', '卡面上的号码', '卡上的十六位', '卡上那串数字', '卡上的那串数字',
      '十六位卡号', '十九位卡号', '卡的号码', '卡片号码', '卡的那串号', '到期月份', '到期年月', '有效期月份', '有效期年月', '卡的到期',
      '卡后面那三个', '卡后面的三个', '卡后面三个', '卡后面那三位', '卡后面的三位', '卡背后那三', '卡背后的三', '卡背面那三', '卡背面的三',
      '背后那三个数', '背面那三个数', '后面那三个数字', '背面三个数字', '卡反面的三', '卡反面那三',
    ],
    examples: {
      positive: ['把您的银行账户信息发过来，我给您处理退款', '麻烦告知我卡号，我们好给您转账', '您的退款申请已进入人工复核，复核需要您提供银行卡正反面照片'],
      negative: ['切勿在陌生网页输入银行卡号', '这张信用卡额度太低了'],
    },
  },
  // newcomer15 kind 2: CARD_FACE above, read with ctx.card-held (extract.card-credentials).
  'obj.card-face': {
    kind: 'object',
    description: '卡面上的数字：正面那一排数字、背面那三位、卡（存折）的号码（同一句里提到卡时才算）',
    terms: CARD_FACE,
    examples: {
      positive: ['您拿一下银行卡，把正面那一排数字报给我，背面那三位也说一下', '您工资卡是哪个银行的，卡上的号码说一下'],
      negative: ['发票正面那一排数字是税号', '银行卡背面那三位千万不要告诉别人'],
    },
  },
  'ctx.card-held': {
    kind: 'context',
    description: '说到您手上的银行卡、信用卡、存折',
    terms: ['银行卡', '信用卡', '储蓄卡', '借记卡', '工资卡', '存折', '卡片', '卡上', '卡面', '卡的', '拿一下卡', '这张卡', '那张卡', '您的卡', '你的卡'],
    examples: {
      positive: ['您拿一下您的银行卡，把正面那一排数字报给我', '存折卡的号码念给我听一下'],
      negative: ['发票正面那一排数字报给我', '把正面那一排数字报给我'],
    },
  },
  'obj.password': {
    kind: 'object',
    description: '密码（支付、取款、登录、网银）',
    terms: ['密码', '支付密码', '取款密码', '登录密码', '网银密码', '交易密码', '查询密码'],
    examples: {
      positive: ['麻烦您把支付密码告诉我', '在这个页面输入取款密码'],
      negative: ['我忘记密码了', '银行工作人员不会索要您的密码'],
    },
  },
  'obj.identity': {
    kind: 'object',
    description: '身份证号、证件照片、人脸',
    terms: [
      '身份证号', '身份证号码', '身份证', '证件号', '身份证照片', '身份证正反面', '人脸', '刷脸', '手持身份证',
      // Vaguer asks ("您的账户信息", "相关信息"): weak alone (extract.identity weighs 20), decisive after a pretext.
      '账户信息', '账号信息', '银行卡流水', '流水截图',
    ],
    examples: {
      positive: ['您把身份证号报一下，我们登记理赔', '请上传身份证正反面照片'],
      negative: ['身份证放在抽屉里', '不要把身份证号告诉陌生人'],
    },
  },
  'obj.details': {
    kind: 'object',
    description: '您的订单和联系资料：订单号、快递单号、姓名、手机号、地址、账户名、微信昵称、支付方式、回执、执照（陌生来信要您直接发回时才算索要）',
    terms: [
      '订单号', '订单编号', '快递单号', '运单号', '物流单号', '姓名', '真实姓名', '收货人姓名', '手机号', '手机号码', '电话号码', '联系电话',
      '联系方式', '收货地址', '详细地址', '家庭住址', '住址', '微信昵称', '微信号', '账户名', '账户名称', '账号名称', '用户名', '开户名',
      '会员编号', '会员号', '支付方式', '付款方式', '回执单', '回执', '营业执照', '商品名称', '购买记录',
      // "请您提供以下信息：账户名称、手机号码…": the list follows the colon, beyond the window.
      '以下信息', '以下资料', '下列信息',
    ],
    examples: {
      positive: ['请您提供订单号和姓名，我们尽快处理退款', '请回复您的姓名、手机号和收货地址以便理赔'],
      negative: ['请凭手机号后四位取件', '我们不需要您提供手机号'],
    },
  },
  'obj.info': {
    kind: 'object',
    description: '笼统的“个人信息”“相关信息”（弱：单独不算数，跟在借口后面才是索要）',
    terms: ['个人信息', '相关信息', '个人资料', '您的信息', '你的信息', '详细资料'],
    examples: {
      positive: ['请您点击链接，填写相关信息即可开通', '为了给您退款，需要您提供个人信息'],
      negative: ['保护好个人信息', '相关信息已更新'],
    },
  },
  'obj.account': {
    kind: 'object',
    description: '平台账号和登录凭据（支付宝账号、收款账号、账号密码）',
    terms: ['支付宝账号', '收款账号', '账号和密码', '账号密码'],
    examples: {
      positive: ['把您的支付宝账号发给我，我给您打理赔款', '提供一下收款账号'],
      negative: ['我的支付宝账号被冻结了', '我的账号密码忘了'],
    },
  },
  'obj.lender': {
    kind: 'object',
    description: '借呗、微粒贷、金条、花呗、信用卡等借款渠道和额度',
    names: true,
    terms: [
      '借呗', '蚂蚁借呗', '微粒贷', '备用金', '京东金条', '金条', '网商贷', '360借条', '分付', '美团月付', '月付',
  '有钱花', '安逸花', '招联', '度小满', '放心借', '网贷', '网络贷款', '贷款平台', '借款平台', '银行app', '手机银行',
  '花呗', '白条', '信用卡',
      // Every consumer-credit brand runs the same script: one class, so every loan tactic knows them all.
      '美团借钱', '美团生活费', '京东白条', '抖音月付', '度小满金融', '满易贷', '招联金融', '招联好期贷', '分期乐', '省呗', '支付宝借呗',
      '支付宝花呗', '极速贷', '闪电贷', '快贷', '好期贷', '随借随还', '洋钱罐', '宜人贷', '拍拍贷', '小赢卡贷', '你我贷', '借钱平台', '借款app', '贷款app',
      // A lender named as the kind of app it is ("有个软件叫360贷款导航", "手机上的借钱软件"): newcomer15 kind 4.
      '360贷款', '贷款导航', '借款导航', '贷款超市', '借钱app', '贷款软件', '借款软件', '借钱软件', '分期app', '分期软件', '网贷app', '网贷软件',
    ],
    examples: {
      positive: ['您在借呗里借一笔钱转到我们的账户验证流水', '打开微粒贷把额度借出来', '请您在美团借钱里贷款五千元', '去抖音月付里借五千转过来'],
      negative: ['借呗按时还款就行', '不需要您去借呗借钱'],
    },
  },
  // newcomer15 kind 4: the loan apps by brand or kind, without the card and the payment wallets everyone holds (信用卡, 花呗,
  // 白条, 月付, 手机银行): "出差的钱财务会退给你，你有没有信用卡先垫一下" is a colleague's question.
  'obj.loan-app': {
    kind: 'object',
    description: '借款、贷款APP（借呗、微粒贷、分期乐、360借条、贷款导航…），不含信用卡、花呗、白条、月付和手机银行',
    names: true,
    terms: LOAN_APPS,
    examples: {
      positive: ['你那个面膜的钱要退给你，你手机里有没有分期乐或者360借条，打开看一下', '您打开微粒贷看一下'],
      negative: ['你有没有信用卡', '借呗按时还款就行'],
    },
  },
  'obj.money': {
    kind: 'object',
    description: '钱、资金、余额、差额、一笔钱或一个金额',
    terms: ['钱', '资金', '款项', '余额', '存款', '积蓄', '一笔钱', '这笔钱', '差额', '多出的部分', '多出来的钱', '多退的钱', '多打的钱'],
    // …and a sum said bare after the money verb ("你转2000给我", "往里面转10000"): the `sum` entity (recall12 kind 1).
    entities: ['amount', 'sum'],
    examples: {
      positive: ['多退给您的差额请转回来', '请您先付款500元，以便我们把退款返给您'],
      negative: ['钱我已经转给你了', '退款89元将原路退回'],
    },
  },
  'obj.fee': {
    kind: 'object',
    description: '只有骗子才收的费：解冻费、激活费、验资费、通道费、担保金、会员保证金',
    terms: [
      '解冻费', '激活费', '验资费', '认证费', '通道费', '保释金', '解冻金', '担保金', '会员保证金', '激活金', '审核费', '风险金', '提现费',
      '解冻保证金', '刷流水', '流水费', '账户激活费', '放款费', '工本费用', '代办费',
    ],
    examples: {
      positive: ['您需要缴纳三千元解冻费', '交一下激活费就能提现'],
      negative: ['不要交任何解冻费', '解冻费是骗子编的'],
    },
  },
  'obj.charge': {
    kind: 'object',
    description: '日常也有的费用：押金、手续费、定金、保证金、关税（先交、或“交了才能…”时才算索要）',
    terms: [
      '保证金', '押金', '手续费', '服务费', '会员费', '工本费', '税费', '个人所得税', '公证费', '定金', '订金', '诚意金', '入会费', '中介费',
      '关税', '清关费', '滞留费', '仓储费', '违约金', '保险费', '打包费', '升级费', '一笔费用', '费用', '利息', '运费险',
    ],
    examples: {
      positive: ['领奖前需要先交一笔手续费', '缴纳关税才能放行您的包裹'],
      negative: ['这家店免押金', '押金在退租时原路退还'],
    },
  },
  'obj.their-account': {
    kind: 'object',
    description: '对方指定的收款账户（这个账户、安全账户、对公账户、我的卡）',
    terms: [
      '这个账户', '这张卡', '以下账户', '该账户', '我们的账户', '指定账户', '指定的账户', '安全账户', '对公账户', '公司账户', '下面的账户',
      '这个卡号', '这个账号', '官方账户', '监管账户', '这个银行卡', '官方指定账户',
      '平台账户', '核查账户', '清查账户',
      // The account the speaker gives or sends you ("转到我给你的账户", "你往我发你的卡号里转"): the fake boss's and fake relative's script.
      '给你的账户', '给你的账号', '给你的卡', '给你的卡号', '发你的账户', '发你的账号', '发你的卡号', '发给你的账户', '发给你的账号', '发给你的卡号',
      // …said politely ("把钱转到我们给您的账户保管", "转入我发您的账号"), and the account the speaker hands over as they
      // ask ("我给你两个银行账号，你往里面转两万", "你转过来，账号我等下发给你"; recall12 kind 2): an account of the asker's own.
      '给您的账户', '给您的账号', '给您的卡', '给您的卡号', '发您的账户', '发您的账号', '发您的卡号', '发给您的账户', '发给您的账号', '发给您的卡号',
      '我给你个账号', '我给你一个账号', '我给你两个账号', '我给你个银行账号', '我给你一个银行账号', '我给你两个银行账号', '我给你个卡号', '我给你个银行卡号',
      '我给您个账号', '我给您一个账号', '我给您个银行账号', '我给您一个银行账号', '我给你个账户', '我给您个账户',
      '把账号发给你', '把账号发你', '把账号发给您', '把卡号发给你', '把卡号发你', '账号等下发你', '账号等下发给你', '账号一会发你', '账号一会儿发给你',
      '账号我等下发你', '账号我一会发你', '账号我一会儿发你', '账号我待会发你', '账号我马上发你', '卡号我等下发你', '卡号我一会儿发你',
      '这是我们的账户', '这是我们的账号', '这是我的账户', '这是我的账号', '这是我的卡号', '这是他们的账号', '这是他们的账户', '这是对方的账号', '这是公司的账号',
      // An account named by its purpose ("资金核对账户", "退款中转账户", "安全核验账户", "银联的专用账户"): no real
      // refund passes through an account of the caller's (own corpus, call and chat lines).
      '核对账户', '核验账户', '中转账户', '专用账户', '保管账户', '验证账户', '过渡账户', '冻结账户', '清算账户', '资金核对账户',
      '资金清算中心', '清算中心', '资金池', '备付金账户',
      // A "designated platform" is the same destination ("将款项存入指定的清算平台").
      '指定的平台', '指定平台', '清算平台', '指定的清算平台',
      // The account the caller reads out or will send ("在转账那里输入我说的账号", "账户我发你"): theirs, named
      // as they speak (newcomer 6, kinds 6 and 7).
      '我说的账号', '我说的账户', '我说的卡号', '我报的账号', '我报的卡号', '我念的账号', '我给的账号', '我给您的账号', '我给你的账号',
      '我发的账号', '我发的账户', '我发的卡号', '账户我发你', '账号我发你', '卡号我发你', '账户我发给你', '账号我发给你', '账户我发您', '账号我发您',
      // A "guarantee" account between buyer and seller ("您需要先退款到我们的第三方担保账户"): a platform holds the money
      // itself, nobody asks you to move it there (newcomer 6's probes, a fake 闲鱼 agent to a seller).
      '担保账户', '第三方担保账户', '第三方账户', '担保专户',
      // An account named after the payout it is said to release ("转入理赔账户激活", "转到退款专户", "同样金额转入对冲账户"):
      // a refund or a claim is paid TO you, never through an account you pay into (own CS SMS and chat lines, issue 8 brief).
      '理赔账户', '赔付账户', '理赔专户', '赔付专户', '退款专户', '退款专用账户', '理赔专用账户', '对冲账户', '激活账户', '解冻账户', '验资账户',
    ],
    examples: {
      positive: ['请把钱转到这个账户，我们帮您保管', '会员保证金转入官方账户后即可激活', '您需要先把500元转入理赔账户激活，激活后一起返还'],
      negative: ['退款已原路退回您的账户', '这个账户是我自己的工资卡', '理赔款已转入您的银行卡，请注意查收'],
    },
  },
  'obj.app': {
    kind: 'object',
    description: 'app、软件、客户端、安装包',
    terms: [
      'app', '软件', '应用', '客户端', '程序', '插件', '安装包', 'apk', '退款软件', '理赔app', ...MEETING_APPS,
      // A named chat or meeting app the caller has you install ("你下个钉钉我跟你视频确认", "下载钉钉联系客服"): the same
      // move as "download an app" (newcomer 6, kind 5). A company's own "请大家下载钉钉打卡" is this move too, and weak alone.
      '钉钉', '企业微信', '蝙蝠', 'telegram', 'whatsapp', 'skype',
      // An app named by its edition or its role ("下载一个“抖音商家版”", "下载“拍拍助手”领取"): 助手, 商家版, 极速版 are apps
      // (cs10, consumed-gen dev 冒充客服).
      '助手', '商家版', '极速版',
    ],
    examples: {
      positive: ['您下载一个退款专用app', '安装一下这个软件我帮您处理', '你先下载一个“优选商家版”我教你收款'],
      negative: ['不要下载陌生软件', '游戏更新好了'],
    },
  },
  'obj.meeting': {
    kind: 'object',
    description: '会议软件、会议号、远程控制软件',
    terms: [...MEETING_APPS, '会议号', '会议id', '会议码', '会议室号', '视频会议'],
    examples: {
      positive: ['打开腾讯会议，输入我给您的会议号', '下载向日葵，我远程帮您操作'],
      negative: ['明天的视频会议改到下午', '不要下载陌生的会议软件'],
    },
  },
  'obj.screen': {
    kind: 'object',
    description: '屏幕、屏幕共享、远程控制',
    terms: ['屏幕', '屏幕共享', '共享屏幕', '屏幕分享', '共享功能', '远程协助', '远程控制', '投屏',
      // The phone itself shared ("共享手机信息", "把手机画面共享给我"; recall15 kind Z4).
      '手机信息', '手机画面', '手机界面', '手机内容'],
    examples: {
      positive: ['您打开屏幕共享，我看一下您的操作', '您共享一下屏幕，我指导您操作'],
      negative: ['不要和陌生人共享屏幕', '手机屏幕碎了'],
    },
  },
  'obj.contact': {
    kind: 'object',
    description: '群、QQ、微信、私人号码（离开平台的联系方式）',
    terms: [
      'qq', '微信', 'qq号', '微信号', '好友', '群', 'qq群', '微信群', '企业微信', '钉钉', '私人号码', '私人微信', '这个手机号', '这个号码',
      '我的手机号', '我的号码', '理赔群', '退款群', '理赔中心', '售后中心', '退款中心',
      // A WeChat id given as "微：xxx" / "薇❤：xxx" (the heart is dropped as a separator) or "微信搜 xxx".
      '微:', '薇:', '微信搜', '企微',
      // Named in English inside a Chinese message ("please 加 WhatsApp", "add客服的WeChat").
      'wechat', 'whatsapp', 'telegram', 'line id',
    ],
    examples: {
      positive: ['麻烦加一下这个手机号，我把照片发给您确认', '退款需要您先加一下我们理赔中心的QQ群'],
      negative: ['不要添加陌生人为好友', '我们家庭群里发了照片'],
    },
  },
  'obj.link': {
    kind: 'object',
    description: '链接、网址、网页、页面（或一个网址本身）',
    terms: ['链接', '网址', '网页', '页面', '网站', '入口'],
    entities: ['url'],
    examples: {
      positive: ['点击链接领取理赔款', '您按照我发的网址一步一步操作就行，退款马上到账'],
      negative: ['不要点击陌生链接', '请在淘宝APP内查看订单'],
    },
  },
  'obj.qr': {
    kind: 'object',
    description: '二维码、付款码、收款码',
    terms: ['二维码', '付款码', '收款码', '这个码', '我发的码', '我的码', '我个码', '我们的码', '理赔码', '收钱码', '退款码'],
    examples: {
      positive: ['您扫一下这个二维码，输入金额就能激活退款', '用支付宝扫描付款码完成解冻'],
      negative: ['结账时请出示付款码', '二维码贴在门口'],
    },
  },

  // A counterpart in a refund story asking what you hold (余额、额度、有没有信用卡) or for your payment
  // code is sizing up what to take: the step before the loan or the transfer (probe cases, issue 8).
  'obj.payout': {
    kind: 'object',
    description: '要“领取”的钱：理赔款、退款、补贴、赔偿金、补助、退税（扫码领取时的对象）',
    terms: [
      // Not 退款 alone: "您有一笔退款已原路退回" is every real refund notice.
      '理赔款', '退款金', '补贴', '赔偿金', '补偿金', '赔付金', '退还款', '补助', '补助金', '津贴', '退税', '助学金', '运费险', '赔偿款', '补偿款',
      '赔款', '返现', '奖金', '社保金', '养老金',
      // The payout named by its bare word ("亲 理赔到了 扫码领", newcomer8 kind 4): this class is only read with
      // act.scan-claim, and no insurer or shop pays a claim by a code to scan. Still not 退款 (a refund notice's
      // own "扫码领取优惠券" would be a false pair).
      '理赔', '赔付', '赔偿', '补偿', '理赔金',
    ],
    examples: {
      positive: ['退还运费险理赔款请扫码领取', '2026年职业技能补贴已发放，请扫码领取', '亲 理赔到了 扫码领'],
      negative: ['补贴已发放至您的社保卡', '您有一笔退款已原路退回', '退款成功，扫码领取5元优惠券'],
    },
  },
  // Your balance or change, as a picture: what act.screenshot asks for. Not 多少钱/卡里 (a friend's "截图看看多少钱").
  'obj.balance-shot': {
    kind: 'object',
    description: '您的余额、零钱、额度（截图给对方）',
    // Not bare 零钱: a shop's gift "零钱包" (a coin purse) claimed "凭短信截图" (dev telecom-fraud-texts-5 / 正常短信).
    terms: ['余额', '微信零钱', '零钱余额', '零钱里', '零钱通', '银行卡余额', '账户余额', '可用余额', '额度', '可用额度', '信用额度', '借呗额度', '花呗额度', '信用卡额度', '存款'],
    examples: {
      positive: ['您截个图银行卡余额给我', '微信零钱截图发我看一下'],
      negative: ['您的账户余额为1200元', '把上个月的报表截个图发我'],
    },
  },
  'obj.paycode': {
    kind: 'object',
    description: '您的付款码、付款二维码（截图发给对方，他就能扣您的钱）',
    terms: ['付款码', '付款二维码', '支付码', '付钱码', '付款条码', '付款条形码'],
    examples: {
      positive: ['你把付款码截图发我一下', '麻烦把支付宝付款码截个图给我'],
      negative: ['结账时请出示付款码', '付款码每分钟自动刷新'],
    },
  },
  // newcomer15 kind 8: which bank your card is with, asked after a refund or cancellation story ("您那边用的哪个银行的卡",
  // "您平时工资卡是哪个银行的"): the sizing-up step (extract.finances), not what a shop refunding by the original route asks.
  'act.ask-which-bank': {
    kind: 'act',
    description: '打听您的卡是哪个银行的（哪个银行、哪家银行、什么银行）',
    terms: ['哪个银行', '哪家银行', '什么银行', '哪一家银行', '哪个行的', '哪个银行的', '哪家银行的', '什么银行的'],
    examples: {
      positive: ['我们帮您取消，您那边用的哪个银行的卡', '给您理赔，您平时工资卡是哪个银行的'],
      negative: ['我的卡是工商银行的', '你在哪个银行上班'],
    },
  },
  'obj.held-card': {
    kind: 'object',
    description: '您手上的卡（卡、银行卡、工资卡、储蓄卡、存折）',
    terms: ['卡', '银行卡', '储蓄卡', '工资卡', '借记卡', '信用卡', '存折'],
    examples: {
      positive: ['我们帮您取消，您那边用的哪个银行的卡', '退款给您，您的储蓄卡是哪家银行的'],
      negative: ['卡丢了', '银行卡要按时年检'],
    },
  },
  'obj.balance': {
    kind: 'object',
    description: '您有多少钱、多少额度：余额、零钱、额度、卡里的钱',
    terms: [
      '余额', '零钱', '额度', '可用额度', '信用额度', '信用卡额度', '借呗额度', '花呗额度', '卡里', '账户里', '存款', '几张银行卡',
      '几张卡', '几张信用卡', '多少钱',
    ],
    examples: {
      positive: ['给你做个理赔，你支付宝余额多少？', '给您赔偿，请问您信用卡额度是多少'],
      negative: ['您的账户余额为1200元', '信用卡额度已提升至两万元'],
    },
  },
  'act.verify': {
    kind: 'act',
    description: '验证、核实、证明（您的余额、额度或流水，说是放款、退款前要查）',
    // Not 查看/查询: a real notice says "请查看账户余额"; only a check the sender makes of what you hold.
    terms: ['验证', '核实', '核验', '验资', '证明', '审核', '检测'],
    examples: {
      positive: ['您的订单被判定为缺货赔付，赔付款需先验证银行卡余额不少于5000元', '退款前需要核实一下您的账户余额'],
      negative: ['不需要验证您的余额', '欢迎光临'],
    },
  },
  'act.ask-have': {
    kind: 'act',
    description: '打听您有没有、有几张（信用卡、借呗、存款）',
    terms: ['有没有', '有无', '有几张', '名下有', '开通了吗', '开没开通', '有开通', '开通过', '办过', '办没办过', '有多少'],
    examples: {
      positive: ['我们要给您赔偿，请问您有没有信用卡？', '退款前问一下，您名下有几张银行卡'],
      negative: ['信用卡我没有办过', '我有两张信用卡'],
    },
  },

  // "Which account should the payout go to?" asked unasked after a payout story ("你有支付宝吗", "您是微信还是
  // 支付宝", "留一下收款的支付宝账号"): the scam's first step to the account it will drain (newcomer 5).
  'obj.payout-account': {
    kind: 'object',
    description: '您的收款账户：支付宝、微信、银行卡、收款账号',
    terms: ['支付宝', '微信', '支付宝账号', '支付宝账户', '微信号', '收款账号', '收款账户', '收款的支付宝', '收款的微信', '银行卡', '云闪付', '收款方式'],
    examples: {
      positive: ['你网购的东西丢了，要赔你钱，你有支付宝吗', '快递破损了给您赔偿，您看您是微信还是支付宝？'],
      negative: ['支付宝年度账单出来了', '微信运动今天走了一万步'],
    },
  },
  'act.ask-account': {
    kind: 'act',
    description: '打听您用哪个账户收钱：有…吗、是…还是…、留一下…',
    terms: ['你有', '您有', '有没有', '是微信还是', '是支付宝还是', '还是支付宝', '还是微信', '或支付宝', '或微信', '留一下', '留个', '方便留', '用什么', '哪个'],
    examples: {
      positive: ['你网购的东西丢了，要赔你钱，你有支付宝吗', '您好，给您理赔，您方便留一下收款的支付宝账号吗'],
      negative: ['您有一笔退款已原路退回', '你有时间吗'],
    },
  },

  // A step asked with its object folded into the verb ("请您及时确认并完成支付", "完成相关操作", "进行续费"):
  // 完成/进行 × the step. Weak alone (a shop's "请于30分钟内完成支付"); with a claimed agent in an SMS it is
  // the agent's ask (composite claimed-agent-plus-request). Kind: dev texts-8 冒充客服 half A, our own SMS (cs9).
  'act.complete': {
    kind: 'act',
    description: '完成、进行、办理（后面跟一个步骤：支付、操作、续费、验证）',
    terms: ['完成', '进行', '确认并完成', '尽快完成', '及时完成', '配合完成', '配合进行'],
    examples: {
      positive: ['请您及时确认并完成支付', '请您尽快完成相关操作'],
      negative: ['您的订单已支付完成', '退款已完成，请注意查收'],
    },
  },
  'obj.step': {
    kind: 'object',
    description: '要您做的一个步骤：支付、付款、缴费、续费、相关操作、验证、认证、绑定、授权',
    terms: [
      '支付', '付款', '缴费', '续费', '相关操作', '后续操作', '以下操作', '下列操作', '操作', '验证', '身份验证', '认证', '实名认证', '绑定', '绑卡',
      '授权', '签约', '解绑', '转账', '付费',
    ],
    examples: {
      positive: ['请您及时确认并完成支付', '请在24小时内完成身份验证'],
      negative: ['操作完成后会有短信提醒', '您已完成实名认证'],
    },
  },
  // Renewal asked ("请您及时续费", "会员需要续费"): a platform's own renewal notice sends you to its app; a
  // stranger who claims the platform and asks you to renew is the subscription script's ask (issue 8 §1.4, cs9).
  // "需要您提供一些信息", "提供更多信息": vaguer still than obj.info, and only ever read with a claimed agent
  // (contact.agent-request): a booking desk's "请提供详细信息" is everyday (teleantifraud normal dialogues).
  'obj.some-info': {
    kind: 'object',
    description: '一些信息、更多信息、详细信息、具体情况（最笼统的“要信息”）',
    terms: ['一些信息', '更多信息', '更多的信息', '详细信息', '具体信息', '相关资料', '相关证明', '证明材料', '相关材料', '有关信息'],
    examples: {
      positive: ['需要您提供一些信息以便进一步调查', '请您上传相关证明材料'],
      negative: ['更多信息请在APP内查看', '详细信息已发送至您的邮箱'],
    },
  },
  'act.renew': {
    kind: 'act',
    description: '续费、续订、续缴（会员、服务、店铺）',
    terms: ['续费', '续订', '续缴', '续期', '补缴年费', '缴纳年费'],
    examples: {
      positive: ['快手店铺会员需要定期续费，请您及时续费', '您的会员服务即将到期，请尽快续订'],
      negative: ['您的会员已自动续费，可在APP内关闭', '会员续费成功，有效期至明年12月'],
    },
  },
  'obj.subscription': {
    kind: 'object',
    description: '会员、vip、服务、套餐、店铺（要续费的东西）',
    // Not bare 会员: "加入会员" is a welcome, not a renewal (act.join's negative example); the member named
    // with its service or its end ("店铺会员", "会员即将到期") is.
    terms: ['vip', '会员服务', '服务', '套餐', '店铺', '年费', '会员资格', '店铺会员', 'vip会员', '会员到期', '到期', '即将到期', '已到期'],
    examples: {
      positive: ['快手店铺会员需要定期续费，请您及时续费', '您的会员服务即将到期，请尽快续订'],
      negative: ['您的会员已自动续费，可在APP内关闭', '会员续费成功，有效期至明年12月'],
    },
  },

  'obj.new-account': {
    kind: 'object',
    description: '“新”卡、新账户：以前的卡不用了、被冻结了，钱改打到这里（冒充熟人、房东、老板的换卡说法）',
    terms: [
      '新卡', '新账户', '新账号', '新的卡', '新的账户', '新的账号', '新银行卡', '新的银行卡', '新户头', '新开的卡', '新办的卡', '另一张卡',
      '新的收款账户', '新收款账户', '新的对公账户', '新对公账户',
    ],
    examples: {
      positive: ['之前那个卡不用了，这个月房租转到新卡', '明天把项目款打到这个新账户，老账户被冻结了'],
      negative: ['新卡的颜色挺好看', '新卡已寄出，请注意查收'],
    },
  },

  'ctx.refund-claim': {
    kind: 'context',
    description: '退款、理赔、赔偿本身（不含“到账”“激活”：贷款广告也说“1分钟到账”）',
    terms: [
      '退款', '理赔', '赔付', '补偿', '赔偿', '退费', '召回', '退货款', '理赔款', '退款金额', '退钱', '退你', '退您', '赔你', '赔您', '退拨',
      // The payout said verb last ("加我v给你退"): newcomer 6, kind 4.
      '给你退', '给您退', '帮你退', '帮您退',
    ],
    examples: {
      positive: ['理赔款需要您开通一下支付宝备用金', '请您打开微粒贷看看额度，退款需要验证您的流水'],
      negative: ['开通借呗，最快1分钟到账', '欢迎光临'],
    },
  },

  // The words that name a refund's or a claim's OWN line (退款专线, 理赔热线, 理赔部): no platform runs one (a
  // refund goes back by itself; after-sales is the one published hotline), so a number of any kind after
  // them, a rented 400/800 line included, is the sender's own (newcomer7 kind 2). Read by shift.claims-line
  // and pretext.refund-off-platform (`near` of their number cues): a word added here counts in both.
  'ctx.refund-line': {
    kind: 'context',
    description: '退款或理赔“自己的专线、专员、部门”：退款专线、理赔热线、理赔部（平台没有这种专线）',
    terms: [
      '退款专线', '理赔专线', '退款热线', '理赔热线', '退款专员', '理赔专员', '理赔部', '退款部', '理赔中心', '退款中心', '赔付专线', '理赔电话', '退款电话',
    ],
    examples: {
      positive: ['退款专线：400-820-6611 请尽快来电 否则视为放弃', '请联系理赔专员 13812345678 办理赔付'],
      negative: ['【顺丰】您的快件已签收，如有问题请拨打95338', '退款已原路退回，请注意查收'],
    },
  },

  'ctx.claim': {
    kind: 'context',
    description: '领取、认证、赔：点开链接后许诺的事',
    terms: ['领取', '认证', '赔'],
    examples: {
      positive: ['点击链接领取补贴', '打开网页完成认证'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.condition': {
    kind: 'context',
    description: '“交了才能…”“否则…”：把钱和一件您想要的事绑在一起',
    terms: ['才能', '才可以', '才可', '方可', '才会', '否则', '不然', '要不然', '之前', '以前'],
    examples: {
      positive: ['缴纳关税才能放行您的包裹', '不交保证金的话，否则无法提现'],
      negative: ['欢迎光临', '押金一年后退还'],
    },
  },
  // "输个一块钱验证一下": a small sum paid to "verify" is the first transfer (newcomer 6, kind 6). Not bare 验证
  // (验证码 is everywhere).
  'ctx.test-pay': {
    kind: 'context',
    description: '“验证一下”“测试一下”：说付一小笔钱只是验证',
    terms: ['验证一下', '验证下', '验证一下账户', '测试一下', '测试下', '激活一下', '做个验证', '做一下验证', '验证账户', '验证身份', '测试账户', '验证能不能', '看能不能到账', '马上给您打回来', '马上给你打回来', '马上退给您', '马上退给你'],
    examples: {
      positive: ['在转账那里输个一块钱验证一下', '转一元测试一下账户'],
      negative: ['请输入验证码', '欢迎光临'],
    },
  },
  'ctx.donation': {
    kind: 'context',
    description: '捐款、爱心、救助：“献爱心”要您扫码付钱',
    terms: ['捐款', '捐助', '捐赠', '爱心', '募捐', '善款', '救助', '献爱心', '众筹', '捐'],
    examples: {
      positive: ['山区儿童需要你的帮助，扫码捐款，每人10元', '献爱心，扫码支付20元'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.mistaken': {
    kind: 'context',
    description: '说钱转错了、误转到您这里（要您退回）',
    terms: ['转错账', '转错了', '转错人', '转错卡', '转错到', '误转', '错转', '汇错', '打错账', '打错钱', '不小心转', '不小心给你转', '不小心往你', '不小心打到', '误汇', '误打'],
    examples: {
      positive: ['我刚才把钱转错了你把钱退回来吧', '不好意思我转错账了，麻烦你把钱转回给我'],
      negative: ['你把钱转给我吧'],
    },
  },
  'ctx.refund': {
    kind: 'context',
    description: '退款、理赔、解冻、取消等“为您办事”的说法',
    terms: [
      '退款', '理赔', '赔付', '补偿', '退税', '解冻', '解绑', '取消', '关闭', '注销', '退还', '返还', '到账', '激活', '赔偿',
      '退费', '补发', '解除', '恢复',
    ],
    examples: {
      positive: ['退款请登录 https://tb-refund-center.top/login 输入验证码', '输入验证码即可完成解绑'],
      negative: ['请输入验证码完成登录', '欢迎光临'],
    },
  },
  // A payment asked in order to get something back: the refund words of ctx.refund, but a return (退还, 返还) only
  // when promised to the reader by the one who asks (退还给您, 一并返还, 马上退还), and no money arriving (到账). A
  // deposit's own terms name its return as a policy ("入住时需交押金200元，离店时退还", "取车时需缴纳车辆押金3000元，还车后
  // 30天内退还") and an escrow explained names the money arriving ("确认收货后才能到账"): neither is a refund bought by
  // paying (nc11-fp, kind L1d). The fee scam's promise stays ("您需要支付一笔三百元的罚款，我们会将这笔费用退还给您").
  'ctx.refund-bought': {
    kind: 'context',
    description: '退款、理赔、解冻、激活等要“先付钱才办”的事；“退还”“返还”只在对方许诺还给您时（退还给您、一并返还），不含押金条款和“到账”',
    terms: [
      '退款', '理赔', '赔付', '补偿', '退税', '解冻', '解绑', '取消', '关闭', '注销', '激活', '赔偿', '退费', '补发', '解除', '恢复',
      ...['退还', '返还', '退回', '返回'].flatMap((v) => [`${v}给您`, `${v}给你`, `一起${v}`, `一并${v}`, `马上${v}`, `立即${v}`, `立刻${v}`, `处理${v}`, `全部${v}给`]),
      '退给您', '退给你', '返给您', '返给你', '连本带利',
    ],
    examples: {
      positive: ['请您先付款500元，以便我们把退款返给您', '交500元就能解冻'],
      negative: ['入住时需交押金200元，离店时退还', '押金退房时返还'],
    },
  },
  // The refund promised to 你 or in full ("面膜的钱要退给你", "我们全额退你"): with a lender opened or asked about, the
  // sizing-up step of the refund script (extract.finances; newcomer15 kind 4). Not in ctx.refund, which many asks read.
  'ctx.refund-to-you': {
    kind: 'context',
    description: '说要把钱退给您、全额退您（“钱要退给你”“全额退你”）',
    terms: ['退给你', '退给您', '退你', '退您', '全额退', '钱退回去', '钱退回给', '钱要退', '把钱退', '多给你', '多给您', '给您退', '给你退', '赔您', '赔你'],
    examples: {
      positive: ['你那个面膜的钱要退给你，你手机里有没有分期乐', '我们全额退你，你手机上有个软件叫360贷款导航你打开'],
      negative: ['你手机里有没有分期乐', '打开360借条看一下额度'],
    },
  },
  // Money paid INTO an account (recall15 kind Z3): "交到我个人支付宝", "付到我的个人收款码", "缴至以下账户".
  'act.pay-into': {
    kind: 'act',
    description: '交到、缴到、付到（某个账户）',
    terms: ['交到', '缴到', '付到', '交至', '缴至', '付至', '付款到', '支付到', '缴费到'],
    examples: {
      positive: ['春游费交到我个人支付宝', '报名费请付到我的个人收款码'],
      negative: ['作业交到办公室', '材料交至前台'],
    },
  },
  // The sender's OWN private account (recall15 kind Z3): "我个人微信", "我私人账户", "我的个人收款码", "微信转我个人就行";
  // not the reader's ("你个人卡"), not an opinion ("我个人建议").
  'obj.my-private': {
    kind: 'object',
    description: '对方本人的个人账户、个人微信、个人支付宝、个人收款码（我个人账户、我私人微信）',
    terms: [
      ...['我个人', '我私人', '我的个人', '我的私人', '我自己的'].flatMap((who) =>
        ['账户', '账号', '微信', '支付宝', '收款码', '卡', '银行卡', '的卡', '的账户', '的账号', '的微信', '的支付宝', '的收款码', '的银行卡'].map((a) => `${who}${a}`)),
      '我个人就行', '我个人就可以', '我个人就好', '我私人就行',
    ],
    examples: {
      positive: ['费用转到我个人微信', '押金打到我私人账户上'],
      negative: ['这是我个人的看法', '钱打到你个人卡上了'],
    },
  },
  // Other scam kinds (fee before a payout, the fake relative's loan, the top-up that "earns"): lexicon-other.ts.
  ...otherKindLexicon,
  ...probeKindLexicon,
};

/**
 * A one-character act is a word only with its measure word or 一下 after it: 开个屏幕共享, 留个卡号, 报一个卡号,
 * 发个验证码, 给个卡号 (newcomer9 kind 1: "方便留个卡号吗", "开个屏幕共享" read no request while "开一下" did).
 * 开, 留, 给 and 发 alone sit inside everyday words (公开, 留学, 给力, 发票), so the stem is read only as stem +
 * 个 / 一个 / 一下 (not 下 alone: 给下面, 发下来), and a stem that is a word of its own (提供, 打开) needs none.
 * Generated into each act class, as the 每个月 forms are (variants.ts): one rule, not one phrase per object.
 * The object still has to follow in the same clause window, so "开个会", "给个好评", "发个通知" name none.
 */
export const MEASURED_ACT_STEMS: Record<string, readonly string[]> = {
  // 留个卡号 / 留一下手机号: leave it with the writer, a give act; 给个 / 交个 the same.
  'act.give': ['给', '留', '交'],
  'act.tell': ['报', '念', '说'],
  'act.send': ['发', '传'],
  'act.open': ['开', '打开', '开启', '点'],
  'act.fill': ['填'],
  'act.type': ['输'],
  'act.add': ['加', '添加'],
  'act.join': ['进', '加入'],
  'act.download': ['下载', '下'],
  'act.install': ['装', '安装'],
  'act.share': ['共享', '分享'],
  'act.scan': ['扫'],
};
export const ACT_MEASURES = ['个', '一个', '一下'] as const;
LOAN_APPS.push(...zhLexicon['obj.lender']!.terms.filter((t) => !NOT_LOAN_APPS.has(t)));
for (const [cls, stems] of Object.entries(MEASURED_ACT_STEMS)) {
  const def = zhLexicon[cls]!;
  const have = new Set(def.terms);
  for (const stem of stems) {
    for (const m of ACT_MEASURES) {
      const term = stem + m;
      if (!have.has(term)) { def.terms.push(term); have.add(term); }
    }
  }
}
// The hand-on act's forms: each verb × each receiver (发给他, 报给对方, 念给工作人员, 告诉他, 交给客服), and × 过去 (发过去, 报过去).
export const HAND_ON_STEMS = ['发', '报', '念', '读', '说', '交', '传', '递', '转发', '提供', '透露', '回复', '回', '截图发', '拍照发'] as const;
/** Verbs that take the receiver without 给 ("告诉他", "告知工作人员"). */
export const HAND_ON_TELL = ['告诉', '告知', '转告', '通知'] as const;
export const HAND_ON_RECEIVERS = [
  '他', '她', '他们', '她们', '对方', '工作人员', '客服', '专员', '理赔员', '业务员', '同事', '我同事', '我们同事', '那边', '这位', '经理', '老师', '操作员',
] as const;
{
  const def = zhLexicon['act.hand-on']!;
  const have = new Set(def.terms);
  const add = (t: string): void => { if (!have.has(t)) { def.terms.push(t); have.add(t); } };
  for (const stem of HAND_ON_STEMS) {
    add(`${stem}过去`);
    for (const r of HAND_ON_RECEIVERS) add(`${stem}给${r}`);
  }
  for (const stem of HAND_ON_TELL) for (const r of HAND_ON_RECEIVERS) add(`${stem}${r}`);
}
// "留下卡号", "留一个手机号给我": 留 with its result complement is the same give act (one more form, not a measure word).
zhLexicon['act.give']!.terms.push('留下', '留给我', '给我留');

/** How the Chinese grammar reads requests and warnings: see GrammarSchema in ../schema.ts. */
export const zhGrammar: GrammarDef = {
  window: 16,
  // An English word inside Chinese text counts as one, like the Han character it stands for.
  windowUnit: 'word',
  negators: [
    '不需要', '无需', '不用', '不必', '不会', '从不', '从来不', '绝不', '不要求', '没必要', '用不着', '无须', '不要', '请勿', '切勿', '勿',
    '千万别', '千万不要', '不能', '不可', '不得', '别', '严禁', '禁止', '不会向', '不会要求',
    // The English of a mixed message, now read here too (variants.ts, kind 'english').
    'never', 'do not', "don't", 'dont', 'no need to', 'not need to', "won't", 'will not',
  ],
  contrasts: ['只需要', '只需', '只要', '只用', '但是', '但', '而是', '就需要', '还是需要', '还需要', '得', '现在'],
  // A warning's list of what staff never do, its first act long ("工作人员不会上门收取现金或要求转账到个人账户"): the
  // negation goes on past 或 to the second act (nc13-fp kind F3). Not 和/及: they join objects far more often than acts.
  disjunctions: ['或', '或者', '或是', '也不会', '也不'],
  negationWindow: 8,
  // The speaker's own acts, and acts already done (a notice "验证码已发送", a report "他已经进群了").
  self: [
    '我把', '我已经', '我已', '我刚', '我刚才', '我都', '我就把', '我没有', '我没', '我给他', '我给她', '我给他们', '我也把',
    // The speaker as the one who lost ("他叫我加一个企业微信…，我就这样被骗了3万"): a report resumes after relayed words.
    '我被', '我就这样', '我也被', '我就被', '结果我', '最后我',
    // The speaker paying first or doing it themselves ("钱我先转你", "我来付"): their act, not a request.
    '我先', '我来付', '我来转', '我会转', '我马上转',
    // The speaker sending money to the listener ("我给你打八百生活费", "我给您转过去"): the payer, not an ask (recall12 kind 1).
    '我给你打', '我给您打', '我给你转', '我给您转', '我给你汇', '我给您汇', '我给你们转', '我给你们打',
    '已发送', '已发', '已经发', '已提供', '已经提供', '已告诉', '已转', '已经转', '已支付', '已付', '已填写', '已输入', '已下载', '已经下载',
    '已安装', '已经安装', '已加入', '已经加入', '已进群', '已经进群', '已经加', '已添加', '已登录', '已经登录', '已扫',
    // A payer's report of money already sent ("合同款已经按约定打到贵司对公账户了"): done, not asked.
    '已经按', '已按', '已打', '已经打', '已汇', '已经汇', '已存入', '已经存入', '已于', '已经于',
    // A bank's notice of a transfer done ("您已成功转出100元").
    '已成功', '已经成功',
    // The speaker's own payment, dated ("货款我上午汇到你们公司账户了", "这批货款我今天下午打到公司对公账户"): a payer
    // telling the payee, not an ask (nc11-fp, kind L1c). Read in the act's clause only.
    '我上午', '我下午', '我中午', '我早上', '我晚上', '我今天', '我今早', '我昨天', '我昨晚', '我前天', '我刚刚',
    // The sender's own send, announced ("验证码将另行发送", "稍后发送至您的手机"): the code comes TO you; any ask
    // follows in a clause of its own.
    '将另行发送', '另行发送', '将发送', '将会发送', '稍后发送', '随后发送', '即将发送', '将下发', '稍后下发',
    // …and received ("回复后您将收到验证码"): the notice's own announcement, no ask.
    '将收到', '即将收到',
  ],
  // Who is made to act: after these the 我 of a `self` marker ("让我先交500保证金", "叫我把验证码发给他") is the
  // one the other side asks, relayed by the citizen, not the speaker's own act ("钱我先转你").
  caused: ['让我', '叫我', '逼我', '令我'],
  // 将 as the object marker after a request word ("请将收到的验证码发送到138…", "请您将发到您手机上的动态码转发给客服",
  // "麻烦将收到的校验码告诉我"): the self markers 将收到 / 将发送 inside are the object's own clause, not the sender's future
  // ("您将收到验证码", "验证码将发送至您的手机" stay the sender's). recall17 kind A: the first read safe 0 beside the same ask
  // with 把 at 69.
  imperatives: ['请将', '请您将', '请你将', '麻烦将', '麻烦您将', '麻烦你将', '务必将', '需将', '需要将', '只需将', '只要将', '直接将', '立即将', '马上将', '尽快将'],
  // …and who receives in that relayed ask: "客服让我把验证码告诉他" is "把验证码告诉我" said by the one who asks.
  relayedRecipients: ['他', '她', '他们', '她们', '对方'],
  reporters: [
    '骗子常说', '骗子通常', '骗子一般', '骗子往往', '骗子会', '骗子经常', '骗子就会', '对方会说', '对方会', '他们会说', '对方往往', '对方通常',
    '诈骗分子', '不法分子', '犯罪分子', '嫌疑人', '受害人', '被害人', '事主', '谎称', '假称', '常以', '通常以', '往往以', '诱导', '诱骗',
    '话术', '套路是', '常见说法',
    // A forwarded warning's label for the script after it (guard16 kind W1: "转发提醒：骗子最新套路“您的快递内含违禁品…”，然后
    // 转接“公安”让你转账到“安全账户”" scam 80: the script runs on outside the quotes). Not 套路 alone ("我们不是套路贷"), and
    // only as a heading, before a colon, a quote or the script's opening (guard17 kind A: SCRIPT_HEADINGS).
    ...SCRIPT_HEADINGS,
    // Who asks, named as the scam ("骗子才会让你加微信退款", "只有骗子才会要验证码"): the request is described.
    '骗子才会', '骗子才', '只有骗子',
    // A warning's label for the script it then describes ("骗子常见套路：先说…再说…最后让你提供验证码").
    '常见套路', '诈骗套路', '骗子的套路', '常见骗术', '惯用手法', '常见手法', '作案手法', '惯用伎俩',
    // A business talking about its customers ("用户说被骗了要能一键转人工"): their words, reported. Not 用户反馈/
    // 用户投诉: "有用户反馈您在平台刷单" is a scam's pretext (telecom-fraud-texts-8 dev).
    '用户说', '客户说', '顾客说',
  ],
  verdicts: [
    // The speaker's refusal of a condition ("要交钱就算了", "要先垫付的话就不去了"): the request is the condition, not made.
    '就算了', '那就算了', '就不去了', '就不做了', '就不干了', '就不弄了', '我就不去', '我就不做',
    '百分之百是', '100%是', '一定是骗', '一定是诈骗', '肯定是骗', '都是骗', '均为诈骗', '均是诈骗', '就是骗子', '就是诈骗', '都是诈骗',
    '都是假', '全是骗', '必是诈骗', '绝对是骗', '一律是诈骗', '一律为诈骗', '属于诈骗', '是诈骗行为', '是骗局', '都是骗局',
    // What the act done would cost, said after it ("那是付款码，扫了钱就没了"): a warning of the consequence.
    // Not 钱就没了 alone: "请马上转到安全账户，不然钱就没了" is the scammer's threat.
    '了钱就没了', '了钱就没有了', '了钱就全没了', '了就被骗了', '了就上当了',
    // The one who asked, judged ("那个让您下载会议软件的人是骗子").
    '的人是骗子', '的人都是骗子', '的人就是骗子', '的客服是骗子', '的客服就是骗子', '的都是骗子',
    // A list for the family: "要你说验证码的，挂！", "让你下载会议软件的，直接拉黑": whoever asks it, hang up.
    '的，挂', '的，直接挂', '的，马上挂', '的，立刻挂', '的，赶紧挂', '的，一律挂', '的，别理', '的，不要理', '的，拉黑', '的，直接拉黑', '的，删掉', '的，直接删',
    // A platform's notice on whoever asks it: "房东要求先交押金再寄钥匙的，遇到要求先交押金的请向平台举报" (what
    // precedes is the request reported). Not 如有疑问及时举报: a scam's own cover line names no asker.
    ...['请向平台举报', '请及时举报', '请立即举报', '请举报', '及时举报', '立即举报', '向平台举报', '请报警', '请及时报警', '请立即报警', '及时报警', '立即报警']
      .flatMap((a) => [`的${a}`, `的，${a}`]),
  ],
  // Not 提示/提醒 alone: scam SMS open with "温馨提示" and quote their own button labels.
  // A case told after the fact (被骗, 报警, 96110, 冒充) is a warning's or a news story's voice too.
  frames: [
    '骗子', '诈骗', '警方', '民警', '公安', '反诈', '防骗', '防诈', '谨防', '揭秘', '骗局', '上当', '被骗', '报警', '96110', '冒充',
    // A loss told with its agent between 被 and the verb ("我姑被快递理赔的骗了", "被所谓买家以保证金为名骗走一万"): 被骗 split
    // by who did it is a story's frame as much as 被骗 (bei10: the agent, 65400ca, is read as a report too).
    '骗了', '骗走', '骗去', '骗光',
    // A news story or case report and its outcome ("据报道…所幸家人及时发现", "案例：…识破了骗局").
    '据报道', '报道', '通报', '警情', '案例', '案情', '所幸', '幸亏', '识破', '及时发现', '避免了损失', '挽回损失',
    // A case report's own words (newcomer8 kind 5: "【以案说法】", "事主林某报称", "到派出所报案").
    // Not 涉案/报案 alone: a fake police officer says "您涉嫌…涉案", "我们接到报案".
    '以案说法', '到派出所报案', '前来报案', '报案称', '报称', '受害人', '事主', '共计损失', '损失人民币',
    // A retelling that ends in refusal ("幸好她直接挂了", "我没理他，拉黑了"): the story is over, told as a warning.
    // Not 挂断了/挂了电话 alone: a victim's report ends "输入后便挂断了电话" too.
    '直接挂了', '直接挂掉', '直接把电话挂了', '直接把电话挂掉', '直接挂了电话', '直接挂断了', '没理他', '没理她', '没理会', '没搭理', '不理他', '不理她',
    '拉黑了', '已拉黑', '没上当', '没有上当', '没给他', '没给她', '没有给他', '没有给她', '幸好', '还好没', '还好', '好在',
    '没转', '没付', '没交', '没加', '没扫', '没借', '没去', '没照做', '没有照做', '没听他的', '没下载', '没有下载', '没点', '没填', '没报', '没念', '根本没这回事',
    // A near miss, told after the fact (guard16 kind R1: "…让我把房租转到新卡，差点就转了，后来给房东打电话才知道是假的"):
    // the teller checked and did not pay; the story is over. Not 是假的 alone: "之前那条短信是假的，我才是真客服" is a takeover; not 核实后发现: a sender's own
    // notice says "经过核实后发现是配送员误将商品…" before its ask (telecom-fraud-texts dev).
    '差点就转了', '差点转了', '差点就转过去', '差点就信了', '差点信了', '差点上当', '差点就上当', '差点被骗', '差点就被骗', '险些被骗', '险些上当',
    '才知道是假的', '才发现是假的', '才知道是骗', '才发现是骗', '原来是假的', '原来是骗', '一问才知道',
    // A retelling's moral to the group ("大家都小心点", "你们别上当").
    '小心点', '都小心', '大家小心', '别上当', '注意防骗',
    // A retelling that ends in the teller's fright or the call's end ("…对方就挂了，太吓人了"): the story is over.
    '太吓人', '吓死我了', '吓死人了', '好险', '真险', '对方就挂了', '他就挂了', '她就挂了', '对方就把电话挂了',
    // A caution naming the scam's own words in quotes after a verb of distrust (sms13 kind 1: a bank's loan advert
    // ending "不要相信陌生人“包装资质”“刷流水”" read the quoted words as its own offer and transfer, scam 85). Only the
    // quotes and a narrated third person read through a frame word: "不要相信别人，把验证码发我" still asks.
    '不要相信', '不要听信', '不要轻信', '请勿相信', '请勿轻信', '切勿相信', '切勿轻信', '勿信', '别相信', '别信', '别听信', '千万别信',
  ],
  // What only a warning tells the reader to do (hang up, report, delete) or says a real sender never does.
  // Not 挂断 alone: "不要挂断电话" is the scammer's.
  advisories: [
    '不会索要', '不会要求', '绝不会', '从不会', '从来不会', '不会让您', '不会让你', '不会通过', '不会以', '不会主动', '不会向您', '不会向你',
    '不会打电话', '不会电话', '从未', '从不',
    '立即挂断', '马上挂断', '直接挂断', '请挂断', '果断挂断', '挂掉电话', '立即报警', '马上报警', '请报警', '及时报警', '请举报',
    // A platform's safety notice ends by asking you to report such requests ("遇到要求先交钱的职位请及时举报").
    '及时举报', '立即举报', '向平台举报', '予以举报',
    '直接删除', '不要理会', '请勿理会', '不予理睬', '立即拒绝',
    // A company's or a school's internal rule for such a message (guard16 kind W2: "财务人员如收到“老板”微信说“我在开会，你先转一笔
    // 款到这个账户”，一律电话核实" scam 85): verify through a known line, as a rule for everyone (一律), never one payee's request.
    '一律电话核实', '一律当面核实', '一律电话确认', '一律当面确认', '一律先核实', '一律核实', '一律线下核实', '一律先电话', '一律打电话核实',
    // A transfer alert's instruction ("…要求转账，请立即停止并拨打110"): stop what the reader is doing (sms14 kind 4).
    '立即停止', '马上停止', '停止转账', '停止操作', '停止付款', '终止转账', '终止交易',
    // What to do after a loss: the bank's stop-payment and the police. Not 联系银行冻结 or 到派出所: a fake
    // authority says those too ("请立即联系银行冻结账户", "直接到派出所说明…并配合我们的工作").
    '申请止付', '申请紧急止付', '紧急止付', '拨打110', '拨打96110',
    'will never', 'never ask', 'never asks', 'hang up', 'report it', 'is a scam', 'are scams',
  ],
  // Someone else's words, relayed to the listener: with a frame word in the turn ("那是骗子"), a report.
  relayed: [
    '有人打电话说', '有人打电话', '有人来电说', '有人给我打电话', '有人说', '有人让我', '有人叫我', '有人要我', '有个人说', '有个人让我',
    '他让我', '他叫我', '她让我', '她叫我', '他们让我', '他们叫我', '对方让我', '对方叫我', '对方要我', '对方说', '那人说', '那个人说',
    '那人让我', '那个人让我', '打电话来说', '打来电话说',
    // Hearsay passed on as a warning ("网上都在说那个三倍赔偿的电话是骗子"): with a frame word, a report.
    '网上都在说', '网上都说', '网上说', '都在说', '大家都说', '大家都在说', '新闻说', '新闻上说', '新闻里说', '朋友圈都在说', '群里都在说', '听人说',
    // A case retold: what the other side claimed ("对方称其账户需要注销", "有人发来“…”").
    '对方称', '对方声称', '对方自称', '对方表示', '有人发来', '对方发来', '对方说出',
    // The call itself as the one who spoke ("刚才接了个电话说要给我退款，让我…").
    '电话说', '电话里说', '电话里让我', '电话里叫我', '短信说', '打电话让我',
    // A named third party who made the teller act, told with its refusal or its check (guard16 kind R1: "买家非让我去另一个
    // 平台交保证金才能收款，我没理他" scam 100, "房东新号码发短信让我把房租转到新卡…差点就转了" 75): the buyer, the landlord,
    // a message. Only in a turn with a frame word (没理他, 差点就转了, 才知道是假的) and no question; "买家让我跟你说，先交500
    // 保证金" has no frame and still asks.
    ...RELAY_AGENTS.flatMap((a) => RELAY_CAUSATIVES.map((c) => a + c)),
    '非让我', '非要我', '非叫我', '硬要我', '硬让我', '一直让我', '一直叫我', '一直要我', '还让我', '又让我', '还非让我',
  ],
  // A third person in a retelling: who took the call, or whom the caller asked. Never a bare 他/她
  // (其他, 他人) nor a recipient ("把验证码给他" is a request the reader is asked to carry out).
  narrated: [
    '让她', '叫她', '要她', '让他', '叫他', '让他们', '叫他们', '让老人', '让我妈', '让我爸', '叫我妈', '叫我爸', '让老妈', '让老爸',
    '让奶奶', '让爷爷', '让外婆', '让姥姥', '让外公', '让老太太', '让老爷子', '让婆婆', '让阿姨',
    '给她退款', '给她理赔', '给她赔', '要给她', '给我妈', '给我爸', '给老人',
    '她接到', '她接了', '他接到', '他接了', '她收到', '他收到', '我妈接到', '我妈接了', '我爸接到', '我爸接了', '妈接到', '妈接了',
    '爸接到', '爸接了', '老人接到', '奶奶接到', '爷爷接到', '外婆接到', '姥姥接到', '邻居接到', '同事接到', '朋友接到', '老公接到', '老婆接到',
    '我妈收到', '我爸收到', '她说有人', '他说有人', '我妈说', '我爸说', '她说对方', '他说对方',
    // Asked about a third person ("您有没有给他提供…", "对方是不是说…").
    '有没有给他', '有没有给她', '有没有给对方', '有没有向对方', '有没有跟对方', '有没有告诉他', '有没有告诉对方', '是否向对方', '是否给对方',
    '他的要求', '对方的要求', '按他说的', '按对方说的', '照他说的', '按照他说的', '按照对方说的',
    '对方有没有', '他有没有', '她有没有', '对方是否', '他是否', '对方让您', '对方让你', '他让您', '他让你', '对方叫您', '他叫您', '对方要您', '对方要你',
    // A warning's list of the scam's steps ("一是冒充客服说退款；二是让你加群"), in a framed turn.
    '一是', '二是', '三是', '四是', '第一步', '第二步', '第三步', '第四步', '最后一步',
    // What the caller said about the third person ("说她的快递丢了", "说他开通了百万保障"), and hearsay.
    '说她', '说他', '说我妈', '说我爸', '你上次说的', '你说的那个', '上次说的那个',
    // Dialect causatives (喊 is 叫: "喊她打钱").
    '喊她', '喊他', '喊我妈', '喊我爸',
    '对方是不是', '他是不是', '她是不是', '他们是不是', '骗子是不是',
  ],
  // A third person as the one who was deceived (fa12 kind 3: "我舅妈被那种说中奖要交税的电话骗了三千块", "对门王奶奶被人骗了，
  // 说是她孙子…要交保释金"): what the scam asked of them, told in the same sentence, is their story retold. With the teller's
  // 我 as the owner too ("我舅妈被…": 我 just before a marker is otherwise the teller's own act, framing.ts). Whose loss a
  // report (extract.user-paid) tells is its own `report`'s to judge, so these narrate every cue but a report's.
  victims: THIRD_PERSONS.flatMap((p) => [`${p}被`, `${p}也被`, `${p}遭`, `我${p}被`, `我${p}也被`, `我${p}遭`]),
  // A question about what already happened: with a frame word in the turn or a narrated third person, asked, not requested.
  pastQuestions: [
    '有没有', '有没', '有无', '是否已', '是不是已经', '是不是接到', '是不是收到', '是否接到', '是否收到', '是不是有人', '是否有人',
    '是不是说', '是不是让你', '是不是让您', '是不是要你', '是不是要您', '是不是叫你', '了吗', '过吗', '了没', '过没有', '没有？',
    // 是不是 + an act done ("您刚才是不是扫了…？"), and a question about the third person ("对方是不是先说…？").
    '刚才是不是', '是不是扫了', '是不是下载了', '是不是点了', '是不是加了', '是不是转了', '是不是借了', '是不是给了', '是不是开了',
    '对方是不是', '他是不是', '她是不是', '他们是不是', '骗子是不是', '对方有没有', '他有没有', '她有没有', '对方是否', '他是否',
  ],
  // The speaker as the one who asks or receives: a question or story holding one is the speaker's request.
  ownRequests: [
    '给我', '发我', '告诉我', '转我', '我说的', '我让您', '我让你', '我教您', '我教你', '给我们', '按我', '跟我', '我发的', '我给您的', '我给你的',
    // The reader asked to pass it on ("请您通知王月红，让她下载…").
    '请您', '请你', '通知她', '通知他', '转告', '您通知', '你通知',
  ],
  // An act told as done: experiential 过 and "…了一个" (a report of what is on the phone, what was given).
  pastActs: [
    '输入过', '提供过', '转过', '告诉过', '下载过', '开过', '点过', '扫过', '填过', '借过', '给过', '发过', '报过', '念过', '安装过',
    '共享过', '加过', '付过', '汇过', '登录过', '点开过',
    '下载了一个', '安装了一个', '装了一个', '下了一个', '加了一个', '收到了一个', '点了一个', '扫了一个', '转了一笔', '借了一笔',
  ],
  // The speaker taking the floor back after describing what scammers say.
  takeovers: [
    '我们不一样', '我们可不一样', '我们和他们不一样', '我们跟他们不一样', '我们不是骗子', '我不是骗子', '我们是正规', '我们是真的', '我是真的',
    '我们是真正的', '我是真正的', '我们是官方', '我们才是', '我们可不是', '但我们', '可我们', '而我们', '我们这边是',
    // After "骗子才会让您转账": what the speaker asks instead ("我只让您在备用金里把额度借出来").
    '我只让', '我只要', '我只需要', '我们只让', '我们只需要', '我这边只',
    // The speaker's own account named as the place for the money after a warning about someone else ("对方是骗子，不要转给他，
    // 把钱转到我们给您的账户保管"; recall12 kind 2): no warning names the warner's account as the safe place; the ask is theirs.
    // Named by the account, not the verb ("客户打到我们网点来问" is a phone call).
    // The speaker as the other side's messenger for a job ("平台让我跟进…", "售后让我回访", guard17 kind C).
    ...MESSENGER_DUTIES,
    '我们给您的', '我们给你的', '我们的账户', '我们的安全账户', '我们提供的账户', '我们提供的安全账户', '我们指定的账户', '交给我们保管', '由我们保管',
    '我们帮您保管', '我们帮你保管',
    // The warning itself waved away ("那些防骗视频不用看，把验证码发给我", "别听那些反诈宣传吓唬人"; newcomer14 kind K1) is
    // read by `dismissals` below (an anti-fraud source and its dismissal in one clause, not quoted, not reported).
  ],
  // The warning waved away in more words than the medium right before its dismissal (guard15 kind K1: "防骗短信您别管，
  // 把验证码发我就行", "反诈宣传那一套不用管，先把钱转过来", "别听那些反诈宣传"): an anti-fraud source, then within a few
  // characters in its clause a judgement of it (吓唬, 误报) or a dismissal that ends the clause (别管, 别信); or the
  // dismissal before the source. A stranger or a fake named in the clause (陌生, 自称, 冒充) is what the warning itself
  // dismisses ("反诈中心提醒您陌生来电别理", "自称反诈中心的电话别信"); a reporter earlier in the sentence tells the line as
  // the scammer's ("骗子会说反诈宣传都是吓唬人的"). Read by src/match/match.ts addDismissals.
  dismissals: {
    sources: [
      '防骗', '防诈', '反诈', '反骗', '警方提醒', '民警提醒', '警察提醒', '公安提醒', '警方提示', '风险提示', '安全提示', '风险提醒', '安全提醒',
      '防范提示', '预警', '劝阻', '96110', '110提醒',
    ],
    words: [
      '别管', '不用管', '甭管', '不要管', '不必管', '别理', '不用理', '别理会', '不用理会', '不必理会', '不要理会', '别搭理', '不用搭理',
      '别信', '不要信', '别相信', '不用信', '不要相信', '不用相信', '别听', '不用听', '不要听', '别看', '不用看', '别当真', '不用当真',
      '不必当真', '别当回事', '不用当回事', '不用在意', '别在意', '忽略', '跳过',
    ],
    judgements: [
      '吓唬', '吓人', '唬人', '误报', '危言耸听', '夸大', '瞎说', '乱说', '胡说', '乱报', '不准', '没用的', '没啥用', '骗人的', '当不得真',
      '唬你', '唬您',
    ],
    but: [
      '自称', '冒充', '假冒', '假的', '假反诈', '所谓', '陌生', '可疑', '不明', '骗子', '诈骗分子', '不法分子', '对方', '来历不明', '钓鱼',
      '刷单', '中奖', '高回报', '兼职', '网贷',
    ],
    within: 10,
    tail: 3,
  },
  // The speaker saying who they are, in a clause after a reporter's ("骗子才会让你等，我是京东客服，请把验证码
  // 发我"): the floor is theirs again, unless a speech mark came first ("骗子常说，我是淘宝客服…" quotes them).
  selfIntros: ['我是', '我们是', '本人是', '这边是', '这里是', '我这边是', '我这里是', '我就是', '我也是'],
  speechMarks: ['说', '讲', '称', '：', ':'],
  // Nouns and states with an act word inside (付款, 转账, 支付, 充值, 下载): a payout or an order's
  // status, not a request ("赔付款150元将打到您的账户", "待付款订单", "转账记录").
  nouns: [
    // Counts of no code (newcomer15 kind 1): "六个数据", "年薪六位数", "五位数的存款" (CODE_COUNT_NOUNS above).
    ...CODE_COUNT_NOUNS,
    // A school's, a building's, a device's or a network's credentials (NOT_MONEY_CREDENTIALS, guard15 kind L2): no card's.
    ...NOT_MONEY_CREDENTIALS,
    // Cards that hold no money, by their number (NOT_MONEY_CARD_NUMBERS, sms16 kind E): 就诊卡号, 借书证号, 校园卡号.
    ...NOT_MONEY_CARD_NUMBERS,
    // A phone line's service password (SERVICE_PASSWORD, sms16 kind A): the carrier's own login key, typed at its own hall.
    ...SERVICE_PASSWORD,
    // …and the reader's own login named by its phone number and password (PHONE_LOGIN_PASSWORD, sms16 kind D).
    ...PHONE_LOGIN_PASSWORD,
    // The payment password typed on one's own wallet's payment page to pay (PAY_PAGE_PASSWORD, sms17 kind P): no credential handed.
    ...PAY_PAGE_PASSWORD,
    // The buyer's own order's page in the platform's app, where a shop's refund is agreed (OWN_ORDER_PAGE, ncfp17 kind H): no link sent.
    ...OWN_ORDER_PAGE,
    // What was advanced, named ("垫付的医药费已报销", "代付的学费"): a thing paid before, not a payment asked (recall12 kind 3).
    '垫付的', '代付的', '预付的',
    '赔付款', '理赔款', '退付款', '待付款', '已付款', '未付款', '货到付款', '首付款', '尾付款', '预付款', '应付款', '实付款',
    '付款成功', '付款记录', '付款时间', '付款金额', '付款方式', '付款人', '转账记录', '转账成功', '支付成功', '支付记录',
    '转款成功', '转款记录',
    // Who paid, in a bank's credit notice ("转入理赔款3200.00元，付款方：平安财产保险"): a party, not an ask (cs8, own legit sibling).
    '付款方', '付款单位', '付款行', '付款账户', '付款账号', '汇款人', '汇款方', '汇款单位', '转账方', '转出方',
    // Money IN to the reader, in a bank's credit notice ("您账户7721于11月30日转入人民币5,000.00元，对方户名：张*华"; nc9-loss
    // kind 3): the payer's name and the credit's kind are a record, not a payee asked for. Not 转入/汇入 + 人民币 themselves:
    // "请转入人民币2000元到理赔账户" is the ask in the same words.
    '收入人民币', '入账人民币', '转账收入', '汇款收入', '他行汇入', '跨行汇入', '跨行转入', '网银转入', '对方户名', '对方账户名', '付款人户名',
    '充值成功', '充值记录', '下载量', '下载次数',
    // Money the reader RECEIVES with a fee word inside (退税 holds 税, 退押金 holds 押金): a payout, no fee asked
    // (grammar11 kind 4). A fee to receive it is its own word ("领取退税需先交手续费": 交手续费 still asks).
    '退税', '退税款', '退个税', '税款退还', '退押金', '退还押金', '返还押金', '押金退还', '退保证金', '退还保证金', '返还保证金', '保证金退还',
    // Not 返还手续费 / 退还手续费: also the name of a fee for the return ("您需要先交一个返还手续费").
    '退定金', '退还定金', '退运费', '退还运费', '运费退还', '手续费退还',
    // Money located, a state ("先付款，钱在支付宝，确认收货商家才收到钱", "买家付款了，钱在平台上"): the money is the
    // subject of its own clause, where the platform holds it, not an object moved (nc11-fp, kind L1b: escrow explained).
    '钱在',
    // The reader's own payment account ("款项原路返回您的支付账户"): 支付 inside the name is no act of paying (act.pay-bare
    // read "款项…支付" as a payment asked; nc11-fp kind L2).
    '支付账户',
    // A reply done, as the time of what follows ("回复“1”确认办理，回复后您将收到验证码", a carrier's opt-in; recall17 kind A
    // twin, read 45): the 回复 inside names no object. Another act after it is read ("回复后把收到的验证码发给我").
    '回复后', '回复之后', '回复成功后',
    // The code's own name: 验证 inside 验证码 is no check asked ('【某平台】验证码已发送至您的手机' read act.verify × 平台).
    '验证码',
    // A lender's own review told as its speed or ease in its advert ("借款额度可用，审核快，到账快"): the sender's process,
    // not your balance checked (act.verify × obj.balance read a lender's advert as extract.finances 40; nc12-fp kind L5).
    '审核快', '审核简单', '审核便捷', '审核宽松', '极速审核', '快速审核', '秒审核', '秒审', '审核极速', '审核迅速', '线上审核', '在线审核',
    // A renewal done or set up, told in a notice ("会员已自动续费", "续费成功"): a state, not an ask (cs9).
    '自动续费', '续费成功', '已续费', '续费记录', '支付完成', '付款完成', '操作完成', '验证完成', '认证完成', '已完成',
    // A proof of payment asked to match an order ("您把付款截图发一下，我核对订单"): the picture, not a payment.
    '付款截图', '支付截图', '转账截图', '付款凭证', '支付凭证', '转账凭证',
    // What the reader submitted, told back in a notice ("您提交的账号申诉已通过，请使用新密码登录" read a card
    // request through 提交…密码): the act is the reader's own, done. Kind: session 6 (nc6-fp-kinds.test.ts).
    '您提交的', '你提交的', '您已提交的', '您所提交的',
    // What the reader GAVE before, told back as where money goes or what to check ("已退至您提供的银行账户", "请核对报案时提供的
    // 银行账户", "将转入您起诉时提供的收款账户"): 提供 inside a relative clause names an account given already, no ask (sms15;
    // the sms14 left-over '赔款…支付至您报案时提供的银行账户'). The ask says 提供 + the object ("请提供银行账户").
    '您提供的', '你提供的', '您所提供的', '您已提供的', '您之前提供的', '您此前提供的', '您当时提供的',
    ...['报案', '起诉', '立案', '登记', '开户', '申请', '注册', '投保', '报名', '下单', '办理', '签约', '缴费', '申报']
      .flatMap((w) => ['提供的', '所提供的', '填写的', '登记的', '预留的'].map((v) => `${w}时${v}`)),
    // The same with 填写 or 登记 ("退税款将退至您申报时填写的银行账户"): an account on file.
    '您填写的银行', '您登记的银行', '您预留的银行', '您登记的账户', '您预留的账户',
    // A check the reader makes IN their own banking or shopping app ("麻烦您在手机银行里重新核对一下收款人名字和卡号",
    // a bank's own risk-control call): the reader looks, nobody is told anything. A tell asked after it still
    // counts ("…核对一下卡号，然后念给我"). Kind: session 9, own legitimate bank call read scam 80 (conv9).
    ...['手机银行里', '手机银行上', '网银里', '网上银行里', '掌上银行里', '银行app里', '银行app上', 'app里', 'app上', 'app内', '官方app里']
      .flatMap((place) => ['', '重新', '再', '自己'].map((mid) => `${place}${mid}核对一下`)),
    // The sender's own send of a card's password or a redeem code by text, its medium named ("卡号和密码将以短信形式发送",
    // "充值密码会通过短信发给您"): the secret comes TO the reader (sender-sends.ts, ncfp16 kind H).
    ...SENDER_SENDS,
    // Devices and services named after an object word: "回复“验证码”免费办理电子密码器" asks for no password.
    '密码器', '电子密码器', '密码锁', '密码箱', '密码本',
    // A shop's reply features, named ("这个要写进快捷回复", "自动回复改一下"): nouns, not a reply asked of anyone.
    '快捷回复', '自动回复', '回复模板', '回复话术', '回复率', '回复速度', '人工回复',
  ],
  // Passive reported speech: what a third person was told, in a news story or a case report (src/match/framing.ts).
  // Kind: a newcomer's probe, session 6 ("一名老人…被要求把借呗里的钱转到“安全账户”，损失12万元" read suspicious 45).
  passives: ['被要求', '被告知', '被对方要求', '被骗子要求', '被嫌疑人要求', '被对方告知', '被骗子告知', '被诱导', '被引导', '被对方引导', '被指使', '被忽悠',
    // The written third person 其 made to act ("对方以“房东在国外”为由让其先转押金", a news item; fa12 kind 3): a report's
    // register, never how a sender asks its reader (您).
    '让其', '叫其', '要其', '令其', '要求其', '诱导其', '引导其', '诱使其', '骗其', '指使其', '让其先'],
  // The speaker's own question about a scheme heard of (newcomer8 kind 3): hearsay, "is it true?" and "must
  // one pay first?", in a question with no 我 or 您 (src/match/framing.ts). Not "is this a scam?" (是不是骗子,
  // 靠谱吗): asked about a request made to the asker ("对方让转到安全账户，是不是骗子？"), the warning is needed.
  inquiries: [
    // Not 是不是真的: "这钱是不是真的被转走了？" asks about the asker's own money.
    '听说', '听人说', '听别人说', '据说', '是真的吗', '真的假的',
    '是不是要先', '是不是得先', '是不是需要先', '是否要先', '是否需要先', '要先交钱吗', '要先付钱吗', '要先垫付吗', '要交钱吗', '要交押金吗',
  ],
  // The third person a case report or bulletin is about (newcomer8 kind 5): named ("刘女士", "林某", "孙阿姨"),
  // by role ("受害人", "事主", "市民") or counted ("一名男子"). Read only in a framed turn (src/match/framing.ts).
  caseSubjects: [
    '女士', '先生', ...SURNAMED_SOMEONE, '受害人', '受害者', '被害人', '事主', '报案人', '当事人', '市民', '居民', '村民', '群众', '男子', '女子', '老人', '阿姨', '大爷',
    '大妈', '宝妈', '大学生', '一名', '一位', '网友', '老太', '老汉', '小伙',
  ],
  // A news story's dateline or attribution opening a sentence (grammar11 kind 5): with a case's third person in a
  // sentence that speaks to nobody present, the case retold ("近日，市民王女士接到…，对方要求其下载会议软件…").
  newsFrames: ['近日', '日前', '近期', '昨日', '前不久', '此前', '据介绍', '据了解', '据悉', '据报道', '记者', '本报讯', '今年以来', '近年来'],
  // The listener made the subject again after the speaker's own words (grammar11 kind 6): the acts after it are asked.
  listenerSubjects: [
    '麻烦你', '麻烦您', '请你', '请您', '你把', '您把', '你先', '您先', '你再', '您再', '你帮我', '您帮我', '你赶紧', '您赶紧',
    '你马上', '您马上', '你现在', '您现在', '你直接', '您直接',
  ],
  generic: ['凡是', '如果有人', '如有人', '若有人', '任何人', '只要是', '但凡', '一旦有人', '遇到', '碰到', '接到', '当对方', '对方如果', '如果对方',
    // A bank's or a payment app's alert in the conditional ("如对方自称客服…要求转账，请立即停止", "如有陌生人要求您…转账到指定
    // 账户，请立即挂断"): the other side is hypothetical, its ask the advisory's example (sms14 kind 4).
    '如对方', '若对方', '假如对方', '倘若对方', '万一对方', '如有陌生人', '若有陌生人', '如果有陌生人', '如陌生人', '若陌生人', '如遇', '若遇', '如接到', '若接到',
    // …received as a message (guard16 kind W2: "财务人员如收到“老板”微信说…，一律电话核实"): read only with an advisory.
    '如收到', '若收到', '如果收到', '一旦收到', '凡收到', '凡是收到'],
};
