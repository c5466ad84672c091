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
import { runCase, chat, type FaultCase } from './faults/helpers.ts';

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
