/**
 * Two warning forms that read as the scam (found on our own legitimate writing, data/corpus/gen-w2-legit-zh
 * and gen-legit-model-zh, where each was called `scam`): a label for the script that the warning then
 * describes ("骗子常见套路：先说…，最后让你提供验证码", read by the grammar's `reporters`), and the family
 * list "要你说验证码的，挂！" (a nominalised "whoever asks this" followed by hang up / block / ignore, read by
 * its `verdicts`). Hard negatives in many words; the scam siblings that must still be read.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const LABELS: FaultCase[] = [
  { name: 'common script, then the steps', expect: 'safe', input: sms('骗子常见套路：先说出你的订单信息取得信任，再说商品有问题要退款，最后让你提供验证码或转账。') },
  { name: 'the scam\'s usual method', expect: 'safe', input: chat('这类诈骗的惯用手法是冒充客服说要理赔，再让你下载会议软件开启屏幕共享。') },
  { name: 'the crime\'s method, police voice', expect: 'safe', input: sms('作案手法：嫌疑人冒充电商客服，以退款为由诱导受害人提供银行卡号和验证码。') },
  { name: 'the usual trick, to a parent', expect: 'safe', input: chat('妈，骗子的套路就是说你买的东西有问题，要你把验证码报给他，千万别信。') },
  { name: 'common methods in a class notice', expect: 'safe', input: sms('家长们注意，常见手法包括冒充老师让家长转账交资料费，请在班级群核实。') },
  { name: 'a common trick named first', expect: 'safe', input: chat('常见骗术：先加你微信，再拉你进群，最后让你下载APP充值返利。') },
  { name: 'the fraud script in a company training', expect: 'safe', input: chat('培训内容：诈骗套路一般是让你共享屏幕或者把钱转到安全账户，遇到要及时上报。') },
  { name: 'the usual ploy, retold', expect: 'safe', input: chat('他们的惯用伎俩就是先给点小钱，再让你垫付大额，最后提现不了。') },
];

const FAMILY_LISTS: FaultCase[] = [
  { name: 'numbered list, hang up', expect: 'safe', input: chat('转给家里老人看：1. 说你买的东西有问题要退钱的，挂！2. 让你下载会议软件共享屏幕的，挂！3. 要你说验证码的，挂！4. 要你转账到安全账户的，挂！') },
  { name: 'block whoever asks the code', expect: 'safe', input: chat('记住，要你报验证码的，直接拉黑。') },
  { name: 'ignore whoever sends a link', expect: 'safe', input: sms('爸，发链接让你填银行卡号的，别理，有事打我电话。') },
  { name: 'delete whoever asks for a transfer', expect: 'safe', input: chat('奶奶，让你往陌生账户转账的，删掉，不管他说是谁。') },
  { name: 'hang up on a screen share at once', expect: 'safe', input: chat('群公告：凡是让你开屏幕共享的，马上挂，然后打96110。') },
  { name: 'do not answer whoever wants a loan', expect: 'safe', input: sms('让你去借呗贷款提高信用的，不要理，那是骗子。') },
];

/** The same words said TO you, or a label denied by a real scammer: still read. */
const SCAMS: FaultCase[] = [
  { name: 'a code asked after a refund story', expect: 'scam', input: sms('您好，我是淘宝客服，您的商品有质量问题要给您退款，请提供收到的验证码。') },
  { name: 'the same steps, said to you', expect: 'not-safe', input: chat('您好，您的订单有问题要退款，请下载会议软件开启屏幕共享，我一步步教您。') },
  { name: 'a hang-up word inside the ask', expect: 'not-safe', input: chat('先别挂，把验证码告诉我，马上给您退款。') },
  { name: 'a label in one sentence, the real ask in the next', expect: 'not-safe', input: chat('骗子的套路我们都知道。我是京东客服，退款需要您把银行卡号和验证码发给我。') },
  { name: 'a fee first to a set account', expect: 'not-safe', input: sms('您的贷款已审批，请先交保证金3000元到指定账户才能放款。') },
  { name: 'screen share for a renewal', expect: 'not-safe', input: sms('您好，您的百万保障下月起每月扣费，如需关闭请下载会议软件开启屏幕共享。') },
];

describe('warning labels and family lists are warnings, not requests', () => {
  for (const c of [...LABELS, ...FAMILY_LISTS]) it(`safe: ${c.name}`, () => { runCase(c); });
  for (const c of SCAMS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
