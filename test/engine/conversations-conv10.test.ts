/**
 * Our own legitimate conversations that read `scam` (session 10), fixed as kinds in the conversation
 * layer, each kind with siblings written here both ways: the legitimate conversation, and the scam that
 * shares its words. None is a line of any data file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { statesOwnErrand } from '../../src/pipeline/conversation-kind.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { USER_ERRAND } from '../../src/playbook/zh/conversation-kinds.ts';
import type { Speaker } from '../../src/types.ts';

type Line = [Speaker, string];
const call = (lines: Line[]) => analyze({ channel: 'call', turns: lines.map(([speaker, text]) => ({ speaker, text })) });
const show = (lines: Line[]) => lines.map((l) => l[1]).join(' / ');

describe('kind 1: a call the citizen placed (the first words are their own errand)', () => {
  for (const text of USER_ERRAND.positive) it(`an errand: ${text}`, () => expect(statesOwnErrand(normalise(text).text)).toBe(true));
  for (const text of USER_ERRAND.negative) it(`no errand: ${text}`, () => expect(statesOwnErrand(normalise(text).text)).toBe(false));

  // The line the citizen dialled asks what a service asks to find the account: at most suspicious.
  const placed: Line[][] = [
    [['user', '你好，我想问一下我的火车票被取消了，怎么退？'], ['caller', '您好，这里是铁路客服12306，请提供一下您的身份证后四位。'], ['user', '是0817。'], ['caller', '查到了，您的车次停运，票款会原路退回，不收手续费。']],
    [['user', '喂，我的信用卡丢了，想挂失一下。'], ['caller', '您好，这里是招商银行信用卡中心，请报一下您的卡号和身份证号码核实身份。'], ['user', '好的，卡号是……'], ['caller', '核实通过，已为您临时挂失，新卡七个工作日寄到。']],
    [['user', '您好，我想咨询一下我家宽带怎么一直断线。'], ['caller', '您好，这里是电信10000号，请提供一下装机人的身份证号后六位。'], ['user', '后六位是203316。'], ['caller', '好的，已经给您派单，师傅明天上门检修。']],
    [['user', '你好，帮我查一下我的快递，三天了还没到。'], ['caller', '您好，这里是顺丰客服，请您报一下运单号和寄件人手机号后四位。'], ['user', '手机后四位5521。'], ['caller', '查到了，包裹在中转站滞留，今天会派送。']],
    [['user', '喂，您好，我要投诉一个店家，收了钱一直不发货。'], ['caller', '您好，这里是平台客服，请提供一下订单号和您的身份证后四位核实身份。'], ['user', '订单号发您了，后四位3390。'], ['caller', '已经为您登记，商家48小时内不处理我们会直接给您退款。']],
    [['user', '你好，我想改签一下明天的航班。'], ['caller', '您好，这里是南方航空95539，请提供一下票号或者身份证号后四位。'], ['user', '身份证后四位1126。'], ['caller', '好的，已经帮您改到后天同一时间，差价会原路退回。']],
    [['user', '你好，我想办理一下手机号停机保号。'], ['caller', '您好，这里是移动10086，请说一下机主的身份证号码核实一下。'], ['user', '好的，号码是……'], ['caller', '已经为您办理，每月收取五元保号费，从话费里扣。']],
    [['user', '喂，我想查一下我的社保缴费记录。'], ['caller', '您好，这里是12333，请提供一下您的身份证号码和姓名。'], ['user', '好的。'], ['caller', '查到了，您今年的缴费都正常，可以在人社APP里打印缴费证明。']],
    [['user', '你好，我打电话是想问一下燃气费怎么交。'], ['caller', '您好，这里是燃气公司客服，请报一下您的户号或者户主身份证后四位。'], ['user', '户号是……'], ['caller', '查到了，您可以在支付宝的生活缴费里交，也可以去营业厅。']],
    [['user', '您好，我的快递一直没到，我想申请退款。'], ['caller', '您好，这里是京东客服，请提供一下下单手机号后四位。'], ['user', '后四位6643。'], ['caller', '好的，已经为您提交退款申请，款项原路退回，请在APP的我的订单里查看进度。']],
    [['user', '喂，我想注销一张不用的银行卡。'], ['caller', '您好，这里是建设银行95533，请提供一下卡号和身份证号码。'], ['user', '好。'], ['caller', '注销需要您本人带身份证到网点柜台办理，电话里不能注销。']],
  ];
  for (const lines of placed) it(`not scam: ${show(lines)}`, () => expect(call(lines).verdict).not.toBe('scam'));

  // The same errand dialled to a fake line found online: money or control leaves the platform, so the cap is lifted.
  const fakeLine: Line[][] = [
    [['user', '你好，我想问一下我的航班取消了，怎么退票？'], ['caller', '您好，这里是航空公司客服，退票需要您下载一个会议软件，开启屏幕共享，我指导您操作。'], ['user', '好的'], ['caller', '您把收到的验证码报给我，退款马上到账。']],
    [['user', '喂，我的银行卡丢了，想挂失。'], ['caller', '您好，挂失需要先把卡里的钱转到我们的安全账户，账户我发您。'], ['user', '好的']],
    [['user', '你好，我想咨询一下我的快递丢了怎么理赔。'], ['caller', '您好，理赔需要加一下我们理赔专员的QQ，在群里填写银行卡号和密码。'], ['user', '好']],
    [['user', '我想申请退款，我的订单一直没发货。'], ['caller', '好的，退款之前需要您先交两百元的保证金，转到这个账户，退款时一起退给您。'], ['user', '行']],
    [['user', '你好，帮我查一下我的贷款为什么没下来。'], ['caller', '您的流水不够，需要先往这个账户转一万元刷流水，转完马上放款。'], ['user', '好的']],
  ];
  for (const lines of fakeLine) it(`still scam: ${show(lines)}`, () => expect(call(lines).verdict).toBe('scam'));

  // A citizen who only answers a call did not place it: a stranger's request is read as before.
  const answered: Line[][] = [
    [['user', '喂？'], ['caller', '您好，我是淘宝客服，您买的奶粉有质量问题，要给您退款，请提供一下身份证号码和银行卡号。'], ['user', '好的'], ['caller', '您把收到的验证码告诉我，退款马上到账。']],
    [['user', '你好，哪位？'], ['caller', '我是京东金融客服，您的学生账户要注销，不注销影响征信，请报一下您的身份证号和验证码。'], ['user', '好']],
    [['user', '喂，你好，请问你是谁？'], ['caller', '我是快递理赔中心的，您的包裹丢了，给您三倍赔偿，请提供一下银行卡号和验证码。'], ['user', '哦']],
  ];
  for (const lines of answered) it(`still scam: ${show(lines)}`, () => expect(call(lines).verdict).toBe('scam'));
});
