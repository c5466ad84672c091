/**
 * Session 6 newcomer's probes (their own 300 texts, main f669a88): scams the engine read safe, as
 * kinds. Each kind: the newcomer's inputs, siblings of our own, and hard negatives (the legitimate
 * text that says the same words: a shop's after-sales chat the customer opened, a colleague's report
 * screenshot, a shop's 扫码点餐, a company installing 钉钉, a parent paying class fees in the school's app).
 *  1. a request split over two short turns of the counterpart (src/pipeline/step.ts, the carry);
 *  2. a screenshot of your balance, change, payment or collection code (act.screenshot, extract.finances);
 *  3. a code to scan to pay or to claim (act.scan-pay, act.scan-claim, extract.transfer);
 *  4. a private WeChat in slang or script variants (绿泡泡, 綠泡泡; "我拉您进退款群"; "加我v给你退");
 *  5. a named chat or meeting app to install (钉钉 in obj.app);
 *  6. a "one yuan to verify" transfer (ctx.test-pay; the account "我说的");
 *  7. other kinds that ask for money (a fake boss's client, a fake cyber-police fine, a donation by QR,
 *     a training subsidy by QR).
 */
import { describe, expect, it } from 'vitest';
import { Session, getEngine } from '../../../src/index.ts';
import { callerCall, chat, runCase, sms, type FaultCase } from './helpers.ts';

const chatTurns = (...turns: [('caller' | 'user'), string][]) => ({ channel: 'chat' as const, turns: turns.map(([speaker, text]) => ({ speaker, text })) });
const call = (...turns: [('caller' | 'user'), string][]) => ({ channel: 'call' as const, turns: turns.map(([speaker, text]) => ({ speaker, text })) });

const SPLIT_TURNS: FaultCase[] = [
  { name: 'newcomer: Taobao / a refund / six digits in the SMS / read it', expect: 'not-safe', tactics: ['extract.verification-code'],
    input: callerCall('你好我们是淘宝的', '你的账户有一笔退款', '你看下你的手机短信有个六位数', '读一下') },
  { name: 'newcomer: JD / refund / code / say it', expect: 'scam', tactics: ['extract.verification-code'],
    input: callerCall('我是京东客服', '给您退款', '验证码', '报一下') },
  { name: 'the code, then "read it to me" with ASR full stops', expect: 'scam', tactics: ['extract.verification-code'],
    input: callerCall('您好，我是京东客服。', '您上周买的电饭煲有质量问题，要给您退款。', '您手机会收到一个验证码。', '念给我。') },
  { name: 'transfer to / the safe account', expect: 'scam', tactics: ['extract.transfer'],
    input: callerCall('我是支付宝客服', '您的退款需要转到', '安全账户', '我发您账号') },
  { name: 'add / the claims officer\'s WeChat', expect: 'not-safe', tactics: ['shift.group'],
    input: callerCall('您好我们是拼多多的', '给您理赔', '您先加一下', '我们理赔专员的微信') },
  { name: 'open / screen share', expect: 'scam', tactics: ['shift.screen-share'],
    input: callerCall('我是抖音客服', '您开通了百万保障', '要关闭的话', '您开一下', '屏幕共享') },
  { name: 'chat: your card number / send it', expect: 'scam', tactics: ['extract.card-credentials'],
    input: chatTurns(['caller', '我是淘宝客服'], ['caller', '给您退款'], ['caller', '您的银行卡号'], ['caller', '发我一下']) },
  { name: 'hard negative: the user speaks between (the act is not the caller\'s)', expect: 'safe',
    input: call(['caller', '您好这里是顺丰'], ['caller', '您的快递已经到了驿站'], ['user', '好的'], ['caller', '取件码您看一下短信']) },
  { name: 'hard negative: a shop\'s after-sales chat the customer opened', expect: 'safe',
    input: chatTurns(['user', '你好我想问下退货'], ['caller', '亲，您在订单里申请退货'], ['caller', '退款原路返回'], ['caller', '快递单号'], ['caller', '填一下就行']) },
  { name: 'hard negative: a bank\'s warning over two turns', expect: 'safe',
    input: call(['caller', '您好，我是招商银行信用卡中心'], ['caller', '您的账单已出，请按时还款'], ['caller', '还款后会收到短信'], ['caller', '在APP里查看就行']) },
  { name: 'hard negative: account recovery in the app, the code typed in the app', expect: 'at-most-suspicious',
    input: chatTurns(['user', '我的账号登不上了'], ['caller', '您好，请提供一下账号绑定的手机号'], ['caller', '我们给您发一个验证码'], ['caller', '您在APP里输入就行']) },
  { name: 'hard negative: a courier at the door', expect: 'safe',
    input: callerCall('你好，我这边是美团外卖骑手', '您的外卖到楼下了', '麻烦下来拿一下') },
  { name: 'hard negative: a teacher before a parents\' meeting', expect: 'safe',
    input: callerCall('您好，是王女士吗', '我是您孩子的班主任', '明天家长会', '记得带上作业本') },
  { name: 'hard negative: a real refund notice read out, then the app', expect: 'safe',
    input: callerCall('您好，这边是京东售后', '您的退款已经原路退回', '有问题在APP里联系我们') },
];

const SCREENSHOT: FaultCase[] = [
  // Bare, the line is read (the evidence is shown) but the text model discounts it to 25: with any story it is scam.
  { name: 'newcomer: screenshot your bank-card balance for me (bare: evidence shown)', expect: 'at-most-suspicious', tactics: ['extract.finances'], input: chat('您截个图银行卡余额给我') },
  { name: 'newcomer: the same after a refund story', expect: 'scam', tactics: ['extract.finances'], input: callerCall('我是京东客服，给您退款', '您截个图银行卡余额给我') },
  { name: 'newcomer: WeChat change screenshot', expect: 'not-safe', tactics: ['extract.finances'], input: sms('微信零钱截图') },
  { name: 'newcomer: refund through the merchant collection code, screenshot it', expect: 'not-safe', tactics: ['extract.finances'],
    input: sms('您好，您的退款需要通过商家收款码才能到账，请打开支付宝收款码截图发给我') },
  { name: 'newcomer: PICC claim, screenshot your balance', expect: 'scam', tactics: ['extract.finances'],
    input: sms('您好我这边是中国人保，您的快递险理赔款下来了，您截个图您的银行卡余额我帮您录入') },
  { name: 'before the claim, screenshot your Huabei limit', expect: 'not-safe', tactics: ['extract.finances'], input: sms('给您理赔之前，麻烦把花呗额度截屏发我') },
  { name: 'compensation, then the balance as a picture', expect: 'scam', input: sms('亲，快递丢了赔您200元，您把支付宝余额截个图发过来') },
  { name: 'call: refund, then the change screenshot', expect: 'scam', input: callerCall('我是拼多多客服，您的商品有质量问题，给您退款', '您把微信零钱截个屏发我看一下') },
  { name: 'hard negative: a colleague asks for the report screenshot', expect: 'safe', input: chat('把上个月的销售报表截个图发我，开会要用') },
  { name: 'hard negative: a statement screenshot to the group', expect: 'safe', input: chat('小王，把客户的对账单截图发群里') },
  { name: 'hard negative: a friend pays back to your collection code', expect: 'safe', input: chat('你把收款码发我，我把饭钱转你') },
  { name: 'hard negative: the shop asks for the payment screenshot to match the order', expect: 'at-most-suspicious',
    input: chatTurns(['user', '衣服有质量问题'], ['caller', '亲亲抱歉，给您补偿10元，您把付款截图发一下，我核对订单'], ['caller', '补偿会通过平台打款到您的账户']) },
  { name: 'hard negative: the citizen sent her own balance to her son', expect: 'safe', input: chat('我把余额截图发给你了，你看够不够') },
  { name: 'hard negative: after the refund arrives, send the screenshot to the agent', expect: 'safe', input: chat('退款到账后截图发给客服即可') },
];

const SCAN: FaultCase[] = [
  { name: 'newcomer: gift postage, scan to pay 8.8', expect: 'not-safe', tactics: ['extract.transfer'],
    input: sms('亲亲，我们是抖音小店的，给你送的那个赠品活动要收个邮费哈，扫码付8.8元就可以了') },
  { name: 'newcomer: refund 120, scan my code', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('亲，你的衣服质量问题，退你 120，扫我发的码') },
  { name: 'newcomer: shipping-insurance claim, scan to collect', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('退还运费险理赔款请扫码领取') },
  { name: 'compensation waiting, scan to collect', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('您的快递赔偿金已到，扫码领取即可') },
  { name: 'prize postage by scan', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('中奖的奖品包邮到家，扫码支付15元保价费') },
  { name: 'refund, scan to activate', expect: 'not-safe', input: sms('您的快递赔付金已审核，请扫码激活领取') },
  { name: 'call: quality refund, then scan to pay the difference', expect: 'scam', input: callerCall('我是淘宝客服，您的衣服有质量问题要给您退款', '您扫码付1元，系统就能把退款退给您') },
  { name: 'hard negative: a shop\'s own 扫码点餐', expect: 'safe', input: sms('本店支持扫码点餐，扫码付款更方便') },
  { name: 'hard negative: table QR in a restaurant', expect: 'safe', input: sms('欢迎光临，桌上扫码点餐，扫码支付即可') },
  { name: 'hard negative: parking fee by scan', expect: 'safe', input: sms('停车费10元，请扫码缴费') },
  { name: 'hard negative: e-invoice by scan', expect: 'safe', input: sms('扫码领取电子发票') },
  { name: 'hard negative: a shop coupon by scan', expect: 'safe', input: sms('我们店扫码领取优惠券，满100减20') },
  { name: 'hard negative: a subsidy paid to the social-security card', expect: 'safe', input: sms('补贴已发放至您的社保卡，可在银行APP查询') },
];

const PRIVATE_WECHAT: FaultCase[] = [
  { name: 'newcomer: after-sales WeChat, I pull you into the refund group', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('亲，您在我家买的羽绒服含甲醛超标，已给您申请退款，麻烦您加下售后微信 kf88812 我拉您进退款群') },
  { name: 'newcomer: add my v and I refund you', expect: 'not-safe', tactics: ['pretext.refund-off-platform'], input: sms('加我v给你退') },
  { name: 'newcomer: traditional 綠泡泡', expect: 'not-safe', tactics: ['shift.group'], input: sms('亲，您的包裏損壞了，可以理賠，加我綠泡泡') },
  { name: 'simplified 绿泡泡', expect: 'not-safe', tactics: ['shift.group'], input: sms('您的快递丢了，赔您三百，加一下绿泡泡') },
  { name: 'add my WeChat and I refund you', expect: 'not-safe', tactics: ['pretext.refund-off-platform'], input: sms('加我微信给您退') },
  { name: 'I pull you into the claims group', expect: 'not-safe', tactics: ['shift.group'], input: sms('您的商品质量有问题，给您理赔，我拉您进理赔群，群里专员给您操作') },
  { name: 'add green bubble for the difference', expect: 'not-safe', input: sms('空调降价了给您退差价，加我绿色泡泡') },
  { name: 'hard negative: a classmates\' group', expect: 'safe', input: sms('我拉你进同学群，周末聚会') },
  { name: 'hard negative: the estate\'s owners\' group', expect: 'safe', input: sms('我拉你进我们小区业主群') },
  { name: 'hard negative: a courier\'s signed-for notice', expect: 'safe', input: sms('【顺丰】您的快件已签收，如有问题请拨打95338') },
  { name: 'hard negative: a friend\'s green bubble', expect: 'safe', input: sms('周末一起吃饭吧，绿泡泡上说') },
  { name: 'hard negative: the citizen wants the shop\'s WeChat', expect: 'safe', input: sms('我想退款，能加一下你们的微信吗') },
];

const NAMED_APP: FaultCase[] = [
  { name: 'newcomer: download DingTalk, video confirmation', expect: 'not-safe', tactics: ['shift.app-download'],
    input: sms('你好，我是快递公司的，你的件掉了，赔你钱，你下个钉钉我跟你视频确认') },
  { name: 'newcomer: download DingTalk to contact service', expect: 'not-safe', tactics: ['shift.app-download'],
    input: sms('您在淘宝的订单被检测为异常交易，平台将扣除您账户余额2000元作为违约金，如有疑问请下载钉钉联系客服') },
  { name: 'install WeCom for the refund', expect: 'not-safe', tactics: ['shift.app-download'], input: sms('您的退款需要人工处理，请安装企业微信联系理赔专员') },
  { name: 'call: compensation, download DingTalk', expect: 'scam', tactics: ['shift.app-download'], input: callerCall('我是京东物流的，您的快递丢了要给您赔偿', '您下载一个钉钉，我们视频核实一下') },
  { name: 'download Telegram for the claim', expect: 'not-safe', tactics: ['shift.app-download'], input: sms('您的快递丢失要给您理赔，请下载telegram联系专员') },
  { name: 'hard negative: a company installing DingTalk for staff', expect: 'safe', input: chat('各位同事，公司统一使用钉钉考勤，请今天下班前下载钉钉并加入公司组织') },
  { name: 'hard negative: new staff and WeCom', expect: 'safe', input: chat('新员工请下载企业微信，用手机号登录') },
  { name: 'hard negative: a school\'s DingTalk class', expect: 'safe', input: sms('各位家长，下周网课用钉钉，请提前下载好') },
  { name: 'hard negative: DingTalk meeting moved', expect: 'safe', input: chat('明天的钉钉会议改到下午三点') },
  { name: 'hard negative: a warning about DingTalk screen share', expect: 'safe', input: sms('警方提醒：陌生人让你下载钉钉开共享屏幕的都是骗子') },
];

const TEST_TRANSFER: FaultCase[] = [
  { name: 'newcomer: lost parcel, type my account, one yuan to verify', expect: 'not-safe', tactics: ['extract.transfer'],
    input: call(['caller', '阿姨您好，我是快递公司的，您家的快递弄丢了要赔您钱'], ['user', '哦哦，好的小伙子'],
      ['caller', '您现在身边有没有年轻人啊？没有也没关系，您打开手机银行我教您'], ['caller', '您在转账那里输入我说的账号，输个一块钱验证一下，马上给您打回来']) },
  { name: 'one yuan to test the account, then the refund', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('先转一元测试一下账户，我这边确认收到就给您退款') },
  { name: 'the account I read out, one yuan', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('您往我说的账号转一块钱，验证一下能不能到账') },
  { name: 'two yuan to verify identity', expect: 'not-safe', input: sms('给您理赔前需要验证身份，您转2元到我给您的账号') },
  { name: 'call: claim, then a test transfer', expect: 'scam', input: callerCall('我是中通理赔员，您的快件丢了，赔您三倍运费', '您打开支付宝，转一块钱试一下，马上退给您') },
  { name: 'hard negative: the platform pays a cent to verify your card', expect: 'safe', input: sms('绑定银行卡时平台会打一分钱到您的卡上用于验证') },
  { name: 'hard negative: a code to type on login', expect: 'safe', input: sms('请输入验证码完成登录') },
  { name: 'hard negative: a friend tests the new account', expect: 'safe', input: chat('我先给你转一块钱，你看看收到没有') },
  { name: 'hard negative: a bank\'s transfer notice', expect: 'safe', input: sms('【建设银行】您尾号1234的账户转出1.00元，余额5,000.00元') },
  { name: 'hard negative: the citizen asks', expect: 'safe', input: chat('转一块钱试一下能到账吗？我第一次用这个卡') },
];

const OTHER_MONEY: FaultCase[] = [
  { name: 'newcomer: the boss in a meeting, a client\'s deposit', expect: 'not-safe', tactics: ['extract.third-party-payee'],
    input: chatTurns(['caller', '在吗'], ['user', '在的，领导'], ['caller', '我在开会，不方便接电话，你帮我给一个客户转五万保证金，账户我发你'], ['caller', '转完截图给我']) },
  { name: 'newcomer: cyber-police, a fine and no case', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('你好，我是网警，你在网上看不良视频被我们监测到了，交五千罚款就不立案') },
  { name: 'newcomer: donation by QR', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('山区儿童需要你的帮助，扫码捐款，每人10元') },
  { name: 'newcomer: training subsidy by QR', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('【人社部】2026年职业技能补贴已发放，请扫码领取，截止今日24点') },
  { name: 'a bond and the case is dropped', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('你涉嫌违规，缴纳三千保证金就可以撤案') },
  { name: 'the boss: pay the supplier, account to follow', expect: 'not-safe', input: chat('我这边走不开，你先给供应商转三万货款，账号我发你') },
  { name: 'love donation by scan, 20 yuan', expect: 'not-safe', input: sms('献爱心，扫码支付20元，帮助白血病患儿') },
  { name: 'subsidy by scan, today only', expect: 'not-safe', input: sms('您的育儿补贴待领取，请扫码申领，今日截止') },
  { name: 'newcomer: a fake 闲鱼 agent, refund to the third-party guarantee account', expect: 'not-safe', tactics: ['extract.transfer'],
    input: sms('闲鱼客服：买家付款后投诉您商品有问题，您需要先退款到我们的第三方担保账户，审核后再退给买家') },
  { name: 'the deposit into the guarantee account first', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('交易需要先把货款转入担保账户，确认后平台放款') },
  { name: 'hard negative: the platform holds the money itself', expect: 'safe', input: sms('【闲鱼】买家已付款，货款由平台担保，确认收货后自动打到您的账户') },
  { name: 'hard negative: a traffic fine in the official app', expect: 'safe', input: sms('您的交通违法罚款200元，请在交管12123APP缴纳') },
  { name: 'hard negative: a parent pays class fees in the school app', expect: 'safe', input: sms('家长您好，本学期书本费320元，请在学校缴费APP里支付') },
  { name: 'hard negative: class fee in the school\'s mini-program', expect: 'safe', input: sms('【XX小学】请家长在“智慧校园”小程序缴纳本学期班费200元') },
  { name: 'hard negative: a school charity drive without a sum', expect: 'safe', input: sms('学校组织爱心捐款，家长自愿，请在学校缴费APP里操作') },
  { name: 'hard negative: a colleague reports the transfer done', expect: 'safe', input: chat('上午已经给客户转了货款，回单我放共享盘了') },
];

describe('newcomer 6, kind 1: a request split over two turns of the counterpart', () => {
  for (const c of SPLIT_TURNS) it(c.name, () => { runCase(c); });

  it('a live session resumed from its snapshot still joins the split request', () => {
    const engine = getEngine();
    const a = new Session(engine, { channel: 'call' });
    a.push({ speaker: 'caller', text: '我是京东客服，给您退款' });
    a.push({ speaker: 'caller', text: '您手机上那个验证码' });
    const b = new Session(engine, {}, a.snapshot());
    const r = b.push({ speaker: 'caller', text: '念给我' }).state;
    expect(r.tactics.map((t) => t.id)).toContain('extract.verification-code');
    // The evidence names the turn that completed the request, within its own text.
    const ev = r.tactics.find((t) => t.id === 'extract.verification-code')!.evidence[0]!;
    expect(ev.turn).toBe(2);
    expect(ev.text).toBe('念给我');
  });

  it('keeps only the end of the counterpart\'s turn, long numbers masked, and nothing after the user speaks', () => {
    const engine = getEngine();
    const s = new Session(engine, { channel: 'call' });
    s.push({ speaker: 'caller', text: '您的卡号是6222021234567890128对吧，' + '很长的一句话'.repeat(10) + '验证码' });
    const carry = s.foldState().carry!;
    expect(carry.length).toBeLessThanOrEqual(24);
    expect(carry.endsWith('验证码')).toBe(true);
    s.push({ speaker: 'caller', text: '我的工号是88123456，验证码' });
    expect(s.foldState().carry).toMatch(/^我的工号是########.验证码$/);
    s.push({ speaker: 'user', text: '我的卡号6222021234567890128' });
    expect(s.foldState().carry).toBeNull();
    expect(JSON.stringify(s.snapshot())).not.toContain('6222021234567890128');
  });
});
describe('newcomer 6, kind 2: a screenshot of your balance or your codes', () => {
  for (const c of SCREENSHOT) it(c.name, () => { runCase(c); });
});
describe('newcomer 6, kind 3: a code to scan to pay or to claim', () => {
  for (const c of SCAN) it(c.name, () => { runCase(c); });
});
describe('newcomer 6, kind 4: a private WeChat in slang or another script', () => {
  for (const c of PRIVATE_WECHAT) it(c.name, () => { runCase(c); });
});
describe('newcomer 6, kind 5: a named chat or meeting app to install', () => {
  for (const c of NAMED_APP) it(c.name, () => { runCase(c); });
});
describe('newcomer 6, kind 6: a small sum to "verify"', () => {
  for (const c of TEST_TRANSFER) it(c.name, () => { runCase(c); });
});
describe('newcomer 6, kind 7: other kinds that ask for money', () => {
  for (const c of OTHER_MONEY) it(c.name, () => { runCase(c); });
});
