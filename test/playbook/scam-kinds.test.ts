/**
 * The headline's scam kind (src/playbook/scam-kinds.ts): the table itself, the rule that picks a kind, and
 * messages of our own writing of each kind read by the engine and named (the citizen page's "很可能是虚假贷款诈骗"
 * and the bank's hold reason were "冒充客服退款诈骗" for any kind, seen on a loan advert).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { violatesWarningRule } from '../../src/advise/advise.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { kindOf, SCAM_KINDS, scamKind } from '../../src/playbook/scam-kinds.ts';

const HAN = /[\u3400-\u9fff]/;

describe('the kinds table', () => {
  const tactics = new Set([...PLAYBOOKS.zh.tactics, ...PLAYBOOKS.en.tactics].map((t) => t.id));

  it('names each kind once, in both languages, with no link or number', () => {
    expect(new Set(SCAM_KINDS.map((k) => k.id)).size).toBe(SCAM_KINDS.length);
    for (const k of SCAM_KINDS) {
      // One kind is nameless (it tells the advice only): the last, 'other'.
      if (k.name === undefined) {
        expect(k.id).toBe('other');
        continue;
      }
      expect(HAN.test(k.name.zh), k.id).toBe(true);
      expect(HAN.test(k.name.en), k.id).toBe(false);
      for (const n of [k.name.zh, k.name.en]) expect(violatesWarningRule(n), n).toBeNull();
    }
  });

  it('every mark and hint is a tactic of a playbook (a typo would name no kind, silently)', () => {
    for (const k of SCAM_KINDS) for (const id of [...k.marks, ...(k.hints ?? [])]) expect(tactics, `${k.id}: ${id}`).toContain(id);
  });
});

describe('the rule', () => {
  const ids = (...list: string[]) => list.map((id) => ({ id }));
  it('the kind with the most marks; a tie goes to the first in the table', () => {
    expect(scamKind(ids('pretext.quality-refund', 'pretext.task-lure', 'extract.task-escalation'))?.id).toBe('task');
    expect(scamKind(ids('pretext.quality-refund', 'pretext.police-case'))?.id).toBe('refund');
    expect(scamKind(ids('pretext.sextortion', 'pretext.sex-lure'))?.id).toBe('sextortion');
  });
  it('a hint only when no mark fired; hints in table order, the claimed agent last', () => {
    expect(scamKind(ids('contact.impersonation'))?.id).toBe('agent');
    expect(scamKind(ids('contact.impersonation', 'pretext.easy-money'))?.id).toBe('task');
    expect(scamKind(ids('contact.impersonation', 'pretext.loan-ad'))?.id).toBe('loan');
    expect(scamKind(ids('pretext.easy-money', 'pretext.stock-tips'))?.id).toBe('investment');
  });
  it('no kind from nothing, from the text model, from a legitimacy sign, or when safe', () => {
    expect(scamKind([])).toBeNull();
    expect(scamKind(ids('contact.model', 'extract.verification-code'))).toBeNull();
    expect(scamKind([{ id: 'pretext.loan-ad', weight: -10 }])).toBeNull();
    expect(kindOf({ verdict: 'safe', tactics: ids('pretext.loan-ad') }, 'zh')).toBeNull();
    expect(kindOf({ verdict: 'suspicious', tactics: ids('pretext.loan-ad') }, 'en')).toEqual({ id: 'loan', name: 'a fake loan scam', shoppingApp: false });
  });
  it('"赔偿/补偿" alone (pretext.payout-offer) is the refund scam only when no kind\'s mark fired', () => {
    expect(scamKind(ids('pretext.payout-offer'))?.id).toBe('refund');
    expect(scamKind(ids('pretext.payout-offer', 'contact.impersonation'))?.id).toBe('refund');
    expect(scamKind(ids('contact.acquaintance', 'pretext.urgent-money', 'pretext.payout-offer'))?.id).toBe('acquaintance');
    expect(scamKind(ids('pretext.payout-offer', 'pretext.police-case'))?.id).toBe('police');
    expect(scamKind(ids('pretext.payout-offer', 'pretext.quality-refund', 'pretext.police-case'))?.id).toBe('refund');
  });
  it('the same tactic twice counts once', () => {
    expect(scamKind(ids('pretext.account-trade', 'pretext.account-trade', 'shift.private-trade', 'extract.direct-payment'))?.id).toBe('shopping');
  });
});

/** Our own messages, one kind each: [kind, text]. Their names come from the table, whatever the message says. */
const OWN: [string, string][] = [
  ['refund', '您好，我是拼多多售后，您上周买的儿童外套甲醛超标，我们给您退款并额外赔偿200元，请加客服微信办理。'],
  ['refund', '【唯品会】您购买的鞋子因质检不合格被召回，可获双倍退款，请点击链接填写收款银行卡。'],
  ['refund', '您好，我是淘宝客服，您买的护肤品检测出质量问题，给您三倍赔偿，请加理赔QQ群领取。'],
  ['customer-service', '您好，您在抖音开通的会员服务到期将自动续费每月699元，如需取消请联系专员。'],
  ['customer-service', '您好，我是微粒贷客服，您名下有一个学生贷款账户没有注销，会影响个人征信，需要配合注销。'],
  ['police', '这里是上海市公安局刑侦支队，您的银行卡涉嫌洗钱，需要把资金转入安全账户接受审查。'],
  ['police', '我是检察院的工作人员，你涉嫌一起诈骗案，现在把电话转接到办案民警。'],
  ['official', '您的医保卡存在异常消费，涉嫌骗保，即将冻结，请点击链接核实。'],
  ['acquaintance', '妈，我手机掉水里了，这是我同学的号，急用钱交培训费，你转3000到这个卡上。'],
  ['acquaintance', '小刘，我是王局长，明天到我办公室来一趟，先加一下我的新微信。'],
  // A relative's accident with a "赔偿" in it is the relative's story, not a refund.
  ['acquaintance', '爸，我是小军，换了新号码，在学校打球把同学眼镜弄坏了，要赔偿三千，你先帮我转过去。'],
  ['acquaintance', '舅舅，我是你外甥，我手机丢了用朋友的号，出了点事要赔偿人家，急需用钱，能先借我五千吗'],
  ['refund', '您好，我是淘宝客服，您的订单快递丢失，我们给您全额赔偿，请加微信办理。'],
  ['loan', '征信不好也能贷，不看征信，黑户可贷，最快当天下款，有需要加微信详聊。'],
  ['loan', '您有一笔30万元的无抵押贷款额度已预留，秒到账，点击链接领取。'],
  ['task', '诚招手机兼职，点赞关注就能赚钱，一单5元，日结佣金，添加QQ 55667788。'],
  ['task', '你这单卡住了，必须再完成三单组合任务，才能把本金和佣金一起提出来。'],
  ['investment', '我是股票群的助理，老师每天免费推荐牛股，跟着操作稳赚不赔，加群领取。'],
  ['investment', '亲爱的，这个外汇平台是我舅舅内部的，每个月固定收益20%，你先注册一个试试。'],
  ['prize', '恭喜您的手机号被抽中为幸运用户，获得苹果手机一台，需先支付运费和税费198元。'],
  ['game', '你好，你的游戏账号要卖吗？我出800，我们私下交易，你去这个平台上架。'],
  ['game', '免费送你游戏皮肤，把你的付款码截图发我就行。'],
  ['romance', '我在叙利亚维和，很快就退役了，想和你结婚，但现在需要你先帮我交一笔手续费。'],
  ['sextortion', '我录了你的裸聊视频，不转三万过来就发给你通讯录里的所有人。'],
  ['job', '缅甸高薪工作，月入三万，包机票，不要经验，速来。'],
  ['shopping', '茅台原价出，内部渠道，一箱只要800，先付款后发货，微信转我。'],
  ['loss-recovery', '我们是追损团队，可以帮您把被骗的钱追回来，先交5000元服务费。'],
  ['gambling', '百家乐注册送彩金，首充送100%，内部计划员带你赢。'],
];

/** Messages that are no scam: no kind at all (the page says "暂未发现", the bank hears no kind). */
const LEGIT: string[] = [
  '【招商银行】您尾号1234的信用卡本期账单已出，应还款2356.00元，请于15日前还款。',
  '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户。',
  '周末一起去爬山吧，我开车，早上八点小区门口见。',
  '【京东】您的快递已到小区驿站，取件码 3-2-1108，请尽快领取。',
];

describe('our own messages of each kind are named by the kind', () => {
  it.each(OWN)('%s: %s', (kind, text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict).not.toBe('safe');
    expect(kindOf(r, 'zh')?.id).toBe(kind);
    // The name is the table's, never the sender's words.
    expect(kindOf(r, 'zh')?.name).toBe(SCAM_KINDS.find((k) => k.id === kind)!.name!.zh);
  });
  it.each(LEGIT)('no kind for a real message: %s', (text) => {
    expect(kindOf(analyze({ channel: 'sms', text }), 'zh')).toBeNull();
  });
  it('an English scam is named in English', () => {
    const r = analyze({ channel: 'sms', text: 'Hi, this is Amazon support. Your order was charged $899 by mistake; to cancel, install AnyDesk and read me the code we sent.' });
    expect(r.verdict).not.toBe('safe');
    expect(kindOf(r, 'en')?.name).toMatch(/^a fake /);
  });
});
