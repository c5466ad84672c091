/**
 * ncsurface16 kind 4 (newcomer16 K3): chat exports with "name time" header lines (a WeChat or QQ copy)
 * lost who spoke, so a chat the citizen opened with an agent read as a stranger's (wx3: scam 85 where the
 * same turns as 我：/客服： lines read safe 0). The headers are now turns (src/engine/chat-export.ts): a
 * name the speaker labels or a service account's name place (我, …客服, …官方店, …银行) gives the side, the
 * other name of a two-name chat the other side, and who spoke first opened the chat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, parseInput } from '../../../src/index.ts';
import { headerName, parseChatExport } from '../../../src/engine/chat-export.ts';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const exp = (...rows: [string, string][]) => rows.map(([h, t]) => `${h}\n${t}`).join('\n');

// Chats the citizen opened with a real agent, exported with headers: safe (the agent's identity check is the process).
const USER_OPENED: FaultCase[] = [
  ['bank card frozen, ID digits asked', exp(['我 2025-11-30 14:02', '你好，我的银行卡被冻结了，怎么回事'], ['XX银行在线客服 2025-11-30 14:03', '您好，为核实身份，请提供您的身份证号后四位和预留手机号，我帮您查询'], ['我 2025-11-30 14:04', '身份证后四位1234，手机13812345678'], ['XX银行在线客服 2025-11-30 14:05', '您的卡因长期未使用被暂停非柜面交易，请携带身份证到任一网点办理解除，我行不会要求您转账或提供验证码'])],
  ['phone line stopped, carrier asks the owner check (an identity check in a chat the citizen opened: at most suspicious by design)', exp(['2025-11-30 14:02:11 我', '你好，我手机号被停机了，怎么办'], ['2025-11-30 14:02:40 中国移动在线客服', '您好，为了核实机主身份，请提供机主姓名和身份证号后六位'], ['2025-11-30 14:03:30 我', '张三，123456'], ['2025-11-30 14:04:02 中国移动在线客服', '已核实，您的号码因欠费停机，充值后两小时内自动恢复'])],
  ['return of a down jacket, order number asked', exp(['王芳 12:01', '你好，我在你们店买的羽绒服想退货'], ['XX女装官方店 12:02', '亲，麻烦提供下订单号，我帮您看看'], ['王芳 12:03', '订单号 2781345567890'], ['XX女装官方店 12:05', '亲，已经为您同意退货退款了，您在订单页面填写快递单号寄回，我们收到后退款原路退回'])],
  ['a leaking cup, refund in the app', exp(['我 2026/12/1 10:02', '你好，我买的保温杯漏水，能退吗'], ['XX旗舰店客服 2026/12/1 10:03', '亲亲，非常抱歉，麻烦您提供一下订单号和收件手机号，我帮您登记退款'], ['我 2026/12/1 10:04', '订单号 3345667788990，手机 13812345678'], ['XX旗舰店客服 2026/12/1 10:05', '好的亲，已为您登记，您在淘宝APP我的订单里点申请退款，选仅退款，我这边马上同意，款项原路退回'])],
  ['lost card report, last four digits', exp(['我 昨天 20:11', '我的信用卡丢了，想挂失'], ['招商银行信用卡客服 昨天 20:12', '您好，请提供卡号后四位和持卡人姓名，我为您办理挂失'], ['我 昨天 20:13', '后四位6688，李明'], ['招商银行信用卡客服 昨天 20:14', '已为您办理挂失，新卡将在7个工作日内寄到您的账单地址'])],
  ['account recovery in a platform chat', exp(['我 下午 3:05', '我的账号登不上了，提示异常'], ['抖音官方客服 下午 3:06', '您好，为保障账号安全，请提供注册手机号和最近一次登录的城市'], ['我 下午 3:07', '13900001111，杭州'], ['抖音官方客服 下午 3:08', '已为您提交申诉，24小时内会以站内信通知结果，请勿向任何人透露验证码'])],
  ['delivery delayed, courier support', exp(['我 2025-12-01 09:30', '我的快递三天没动了'], ['顺丰在线客服 2025-12-01 09:31', '您好，请提供运单号和收件人手机号后四位'], ['我 2025-12-01 09:32', 'SF1234567890，后四位5678'], ['顺丰在线客服 2025-12-01 09:33', '已为您催件，预计明天派送，请保持电话畅通'])],
  ['en: a card declined, bank chat', exp(['me 10:02 AM', 'Hi, my card was declined at the shop, why?'], ['Barclays Support 10:03 AM', 'Hello, to check your identity please give me the last four digits of your card and your date of birth'], ['me 10:04 AM', '4411, 3 March 1980'], ['Barclays Support 10:05 AM', 'Thanks, a fraud check blocked it; I have lifted it. We will never ask for your PIN or a code.'])],
  ['insurance claim follow-up', exp(['我 2025-11-29 16:20', '我上周报的车险理赔到哪一步了'], ['平安保险在线客服 2025-11-29 16:21', '您好，请提供报案号和被保险人姓名'], ['我 2025-11-29 16:22', '报案号 RA202511220001，王强'], ['平安保险在线客服 2025-11-29 16:24', '理赔款已审核通过，将在3个工作日内打到您报案时登记的银行卡'])],
  ['utility bill question', exp(['我 11-28 19:00', '这个月电费怎么这么高'], ['国家电网客服 11-28 19:01', '您好，请提供户号，我帮您查一下用电明细'], ['我 11-28 19:02', '户号 3100123456'], ['国家电网客服 11-28 19:03', '您本月用电量比上月多了120度，可在网上国网APP查看每日用电'])],
  ['my card swallowed', exp(['我 2025-11-30 11:00', '我的银行卡在ATM被吞了，怎么办'], ['工商银行在线客服 2025-11-30 11:01', '您好，请提供您的姓名、身份证号和卡号后四位，我帮您登记领卡'], ['我 2025-11-30 11:02', '李强，身份证320102198001011234，卡号后四位9921'], ['工商银行在线客服 2025-11-30 11:03', '已登记，请三个工作日后携带身份证到该网点领卡'])],
  ['account frozen by a bank, ID and phone', exp(['我 14:10', '我的卡怎么被冻结了，转不了账'], ['建设银行客服 14:11', '您好，为核实身份请提供身份证号后六位和预留手机号'], ['我 14:12', '123456，13800001234'], ['建设银行客服 14:13', '您的账户因身份证过期被限制，请在手机银行更新证件或到网点办理，本行不会要求您转账'])],
  ['Alipay account locked', exp(['我 2025-11-28 21:00', '我的支付宝被冻结了，怎么解封'], ['支付宝官方客服 2025-11-28 21:01', '您好，请提供绑定的手机号和身份证后四位，我帮您查询冻结原因'], ['我 2025-11-28 21:02', '13700002222，后四位5566'], ['支付宝官方客服 2025-11-28 21:04', '账户因异地登录被保护，请在支付宝APP中完成人脸验证即可解除'])],
  ['WeChat pay limit', exp(['我 09:00', '微信支付被限额了，怎么回事'], ['微信支付客服 09:01', '您好，请提供您的实名姓名和身份证号后四位'], ['我 09:02', '赵敏，7788'], ['微信支付客服 09:03', '已查到，您的账户需要补充实名信息，请在微信-我-服务-钱包中完善身份信息'])],
  ['credit card stolen use (an identity check in a chat the citizen opened: at most suspicious by design)', exp(['我 2025-11-30 23:10', '我的信用卡被盗刷了两千块'], ['招商银行信用卡客服 2025-11-30 23:11', '您好，请提供卡号后四位和身份证号后六位，我先为您冻结卡片'], ['我 2025-11-30 23:12', '8899，654321'], ['招商银行信用卡客服 2025-11-30 23:13', '已为您冻结并登记争议交易，请到附近派出所报案并保留回执'])],
  ['social security card (an identity check in a chat the citizen opened: at most suspicious by design)', exp(['我 2025-12-01 10:00', '我的社保卡被锁了'], ['人社局在线客服 2025-12-01 10:01', '您好，请提供您的姓名、身份证号码和社保卡号，我帮您查询'], ['我 2025-12-01 10:02', '孙丽，身份证410101199001012345，卡号A12345678'], ['人社局在线客服 2025-12-01 10:03', '您的社保卡因密码输错三次被锁，请携带身份证到社保服务网点重置密码'])],
  ['bank app login problem with code', exp(['我 2025-12-01 19:00', '手机银行登不进去了，提示账户异常'], ['农业银行在线客服 2025-12-01 19:01', '您好，请提供您的身份证号和银行卡号后四位，我帮您查看'], ['我 2025-12-01 19:02', '身份证后六位112233，卡号后四位4455'], ['农业银行在线客服 2025-12-01 19:03', '您的账户因长期未登录被冻结了登录功能，请在登录页点忘记密码自助重置，或到网点办理'])],
  ['telecom account SIM', exp(['我 2025-11-29 08:00', '我手机卡突然没信号了，显示无服务'], ['中国联通客服 2025-11-29 08:01', '您好，请提供机主姓名和身份证号码后六位核实身份'], ['我 2025-11-29 08:02', '周杰，998877'], ['中国联通客服 2025-11-29 08:03', '您的卡已被补卡，原卡失效，如非本人操作请携带身份证到营业厅挂失'])],
].map(([name, text]) => ({ name: `user-opened export: ${name}`, input: text!, expect: name!.includes('at most suspicious') ? 'at-most-suspicious' as const : 'safe' as const }));

// Scams exported the same way: the stranger opens, or moves money/control off the platform: stay flagged.
const SCAMS: FaultCase[] = [
  ['fake after-sale, screen share and code', exp(['淘宝售后小王 2025-11-30 14:02', '您好，您在我们店买的儿童保温杯检测出重金属超标，我们要给您双倍退款。'], ['妈妈 2025-11-30 14:03', '好的，怎么退？'], ['淘宝售后小王 2025-11-30 14:04', '您下载一个腾讯会议，会议号我发您，开一下屏幕共享，我指导您操作。'], ['妈妈 2025-11-30 14:06', '开了'], ['淘宝售后小王 2025-11-30 14:07', '您打开支付宝，把收到的验证码念给我，退款马上到账。'])],
  ['fake bank agent opens, safe account', exp(['XX银行客服 2025-11-30 10:00', '您好，您的银行卡涉嫌洗钱已被冻结，需要把资金转到安全账户核查'], ['我 2025-11-30 10:01', '啊？怎么会'], ['XX银行客服 2025-11-30 10:02', '请立即把卡里的钱转到我们提供的安全账户，不要告诉家人'])],
  ['user opened, agent moves to a meeting app', exp(['我 2025-11-30 14:02', '你好，我想退货'], ['XX旗舰店客服 2025-11-30 14:03', '亲，退款需要您下载腾讯会议，开启屏幕共享，我指导您操作'], ['我 2025-11-30 14:04', '好的'], ['XX旗舰店客服 2025-11-30 14:05', '把支付宝收到的验证码告诉我，钱马上退给您'])],
  ['two plain names, stranger offers compensation', exp(['张伟 12:01', '您好，我是京东客服，您的快递丢了，我们三倍赔偿'], ['李娜 12:02', '怎么赔？'], ['张伟 12:03', '您加一下理赔专员QQ 12345678，把银行卡号和验证码发过去'])],
  ['two plain names, the victim speaks first', exp(['李娜 12:01', '你好，在吗'], ['张伟 12:02', '您好，我是淘宝客服，您的订单有质量问题要退款，请把收到的验证码告诉我'], ['李娜 12:03', '好的'], ['张伟 12:04', '再下载一个会议软件，开一下屏幕共享'])],
  ['fake police, QQ export with time first', exp(['2025-11-30 09:00:01 上海公安刑侦支队', '你的身份证涉嫌一起洗钱案件，需要配合资金清查'], ['2025-11-30 09:01:12 我', '我没有洗钱'], ['2025-11-30 09:02:30 上海公安刑侦支队', '把卡里的钱转到国家安全账户，不要告诉任何人'])],
  ['loan deposit, user opened with a fake lender', exp(['我 2025-11-30 15:00', '我想贷款5万'], ['XX金融客服 2025-11-30 15:01', '已审核通过，但您的银行卡号填错了，账户被冻结，需要先交3000解冻金'], ['我 2025-11-30 15:02', '怎么交'], ['XX金融客服 2025-11-30 15:03', '转到这个账户 6222021234567890128，转完马上放款'])],
  ['task scam in a group export', exp(['派单员小美 20:00', '新人第一单垫付100返130，第二单垫付500返650'], ['我 20:01', '怎么做'], ['派单员小美 20:02', '先下载这个APP注册，把钱转到指定账户，做完任务本金加佣金一起返'])],
  ['en: a fake Amazon agent opens', exp(['Amazon Support 10:02 AM', 'Hi, we owe you a refund of $299. Please read me the code we just texted you.'], ['me 10:03 AM', 'ok which code'], ['Amazon Support 10:04 AM', 'The 6-digit verification code, and then install AnyDesk so I can help you'])],
  ['grandson in trouble, cash to the door', exp(['小军 2025-11-30 18:00', '奶奶，我出事了，开车撞了人，对方要两万私了'], ['奶奶 2025-11-30 18:01', '啊？你在哪'], ['小军 2025-11-30 18:02', '你别告诉我爸妈，先把两万转到这个卡号 6222021234567890128，今天就要'])],
].map(([name, text]) => ({ name: `scam export: ${name}`, input: text!, expect: 'not-safe' as const }));

describe('chat export headers are turns (newcomer16 K3)', () => {
  it('reads name-time and time-name headers, and nothing else', () => {
    for (const [line, name] of [['我 2025-11-30 14:02', '我'], ['XX银行在线客服 2025-11-30 14:03', 'XX银行在线客服'], ['王芳 12:01', '王芳'], ['2025-11-30 14:02:11 中国移动在线客服', '中国移动在线客服'],
      ['张三 2026/12/1 10:02', '张三'], ['me 10:02 AM', 'me'], ['抖音官方客服 下午 3:06', '抖音官方客服'], ['Barclays Support 10:03 AM', 'Barclays Support']] as const) {
      expect(headerName(line), line).toBe(name);
    }
    for (const line of ['会议改到下午3点，14:00开始', '请于明天 14:00 前完成', '好的，14:00', '2025-11-30 14:02', '你好', '时间：14:00']) expect(headerName(line), line).toBeNull();
  });

  it('turns with sides: a labelled or service name places the other of two', () => {
    const t = parseChatExport(exp(['我 2025-11-30 14:02', '你好'], ['XX银行在线客服 2025-11-30 14:03', '您好，请问有什么可以帮您']))!;
    expect(t.map((x) => x.speaker)).toEqual(['user', 'caller']);
    const w = parseChatExport(exp(['淘宝售后小王 14:02', '您好'], ['妈妈 14:03', '嗯'], ['淘宝售后小王 14:04', '退款']))!;
    expect(w.map((x) => x.speaker)).toEqual(['caller', 'user', 'caller']);
    const v = parseChatExport(exp(['张伟 12:01', '在吗'], ['李娜 12:02', '在']))!;
    expect(v.map((x) => [x.speaker, x.voice])).toEqual([['unknown', '张伟'], ['unknown', '李娜']]);
    expect(parseInput(exp(['我 14:02', '你好'], ['客服 14:03', '您好']))).toMatchObject({ channel: 'chat' });
  });

  it('a schedule, a single header or a plain text is no export', () => {
    expect(parseChatExport('开幕式 9:00\n主题演讲 9:30\n午餐 12:00')).toBeNull();
    expect(parseChatExport('张三 10:02\n明天见')).toBeNull();
    expect(parseChatExport('明天开会\n张三 10:02\n好的')).toBeNull();
    expect(parseInput('开幕式 9:00\n主题演讲 9:30\n午餐 12:00')).toMatchObject({ channel: 'text' });
  });
});

describe('user-opened exports read safe; scam exports stay flagged', () => {
  // The model loads on first use: not inside a case's time limit on a loaded machine.
  beforeAll(() => { analyze({ channel: 'chat', text: '你好' }); }, 120_000);
  runWithAndWithoutModel([...USER_OPENED, ...SCAMS].map((c) => ({ ...c, input: parseInput(c.input as string) })));
});
