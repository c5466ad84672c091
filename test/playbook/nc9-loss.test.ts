/**
 * Loss reports and money's direction (issue 8 §1.7 "I already paid" and §1.5; newcomer9's probes, session 9).
 * Our own siblings of the newcomer's inputs, written for these kinds (never their text):
 *  1. A loss told with the agent named between 被 and the verb ("被一个说是淘宝退款的骗了两万八") read safe 0:
 *     only a bare 被骗了 fired. The passive with its agent is one cue (extract.user-paid: 被 + PASSIVE_LOSS in
 *     one clause); English names its subject ("My mom was scammed out of $5,000", "I sent $2000 to a fake
 *     Amazon agent"). The speaker's or close family's loss now is `scam` with 110/96110 and 止付 first.
 *  2. Whose loss: a case told by a police officer, or a colleague's loss "现在报警了还没追回来", read `scam` 70:
 *     the case's victim is the one who lost (report.others: 民警, 案例), and an urgent word in a sentence that
 *     says the loss is with the police already (report.settled) is where the story stands, not an emergency.
 *     The speaker's own loss stays urgent whatever follows.
 */
import { describe, expect, it } from 'vitest';
import { runCase, chat, sms, type FaultCase } from './faults/helpers.ts';
import { analyze } from '../../src/index.ts';
import { renderResult } from '../../src/cli/render.ts';
import { clean } from '../../src/checks/cli.ts';

const URGENT = /110|96110/;

const OWN_LOSS_WITH_AGENT: FaultCase[] = [
  { name: 'mother, agent "a man who said he was JD customer service"', expect: 'scam', input: chat('我妈刚才被一个自称京东客服的人骗了三万') },
  { name: 'speaker, agent "a fake parcel claims officer", 骗走', expect: 'scam', input: chat('我被假冒的快递理赔员骗走了五千块，怎么办') },
  { name: 'husband, agent "that refund agent online"', expect: 'scam', input: chat('我老公被网上那个退款客服骗了一万二') },
  { name: 'grandmother, agent 骗子, 骗走', expect: 'scam', input: chat('我奶奶今天被骗子骗走了两万块养老钱') },
  { name: 'speaker, agent "someone who promised double compensation"', expect: 'scam', input: chat('我刚被一个说要给我双倍赔偿的人骗了两千块') },
  { name: 'speaker, agent "the so-called Douyin agent"', expect: 'scam', input: chat('我被那个所谓的抖音客服骗走了全部积蓄') },
  { name: 'card stolen from by "that fake agent" (盗刷)', expect: 'scam', input: chat('我的卡被那个假客服盗刷了一万') },
  { name: 'speaker, agent "someone posing as Pinduoduo"', expect: 'scam', input: chat('完了，我被冒充拼多多客服的人骗了四千') },
  { name: 'family elder, agent "someone posing as the medical insurance office"', expect: 'scam', input: chat('我们家老人被冒充医保局的骗了八千') },
  { name: 'speaker, agent 他们, money sent after', expect: 'scam', input: chat('我被他们骗了，转了一万块到那个账户') },
  { name: 'en: dad scammed out of money by a fake agent', expect: 'scam', input: chat('My dad was scammed out of $2,500 by a fake PayPal agent') },
  { name: 'en: speaker conned out of money', expect: 'scam', input: chat('I got conned out of $900 by someone pretending to be from Amazon') },
  { name: 'en: we were scammed, what do I do', expect: 'scam', input: chat('We were scammed out of our savings yesterday, what do I do') },
  { name: 'en: they scammed grandma (active voice)', expect: 'scam', input: chat('They scammed my grandma out of $4,000 this morning') },
  { name: 'en: paid a fake refund agent', expect: 'scam', input: chat('I sent $1500 to a fake FedEx refund agent') },
];

const NOT_A_LOSS_NOW: FaultCase[] = [
  { name: 'warning: do not be fooled by someone posing as an agent', expect: 'safe', input: chat('不要被冒充客服的骗子骗了，退款只走官方APP') },
  { name: 'warning: beware of strangers', expect: 'safe', input: chat('出门在外小心被陌生人骗走钱') },
  { name: 'nearly fooled (差点)', expect: 'safe', input: chat('我差点被一个说是淘宝客服的人骗了，还好挂得快') },
  { name: 'luckily not fooled', expect: 'safe', input: chat('幸好没被那个假客服骗了，我直接拉黑了') },
  { name: 'passive of something else, the loss verb in another clause', expect: 'safe', input: chat('他被我们公司开除了，原来是骗了客户的钱') },
  { name: 'a neighbour\'s loss with the agent named', expect: 'at-most-suspicious', input: chat('我邻居被一个冒充快递的骗了两万，大家都小心点') },
  { name: 'an officer telling the reader\'s own past case back', expect: 'safe', input: { channel: 'call', turns: [{ speaker: 'caller', text: '喂，您好，我是反诈中心的，您前几天来报了案，说被一个假客服骗了五千，我们再核实几个情况。' }] } },
  { name: 'a loss feared (可不想)', expect: 'safe', input: chat('转账之前我得先问清楚，我可不想我的钱被人骗走。') },
  { name: 'en: a neighbour\'s loss last year', expect: 'safe', input: chat('My neighbour was scammed out of $3,000 last year, so be careful') },
  { name: 'en: a fake bag bought for fun', expect: 'safe', input: chat('I bought a fake designer bag at the night market') },
  { name: 'en: advice to anyone scammed', expect: 'safe', input: chat('If you were scammed out of money, call your bank right away') },
  { name: 'en: someone else\'s gran', expect: 'safe', input: chat('A man on the news said scammers took $4,000 from a woman in our town') },
];

const OTHERS_LOSS: FaultCase[] = [
  { name: 'police case at a training, subjectless loss clause', expect: 'at-most-suspicious', input: chat('今天社区组织反诈讲座，民警讲了个案例：一个大姐接到冒充客服的电话，按对方说的下载了软件，结果卡里的钱被转走了三万。') },
  { name: 'a case with a screen share, 结果被盗刷', expect: 'at-most-suspicious', input: chat('民警说的那个案例，骗子让人开了屏幕共享，结果被盗刷了五万多。') },
  { name: 'classmate, reported to the police, not recovered', expect: 'at-most-suspicious', input: chat('我有个同学上个月被骗了，说是快递理赔，让她借了网贷转过去，前后被骗了两万，现在报警了还没追回来。') },
  { name: 'colleague, agent named, police already have it', expect: 'at-most-suspicious', input: chat('我同事前几天被冒充客服的骗了一万，现在已经报警了，钱还没追回') },
  { name: 'neighbour, the station opened a case', expect: 'at-most-suspicious', input: chat('邻居大妈被一个假客服骗了八千，现在派出所已经立案了') },
  { name: 'friend, told as a story, reported', expect: 'at-most-suspicious', input: chat('我朋友被骗了，说是淘宝客服给她退款，钱转过去就联系不上了，现在报了警') },
];

const OWN_LOSS_STAYS_URGENT: FaultCase[] = [
  { name: 'own loss, already told the police, what now', expect: 'scam', input: chat('我刚才按客服说的转了五千，已经报警了，银行那边现在怎么办') },
  { name: 'own loss, reported, not recovered', expect: 'scam', input: chat('我被骗了三万，现在报警了还没追回来，怎么办') },
  { name: 'mother, agent named, still transferring', expect: 'scam', input: chat('我妈被冒充快递的骗了一万，现在还在转') },
  { name: 'a friend\'s loss happening now (no police yet)', expect: 'scam', input: chat('我朋友刚被一个假客服骗了两万，怎么办') },
];

describe('nc9-loss kind 1: a loss with the agent named (被 + who + 骗了) is the citizen\'s emergency', () => {
  it.each(OWN_LOSS_WITH_AGENT.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase({ ...c, tactics: ['extract.user-paid'] });
    // What the citizen sees first: call the police and stop the payment.
    expect(r.advice[0], r.advice.join(' | ')).toMatch(URGENT);
  });
  it.each(NOT_A_LOSS_NOW.map((c) => [c.name, c] as const))('not the speaker\'s loss now: %s', (_n, c) => { runCase(c); });
});

describe('nc9-loss kind 2: whose loss (a third person\'s story is no emergency; the speaker\'s stays one)', () => {
  it.each(OTHERS_LOSS.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase(c);
    expect(r.tactics.map((t) => t.id)).not.toContain('extract.user-paid');
  });
  it.each(OWN_LOSS_STAYS_URGENT.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase({ ...c, tactics: ['extract.user-paid'] });
    expect(r.advice[0], r.advice.join(' | ')).toMatch(URGENT);
  });
});

/**
 * 3. Direction of money: money coming IN to the reader (a bank's credit notice naming the payer, 对方户名) read
 *    `suspicious` 40 as "要您把钱打到别人的账户上", and the speaker's own payment for the family ("押金我先交了一万")
 *    as a demand (suspicious 45). A credit's words are a record (grammar `nouns`: 转入人民币, 对方户名…); the
 *    speaker paying first is their own act (extract.transfer `unless`: 我先交, 我先付…). A real ask to move money
 *    out is still read.
 */
const MONEY_IN_OR_OWN: FaultCase[] = [
  { name: 'credit notice with the payer\'s masked name', expect: 'safe', input: sms('【建设银行】您尾号3312的储蓄卡12月1日09:12转账收入人民币2,300.00元，活期余额8,120.55元。对方户名：李*明。') },
  { name: 'credit notice, another bank\'s transfer in', expect: 'safe', input: sms('【工商银行】您尾号0921卡12月1日14:30收入(他行汇入)1,200元，余额5,336.20元。') },
  { name: 'credit notice, 转入人民币 with a note', expect: 'safe', input: sms('【浦发银行】您账户8830于12月2日08:41转入人民币860.00元，对方户名：陈*，附言：房租分摊。') },
  { name: 'credit notice, deposit in', expect: 'safe', input: sms('【农业银行】您尾号4471账户12月2日11:02存入人民币3,000.00元，余额12,450.18元。') },
  { name: 'own payment first for the family (补课费我先付了)', expect: 'safe', input: chat('老婆，儿子的补课费我先付了三千，你那边就不用管了') },
  { name: 'own payment first, split later (押金我先垫了)', expect: 'safe', input: chat('哥，爸住院的押金我先垫了五千，出院结算了咱们再分') },
  // The fake friend's ask in the same words stays an ask.
  { name: 'still an ask: 帮我先垫付', expect: 'not-safe', input: sms('我是你老同学，手机网络出问题付不了款，急需买机票回国，你能帮我先垫付一下吗？回国马上还你') },
  { name: 'own payment, I will pay the deposit', expect: 'safe', input: chat('房子的押金我来交，你把第一个月房租转给房东就行') },
];
const MONEY_OUT_ASKED: FaultCase[] = [
  { name: 'a "safe account" ask names the payee', expect: 'not-safe', input: sms('您的账户存在风险，请将余额转入以下安全账户：6222020200112233445，户名：王强') },
  { name: 'a deposit demanded first', expect: 'not-safe', input: sms('请先交500元押金，我们马上给您办理退款') },
  { name: 'a stranger asks to transfer into a named account', expect: 'not-safe', input: sms('您的理赔款需要验证，请转入人民币2000元到理赔账户6217000011112222333，验证后一并退还') },
];

describe('nc9-loss kind 3: money coming in, or the speaker\'s own payment, is no request and no loss', () => {
  it.each(MONEY_IN_OR_OWN.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase(c);
    expect(r.tactics.map((t) => t.id)).not.toContain('extract.third-party-payee');
  });
  it.each(MONEY_OUT_ASKED.map((c) => [c.name, c] as const))('still read: %s', (_n, c) => { runCase(c); });
});

/**
 * 4. Evidence and advice of the right kind: an investment story gets the investment advice, not the second-hand
 *    trade's (a stock pick called 内部票 is no bargain good); a procedure asked for ("配合走一下流程") is no
 *    fake-debit cover; the CLI never prints bidirectional or zero-width controls from the scammer's text.
 */
const STOCK_TIPS: FaultCase[] = [
  { name: 'stock group, limit-up picks, inside tickets for VIPs', expect: 'not-safe', input: chat('李老师的炒股群这周抓了三个涨停，下周的内部票只发给群里会员，想进的加我，入群费六千八') },
  { name: 'stock tips, inside news, guaranteed doubling', expect: 'not-safe', input: chat('我们股票群有内部消息，跟着买保证三个月翻倍，会员费五千') },
];

describe('nc9-loss kind 4: the advice and evidence of the right kind', () => {
  it.each(STOCK_TIPS.map((c) => [c.name, c] as const))('investment story gets investment advice: %s', (_n, c) => {
    const r = runCase({ ...c, tactics: ['pretext.stock-tips'] });
    expect(r.tactics.map((t) => t.id)).not.toContain('pretext.bargain-goods');
    const invest = r.advice.findIndex((a) => a.includes('导师') || a.includes('内幕消息'));
    const trade = r.advice.findIndex((a) => a.includes('二手物品'));
    expect(invest, r.advice.join(' | ')).toBeGreaterThanOrEqual(0);
    if (trade >= 0) expect(invest).toBeLessThan(trade);
  });
  it('a procedure asked for is no fake-debit cover; "just a formality" after a debit is', () => {
    const asked = runCase({ name: 'procedure', expect: 'at-most-suspicious', input: { channel: 'chat', turns: [{ speaker: 'caller', text: '您好，这边是您买的那家店的售后，退货需要您配合走一下流程，我先帮您登记' }] } });
    expect(asked.tactics.map((t) => t.id)).not.toContain('cover.fake-debit');
    const cover = runCase({ name: 'cover', expect: 'at-most-suspicious', input: { channel: 'chat', turns: [{ speaker: 'caller', text: '刚才扣的那笔钱只是走一下流程，十分钟后原路返还，您继续操作' }] } });
    expect(cover.tactics.map((t) => t.id)).toContain('cover.fake-debit');
  });
  it.each([
    '我按那个理赔专员说的，把微信零钱转了三千到他发的账户，现在他把我拉黑了',
    '那个自称京东客服的让我在借呗借了两万转给他，现在联系不上',
    '我妈按对方说的把卡里的钱转到对方给的账户上了，电话也打不通了，怎么办',
  ])('the victim\'s own report is not labelled "来信要您做一件事": %s', (text) => {
    const r = runCase({ name: text, expect: 'scam', input: text, tactics: ['extract.user-paid'] });
    expect(r.tactics.map((t) => t.id)).not.toContain('contact.agent-request');
  });
  it('the CLI prints no bidirectional or zero-width control from the scammer\'s text', () => {
    const text = '京\u202e东客服：您的订单退款请点击链接，验\u200b证码发给我\u2066，马上到账';
    const out = renderResult(analyze(text), [{ speaker: 'unknown', text }], 'zh', false);
    expect(out).toContain('证据');
    expect(out).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect(clean('a\u202eb\u200dc\ufeffd\u0007')).toBe('abcd');
  });
});

// Review, session 9: a third person as the passive's subject is their loss told, not the speaker's.
describe('the passive with its agent: whose loss (review, session 9)', () => {
  const thirdPerson = ['他被骗子骗了8000', '她也被自称客服的骗了两万', '他们被冒充快递理赔的骗走了一万', '她就被那个假客服坑了三千块'];
  const own = ['我被骗子骗了8000', '我爸昨天被一个说是淘宝退款的骗了两万八', '我刚被冒充快递的骗了两千，他让我扫码'];
  for (const text of thirdPerson) it(`someone else's loss is no emergency: ${text}`, () => {
    expect(analyze(text, { lang: 'zh' }).verdict).not.toBe('scam');
  });
  for (const text of own) it(`the speaker's own or family's loss stays scam: ${text}`, () => {
    expect(analyze(text, { lang: 'zh' }).verdict).toBe('scam');
  });
});
