/**
 * ncfp17 kind G (session 17, newcomer17's false alarms): a freeze the citizen ASKED for read as the scam's "your account
 * will be frozen" story. A citizen whose WeChat, QQ or Taobao account was taken over, or whose phone, wallet or card was
 * lost or stolen, calls the service; the agent checks who they are and offers the freeze ("请您提供绑定的银行卡后四位和身份证
 * 号，我们核实身份后帮您冻结账号", "请报一下卡号和身份证号，我马上帮您冻结这张卡"). Read `scam` 85-100: "帮您冻结…账号"
 * fired pretext.account-frozen and the identity check completed pretext-plus-extraction; "请提供微信号/QQ号" fired
 * shift.group (a move off the platform, which lifts the user-opened cap); and "我的微信被盗了" was no errand, so the call
 * read as a stranger's.
 * Now (src/playbook/zh/own-freeze.ts): the agent's freeze offered as a service (帮您冻结, 为您办理冻结, 帮您把…冻结) is
 * pretext.account-frozen's `ordinary` unless the turn holds the stranger's threat (被冻结/将被/解冻, 异常, 涉嫌, 风险, 检测到,
 * 异地…), a move (安全账户, 转账, 链接, 下载, 屏幕), a code or a password; the account's own id asked (提供QQ号/微信号) is
 * shift.group's `ordinary` unless the turn adds or pulls into a group; and the loss told first (被盗了, 手机丢了, 帮我冻结)
 * is a USER_ERRAND (the citizen placed the call: at most suspicious unless money or control leaves the platform).
 * Before -> after on the siblings below: scam 85 x3 / 93 / 100 x3 -> safe 20-26 x7, suspicious 53-69 x5 (the agent's
 * card number or code asked beside it keeps the card tactic: a card number is still a card number).
 * Twins (must stay `scam`, or keep shift.group where the reader's QQ or WeChat id is asked to reach them): the account IS or WILL BE frozen for the stranger's reason and a code, a card, a transfer, a
 * link or a screen undoes it; a stranger's "我们帮您冻结账号，请把验证码告诉我"; the citizen's loss told first and then
 * money to a "safe account", a look-alike link or a screen share.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';
import type { AnalyzeInput } from '../../../src/index.ts';

type Sp = 'user' | 'caller';
const call = (...turns: [Sp, string][]): AnalyzeInput => ({ channel: 'call', turns: turns.map(([speaker, text]) => ({ speaker, text })) });
const chat = (...turns: [Sp, string][]): AnalyzeInput => ({ channel: 'chat', turns: turns.map(([speaker, text]) => ({ speaker, text })) });

/** The citizen tells the loss, the agent offers the freeze and checks who they are: no story of the scam. */
const ASKED: [string, AnalyzeInput][] = [
  ['wechat taken over', call(['user', '我的微信被盗了'], ['caller', '您好，请您提供绑定的银行卡后四位和身份证号，我们核实身份后帮您冻结账号'])],
  ['phone lost, alipay', call(['user', '我手机丢了，支付宝里还有钱，能不能先冻结一下'], ['caller', '可以的，请您提供一下身份证号和绑定手机号，我们帮您临时冻结支付宝账户'])],
  ['wallet lost, credit card', call(['user', '钱包丢了，里面有信用卡，帮我冻结一下'], ['caller', '好的，请提供信用卡卡号后四位和身份证号，我为您办理冻结'])],
  ['taobao logged in by someone', chat(['user', '你好，我的淘宝账号好像被别人登录了，能帮我冻结吗'], ['caller', '可以的亲，麻烦提供一下账号绑定的手机号和身份证后六位，核实后为您冻结账号'])],
  ['phone stolen, wechat pay', call(['user', '我的手机被偷了，微信里绑了银行卡'], ['caller', '您别着急，请提供微信号和身份证号，我们先帮您把微信支付冻结'])],
  ['douyin stolen', chat(['user', '我要冻结我的抖音账号，被盗了'], ['caller', '请您提供注册手机号和身份证号码，审核通过后给您冻结'])],
  ['social-security card lost', call(['user', '我的社保卡丢了'], ['caller', '请提供身份证号和姓名，我们为您办理临时冻结'])],
  ['child paying in a game', call(['user', '孩子偷偷拿我手机玩游戏充值，我想先把支付宝冻结'], ['caller', '请您提供支付宝绑定的手机号和身份证号，我们帮您冻结账户'])],
  ['wechat stolen, a chat', chat(['user', '客服你好，我微信号被盗了，一直在给好友发消息借钱'], ['caller', '您好，请提供一下您的微信号和实名认证的身份证号，我们帮您冻结账号'])],
  ['alipay, a second turn', call(['user', '喂，我手机丢了'], ['caller', '您好，请问需要办理什么业务'], ['user', '支付宝能先冻结吗'], ['caller', '可以，请您报一下身份证号，我们帮您冻结支付宝账户'])],
];
/** The same with the card number or a code asked beside it: the card tactic stays, the call is the citizen's (at most suspicious). */
const ASKED_WITH_CARD: [string, AnalyzeInput][] = [
  ['card stolen', call(['user', '我的银行卡被偷了'], ['caller', '请报一下卡号和身份证号，我马上帮您冻结这张卡'])],
  ['qq stolen, a code', call(['user', '我QQ号被别人盗了，在发借钱消息'], ['caller', '您好，请提供QQ号和绑定的手机号，收到验证码后告诉我们，我们帮您冻结账号'])],
  ['salary card skimmed', call(['user', '我的工资卡被盗刷了两笔'], ['caller', '请您报一下卡号和身份证号，我先帮您把卡冻结，再给您登记盗刷'])],
];

const TWINS: [string, AnalyzeInput | string][] = [
  ['frozen, a code to unfreeze', '您的账户存在异常交易已被冻结，请提供验证码帮您解冻'],
  ['laundering, will be frozen', call(['caller', '您好，您的支付宝账户涉嫌洗钱将被冻结，请提供银行卡号和验证码配合核实'])],
  ['signed notice, abnormal login', '【微信】您的账号检测到异常登录，我们已帮您冻结，请提供收到的验证码解除冻结'],
  ['bank, abnormal spending abroad', call(['caller', '您好，我是银行客服，您的信用卡在外地有一笔异常消费，我们帮您冻结，请报一下卡号和验证码'])],
  ['violation, code to unfreeze', call(['caller', '您好我是京东金融客服'], ['user', '什么事'], ['caller', '您的账户因违规将被冻结，需要把验证码告诉我解冻'])],
  ['laundering, safe account', call(['caller', '您的银行卡涉嫌洗钱，我们帮您冻结，请把卡里的钱转到安全账户'])],
  ['loss told, then a safe account', call(['user', '我的微信被盗了'], ['caller', '为了帮您冻结账号，请把余额先转到我们的安全账户'])],
  ['loss told, then a look-alike link', call(['user', '我支付宝被盗了'], ['caller', '请点击链接 http://alipay-freeze.top 填写银行卡号和密码，帮您冻结'])],
  ['loss told, then a screen share', call(['user', '我的卡丢了'], ['caller', '请下载腾讯会议开启屏幕共享，我帮您冻结'])],
  ['frozen, card and code', '您的银行卡已被冻结，请尽快联系客服办理解冻，并提供卡号和验证码'],
  ['risk detected, read the code', call(['caller', '您好，检测到您的账户有风险，我们帮您冻结，请把收到的验证码念一下'])],
  ['a stranger freezes, asks the code', '您好，我是微信客服，我们帮您冻结账号，请把收到的验证码告诉我'],
  ['stolen by others, safe account', call(['caller', '您好，我是支付宝客服，您的账户被他人盗用，我们帮您冻结，需要您把余额转到安全账户'])],
];

/** The reader's QQ or WeChat id asked as the way to reach them: still the move to a chat (shift.group). */
const ID_TO_REACH = [
  '尊敬的客户，您好！您的快递已经丢失了，请您提供一下QQ号码以便我们能与您联系核实',
  '您好，我们是物流公司，请提供QQ号码，我们将通过QQ联系您确认是否继续送达',
  '您好，有新产品推出，请提供您的QQ号码，我们可以通过QQ群进行详细介绍',
  '听说您需要代购，我可以提供您的微信号方便商讨细节',
  '请提供您的微信号，专员会添加您为好友办理理赔',
];

describe('ncfp17 kind G: a freeze the citizen asked for is the agent\'s service', () => {
  // The playbooks compiled and the model loaded once, under the hook's longer timeout (a loaded machine).
  beforeAll(() => { analyze('你好'); });
  runWithAndWithoutModel([
    ...ASKED.map(([name, input]): FaultCase => ({ name: `asked, no story: ${name}`, input, expect: 'at-most-suspicious' })),
    ...ASKED_WITH_CARD.map(([name, input]): FaultCase => ({ name: `asked, card kept: ${name}`, input, expect: 'at-most-suspicious' })),
    ...TWINS.map(([name, input]): FaultCase => ({ name: `twin scam: ${name}`, input, expect: 'scam' })),
  ]);
  for (const [name, input] of ASKED) {
    it(`no freeze story: ${name}`, () => expect(analyze(input).tactics.map((t) => t.id)).not.toContain('pretext.account-frozen'));
  }
  for (const text of ID_TO_REACH) {
    it(`id asked to reach the reader is a move: ${text}`, () => expect(analyze({ channel: 'sms', text }).tactics.map((t) => t.id)).toContain('shift.group'));
  }
});
