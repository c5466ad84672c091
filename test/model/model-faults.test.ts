/**
 * The three faults that kept session 4's retrained model off main (issue 8 §2, session 5), each as a
 * kind, through the WHOLE engine with a model whose probability the test sets (a stub scorer in
 * src/model/signal.ts's fusion), so they hold for whatever weights ship:
 *  (a) a benign reading never silences a counterpart's REQUEST, however sure the model is (session 6:
 *      the sure band p ≤ 0.05 is gone; the rules' own false requests it hid are fixed at the source);
 *  (b) the model reads the counterpart's words only, never the citizen's own question or report;
 *  (c) the model is no kill-chain step: no move for the story-only cap, and never what carries ONE
 *      message to `scam`.
 * Every input is our own writing; positives and negative siblings for each.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { modelSignal, MODEL_SIGNAL_ID, holdsRequest, type ModelWeightParams } from '../../src/model/signal.ts';
import { counterpartWords, inUserVoice } from '../../src/model/voice.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';
import { stubModelEngine } from './stub-model.ts';

/** Session 4's candidate fusion (scripts/model-compare.ts SESSION4_FUSION): the one that showed the faults. */
const FUSION: ModelWeightParams = { floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.98, aloneWeight: 40, minChars: 8, maxTurn: 20, benignBelow: 0.2, discount: 15 };
const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
/** The engine with a model that reads every turn at probability `p`. */
const withModelAt = (p: number): Engine => stubModelEngine(FUSION, p);
const RULES = new Engine({ playbooks: PLAYBOOKS, signals: rulesOnly, signalCatalog: SIGNAL_CATALOG });

const call = (...lines: string[]): AnalyzeInput => ({ channel: 'call', turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });
const chat = (text: string): AnalyzeInput => ({ channel: 'chat', text });
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const modelWeight = (input: AnalyzeInput, engine: Engine): number | undefined => analyze(input, { engine }).tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight;

describe('(a) a benign reading does not silence a counterpart\'s request', () => {
  // The rules read a request; the model leans benign (0.1) or is sure (0.001): neither discounts it.
  const REQUESTS: AnalyzeInput[] = [
    call('您看一下短信上写的几位数，说一下'),
    call('您把卡号报一下，我这边登记'),
    chat('麻烦把收到的验证码发我一下'),
    call('您把余额转到这个账户上，我们核对一下'),
    sms('请开启屏幕共享，我帮您操作'),
    call('您在借呗里借五千出来，我们走个流程'),
    // The citizen reporting a live call, and a loss: a report is as urgent as a request.
    sms('刚才有人打电话自称京东客服，说要给我退款，让我把收到的验证码告诉他，是真的吗？'),
    sms('我被骗了，对方说是快递理赔，我按他说的扫码付了三次'),
    sms('学校订餐要一批保温饭盒，你们没货的话我给你个号码，你去他那拿货'),
  ];
  for (const p of [0.1, 0.001]) {
    const benign = withModelAt(p);
    for (const input of REQUESTS) {
      it(`stands at p = ${p}: ${JSON.stringify(input).slice(0, 60)}`, () => {
        const rules = analyze(input, { engine: RULES });
        const fused = analyze(input, { engine: benign });
        expect(rules.verdict, why(rules)).not.toBe('safe');
        expect(fused.verdict, why(fused)).toBe(rules.verdict);
        expect(fused.risk, why(fused)).toBe(rules.risk);
        expect(modelWeight(input, benign)).toBeUndefined();
      });
    }
  }

  // Negative siblings: where the discount still applies.
  const leaning = withModelAt(0.1);
  const ADVERTS: AnalyzeInput[] = [
    sms('会员日福利，下载APP领取优惠券'),
    sms('会员专享福利，进群领取优惠券'),
    sms('本店周年庆，所有商品限时五折，名额有限，抓紧时间'),
    sms('您购买的商品有质量问题，我们将为您办理退款'),
    sms('恭喜您获得免费体验资格，加微信领取'),
  ];
  for (const input of ADVERTS) {
    it(`an advert's cue or a story without a request is still discounted when the model leans benign: ${JSON.stringify(input).slice(20, 60)}`, () => {
      const rules = analyze(input, { engine: RULES });
      expect(rules.tactics.length, why(rules)).toBeGreaterThan(0);
      expect(modelWeight(input, leaning)).toBe(-15);
    });
  }
  // The legitimate requests the sure band used to hide, fixed where the rules misread them: the
  // rules alone read them safe, so no model is needed to clear them.
  const FIXED_AT_SOURCE: AnalyzeInput[] = [
    // A parcel locker's pick-up code and its storage fee (no cash handed over).
    sms('【丰巢】您的顺丰快递已存入阳光花园3号楼丰巢柜，取件码 48271903，请于24小时内取出，超时将收取保管费。'),
    sms('【菜鸟驿站】您的包裹已到站，凭取件码 5-2-1043 领取，超过三天将收取保管费'),
    // A police warning: "公安机关没有安全账户" is the slogan, not a destination.
    sms('【公安局】温馨提示：凡是要求您把钱转到“安全账户”的，都是诈骗。公安机关没有安全账户。'),
    sms('反诈提醒：公检法没有所谓的安全账户，接到此类电话请立即挂断。'),
    // A bank's "reply 验证码 to get an e-token": 密码 inside 电子密码器 is no password.
    sms('【工商银行提醒】尊敬的客户，您的账户余额不足10元。请及时充值以避免影响使用。【工行推荐】，回复“验证码”免费办理电子密码器！退订回N'),
    sms('【建设银行】回复“1”免费申领动态密码器，退订回N'),
    // A B2B call naming the contract's corporate account, and a board meeting's escrow account.
    call('喂，王总您好，我是上次跟您对接的小刘', '首付款麻烦您这边按合同上的对公账户打过来', '到账以后我们财务会开发票，发票也是寄到您公司'),
    call('项目的监管账户是银行开的，每一笔支出都要审批', '董事会的意见是可以推进，但要请第三方做尽调'),
  ];
  for (const input of FIXED_AT_SOURCE) {
    it(`the rules read no request here, and a sure model changes nothing: ${JSON.stringify(input).slice(20, 70)}`, () => {
      const rules = analyze(input, { engine: RULES });
      expect(rules.verdict, why(rules)).toBe('safe');
      expect(rules.tactics.filter((t) => holdsRequest([t.id])).map((t) => t.id), why(rules)).toEqual([]);
      expect(analyze(input, { engine: withModelAt(0.001) }).verdict).toBe('safe');
    });
  }
  // Their scam siblings: the same nouns asked for are still requests.
  const STILL_ASKED: AnalyzeInput[] = [
    sms('您的账户涉嫌洗钱，请立即把钱转到安全账户配合调查'),
    call('您好，我是贷款公司的，放款前请先把五千元验资款打到我们公司的对公账户'),
    sms('请回复您的银行卡号和密码完成登记'),
    call('你现在去银行把钱取出来，我们派人上门收取'),
  ];
  for (const input of STILL_ASKED) {
    it(`…while the scam's ask of the same things stands: ${JSON.stringify(input).slice(20, 70)}`, () => {
      const rules = analyze(input, { engine: RULES });
      expect(rules.verdict, why(rules)).not.toBe('safe');
      expect(holdsRequest(rules.tactics.map((t) => t.id)), why(rules)).toBe(true);
    });
  }
  it('the request classes are the one-message rule\'s (requests, standalone, reports)', () => {
    expect(holdsRequest(['extract.verification-code'])).toBe(true);
    expect(holdsRequest(['shift.screen-share'])).toBe(true);
    expect(holdsRequest(['extract.upfront-fee'])).toBe(true);
    expect(holdsRequest(['extract.user-paid'])).toBe(true);
    expect(holdsRequest(['pretext.quality-refund', 'shift.group', 'shift.link', 'cover.urgency', 'contact.unsolicited-offer'])).toBe(false);
  });
  it('every tactic id names its stage (extract. = extraction): the request class reads stages from ids', () => {
    const prefix: Record<string, string> = { contact: 'contact', pretext: 'pretext', shift: 'shift', extract: 'extraction', cover: 'cover' };
    for (const book of Object.values(PLAYBOOKS)) for (const t of book.tactics) expect(prefix[t.id.split('.')[0]!], t.id).toBe(t.stage);
  });
});

describe('(b) the model reads the counterpart\'s words only', () => {
  const sure = withModelAt(0.99);
  const OWN: string[] = [
    '我的退款一直没到账，怎么回事',
    '我的退款一直没到账，是不是失败了？',
    '我买的鞋子开胶了，商家说给退款，怎么还没到',
    '我刚接到一个电话说是淘宝客服，要给我退款，这是真的吗',
    '对方说是京东金融的，让我注销学生账户，我该怎么办',
    '我把验证码告诉那个客服了，还能追回来吗',
    'My refund still has not arrived, what is going on?',
  ];
  for (const text of OWN) {
    it(`the citizen's own words in a chat are not scored: ${text}`, () => {
      expect(inUserVoice(text)).toBe(true);
      expect(counterpartWords('unknown', 'chat', text)).toBe(false);
      expect(modelWeight(chat(text), sure)).toBeUndefined();
      expect(modelWeight({ channel: 'chat', turns: [{ speaker: 'user', text }] }, sure)).toBeUndefined();
    });
  }
  const THEIRS: string[] = [
    '您的退款一直没到账，是因为您的账户被冻结了',
    '亲，我是你下单那家店的售后，你那个包包有质量问题，我们给你退全款哈',
    '卡号和预留手机号发我，财务要核对',
    '验证码多少？快点，系统要超时了',
    '我是淘宝客服，您的订单异常，需要给您办理退款',
    'Your refund is pending, tell me the code we just sent you',
  ];
  for (const text of THEIRS) {
    it(`the counterpart's words in a chat are scored: ${text}`, () => {
      expect(counterpartWords('unknown', 'chat', text)).toBe(true);
      expect(modelWeight(chat(text), sure)).toBeGreaterThan(0);
    });
  }
  it('an SMS is its sender\'s, a labelled caller is the counterpart, a labelled user never is', () => {
    const own = '我的退款一直没到账，怎么回事';
    expect(counterpartWords('unknown', 'sms', own)).toBe(true);
    expect(counterpartWords('caller', 'chat', own)).toBe(true);
    expect(counterpartWords('user', 'sms', '您的验证码发我一下')).toBe(false);
  });
  it('the customer\'s question stays safe even when the model is sure it reads like a script', () => {
    const r = analyze(chat('我的退款一直没到账，怎么回事'), { engine: sure });
    expect(r.verdict, why(r)).toBe('safe');
  });
});

describe('(c) the model is no kill-chain step', () => {
  const sure = withModelAt(0.999);
  // One message: story + a private contact is `suspicious` on the rules' kill chain; the model adds likelihood, not `scam`.
  const ONE: AnalyzeInput[] = [
    sms('您购买的奶粉有质量问题，全额退款，加客服微信 nf-tk01 办理'),
    sms('您的快递破损了，请加微信：kd2233处理理赔'),
    sms('您的包裹丢失，给您理赔，请加QQ 55321987 联系专员'),
    { text: 'http://jd-tuikuan.vip/r/8' },
    sms('您好，我是快递理赔专员，您的快件丢失，我们将三倍赔付'),
  ];
  for (const input of ONE) {
    it(`one message below scam on the rules stays below scam: ${JSON.stringify(input).slice(0, 60)}`, () => {
      const rules = analyze(input, { engine: RULES });
      const fused = analyze(input, { engine: sure });
      expect(rules.verdict, why(rules)).not.toBe('scam');
      expect(fused.verdict, why(fused)).toBe('suspicious');
      expect(fused.tactics.map((t) => t.id)).toContain(MODEL_SIGNAL_ID);
    });
  }
  // Positive siblings: where the rules' kill chain says scam, the model changes nothing.
  const SCAM: AnalyzeInput[] = [
    sms('您购买的奶粉不合格，退一赔三，请把收到的验证码发给我们核实身份'),
    sms('您的快递在运输中丢失，理赔款待领取，请点击 kd-lipei.top 填写信息'),
    sms('您好，我是京东客服，您买的奶粉有质量问题要给您双倍退款，请开启屏幕共享我指导您操作'),
    sms('恭喜您贷款20万已审批通过，需先交3000元解冻金到指定账户才能放款'),
    sms('您的账户涉嫌违规已被冻结，请将资金转入安全账户6222021234567890128配合核查'),
    // A meeting app to download and a screen share (云视讯 is a meeting app since newcomer7 kind 3, read as 腾讯会议 is).
    sms('您好，为了给您处理，请您下载一个云视讯，打开共享屏幕'),
  ];
  for (const input of SCAM) {
    it(`one message the rules call scam stays scam: ${JSON.stringify(input).slice(0, 60)}`, () => {
      expect(analyze(input, { engine: RULES }).verdict).toBe('scam');
      expect(analyze(input, { engine: sure }).verdict).toBe('scam');
    });
  }
  it('a call that only tells a story stays below scam however sure the model is; a move makes it scam', () => {
    const story = '您好，我是抖音客服，您的直播会员试用期已经结束，系统将按月扣费800元';
    const r = analyze(call(story), { engine: sure });
    expect(r.verdict, why(r)).toBe('suspicious');
    const moved = analyze(call(story, '要取消的话，您打开屏幕共享，我教您关闭'), { engine: sure });
    expect(moved.verdict, why(moved)).toBe('scam');
  });
});
