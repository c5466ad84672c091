/**
 * newcomer8 kind 1: someone else's, or a crowd's, loss read as the user's own "I already paid"
 * (extract.user-paid, weight 70 → `scam`): "这种骗局很多老人都上当了，大家注意" read scam 70 and told the
 * reader to call 110 for a loss they never had. conv8 landed the rule meanwhile (report.others/urgent:
 * the nearest subject before the cue in its sentence decides, unless the sentence says it is now); this
 * set adds the crowds it missed (quantifier × people, generated: 很多老人, 好几个人, 好多年轻人, 多名老人,
 * 不少同学) and checks both ways: the user's own loss, and a relative's now, stay `scam` with 110/96110
 * and the bank's 止付 first. Not done: a relative's loss long ago ("我妈去年被骗了两万") still reads as
 * the family's report. The first three inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { chat, runCase, sms, why, type FaultCase } from './helpers.ts';

const NOT_THE_USERS: FaultCase[] = [
  // The newcomer's.
  { name: 'a crowd of old people fell for it, take care', expect: 'safe', input: chat('这种骗局很多老人都上当了，大家注意') },
  { name: 'several neighbours were cheated, verify first', expect: 'at-most-suspicious',
    input: chat('我们小区好几个人都被骗了，被骗子转走了好几万，大家接到客服电话一定先核实') },
  { name: 'an anti-fraud training retold, many young people fell for it', expect: 'at-most-suspicious',
    input: chat('今天单位组织反诈培训，民警讲了一个案例，骗子冒充京东客服说注销校园贷账户，要先借网贷转到“安全账户”，好多年轻人都上当了，大家以后一定注意。') },
  // Our own: crowds, third parties, a relative long ago.
  { name: 'someone in the next building was cheated', expect: 'at-most-suspicious', input: chat('听说隔壁单元有人被骗了两万，都是冒充客服打的电话') },
  { name: 'my cousin was cheated last month', expect: 'at-most-suspicious', input: chat('我表哥上个月被骗了五万，说是京东客服让他开屏幕共享') },
  { name: 'a colleague transferred at the agent\'s word', expect: 'at-most-suspicious', input: chat('我同事被骗了3万，按客服说的转到什么安全账户了') },
  { name: 'many young mothers fell for the double compensation', expect: 'at-most-suspicious',
    input: chat('群里说好多宝妈都上当了，冒充客服说奶粉有问题给双倍赔偿') },
  { name: 'a friend paid and was blocked', expect: 'at-most-suspicious', input: chat('我朋友按客服说的转了八千，后来对方就把她拉黑了，你们千万小心') },
  { name: 'the old lady next door was cheated', expect: 'at-most-suspicious', input: chat('邻居阿姨被骗了一万多，大家要小心冒充客服的电话') },
  { name: 'the news: several old people cheated out of their savings', expect: 'at-most-suspicious',
    input: chat('新闻里说多名老人被骗走养老钱，都是接到自称客服的电话') },
  { name: 'many students in the class were cheated', expect: 'at-most-suspicious', input: chat('我们班不少同学都被骗了，对方说是淘宝客服要给退款') },
];

const THE_USERS: string[] = [
  // The brief's two that must stay.
  '我刚才转了8000给客服',
  '我妈被骗了3万刚转走',
  // Our own: the user, or a relative now, even after a crowd or a past story in the sentence.
  '我被骗了，刚按客服说的转了五千',
  '我老公刚才按那个理赔专员说的转了两万，现在电话打不通',
  '我女儿被骗了，刚把验证码给了对方',
  '我爸去年被骗过，今天又被骗了，刚转了一万给客服',
  '很多人都说这是骗局，可我已经按客服说的转了三千',
  '听朋友说要小心，可我刚才还是把验证码告诉他了',
  '我去年买的东西，客服说要理赔，我按他说的转了5000',
  '大家帮帮我，我被骗了两万，对方说是淘宝客服',
  '我婆婆刚刚被骗了，按对方说的转了4万到安全账户',
];

describe('newcomer8 kind 1: a crowd\'s or a third party\'s loss is not the user\'s "I already paid"', () => {
  for (const c of NOT_THE_USERS) {
    it(c.name, () => {
      const r = runCase(c);
      // Never the loss advice for a loss the reader did not have.
      expect(r.tactics.map((t) => t.id), why(r)).not.toContain('extract.user-paid');
    });
  }
});

describe('newcomer8 kind 1: the user\'s own loss, or a relative\'s now, is still the emergency', () => {
  for (const text of THE_USERS) {
    it(text, () => {
      const r = analyze(sms(text));
      expect(r.verdict, why(r)).toBe('scam');
      expect(r.tactics.map((t) => t.id), why(r)).toContain('extract.user-paid');
      // 110/96110 and the bank's 止付 come first.
      expect(r.advice[0] ?? '', why(r)).toMatch(/110.*96110.*止付/);
    });
  }
});
