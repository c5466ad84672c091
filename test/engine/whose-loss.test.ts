/**
 * Whose loss, by the clause's subject (src/match/subject.ts, extract.user-paid's `report.subject`; issue 8,
 * the hard negative reading `scam` since 65400ca). A loss told with 被 ("被 + who + 骗了") or a payment told as
 * done is the speaker's emergency (110/96110, 止付) when its subject is the speaker, the speaker's money or
 * close family; a NAMED, counted, placed or role third person as the subject tells someone else's story —
 * unless the sentence says it is happening now (怎么办, 现在, 刚). All sentences our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { compileSubject, subjectOf, type Whose } from '../../src/match/subject.ts';
import { SUBJECT_WORDS } from '../../src/playbook/zh/subjects.ts';
import { chat, sms, why } from '../playbook/faults/helpers.ts';

const PAID = 'extract.user-paid';
const ids = (r: ReturnType<typeof analyze>): string[] => r.tactics.map((t) => t.id);

describe('a third person as the subject: their story, not the speaker\'s loss', () => {
  const OTHERS: string[] = [
    // A name: 小/老 + surname, surname + title.
    '小李被骗子骗了三万，大家要注意啊',
    '老王被冒充客服的人骗了两万块',
    '小王昨天被人骗了三千块，哭了一晚上',
    '李老师被冒充京东客服的骗了四万',
    '楼下王阿姨被人骗了，说是什么保证金',
    '张师傅被假客服盗刷了一万多',
    '陈总被人冒充领导骗了五十万，财务也没核实',
    '王姐前几天被人骗了，到现在还缓不过来',
    '老周也被骗了，说是退款要先交保证金',
    '你听说了没，老李被冒充淘宝客服的骗了两万多',
    // A number of people.
    '听说两个人被骗了，都是接到退款电话',
    '三个人被骗子骗了，警察都来了',
    '群里说有3个人被冒充快递的骗了',
    '两个同事都被冒充客服的骗了',
    '一位老人被骗子骗走了养老钱',
    // Someone of a place, or a role.
    '隔壁老张被人骗了五千，说是快递丢了要理赔',
    '同村的刘大姐被冒充淘宝客服的骗走了八千',
    '我们小区一个大爷被骗子骗了十几万',
    '村里有个老人被骗了两万',
    '前台小刘被骗子骗了两千，大家别点陌生链接',
    '我们单位的会计被骗子骗了二十万',
    '对门的赵大爷被冒充医保的骗了三千',
    '小区里好几个人被骗了，都是接了个说退款的电话',
    '楼上那个小姑娘被冒充客服的骗走了五千块',
    '上个月我们辖区一个老太太被冒充客服的骗了八万',
    // Another's money or family.
    '邻居家孩子被游戏客服骗了两千',
    '小李的支付宝被骗子转走了八千',
    '刘阿姨的卡被骗子盗刷了两万',
    '他爸昨天被冒充客服的骗了一万',
    // The topic before the clause, a zero subject going on.
    '隔壁老张，前两天被人骗了五千',
    '小张上当了，给骗子转了两千',
    // The active: the third person pays.
    '小李转了三万给骗子，后来才反应过来',
    '老王按那个客服说的转了两万，结果人就联系不上了',
    '小李按客服说的转了五千到他给的账户',
    '老王把验证码告诉对方了',
    '隔壁王阿姨扫码付了三次，钱也没退回来',
    // A role after family is the family's acquaintance, not in apposition (我爸同事); relatives beyond close family.
    '我爸同事被冒充客服的骗了两万，单位里都在说这个事',
    '我妈的同学被假客服骗走了一万',
    '我大伯被冒充快递理赔的骗了八千，大家过年都在说',
    '我表妹被人骗了三千块，说是淘宝退款',
    // 现在 in a later clause is the aftermath; the police or the courts already have it.
    '我们店的收银员被冒充老板的骗了八万，现在店里转账都要打电话确认',
    '老张的儿子被那个投资群骗了二十万，现在一家人天天吵',
    '听说供应商那边的小马被人冒充领导骗了十多万现在警察已经介入了',
    // A pronoun or a thing with no owner named: the clauses before say whose.
    '小邓被假客服骗了五千，对方说给她退运费，她就把验证码给了',
    // The people of a place.
    '我们村好几户被骗了，都是说交钱能领补贴',
    '我们这边好几家被冒充客服的骗了',
  ];
  // Their loss told with the scammer's moves narrated ("对方让她开了屏幕共享"): not the speaker's loss; whether the
  // narrated moves read as a retelling is framing's (src/match/framing.ts), not checked here.
  it.each([
    '我表妹被快递理赔的骗了，对方让她开了屏幕共享，卡里的钱一下子没了',
  ])('no already-paid report (moves narrated): %s', (text) => {
    expect(ids(analyze(chat(text)))).not.toContain(PAID);
  });
  it.each(OTHERS)('no already-paid report: %s', (text) => {
    for (const input of [chat(text), sms(text)]) {
      const r = analyze(input);
      expect(ids(r), why(r)).not.toContain(PAID);
      expect(r.verdict, why(r)).not.toBe('scam');
    }
  });
});

describe('the speaker, the speaker\'s money or family as the subject: the emergency', () => {
  const OWN: string[] = [
    '我被骗子骗了八千，怎么办',
    '我妈被冒充客服的骗了两万',
    '我的卡被骗子盗刷了一万',
    '本人被冒充淘宝客服的骗了五千',
    '刚才被人骗了三千，现在怎么办',
    '我儿子小李被冒充客服的骗了两万',
    '我儿子小李刚被冒充客服的骗了两万',
    '我们两个人都被骗子骗了',
    '我老公被假客服骗了五万',
    '支付宝里的2万块被骗子转走了',
    '我爸昨天也被人骗了一万',
    '我们俩被冒充京东客服的骗了四千',
    '我按那个客服说的转了五千到他给的账户',
    '我老婆的卡被骗子盗刷了两万',
    '我跟老王说了，我被骗了两万',
    '老公被骗了两万',
    '钱被骗子转走了',
    // Another person, happening now: still the emergency.
    '小李被骗了，我是他妈妈，他现在还在转账怎么办',
    '老王现在被骗了，正在转账，怎么办',
    '隔壁小王刚被骗子骗了两万，怎么办',
    '我同事现在被骗了，还在按客服说的转',
    // A thing with no owner named, the speaker acting before: the speaker's.
    '我被快递理赔的骗了，对方让我开了屏幕共享，卡里的钱全没了',
    '他让我开了屏幕共享，后来卡里少了3万8',
    '装完那个控件，我发现银行卡里的钱都被转走了，我得赶紧报警',
    '我妈被冒充客服的骗了，她就把验证码给了对方',
  ];
  it.each(OWN)('scam, 110/96110 and 止付 first: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(PAID);
    expect(r.verdict, why(r)).toBe('scam');
    expect(r.advice[0], why(r)).toMatch(/110或96110/);
  });
});

describe('a loss told with its agent frames the story: the moves narrated to a third person are told, not asked', () => {
  // 被 + who + 骗了/骗走 is a frame word as 被骗 is (src/playbook/zh/lexicon.ts frames); 让其 is a news story's third person.
  it.each([
    '我姨被快递理赔的骗了，对方让她下载了一个会议软件，开了屏幕共享',
    '我表妹被快递理赔的骗了，对方让她开了屏幕共享，卡里的钱一下子没了',
    '我二叔被一个说是京东售后的骗了，对方让他把验证码报了过去',
    '听说老宋被那个快递赔付的电话骗了，人家让他扫了个码',
    '同事老林被一个淘宝售后骗走了五千，对方让他开了屏幕共享',
    '【都市报】一名退休教师被所谓“客服”以“退款”为名骗走八万余元',
  ])('not scam: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).not.toBe('scam');
    expect(ids(r), why(r)).not.toContain(PAID);
  });
  it.each([
    '我被快递理赔的骗了，对方让我下载了会议软件，开了屏幕共享',
    '我妈被冒充客服的骗了，对方让她开了屏幕共享，怎么办',
  ])('the speaker\'s or family\'s own: scam: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).toBe('scam');
    expect(ids(r), why(r)).toContain(PAID);
  });
});

describe('the subject reader itself', () => {
  const reader = compileSubject(SUBJECT_WORDS);
  const at = (text: string, cue = '被'): Whose => subjectOf(reader, text, 0, text.indexOf(cue), () => -1, () => false);
  it.each<[string, Whose]>([
    ['小李被骗了', 'other'], ['老王昨天也被骗了', 'other'], ['王阿姨被骗了', 'other'], ['两个人被骗了', 'other'],
    ['隔壁老张被骗了', 'other'], ['小李的卡被盗刷了', 'other'], ['邻居家孩子被骗了', 'other'],
    ['我被骗了', 'self'], ['我们俩被骗了', 'self'], ['我们两个人被骗了', 'self'], ['本人被骗了', 'self'],
    ['我妈被骗了', 'family'], ['老公被骗了', 'family'], ['我儿子小李被骗了', 'family'], ['我老婆的卡被盗刷了', 'family'],
    ['我的卡被盗刷了', 'own'], ['钱被转走了', 'own'], ['支付宝里的2万块被转走了', 'own'], ['我发现银行卡里的钱都被转走了', 'self'],
    ['我们村好几户被骗了', 'other'], ['我们店的收银员被骗了', 'other'], ['我爸同事被骗了', 'other'], ['他的卡被盗刷了', 'own'],
    // Words that look like a name but are listed: 老公, 小区, 老人 (no prefix + surname).
    ['小区被骗了', 'none'], ['被骗了', 'none'], ['人被骗了', 'none'],
  ])('%s → %s', (text, whose) => { expect(at(text)).toBe(whose); });
  it('reads a bounded number of units: a long run of names costs the same as one', () => {
    const long = '小李'.repeat(5000) + '被骗了';
    expect(at(long)).toBe('other');
  });
});

describe('English: a third person named as the one who lost is no report of the speaker\'s', () => {
  it.each([
    'my neighbour John was scammed out of $3,000',
    'My neighbor John got scammed out of $3,000 by a fake Amazon agent',
    'Two people at my office were scammed out of their savings',
    'Mrs. Smith down the street was conned out of $5,000 by a fake refund call',
    'My coworker Dave sent $2,000 to a fake Amazon agent',
    'A man in our building was defrauded of $40,000 by fake customer service',
  ])('no already-paid report: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(PAID);
  });
  it.each([
    'My mom was scammed out of $5,000 by a fake Amazon agent',
    'I was scammed out of $3,000 by someone pretending to be Amazon support',
    'I sent $2,000 to a fake Amazon agent',
  ])('the speaker\'s or close family\'s: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(PAID);
  });
});
