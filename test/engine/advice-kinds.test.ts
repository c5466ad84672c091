/**
 * The advice fits the scam kind (playbook data `adviceKinds`, src/playbook/advice-kinds.ts): a fake
 * police call is not told to "check the order in the shopping app", a paid-task lure is told that
 * paid tasks are the scam, the refund scam keeps the seed bulletin's advice.
 */
import { describe, expect, it } from 'vitest';
import { analyze, violatesWarningRule } from '../../src/index.ts';
import { adviceKind, chooseAdvice } from '../../src/advise/advise.ts';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';
import { callerCall } from '../playbook/faults/helpers.ts';
import { enPlaybook } from '../../src/playbook/en/index.ts';

const SHOPPING_APP = '购物用的淘宝';
const POLICE = '公安、检察院、法院不会';
const TASKS = '刷单、点赞、做任务';

const call = callerCall;

describe('advice by scam kind (zh)', () => {
  it.each([
    ['我是市公安局刑侦支队的，你的身份证涉嫌一起洗钱案件，要你配合调查，把资金转到安全账户核查，不要告诉任何人'],
    ['这里是检察院，您名下的银行卡涉嫌洗钱，现在必须把钱转到我们指定的账户进行资金清查，否则立即冻结'],
    ['我是派出所民警，你涉嫌一起诈骗案，马上把存款转到国家安全账户，这是为了保护你的资金'],
  ])('a fake police call gets the police advice, not the shopping app: %s', (line) => {
    const r = analyze(call(line));
    expect(r.verdict).not.toBe('safe');
    const text = r.advice.join('\n');
    expect(text).toContain(POLICE);
    expect(text).not.toContain(SHOPPING_APP);
    expect(r.advice[0]).toContain('96110');
  });

  it.each([
    '【兼职】在家动动手指点赞刷单，一单佣金30元，日赚三五百，先垫付后返还本金加佣金，加QQ领任务',
    '做任务返利，每单先充值，完成三单后本金加佣金一起返还，稳赚不赔',
  ])('a paid-task lure is told paid tasks are the scam: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict).not.toBe('safe');
    const advice = r.advice.join('\n');
    expect(advice).toContain(TASKS);
    expect(advice).not.toContain(SHOPPING_APP);
  });

  it('the refund scam keeps the shopping-app advice and "a refund never needs payment"', () => {
    const r = analyze(call('您好我是淘宝客服，您买的面膜有质量问题，给您三倍理赔，请提供一下银行卡号和验证码'));
    const text = r.advice.join('\n');
    expect(text).toContain(SHOPPING_APP);
    expect(text).toContain('真正的退款不用您付钱');
  });

  it('a refund scam that adds a fake police step gets both', () => {
    const r = analyze(call(
      '您好，我是京东金融的客服，您之前开通了学生账户，现在要注销，否则影响征信',
      '我给您转接公安局的民警，您的账户涉嫌洗钱，需要把钱转到安全账户核查',
    ));
    const text = r.advice.join('\n');
    expect(text).toContain(SHOPPING_APP);
    expect(text).toContain(POLICE);
  });
});

describe('sextortion and utility phishing get their own advice', () => {
  it.each([
    '你的裸聊视频已经录下来了，不想让你通讯录里的人看到就转钱',
    '你和我视频裸聊的录像在我这，再不给钱我就群发给你的亲友',
  ])('sextortion: %s', (text) => {
    const r = analyze({ channel: 'chat', text });
    expect(r.verdict).not.toBe('safe');
    const advice = r.advice.join('\n');
    expect(advice).toContain('给了钱对方只会要得更多');
    expect(advice).not.toContain(SHOPPING_APP);
  });
  it('utility-arrears phishing: pay only in the provider\'s own app', () => {
    const r = analyze({ channel: 'sms', text: '【国家电网】您家电费欠缴已超期，将于今日18点停电，请点击 sgcc-jiaofei.top 立即缴费' });
    expect(r.verdict).not.toBe('safe');
    const advice = r.advice.join('\n');
    expect(advice).toContain('官方APP或营业厅');
    expect(advice).not.toContain(SHOPPING_APP);
  });
});

describe('evidence that tells no kind gets "verify it yourself", not the shopping app', () => {
  it.each([
    '【社保中心】您的社保卡已被冻结，请登录 shebao-jiedong.top 进行认证解冻',
    '【ETC服务】您的ETC已失效，请点击 etc-gov-renzheng.cn 重新认证',
    '【交管12123】您有一条违章未处理，请登录 12123-weizhang.top 缴纳罚款',
  ])('a look-alike official link: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict).not.toBe('safe');
    const advice = r.advice.join('\n');
    expect(advice).not.toContain(SHOPPING_APP);
    expect(advice).not.toContain('挂断');
  });

  it('a look-alike ETC link, whose story tells no kind, is told to check through the official app itself', () => {
    const advice = analyze({ channel: 'sms', text: '【ETC服务】您的ETC已失效，请点击 etc-gov-renzheng.cn 重新认证' }).advice.join('\n');
    expect(advice).toContain('自己打开官方APP');
  });

  it('a bare code request on a call is told to hang up and check it yourself', () => {
    const r = analyze(call('您好，刚才发到您手机上的六位数验证码，麻烦念一下给我'));
    expect(r.verdict).not.toBe('safe');
    const advice = r.advice.join('\n');
    expect(advice).toContain('先挂断电话');
    expect(advice).not.toContain(SHOPPING_APP);
  });
});

describe('the kind rule (src/advise/advise.ts)', () => {
  const kinds = [
    { id: 'refund', marks: ['pretext.refund'], always: ['hang-up-verify-in-app' as const], onExtraction: ['already-paid' as const], omit: [] },
    { id: 'other', marks: ['pretext.police'], always: [], onExtraction: ['already-paid' as const], omit: ['hang-up-verify-in-app' as const] },
  ];
  const stages = (...s: ('extraction' | 'pretext')[]) => new Set(s);

  it('takes the first kind whose mark fired, else the kind without marks, else the first kind', () => {
    expect(adviceKind(['pretext.police', 'pretext.refund'], kinds).id).toBe('refund');
    expect(adviceKind(['pretext.police', 'extract.transfer'], kinds).id).toBe('other');
    expect(adviceKind(['extract.transfer'], kinds).id).toBe('refund');
    const withFallback = [...kinds, { id: 'unknown', marks: [], always: [], onExtraction: [], omit: [] }];
    expect(adviceKind(['extract.transfer'], withFallback).id).toBe('unknown');
    expect(adviceKind(['pretext.refund'], withFallback).id).toBe('refund');
  });

  it('adds the defaults, drops what does not fit, and gives nothing when safe', () => {
    const base = { verdict: 'suspicious' as const, requested: ['hang-up-verify-in-app' as const, 'no-transfer' as const] };
    expect(chooseAdvice({ ...base, fired: ['pretext.police'], stagesSeen: stages('pretext') }, kinds)).toEqual(['no-transfer']);
    expect(chooseAdvice({ ...base, fired: ['pretext.police'], stagesSeen: stages('extraction') }, kinds)).toEqual(['no-transfer', 'already-paid']);
    expect(chooseAdvice({ ...base, fired: ['pretext.refund'], stagesSeen: stages() }, kinds)).toEqual(['hang-up-verify-in-app', 'no-transfer']);
    expect(chooseAdvice({ ...base, verdict: 'safe', fired: ['pretext.refund'], stagesSeen: stages() }, kinds)).toEqual([]);
  });
});

describe('the advice-kind data', () => {
  const tacticIds = new Set([...zhPlaybook.tactics, ...enPlaybook.tactics].map((t) => t.id));
  it.each([['zh', zhPlaybook], ['en', enPlaybook]] as const)('%s: every mark is a tactic, every advice id has a text that keeps the warning rule', (_lang, book) => {
    for (const kind of book.adviceKinds) {
      for (const m of kind.marks) expect(tacticIds.has(m), `${kind.id}: ${m}`).toBe(true);
      for (const id of [...(kind.always ?? []), ...(kind.onExtraction ?? [])]) {
        expect(book.advice[id], id).toBeTruthy();
        expect(violatesWarningRule(book.advice[id]), id).toBeNull();
      }
    }
    for (const t of Object.values(book.advice)) expect(violatesWarningRule(t), t).toBeNull();
  });
});
