/**
 * Session 8's named wrong verdicts (issue 8 §1), each fixed as a kind and tried on the input and siblings of
 * our own writing, positives and hard negatives:
 *  1. a speaker naming THEMSELVES the victim ("我是受害人，…卡里被转走了2万") is the citizen's own loss, not
 *     an officer's case report: 受害人 after the speaker's self-introduction neither reports nor frames
 *     (src/match/framing.ts), and `report.identity` makes it the speaker's (extract.user-paid);
 *  2. a relayed ask ("客服让我把验证码发给他": causative 让/叫/逼 + an act not yet done) is the other side's
 *     request, not a completed loss (`report.caused`); 了 / 已经 or "…，我就发了" make it done;
 *  3. a past loss ("我妈去年被骗了两万", `report.past`) is a story told, never `scam`; a loss now (我妈刚被骗了,
 *     去年…今天又…) stays the emergency with 110/96110 and 止付 first.
 * Inputs: the first of each set is session 8's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { chat, runCase, why, type FaultCase } from './faults/helpers.ts';

const ids = (r: ReturnType<typeof analyze>): string[] => r.tactics.map((t) => t.id);
const PAID = 'extract.user-paid';

describe('1. the speaker naming themselves the victim reports their own loss', () => {
  const OWN: string[] = [
    '我是受害人，…卡里被转走了2万',
    '我是受害人，刚才接到自称淘宝客服的电话，卡里被转走了2万',
    '我是受害人，按客服说的转了5000到他给的账户',
    '本人是受害人，对方冒充京东客服，我把验证码告诉他了',
    '我就是受害人，支付宝里的钱被转走了三万',
    '我是事主，被骗了三万，对方说是理赔专员',
    '你好，我是受害人，银行卡被转走了8000，怎么办',
    '我也是受害人，我按他说的扫码付了两次',
    '我是被害人，昨天按快递客服说的转了两万',
    '我是受害人，刚才开了屏幕共享，卡里少了五千',
    '我是受害者，按照客服说的转了1万到安全账户',
  ];
  it.each(OWN)('scam, 110/96110 and 止付 first: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).toBe('scam');
    expect(ids(r), why(r)).toContain(PAID);
    expect(r.advice[0], why(r)).toMatch(/110或96110/);
    expect(r.advice[0], why(r)).toContain('止付');
  });

  // Hard negatives: a victim named by someone else (a case report, a bulletin) stays someone else's story.
  const CASES: FaultCase[] = [
    { name: 'a case report: the victim said', expect: 'at-most-suspicious', input: chat('受害人称接到自称淘宝客服的电话后，卡里被转走了2万') },
    { name: 'a bulletin: the victim transferred', expect: 'at-most-suspicious', input: chat('【警情通报】受害人按对方要求转账5万元，民警提醒大家提高警惕') },
    { name: 'an officer: the victims lost', expect: 'at-most-suspicious', input: chat('今年以来，多名受害人被冒充客服的骗子骗走了钱，大家注意') },
    { name: 'a volunteer: I help the victims', expect: 'safe', input: chat('我是反诈志愿者，经常帮受害人联系银行止付') },
  ];
  for (const c of CASES) {
    it(`${c.expect}: ${c.name}`, () => {
      const r = runCase(c);
      expect(ids(r), why(r)).not.toContain(PAID);
    });
  }
});

describe('2. a relayed ask is the other side\'s request, not a loss', () => {
  const ASKED: string[] = [
    '客服让我把验证码发给他',
    '对方叫我把银行卡号和密码告诉他',
    '客服让我把银行卡号发给对方核实',
    '客服逼我把验证码念给他',
    '快递理赔的人让我把收到的验证码发过去',
    '他让我扫码付500保证金，说退款马上到',
    '理赔专员叫我把付款码截图给他',
    '对方让我们把验证码发给他核实',
    '客服让我把钱转到安全账户，不然退款就失败了',
    '那个客服一直让我把验证码告诉他，我该怎么办',
  ];
  it.each(ASKED)('not the already-paid report, "do not give it" advised: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(PAID);
    expect(r.verdict, why(r)).not.toBe('safe');
    const all = r.advice.join('\n');
    // The prevention advice is there (the already-paid kind drops it): do not give, do not transfer.
    expect(all, why(r)).toMatch(/任何人索要都不能给|不要往陌生人给的账户|不要说出或填写|不要给/);
  });

  // The same act told as done: the most urgent case.
  const DONE: string[] = [
    '客服让我把验证码发给他了',
    '对方让我把验证码告诉他，我就告诉他了',
    '客服让我转5000到他给的账户，我已经转了',
    '他让我扫码付了500保证金，现在联系不上了',
    '客服叫我在借呗借了两万转给他',
  ];
  it.each(DONE)('done: scam, 110/96110 first: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(PAID);
    expect(r.verdict, why(r)).toBe('scam');
    expect(r.advice[0], why(r)).toMatch(/110或96110/);
  });
});

describe('3. a loss long past is a story told; a loss now stays the emergency', () => {
  const PAST: string[] = [
    '我妈去年被骗了两万',
    '去年我妈被骗了两万，是冒充客服的',
    '我爸以前被骗过，转了三万给一个自称客服的人',
    '我奶奶前年被骗了五万，到现在都没追回来',
    '我上次被骗了一千，所以现在特别小心',
    '我老公几年前被骗了八千，后来就不敢网购了',
    '小时候我家被骗了一笔钱，我妈一直记得',
    '我姐前几年被骗了两千，对方说是淘宝客服',
    '我妈那年被骗了十万，就是冒充客服退款的',
    '我以前也被骗过，客服让我扫码付了三百',
  ];
  it.each(PAST)('never scam, not the already-paid report: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).not.toBe('scam');
    expect(ids(r), why(r)).not.toContain(PAID);
  });

  const NOW: string[] = [
    '我妈刚被骗了两万',
    '我爸正在转账，对方说是京东客服',
    '我妈被骗了3万刚转走',
    '我爸去年被骗过，今天又被骗了两万',
    '我妈去年被骗过一次，现在又被骗了，刚转了五千',
    '我去年买的东西，客服说要理赔，我按他说的转了5000',
    '我妈昨天被骗了两万，怎么办',
  ];
  it.each(NOW)('the emergency: not safe, 110/96110 first: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).not.toBe('safe');
    expect(r.advice[0], why(r)).toMatch(/110或96110/);
  });
});
