/**
 * False-alarm KINDS found on our own legitimate writing (data/corpus/gen-legit-zh.jsonl, issue 8
 * §1.5–1.6, §4): each kind with siblings in other words, and beside them the scams that share its
 * surface and must still be caught. The rules: src/match/framing.ts (warnings, retold cases,
 * advisories, cues read at their last word) and src/score/score.ts (hasMove: a story alone is at
 * most suspicious).
 */
import { describe, expect, it } from 'vitest';
import { runCase, why, type FaultCase, sms } from './helpers.ts';
import { analyze } from '../../../src/index.ts';
import { score, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook as zhInput } from '../../../src/playbook/zh/index.ts';
import { PlaybookSchema } from '../../../src/playbook/schema.ts';

const zhPlaybook = PlaybookSchema.parse(zhInput);


/** A warning's own voice (hang up, report, delete; "X 不会…") outside the quotation marks: the quoted script is its example. */
const WARNING_VOICE: FaultCase[] = [
  { name: 'three quoted lines, then "hang up"', expect: 'safe',
    input: sms('重要提醒：当对方说出“请打开屏幕共享”“请报一下验证码”“请转到安全账户”这三句话时，请立即挂断电话。') },
  { name: 'a quoted link request, then "delete it"', expect: 'safe',
    input: sms('提醒：不要点击陌生链接。有人发来“退款请点击链接填写银行卡号”，请直接删除。') },
  { name: 'quoted pretexts inside "will never … as a reason"', expect: 'safe',
    input: sms('【中国银联】提醒：银联不会以“注销百万保障”“关闭会员扣费”为由联系您，更不会让您在借贷平台借款。') },
  { name: 'quoted code request, then "refuse"', expect: 'safe',
    input: sms('如果电话里的人说“把短信里的验证码念给我听”，请立即拒绝，然后打官方电话核实。') },
  { name: 'quoted screen share, then "report"', expect: 'safe',
    input: sms('接到电话让您“下载会议软件共享屏幕”的，请及时报警。') },
  { name: 'quoted transfer, hang up directly', expect: 'safe',
    input: sms('提醒家人：听到“把钱转到这个账户做验证”就直接挂断，不要犹豫。') },
];

/** An advisory governs the rest of its clause: what it says a real sender never does is not asked. */
const ADVISORY_CLAUSE: FaultCase[] = [
  { name: 'never asks by phone to transfer OR give the code', expect: 'safe',
    input: sms('【京东】您购买的电热水壶存在批次质量问题，请在京东APP“我的订单-售后”中申请退换，京东不会通过电话要求您转账或提供验证码。') },
  { name: 'never asks, two objects after one verb', expect: 'safe',
    input: sms('【建设银行】本行不会主动打电话要求您提供卡号、密码或者短信验证码。') },
  { name: 'never by phone, transfer and download', expect: 'safe',
    input: sms('【顺丰速运】我司不会以理赔为由让您转账或者下载任何软件。') },
  { name: 'a generic subject, then report (same sentence)', expect: 'safe',
    input: sms('The police will never ask you to transfer money to a safe account. 如果有人说要把钱转到安全账户，请立即报警。') },
  { name: 'whoever asks you to pay first: report', expect: 'safe',
    input: sms('【智联招聘】提醒：正规招聘不会收取押金、培训费，遇到要求先交钱的岗位请举报。') },
  { name: 'a loan app, hang up', expect: 'safe',
    input: sms('接到让您打开借款APP查看额度的电话，请马上挂断。') },
];

/** A case retold after the fact (被骗, 报警, 96110, 冒充; 对方称, 对方说“…”): a news story or a bulletin, not a contact. */
const RETOLD: FaultCase[] = [
  { name: 'case study: quoted offer and group, checked with 96110', expect: 'safe',
    input: sms('案例：王阿姨接到电话，对方说“您在我们店买的保健品有问题，我们给您退款，请您加一下我们的理赔专员微信”，王阿姨起了疑心，拨打96110核实，避免了损失。') },
  { name: 'a quote first, then the citizen hung up and reported', expect: 'at-most-suspicious',
    input: sms('“您好，我是抖音客服，您开通的直播会员马上要扣费了”——近日，市民刘先生接到这样一个电话，幸好他及时挂断并报警。') },
  { name: 'almost scammed: quoted safe account', expect: 'safe',
    input: sms('一位老人差点被骗：对方自称银行工作人员说“你的卡涉嫌洗钱，要把钱转到安全账户”，银行柜员及时发现并报警。') },
  { name: 'a impersonation case, money lost', expect: 'at-most-suspicious',
    input: sms('一名大学生接到自称京东金融客服的电话，对方称其学生账户需要注销，否则影响征信，随后诱导其在多个平台贷款转账，损失4万余元。') },
  { name: 'a meeting retelling intercepted transfers', expect: 'safe',
    input: { channel: 'call', turns: [
      { speaker: 'caller', text: '风控组汇报一下，上周拦截了十二笔异常转账，都是用户被人诱导往所谓安全账户打钱' },
      { speaker: 'user', text: '这些用户后来都联系上了吗' },
      { speaker: 'caller', text: '联系上了十个，有两个已经报警了，我们配合警方做了止付' },
    ] } },
  { name: 'news: the other side claimed…, luckily found out', expect: 'at-most-suspicious',
    input: sms('据报道，一位市民接到“快递客服”电话，对方称包裹丢失要赔他三倍，让他下载一款会议软件，所幸他及时识破。') },
  { name: 'a case report: claimed, induced, stopped in time', expect: 'at-most-suspicious',
    input: sms('案情通报：对方自称平台客服，称其会员即将自动扣费，要求其开启屏幕共享，民警及时发现并止付。') },
  { name: 'a product meeting about victims: "users say they were scammed"', expect: 'safe',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '客服系统要加一个功能，用户说被骗了要能一键转人工，并且推送96110' }] } },
  { name: 'a shop about its customers: "customers say they paid"', expect: 'safe',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '客户说钱已经转过去了，对方是冒充我们的客服，我们要配合警方调查' }] } },
  { name: 'bulletin: the parcel claim script, money lost', expect: 'at-most-suspicious',
    input: sms('【XX派出所】警情通报：辖区居民李某接到“快递客服”电话，对方称快递丢失可双倍赔偿，诱导其扫码进入“理赔群”，被骗2.3万元。') },
];

/** The same surfaces said TO the reader: still caught. */
const SCAMS: FaultCase[] = [
  { name: 'a frame word does not hide a direct ask', expect: 'scam',
    input: sms('不要相信骗子，我是真的客服，把验证码给我') },
  { name: '"we never charge" in one clause, the ask in the next', expect: 'not-safe',
    input: sms('您好，我是淘宝客服，我们不会收取您任何费用，请您提供一下收到的验证码，马上给您退款') },
  { name: '"we never ask by phone", then the ask after a contrast', expect: 'not-safe',
    input: sms('我们不会通过电话要求您转账，但是退款需要您把验证码告诉我') },
  { name: 'a scammer\'s "luckily you got my call" hides nothing', expect: 'not-safe',
    input: sms('幸亏您接到我的电话，您的账户有异常，请马上下载这个APP开启屏幕共享，我帮您处理。') },
  { name: '"a user reported you" is a pretext, not a report', expect: 'not-safe',
    input: sms('尊敬的用户，最近有用户反馈您在我们的平台上刷单，请您提供身份证号和银行卡号配合调查。') },
  { name: 'the citizen reporting a live call still gets a warning', expect: 'not-safe',
    input: sms('刚才有人打电话自称京东客服，说要给我退款，让我把收到的验证码告诉他，是真的吗？') },
  { name: 'the citizen\'s own loss is still the most urgent', expect: 'scam',
    input: sms('我被骗了，对方说是快递理赔，我按他说的扫码付了三次') },
  { name: 'a quoted button label in a scam SMS', expect: 'not-safe',
    input: sms('【淘宝】您的订单异常，退款请点击 http://tb-tk.top 进入页面点“申请退款”，输入银行卡号和验证码。') },
  { name: 'scam with "hang up" in it: the ask is before, in another clause', expect: 'not-safe',
    input: sms('您的快递丢失了，请加理赔专员微信领取三倍赔偿，如果不需要请挂断。') },
];

describe('false-alarm kinds: a warning\'s own voice makes the quoted script an example', () => {
  for (const c of WARNING_VOICE) it(c.name, () => { runCase(c); });
});
describe('false-alarm kinds: an advisory governs its clause', () => {
  for (const c of ADVISORY_CLAUSE) it(c.name, () => { runCase(c); });
});
describe('false-alarm kinds: a case retold after the fact', () => {
  for (const c of RETOLD) it(c.name, () => { runCase(c); });
});
describe('false-alarm kinds: the scams with the same surface are still caught', () => {
  for (const c of SCAMS) it(c.name, () => { runCase(c); });
});

describe('a story alone is at most suspicious (score.ts hasMove)', () => {
  const story: FiredTactic[] = [
    { id: 'pretext.mistaken-enrolment', stage: 'pretext', weight: 30 },
    { id: 'pretext.loan-account-cancel', stage: 'pretext', weight: 30 },
    { id: 'cover.urgency', stage: 'cover', weight: 15 },
  ];
  it('contact, pretexts and urgency adding up to 75 stay below scam', () => {
    const s = score(story, zhPlaybook, 'zh');
    expect(s.verdict).toBe('suspicious');
    expect(s.risk).toBe(zhPlaybook.thresholds.scam - 1);
  });
  it('the same story with a move (a channel shift) is scam', () => {
    expect(score([...story, { id: 'shift.app-download', stage: 'shift', weight: 20 }], zhPlaybook, 'zh').verdict).toBe('scam');
  });
  it('the same story with an extraction is scam', () => {
    expect(score([...story, { id: 'extract.loan', stage: 'extraction', weight: 45 }], zhPlaybook, 'zh').verdict).toBe('scam');
  });
  // The text model is evidence of likelihood, never a kill-chain step (issue 8 §2, session 5, fault (c)).
  it('the same story the text model also reads as a scam script stays suspicious: the model is no move', () => {
    expect(score([...story, { id: 'contact.model', stage: 'contact', weight: 20 }], zhPlaybook, 'zh').verdict).toBe('suspicious');
  });
  it('a model that disagrees (negative weight) does not lift the cap', () => {
    expect(score([...story, { id: 'contact.model', stage: 'contact', weight: -15 }], zhPlaybook, 'zh').verdict).toBe('suspicious');
  });
});

/**
 * A story's phrase cue does not take its words from two statements (src/match/match.ts
 * PHRASE_WINDOW): "…到账户余额。风控…" is not "an account frozen by risk control".
 */
describe('false-alarm kinds: a story\'s phrase across a sentence end', () => {
  const TWO_STATEMENTS = [
    '本月的返现已经打到用户的账户余额。风控部门提醒要防羊毛党。',
    '项目款已经到了公司账户。冻结的是去年另一个项目的预算，和这次没关系。',
    '我们查了一下上个月的交易。锁定的那批库存明天再发。',
    '会员积分都在账户里。风控规则下周更新，大家注意一下。',
    '小王的工资卡已经换了新的银行卡。限制使用的是他的旧卡，别搞混。',
  ];
  for (const text of TWO_STATEMENTS) {
    it(`no frozen-account story: ${text.slice(0, 24)}`, () => {
      const r = analyze({ channel: 'call', turns: [{ speaker: 'caller', text }] });
      expect(r.tactics.map((t) => t.id), why(r)).not.toContain('pretext.account-frozen');
      expect(r.verdict, why(r)).toBe('safe');
    });
  }
  for (const text of ['您的账户余额异常，风控部门已冻结您的资金，请配合解冻。', '你的支付宝被风控了。钱款暂时冻结，需要验证流水。']) {
    it(`the story in one sentence still counts: ${text.slice(0, 24)}`, () => {
      const r = analyze({ channel: 'sms', text });
      expect(r.tactics.map((t) => t.id), why(r)).toContain('pretext.account-frozen');
    });
  }
});

/** Notices and settled payments: a fee stated with its amount, a payee who confirmed, the app's own page. */
const SETTLED: FaultCase[] = [
  { name: 'a refund notice states the cancellation fee', expect: 'safe',
    input: sms('【去哪儿旅行】您的机票已退票，退款1,380.00元将退回原支付账户，已扣除退票手续费90元。') },
  { name: 'a deposit returned, amount stated', expect: 'safe',
    input: sms('【闲鱼】您的卖家保证金500元已解除冻结，将退回您的支付宝余额。') },
  { name: 'an instalment ad names its fee rate', expect: 'safe',
    input: sms('【招商银行】账单分期手续费5折，分12期每期手续费率0.3%，详询掌上生活APP，退订回TD') },
  { name: 'a business payment the payee confirmed', expect: 'safe',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '尾款二十万已经转给工厂了，对方确认收到了，下周发货' }] } },
  { name: 'a deposit paid, the landlord confirmed', expect: 'safe',
    input: sms('定金我已经转过去了，房东确认到账，下周一交房。') },
  { name: 'the app\'s own claim page', expect: 'safe',
    input: { channel: 'chat', turns: [{ speaker: 'user', text: '我的快递丢了' }, { speaker: 'caller', text: '已为您登记理赔，请在APP理赔页面上传购买凭证，赔付款退回原支付账户' }] } },
  { name: 'follow the page\'s prompts', expect: 'safe',
    input: { channel: 'chat', turns: [{ speaker: 'user', text: '账号被冻结了怎么解冻' }, { speaker: 'caller', text: '请在当前页面点击“申请解冻”，按页面提示完成人脸验证即可' }] } },
];
const SETTLED_SCAMS: FaultCase[] = [
  { name: 'a fee demanded first is still asked', expect: 'not-safe',
    input: sms('您的贷款已审批，需要先交手续费500元才能放款到您的银行卡。') },
  { name: 'paid, and now they want more', expect: 'scam',
    input: sms('我已经按客服说的转过去五千了，对方说还要再转一笔才能退款，现在联系不上了') },
  { name: 'an outside page for the card number', expect: 'not-safe',
    input: sms('您的快递丢失，请点击 http://kd-lp.top/p 在页面上填写银行卡号领取理赔款。') },
];
describe('false-alarm kinds: notices and settled payments', () => {
  for (const c of SETTLED) it(c.name, () => { runCase(c); });
  for (const c of SETTLED_SCAMS) it(c.name, () => { runCase(c); });
});
