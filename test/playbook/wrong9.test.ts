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
import { checkUrl } from '../../src/checks/url/check.ts';
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

/**
 * 8. Each request act of a sentence is read: a reply KEYWORD ("回复1", "回复TD", "回复“验证码”") is that 回复's own
 * object (act.reply `keyword`), not a guard over the sentence, so the code asked back in the same sentence
 * ("回复1确认退款，并把收到的验证码一并回复") is read; the carriers' and banks' keyword notices stay quiet.
 */
describe('8. a reply keyword does not hide the code asked back', () => {
  const ASKS: string[] = [
    '回复1确认退款，并把收到的验证码一并回复',
    '回复1确认退款，并把验证码发给我们',
    '请回复1确认退款，同时回复验证码',
    '【拼多多】回复1确认退款，再回复收到的动态码即可到账',
    '退款请回复1，然后把收到的校验码回复给本号码',
    '回复Y领取理赔金，并回复您收到的短信验证码完成身份核验',
    '您的订单异常，回复1办理退款，回复时请附上收到的验证码',
    '回复1确认关闭会员，关闭需要验证，请把收到的验证码一起回复',
    '回复1退款，回复2换货，退款需要把验证码发过来',
    '您的退款申请已受理，回复Y确认，并将收到的6位验证码回复给客服',
    '亲，理赔款待领取，回复1领取，领取时需把短信验证码回复过来',
  ];
  it.each(ASKS)('the code request is read: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(ids(r), why(r)).toContain('extract.verification-code');
    expect(r.verdict, why(r)).not.toBe('safe');
  });

  const NOTICES: string[] = [
    '【中国移动】回复1确认办理10元流量包，验证码将另行发送',
    '【中国联通】回复1确认开通来电提醒，回复后您将收到验证码，请勿转告他人',
    '【工商银行】回复“验证码”免费办理电子密码器，退订回N',
    '【京东】您的退款已到账，满意请回复1，不满意请回复2，回复T退订',
    '【招商银行】您正在修改密码，验证码为552913，如非本人操作请回复N',
    '【中国电信】回复1开通国际漫游，开通后验证码将发送到您的手机',
    '【美团】回复TD退订。您的验证码是482913，5分钟内有效',
    '【菜鸟驿站】您的包裹已到驿站，回复1确认收货，取件码8823',
    '【移动】回复1办理5G套餐，回复2查询余额，办理成功后将收到短信通知',
    '【银行】回复1确认本次交易，回复2拒绝；验证码请勿回复给任何人',
  ];
  it.each(NOTICES)('a keyword notice stays safe: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict, why(r)).toBe('safe');
  });
});

/**
 * 5. The advice follows the kind that fired, one advice per kind (`adviceExclusive`): an investment scam is
 * told about "teachers" and sure returns, not about order-brushing; a paid-task lure about paid tasks, not
 * about stock tips; 110/96110 stays in every answer that asks for money.
 */
describe('5. the advice follows the scam kind', () => {
  const TASKS = '刷单、点赞、做任务返佣金都是诈骗';
  const INVEST = '带您投资、炒币';
  const INVESTMENT: string[] = [
    '老师带你炒股，稳赚不赔，下载我们的APP充值就能翻倍',
    '加入我们的投资群，导师带单，保证收益30%，先充值5000',
    '内部消息，这只股票稳赚，跟着老师操作，先入金两万到平台账户',
    '数字货币平台高回报，稳赚不赔，充值一万三天翻倍',
    '跟着导师做期货，保本保息，高额回报，请先把资金转入平台',
    '我们的理财项目稳赚不赔，日收益5%，下载APP注册后充值即可',
    '彩票内部渠道，稳赚高回报，充值888元开通导师带单',
    '宝贝，这个平台我一直在投，稳赚不赔，你也充五万进去试试',
    '外汇平台，老师带单收益翻倍，充值后马上能提现',
    '加群听导师讲课，内幕消息稳赚不赔，先开户入金三万',
  ];
  it.each(INVESTMENT)('investment: the investment advice, never the order-brushing one, 110/96110 present: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict, why(r)).not.toBe('safe');
    const all = r.advice.join('\n');
    expect(all, why(r)).toContain(INVEST);
    expect(all, why(r)).not.toContain(TASKS);
    expect(all, why(r)).toMatch(/110或96110/);
  });

  const TASK: string[] = [
    '在家用手机刷单，一单返佣十元，先垫付后返还',
    '【兼职】在家动动手指点赞刷单，一单佣金30元，日赚三五百，先垫付后返还本金加佣金，加QQ领任务',
    '抖音点赞任务，一单3元，日结，先交99元会员费开通',
    '刷单兼职，高额佣金，第一单返现，后面需要垫付三单',
    '宝妈学生兼职，动动手指日赚300，做任务赚佣金，先充值激活账号',
    '打榜任务，完成任务即可领取丰厚佣金，先垫付200元',
    '帮商家刷销量，每单返佣15%，需要先用自己的钱垫付',
    '关注任务一单2元，日结，满100元需交押金提现',
    '给网店刷好评，一单佣金8元，先拍下付款后返还本金和佣金',
    '在家做任务赚钱，返佣高，垫付越多返得越多',
  ];
  it.each(TASK)('paid tasks: the task advice, never the investment one: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict, why(r)).not.toBe('safe');
    const all = r.advice.join('\n');
    expect(all, why(r)).toContain(TASKS);
    expect(all, why(r)).not.toContain(INVEST);
  });
});

/**
 * 6. The answer's language defaults to the input's dominant language by what people read — Han characters
 * against English words — before the grammar words and the first script seen (src/normalise/lang.ts).
 */
describe('6. a mostly Chinese message with English words is answered in Chinese', () => {
  const MOSTLY_ZH: string[] = [
    '【PDD】Your 退款 is pending，请登录 pdd-refund.help 输入card number和password完成',
    '我是Taobao客服，your refund 需要您提供验证码',
    '【JD】Your refund 已审核，请点击链接填写银行卡信息',
    '【Taobao】Your order 退款 is ready，请加客服微信领取',
    'Dear customer，your 退款申请已通过，请提供验证码',
    'Your 快递 is lost，我们会赔偿您，请加微信',
    '【Shopee】Your refund is pending，请回复验证码',
    'Hi, your 订单 refund 需要验证，请把验证码发给我',
    'Your account 已冻结，解冻请联系客服',
    'your account has been frozen，请联系客服解冻',
  ];
  it.each(MOSTLY_ZH)('zh: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.lang, why(r)).toBe('zh');
    for (const a of r.advice) expect(a, why(r)).toMatch(/[\u4e00-\u9fff]/);
  });

  // English with a Chinese name or word dropped in stays English.
  const MOSTLY_EN: string[] = [
    'Your Taobao (淘宝) order has shipped and will arrive on Friday. Track it in the app.',
    'Hello, this is the 淘宝客服 team, your refund is on the way',
    'Please note your refund of 89 元 has been sent back to your card',
    'Hi 王伟, your parcel from 淘宝 could not be delivered, please reschedule in the app',
  ];
  it.each(MOSTLY_EN)('en: %s', (text) => {
    expect(analyze({ channel: 'sms', text }).lang).toBe('en');
  });
});

/**
 * 7. A platform's brand spelled with look-alike characters and glued to other words inside one label
 * ("taoba0refund.com") imitates that platform as much as the hyphenated one does: the label part is read
 * by the look-alike skeleton against the brand and lure words (src/checks/url/words.ts foldedWords).
 */
describe('7. a glued look-alike host is a look-alike of the platform', () => {
  const GLUED: Array<[string, string]> = [
    ['taoba0refund.com', 'taobao'], ['a1ipaytuikuan.cc', 'alipay'], ['rneituankefu.com', 'meituan'], ['tmal1refund.vip', 'taobao'],
    ['jingd0ngtuikuan.com', 'jd'], ['taoba0tuikuan.top', 'taobao'], ['jingd0ngkefu.vip', 'jd'], ['rneituanbuchang.com', 'meituan'],
    ['a1ipaykefu.com', 'alipay'], ['d0uyinrefund.top', 'douyin'], ['taoba0lipei.cc', 'taobao'], ['1ingquta0bao.com', 'taobao'],
  ];
  it.each(GLUED)('%s is dangerous, imitating %s', (host, brand) => {
    const r = checkUrl(host);
    expect(r.verdict, JSON.stringify(r.findings)).toBe('dangerous');
    expect(r.brand).toBe(brand);
    expect(r.findings.map((f) => f.id)).toContain('homoglyph');
  });

  it.each(['taoba0refund.com', 'a1ipaytuikuan.cc', 'rneituankefu.com'])('in a message, %s is a look-alike link, in Chinese', (host) => {
    const r = analyze({ channel: 'sms', text: `退款请访问 ${host} 填写信息` });
    expect(ids(r), why(r)).toContain('shift.lookalike-link');
    expect(r.verdict, why(r)).not.toBe('safe');
    const t = r.tactics.find((x) => x.id === 'shift.lookalike-link')!;
    expect(t.description).toMatch(/[\u4e00-\u9fff]/);
  });

  // Hard negatives: ordinary words with digits, official sites.
  it.each(['github.com', 'b00kstore.com', '10086.cn', 's1ngapore-post.com', 'h0me123.net', 'c1oudstorage.com', 'w0rld-news.com', 'alipay.com', '1688.com'])(
    '%s is no look-alike of a platform', (host) => {
      const r = checkUrl(host);
      expect(r.verdict === 'official' || r.verdict === 'unknown', JSON.stringify(r.findings)).toBe(true);
      expect(r.findings.map((f) => f.id)).not.toContain('homoglyph');
    });
});

