/**
 * Our own legitimate conversations that read `scam` (session 10), fixed as kinds in the conversation
 * layer, each kind with siblings written here both ways: the legitimate conversation, and the scam that
 * shares its words. None is a line of any data file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { statesOwnErrand, turnKindCues } from '../../src/pipeline/conversation-kind.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { USER_ERRAND, WARNING_ANSWER } from '../../src/playbook/zh/conversation-kinds.ts';
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

type Voiced = [string, string];
const group = (lines: Voiced[]) => analyze({ channel: 'chat', turns: lines.map(([voice, text]) => ({ speaker: 'unknown' as const, voice, text })) });
const showV = (lines: Voiced[]) => lines.map((l) => `${l[0]}：${l[1]}`).join(' / ');

describe('kind 2: a group of voices where another voice answers the move told with a warning', () => {
  for (const text of WARNING_ANSWER.positive) it(`a warning answer: ${text}`, () => expect(turnKindCues(normalise(text).text).warns).toBe(true));
  for (const text of WARNING_ANSWER.negative) it(`no warning answer: ${text}`, () => expect(turnKindCues(normalise(text).text).warns).toBeUndefined());

  // Family groups, neighbours, colleagues: one voice tells or asks about a request it met, another warns it off.
  const warned: Voiced[][] = [
    [['大舅', '我今天接到电话，说可以给我办三十万贷款，不用抵押，先交三千保证金就行'], ['表妹', '大舅千万别交！放款前收钱的都是骗子'], ['小姨', '要贷款就去银行柜台问'], ['大舅', '好，那我不理他了']],
    [['妈妈', '有人在群里卖演唱会门票，便宜一半，说先转两百定金锁票，靠谱吗'], ['女儿', '别信，这种十有八九是骗子，转了就拉黑'], ['爸爸', '买票去官方APP买'], ['妈妈', '行，不买了']],
    [['二姨', '刚才有个快递理赔的打电话，说我的包裹丢了，让我加他微信领赔偿'], ['表哥', '二姨别理他，那是诈骗，快递丢了在快递APP里申请'], ['二姨夫', '对，以后这种电话直接挂'], ['二姨', '知道了']],
    [['奶奶', '有个人说是社保局的，让我把存折里的钱转到一个新账户，说能多拿利息'], ['孙子', '奶奶千万别转！社保局不会让你转钱'], ['姑姑', '我明天过去陪奶奶去银行问'], ['奶奶', '好好好']],
    [['老周', '我在网上看到个兼职，刷单返佣金，说先垫付五百，做完返六百'], ['老婆', '别交，刷单的都是骗子'], ['儿子', '爸，这种先让你垫钱的肯定是诈骗'], ['老周', '那算了']],
    [['小陈', '有个自称客服的说我买的衣服有问题，要退款，让我下载一个会议软件共享屏幕'], ['组长', '千万别点，那就是诈骗，退款在淘宝里自己申请'], ['同事小刘', '上个月隔壁组就有人这么被骗了'], ['小陈', '好，我挂了']],
    [['爷爷', '有人打电话说我孙子在外面打架被抓了，让我转两万块保释金'], ['爸爸', '爸，别转！我刚给他打了电话，他在学校上课'], ['妈妈', '这种都是骗子，以后先给我们打电话'], ['爷爷', '吓死我了']],
    [['三婶', '网上有个投资群，老师带着买，说充一万进去一个月翻倍'], ['堂弟', '三婶别信，那种群都是骗子'], ['三叔', '钱放银行就行，别折腾'], ['三婶', '好吧']],
    [['王阿姨', '楼下有人说办个养老卡，先交两千会费，以后每月返三百'], ['李叔', '不要交，这就是骗子套路'], ['社区小张', '社区没有这种卡，大家千万不要交钱'], ['王阿姨', '那我不去了']],
    [['姐姐', '有个人加我微信说是我老板，让我先转五万给客户'], ['妹妹', '别转给他，先打电话给你老板本人问'], ['姐夫', '肯定是骗子，老板换号哪会直接让你转钱'], ['姐姐', '我打电话问了，老板说没这回事']],
  ];
  for (const lines of warned) it(`not scam: ${showV(lines)}`, () => expect(group(lines).verdict).not.toBe('scam'));

  // The scam that shares the form: no other voice warns, the warning is the scam's own cover-up, the requester
  // goes on asking after the warning, or two parties only (the victim's "别信" to the caller).
  const scams: Voiced[][] = [
    [['客服', '您好，我是抖音客服，您开通了百万保障，每月扣费八百'], ['顾客', '我没开过啊'], ['主管', '我是理赔部主管，需要把余额转到这个账户验证流水'], ['客服', '您千万别信银行的人，他们不懂，千万不要告诉家人'], ['顾客', '好的我转']],
    [['助理', '各位，这个项目每天返利百分之五，充一万起步'], ['老师', '充值的账户发在群里了，尽快转账'], ['群员甲', '我已经充了，收益到账了'], ['老师', '别信外面的人说什么，大家抓紧充值，名额有限']],
    [['客服', '您好，我是淘宝客服，您买的面膜有质量问题，给您三倍理赔'], ['顾客', '你们不会是骗子吧'], ['主管', '您放心，我们不是骗子，请您下载会议软件开启屏幕共享'], ['客服', '把收到的验证码报给我，理赔款马上到账']],
    [['骗子甲', '你好，我是你们公司张总，马上给这个账户转五万定金'], ['财务', '张总，这个要走审批吧'], ['骗子乙', '我是张总秘书，张总在开会，你先转，回头补审批'], ['骗子甲', '赶紧转，客户等着，转完把回单发我']],
  ];
  for (const lines of scams) it(`still scam: ${showV(lines)}`, () => expect(group(lines).verdict).toBe('scam'));

  it('a warning then the same voice asking again is the scam again', () => {
    const lines: Voiced[] = [
      ['客服', '您好，我是京东客服，您的白条需要注销，不注销影响征信，把钱转到这个账户'], ['顾客', '好'], ['家属', '别转，那是诈骗'],
      ['客服', '不是的，这是官方流程，您现在把钱转到这个账户，再把验证码告诉我'],
    ];
    expect(group(lines).verdict).toBe('scam');
  });

  it('two parties: the victim\'s "别信" to the caller does not clear a scam', () => {
    const r = call([
      ['caller', '您好，我是淘宝客服，您买的奶粉有质量问题，要给您双倍退款，请开启屏幕共享'], ['user', '别信你们这些，不会是骗子吧'],
      ['caller', '您放心，我们是官方客服，把收到的验证码告诉我，退款马上到账'], ['user', '好吧，验证码是……'],
    ]);
    expect(r.verdict).toBe('scam');
  });
});
