/**
 * The request grammar and the warning framing (src/match/grammar.ts, framing.ts) through the
 * compiled Chinese and English playbooks: what a request is, what cancels it, what makes it an
 * example, and that the work stays linear on adversarial input (many negators, many verbs).
 */
import { describe, expect, it } from 'vitest';
import { getEngine } from '../../src/index.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import { matchTurn, requestsOf } from '../../src/match/match.ts';
import { COVERS_ACT, COVERS_OBJECT } from '../../src/match/compile.ts';
import type { Lang } from '../../src/types.ts';

function requests(text: string, lang: Lang = 'zh'): string[] {
  const cp = getEngine().playbook(lang);
  const n = normalise(text);
  return requestsOf(cp, n.text, extractEntities(n.text)).filter((r) => !r.self).map((r) => `${r.act} × ${r.object}`);
}

function tactics(text: string, lang: Lang = 'zh'): string[] {
  const cp = getEngine().playbook(lang);
  const n = normalise(text);
  return matchTurn(cp, n.text, extractEntities(n.text), 'caller').map((h) => h.tactic.def.id);
}

describe('request grammar', () => {
  it('reads act × object in either order, across a comma in one sentence', () => {
    expect(requests('把验证码告诉我')).toContain('act.tell × obj.code');
    expect(requests('提供一下您的银行卡号')).toContain('act.give × obj.card');
    expect(requests('验证码收到了吧，念给我')).toContain('act.tell × obj.code');
  });

  it('does not pair words from different sentences', () => {
    expect(requests('验证码收到了。念一首诗给我听')).not.toContain('act.tell × obj.code');
  });

  it('a negated act is no request; a contrast word after the negator restores the request', () => {
    expect(requests('我们不需要您提供验证码')).toEqual([]);
    expect(requests('验证码千万不要告诉别人')).toEqual([]);
    expect(requests('不需要您转账，只需要把验证码告诉我')).toContain('act.tell × obj.code');
    // A bare negator in another clause does not reach the act.
    expect(requests('不用担心，把验证码念给我')).toContain('act.tell × obj.code');
  });

  it("the speaker's own or finished act is marked, not read as a request to the listener", () => {
    expect(requests('我把验证码告诉他了')).toEqual([]);
    expect(requests('【某平台】验证码已发送至您的手机')).toEqual([]);
  });

  it('a new synonym in a word class reaches every tactic that uses the class', () => {
    // 发过来 is one act word; the same class serves the code, card and identity tactics.
    expect(tactics('验证码发过来')).toContain('extract.verification-code');
    expect(tactics('银行卡号发过来')).toContain('extract.card-credentials');
    expect(tactics('身份证号发过来')).toContain('extract.identity');
  });

  it('typed codes need a link or a refund word in the sentence', () => {
    expect(tactics('请输入验证码完成登录')).not.toContain('extract.verification-code');
    expect(tactics('退款请登录 https://tb-refund-center.top/login 输入验证码')).toContain('extract.verification-code');
  });
});

describe('a word of its own with a class word inside: grammar nouns and names classes, one mechanism', () => {
  const acts = (text: string): string[] => requests(text).map((r) => r.split(' × ')[0]!);

  it('both kinds are one covering table of term sets: nouns cover acts and objects, a names class acts', () => {
    const g = getEngine().playbook('zh').grammar;
    const set = (name: string): number => g.classes[g.classByName.get(name)!]!.set;
    expect(g.covers[set('obj.lender')]).toBe(COVERS_ACT);
    expect(g.covers[set('obj.code')] ?? 0).toBe(0);
    expect(g.covers[set('act.borrow')] ?? 0).toBe(0);
    expect(g.covers.includes(COVERS_ACT | COVERS_OBJECT)).toBe(true); // the nouns' set
  });

  it('an act word inside a noun, or beginning where the noun begins, is no act', () => {
    expect(requests('您的赔付款已到账，请查收')).toEqual([]);
    expect(requests('付款方式请选择银行卡')).toEqual([]);
    expect(acts('待付款订单的验证码告诉我')).not.toContain('act.pay');
  });

  it('an act word inside a name is no act either, with the name or with any other object', () => {
    // "借钱" inside the lender "美团借钱" read borrow × code here while the two mechanisms were two.
    expect(acts('美团借钱的验证码发给我')).not.toContain('act.borrow');
    expect(requests('美团借钱的验证码发给我')).toContain('act.send × obj.code');
  });

  it('an object word inside a name stays an object (a lending app is an app), and the name its own class', () => {
    expect(requests('下载借款app')).toContain('act.download × obj.app');
    expect(requests('下载借款app')).toContain('act.download × obj.lender');
  });

  it('the act beside the noun or the name is still read', () => {
    expect(requests('您的赔付款需要您先付款98元')).toContain('act.pay × obj.money');
    expect(requests('请您在美团借钱里贷款五千元')).toContain('act.borrow × obj.lender');
    expect(requests('待付款订单的验证码告诉我')).toContain('act.tell × obj.code');
  });
});

describe('warnings and quotes (framing)', () => {
  it('quoted script inside a warning is an example', () => {
    expect(tactics('警方提示：骗子常说“请提供银行卡号和验证码”，接到这类电话立即挂断。')).toEqual([]);
  });

  it('quotes without a warning frame still count (a victim pasting what was said)', () => {
    expect(tactics('客服说“请把验证码发给我”')).toContain('extract.verification-code');
  });

  it('a verdict after the request makes it the subject of a warning; before it, it does not', () => {
    expect(tactics('凡是要求你提供验证码的，百分之百是诈骗')).toEqual([]);
    expect(tactics('不要相信骗子，我是真的客服，把验证码给我')).toContain('extract.verification-code');
  });

  it('a reporter earlier in the sentence makes what follows a description', () => {
    expect(tactics('骗子通常会以退款为由，让受害人下载会议软件并开启屏幕共享')).toEqual([]);
  });

  it('English: a generic request right after an advisory is its example; a contrast word ends the advisory', () => {
    expect(tactics('Amazon will never ask you for a verification code. If someone asks you to read out the code, hang up.', 'en'))
      .not.toContain('extract.verification-code');
    expect(tactics('Amazon will never ask you for this normally. But read me the code you just received now.', 'en'))
      .toContain('extract.verification-code');
  });

  it('English: the same grammar reads card, personal-details and fee requests', () => {
    expect(tactics('Confirm your card number and CVV at paypal-secure-check.com to restore access.', 'en')).toContain('extract.card-details');
    expect(tactics('I just need to verify some information to process the refund.', 'en')).toContain('extract.personal-details');
    expect(tactics('Pay the $1.99 redelivery fee to reschedule your delivery.', 'en')).toContain('extract.fee');
    expect(tactics('Never pay a fee to get a refund.', 'en')).toEqual([]);
  });
});

describe('linear time on adversarial input', () => {
  // Quadratic work (every negator × every verb, every negated phrase × every cue) would take
  // minutes on these; linear work takes milliseconds. No timing is asserted: the test's own
  // timeout is the bound.
  it('many negators and request verbs in one turn', () => {
    const n = 20_000;
    const text = '不需要'.repeat(n) + '您提供'.repeat(n) + '，把验证码告诉我';
    const cp = getEngine().playbook('zh');
    const norm = normalise(text);
    const hits = matchTurn(cp, norm.text, extractEntities(norm.text), 'caller').map((h) => h.tactic.def.id);
    expect(hits).toContain('extract.verification-code');
  });

  it('many acts and objects in one sentence', () => {
    const text = '提供验证码'.repeat(20_000);
    expect(requests(text).length).toBeGreaterThan(0);
  });
});
