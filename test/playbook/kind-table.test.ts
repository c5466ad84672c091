/**
 * One table says which kind a scam is (src/playbook/scam-kinds.ts), and both the headline and the advice read it.
 * Until session 11 the advice had a table of its own (src/playbook/advice-kinds.ts, first match wins, the
 * agent's opening first): a loan advert or a paid-task lure whose sender claimed to be "客服", and a fake police
 * call that opened with "your card has a problem", were named 虚假贷款 / 刷单返利 / 冒充公检法 by the headline
 * but told to "check the order in the shopping app" under it; a refund stuck "in the system" and a membership
 * renewal's call were the refund kind above and "verify it yourself" below. Here:
 *   - every tactic of both playbooks resolves to exactly one kind, or is listed kind-neutral with its reason;
 *   - for every playbook case (zh, en) and our own siblings, the advice carries the headline kind's set
 *     (its `always`, none of its `omit`);
 *   - our own siblings of each kind that moved, with hard negatives of the same registers.
 */
import { describe, expect, it } from 'vitest';
import { analyze, getEngine, parseInput, type AnalyzeResult } from '../../src/index.ts';
import { adviceTexts } from '../../src/advise/advise.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { KIND_ADVICE, KIND_NEUTRAL, kindAdvice, kindOf, SCAM_KINDS, scamKind } from '../../src/playbook/scam-kinds.ts';
import type { Channel } from '../../src/types.ts';

describe('the one kind table', () => {
  const tactics = [...PLAYBOOKS.zh.tactics, ...PLAYBOOKS.en.tactics].map((t) => t.id);
  const where = new Map<string, string[]>();
  const put = (id: string, at: string) => where.set(id, [...(where.get(id) ?? []), at]);
  for (const k of SCAM_KINDS) {
    for (const m of k.marks) put(m, `${k.id} (mark)`);
    for (const h of k.hints ?? []) put(h, `${k.id} (hint)`);
  }
  for (const [why, ids] of Object.entries(KIND_NEUTRAL)) for (const id of ids) put(id, `neutral: ${why}`);

  it('every tactic of both playbooks is in exactly one kind, or kind-neutral', () => {
    for (const id of new Set(tactics)) expect(where.get(id), id).toHaveLength(1);
  });
  it('every id the table names is a tactic (a typo would name no kind, silently)', () => {
    for (const id of where.keys()) expect(tactics, id).toContain(id);
  });
  it('every kind has an advice set; the fake agent\'s kinds the shopping app\'s, and they are the ones shown as shoppingApp', () => {
    for (const k of SCAM_KINDS) expect(KIND_ADVICE[k.advice], k.id).toBeDefined();
    const shop = SCAM_KINDS.filter((k) => k.advice === 'shopping-app').map((k) => k.id);
    expect(shop).toEqual(['refund', 'customer-service', 'agent']);
    expect(kindOf({ verdict: 'scam', tactics: [{ id: 'pretext.parcel-or-flight' }] }, 'zh')?.shoppingApp).toBe(true);
    expect(kindOf({ verdict: 'scam', tactics: [{ id: 'pretext.loan-ad' }] }, 'zh')?.shoppingApp).toBe(false);
  });
  it('the nameless last kind tells the advice, never a name', () => {
    expect(scamKind([{ id: 'extract.upfront-fee' }])?.id).toBe('other');
    expect(kindOf({ verdict: 'scam', tactics: [{ id: 'extract.upfront-fee' }] }, 'zh')).toBeNull();
    expect(kindAdvice([{ id: 'extract.upfront-fee' }])).toBe(KIND_ADVICE.own);
    // A claimed agent's hint comes before it, as the advice had it.
    expect(scamKind([{ id: 'extract.upfront-fee' }, { id: 'contact.impersonation' }])?.id).toBe('agent');
  });
});

/** The advice of `r` carries the set of the kind its headline names (or of the citizen's loss). */
function expectAgreement(r: AnalyzeResult, channel: Channel): void {
  if (r.verdict === 'safe') {
    expect(r.advice).toEqual([]);
    return;
  }
  const set = kindAdvice(r.tactics);
  const book = getEngine().playbook(r.lang).playbook;
  const text = (id: Parameters<typeof adviceTexts>[0][number]) => adviceTexts([id], book, channel)[0]!;
  const why = `${kindOf(r, r.lang)?.id ?? '-'}: ${r.tactics.map((t) => t.id).join(' ')}`;
  for (const id of set.always) expect(r.advice, `${why} lacks ${id}`).toContain(text(id));
  for (const id of set.omit) expect(r.advice, `${why} has ${id}`).not.toContain(text(id));
}

describe('headline kind and advice kind agree on every playbook case', () => {
  for (const lang of ['zh', 'en'] as const) {
    it.each(getEngine().playbook(lang).playbook.cases.map((c) => [c.name, c] as const))(`${lang}: %s`, (_name, c) => {
      const parsed = parseInput(c.text);
      const input = 'turns' in parsed ? { ...parsed, lang } : { ...parsed, channel: c.channel, lang };
      expectAgreement(analyze(input), 'turns' in parsed ? 'call' : c.channel);
    });
  }
});

const SHOPPING_APP = '购物用的淘宝';
const VERIFY_YOURSELF = '自己打开官方APP、官方网站';

type Sibling = [kind: string | null, channel: 'sms' | 'call', text: string];
const input = (channel: 'sms' | 'call', text: string) =>
  channel === 'call' ? { channel, turns: text.split('|').map((t) => ({ speaker: 'caller' as const, text: t })) } : { channel, text };

/** Our own writing: the kinds whose advice moved with the merge, each told by the headline's kind. */
const MOVED: Sibling[] = [
  // A loan platform's "客服" or "工作人员": the loan kind, not the shopping app (was: shopping app).
  ['loan', 'sms', '您好，我是有钱花平台的客服专员，您的信用良好，可申请20万低息贷款，无需抵押，当天放款，加微信办理。'],
  ['loan', 'call', '您好，我是某某金融的工作人员，您有一笔五万元的贷款额度可以领取，不看征信，秒批秒到，需要先交一千元保证金。'],
  // A paid-task lure from a claimed platform agent: the task kind.
  ['task', 'sms', '【兼职】您好，我是某平台招聘客服，在家用手机点赞做任务，一单佣金20元，日结，加QQ领任务。'],
  ['task', 'call', '你好，我是抖音的客服，邀请您参加点赞返佣任务，每单佣金十元，当天结算，先垫付本金再返还。'],
  // A parcel "seized by customs" handed to a "police officer": the police steps outnumber the agent's opening.
  ['police', 'call', '您好，我是快递公司的客服，您有一个包裹在运输途中被海关扣押，里面查出违禁品，涉嫌走私，现在把电话转给警官。'],
  // A refund stuck "in the system": the refund kind, and now its advice (was: "verify it yourself").
  ['refund', 'sms', '您好，您的退款因系统原因卡住了，无法原路退回，请提供收款账户，客服为您手动打款。'],
  // Kinds the newcomer found last session, placed in the table: a courier's fee, the state's "unified refund",
  // a loan held by a wrong card number, a free gift that costs the postage.
  ['delivery', 'sms', '【中通快递】您的包裹因地址不详无法派送，请点击链接支付2元改派费重新派送。'],
  ['official', 'call', '阿姨您好，您之前买的保健品被国家认定为违规产品，现在国家统一退费，您需要先交一笔手续费才能领到退款。'],
  ['loan', 'sms', '您的贷款已审批通过，但您填写的银行卡号有误，资金被冻结，需缴纳解冻费3000元才能放款。'],
  ['prize', 'sms', '恭喜您获得免费赠送的按摩仪一台，只需支付39元邮费即可领取，点击链接填写地址。'],
  // The fake agent's other openings keep the shopping app's advice, now from their own kind.
  ['customer-service', 'sms', '您好，您的航班CA1234因天气原因取消，可办理改签并获得300元补偿，请联系客服专员办理退改。'],
  ['customer-service', 'call', '您好，我是京东金融客服，您大学期间开通的学生账户没有注销，会影响征信，现在需要配合注销。'],
];

/** Real messages of the same registers: safe, no kind, no advice. */
const REAL: string[] = [
  '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户。',
  '【中通快递】您的快递已放至小区菜鸟驿站，取件码5-3-2021，如有疑问请在中通APP内联系客服。',
  '【抖音】您的直播会员已成功续费25元，如需取消自动续费，可在抖音APP“我-设置-支付”中关闭。',
  '【招联金融】您申请的借款已放款至尾号6612的银行卡，请按时还款，官方客服请在APP内联系。',
  '【东方航空】您预订的MU5123航班因天气原因取消，可在东航APP内免费改签或全额退票。',
  '【某某派出所】提醒您：公安机关不会通过电话办案，不会要求转账到安全账户，谨防诈骗。',
];

describe('our own siblings: the headline kind, and the advice that kind gives', () => {
  it.each(MOVED)('%s (%s): %s', (kind, channel, text) => {
    const r = analyze(input(channel, text));
    expect(r.verdict).not.toBe('safe');
    expect(kindOf(r, 'zh')?.id).toBe(kind);
    expectAgreement(r, channel);
    const advice = r.advice.join('\n');
    const k = SCAM_KINDS.find((x) => x.id === kind)!;
    if (k.advice === 'shopping-app') expect(advice).toContain(SHOPPING_APP);
    else expect(advice).not.toContain(SHOPPING_APP);
    if (k.advice === 'verify-yourself') expect(advice).toContain(VERIFY_YOURSELF);
  });
  it.each(REAL)('a real message: no kind, no advice: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict).toBe('safe');
    expect(kindOf(r, 'zh')).toBeNull();
    expect(r.advice).toEqual([]);
  });
});
