/**
 * Session 11's request-grammar kinds (grammar11), each with the input and siblings of our own writing,
 * positives and hard negatives:
 *  1. a code handed on with its direction ("发过去", "报给他", "交给工作人员", "告诉对方") is the grammar's own
 *     act class (lexicon.ts act.hand-on: every verb × every receiver), read against the code object;
 *  4. money the reader RECEIVES (退税, 退税款, 退押金…) is no fee quoted; a fee to receive it still is one;
 *  5. a news story without a 骗 word (近日，市民王女士接到…，对方要求其…) tells its requests: the dateline opening a
 *     sentence makes the turn a story (grammar newsFrames), read as after a frame word for a case's third person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { chat, why } from './faults/helpers.ts';

const ids = (r: ReturnType<typeof analyze>): string[] => r.tactics.map((t) => t.id);

describe('1. a code handed on, said with its direction, is asked for', () => {
  const CODE = 'extract.verification-code';
  const ASKED = [
    '快递理赔的人让我把收到的验证码发过去',
    '你把验证码报给他就行',
    '验证码交给工作人员',
    '把收到的验证码念给专员听一下',
    '你把动态码告诉对方就可以退款了',
    '稍后您会收到一个校验码，直接报过去就行',
    '你把收到的验证码读给理赔员',
    '把验证码回复给他就好',
    '短信验证码直接告知工作人员，我们马上给您办理',
    '您把手机收到的确认码传给我同事',
    '验证码说给操作员听，他帮您解除',
  ];
  it.each(ASKED)('asks for the code: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(CODE);
  });

  const NOT_ASKED = [
    '我已经把验证码发过去了',
    '验证码千万不要发给对方',
    '任何人让你把验证码报给他，都是骗子',
    '验证码别告诉他们',
    '你把照片发过去给他看看',
    '把文件交给工作人员就行',
    '把发票拍照发给客服',
    '验证码不能告诉工作人员，银行不会要',
    '把作业交给老师',
    '这个消息你转告他一下',
  ];
  it.each(NOT_ASKED)('no code asked: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(CODE);
  });
});

describe('4. money received is no fee quoted', () => {
  const FEE = 'extract.fee-quoted';
  const RECEIVED = [
    '【个人所得税】您的2025年度汇算退税款1860元已审核通过，将退至您的银行卡，请注意查收',
    '您有一笔退税款3200元待领取，请登录个人所得税APP查看',
    '您的退税1500元已到账',
    '退税款两千三百元已退回您尾号6621的银行卡',
    '您申请的个税退税860元已办理完毕',
    '您的个税退税款已退还，金额1200元，请查收',
  ];
  it.each(RECEIVED)('no fee: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(FEE);
    expect(r.verdict, why(r)).toBe('safe');
  });

  const FEES = [
    '您有一笔退税款3200元待领取，领取需先交手续费300元',
    '领取退税需先交手续费',
    '您有一笔补贴2000元待领取，需先缴纳个人所得税200元',
    '您的退税款3000元已冻结，需缴纳税费500元解冻',
    '返还款5000元待领取，请先支付保证金1000元',
    '中奖奖金需先交税800元才能发放',
  ];
  it.each(FEES)('a fee to receive it: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(FEE);
  });
});

describe('5. a news story without a 骗 word tells its requests, it does not make them', () => {
  // The dateline or attribution opening a sentence (近日, 日前, 据介绍, 记者…) + a case's third person, in a
  // sentence that speaks to nobody present (grammar newsFrames, src/match/framing.ts).
  const TOLD = [
    '近日，市民王女士接到一个自称快递客服的电话，对方称其包裹丢失，要求其下载会议软件并开启屏幕共享。',
    '近日，家住城南的刘先生接到自称电商客服的来电，称其购买的商品有质量问题可以退款，随后要求其提供银行卡号和验证码。',
    '据介绍，张先生按照对方指示将3万元转入所谓的安全账户。',
    '记者了解到，陈女士在对方的指导下下载了一款APP，并按要求填写了银行卡信息。',
    '昨日，市民周先生接到一条短信，称其医保卡异常，要求其点击链接填写身份信息。',
    '近日，市民张先生接到自称银行客服的电话，对方要求其将存款转到安全账户。张先生随即转账5万元。',
    '据介绍，李女士按照对方要求在借呗借款2万元转入对方账户。',
    '前不久，一名男子接到电话称其涉嫌洗钱，要求其下载会议软件配合调查。',
    '【本地新闻】日前，家住江北的赵阿姨接到电话，对方自称京东客服，称其开通了百万保障，要求其加入QQ群取消扣费。',
    '据悉，孙先生在对方引导下开启了屏幕共享，并把手机收到的验证码报给了对方。',
  ];
  it.each(TOLD)('a story, not a request: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).toBe('safe');
  });

  // A real scammer cannot hide behind one dateline word: the reader addressed (您) or told (请) is asked.
  const ASKED = [
    '近日您的订单异常，请提供验证码',
    '近日我们发现您的账户存在风险，请下载会议软件配合处理',
    '【京东】近日系统升级，王先生请于今日内登录 jd-refund.top 验证银行卡信息',
    '近日，有市民反映收不到退款，请您加客服微信办理',
    '据了解，您的账户存在异常，请提供验证码核实',
    '近日，市民李女士的快递丢失，快递公司将给予理赔，请李女士添加理赔专员微信',
    '近期平台发现部分用户订单异常，用户需下载会议软件联系客服处理退款',
  ];
  it.each(ASKED)('still asked: %s', (text) => {
    const r = analyze(chat(text));
    expect(r.verdict, why(r)).not.toBe('safe');
  });
});

describe('6. the listener made the subject again ends the speaker\'s clause, punctuated or not', () => {
  // Voice-to-text runs clauses together: "我刚才…" (the speaker's own) must not own "麻烦你把钱退给我" after it
  // (grammar listenerSubjects), and the money asked back is a money request (act.transfer × obj.money).
  const ASKED = [
    '不好意思，我刚才转错账了，转到你卡上了，麻烦你把钱退给我一下',
    '不好意思我刚才转错账了转到你卡上了麻烦你把钱退给我一下',
    '我刚才把钱转错了你把钱退回来吧',
    '兄弟我刚才手滑转错了两千到你支付宝你把钱转回给我吧',
    '我刚才转错账了麻烦您把钱退还给我我等着急用',
    '你好我刚才不小心转错了钱到你微信上了你赶紧把钱转回给我',
  ];
  it.each(ASKED)('the money asked back: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain('extract.money-request');
    expect(r.verdict, why(r)).not.toBe('safe');
  });

  const NOT_ASKED = [
    '我刚才已经把钱转给你了你查收一下',
    '我把钱退给他了',
    '工资已经转到你卡上了',
    '妈我刚到家你把那件衣服退给我吧',
    '我刚才把快递退回去了你帮我看看物流',
    '我转错了账，已经联系银行原路退回了',
  ];
  it.each(NOT_ASKED)('no money asked: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain('extract.money-request');
    expect(r.verdict, why(r)).toBe('safe');
  });
});
