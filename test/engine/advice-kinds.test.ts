/**
 * The advice fits the scam kind (the one kind table, src/playbook/scam-kinds.ts: each kind's `advice`): a fake
 * police call is not told to "check the order in the shopping app", a paid-task lure is told that
 * paid tasks are the scam, the refund scam keeps the seed bulletin's advice.
 */
import { describe, expect, it } from 'vitest';
import { analyze, violatesWarningRule } from '../../src/index.ts';
import { chooseAdvice } from '../../src/advise/advise.ts';
import { KIND_ADVICE, kindAdvice, PAID_ADVICE } from '../../src/playbook/scam-kinds.ts';
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

  it('a support-agent call whose fake police steps outnumber its opening is the police kind, headline and advice alike', () => {
    // Session 11's merge: the advice table put any agent's opening first (shopping app + police); the headline
    // counted the police steps (3 marks to 2). One table now: the police kind's advice, "hang up" in its own words.
    const r = analyze(call(
      '您好，我是京东金融的客服，您之前开通了学生账户，现在要注销，否则影响征信',
      '我给您转接公安局的民警，您的账户涉嫌洗钱，需要把钱转到安全账户核查',
    ));
    const text = r.advice.join('\n');
    expect(text).toContain(POLICE);
    expect(text).not.toContain(SHOPPING_APP);
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

describe('the kind rule (src/advise/advise.ts with src/playbook/scam-kinds.ts)', () => {
  const stages = (...s: ('extraction' | 'pretext')[]) => new Set(s);
  const ids = (...list: string[]) => list.map((id) => ({ id }));

  it('the advice set is the headline kind\'s; a reported loss replaces it; no kind is "verify it yourself"', () => {
    expect(kindAdvice(ids('pretext.quality-refund'))).toBe(KIND_ADVICE['shopping-app']);
    expect(kindAdvice(ids('pretext.police-case'))).toBe(KIND_ADVICE.own);
    expect(kindAdvice(ids('contact.impersonation', 'pretext.loan-ad'))).toBe(KIND_ADVICE.own);
    expect(kindAdvice(ids('extract.transfer'))).toBe(KIND_ADVICE['verify-yourself']);
    expect(kindAdvice(ids('pretext.quality-refund', 'extract.user-paid'))).toBe(PAID_ADVICE);
    expect(kindAdvice([{ id: 'pretext.quality-refund' }, { id: 'extract.user-paid', weight: 0 }])).toBe(KIND_ADVICE['shopping-app']);
  });

  it('adds the defaults, drops what does not fit, and gives nothing when safe', () => {
    const base = { verdict: 'suspicious' as const, requested: ['hang-up-verify-in-app' as const, 'no-transfer' as const] };
    const own = KIND_ADVICE.own;
    const shop = KIND_ADVICE['shopping-app'];
    expect(chooseAdvice({ ...base, fired: ['pretext.police-case'], stagesSeen: stages('pretext') }, own)).toEqual(['no-transfer']);
    expect(chooseAdvice({ ...base, fired: ['pretext.police-case'], stagesSeen: stages('extraction') }, own)).toEqual(['no-transfer', 'already-paid']);
    expect(chooseAdvice({ ...base, fired: ['pretext.quality-refund'], stagesSeen: stages() }, shop)).toEqual(['hang-up-verify-in-app', 'no-transfer']);
    expect(chooseAdvice({ ...base, verdict: 'safe', fired: ['pretext.quality-refund'], stagesSeen: stages() }, shop)).toEqual([]);
  });
});

describe('the kind advice data', () => {
  it.each([['zh', zhPlaybook], ['en', enPlaybook]] as const)('%s: every advice id a kind adds has a text that keeps the warning rule', (_lang, book) => {
    for (const set of [...Object.values(KIND_ADVICE), PAID_ADVICE]) {
      for (const id of [...set.always, ...set.onExtraction]) {
        expect(book.advice[id], id).toBeTruthy();
        expect(violatesWarningRule(book.advice[id]), id).toBeNull();
      }
    }
    for (const t of Object.values(book.advice)) expect(violatesWarningRule(t), t).toBeNull();
  });
});
