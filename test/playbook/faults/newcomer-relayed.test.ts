/**
 * A newcomer's fresh text (fix-detect): a third party's words relayed ("有人打电话说…让我…", "他让我…",
 * "对方叫我…") in a turn that warns ("那是骗子") are a report being warned about, not a request
 * (grammar `relayed`, src/match/framing.ts). A real report of having already paid still counts; a
 * question ("是不是诈骗？") keeps the request read; a contrast ("但我们是正规客服") takes the floor back.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const CASES: FaultCase[] = [
  { name: 'newcomer: mum relays the call, the child warns', expect: 'safe',
    input: { channel: 'chat', text: '妈妈：刚才有人打电话说是淘宝客服要给我退款，让我下载个软件共享屏幕\n我：妈，那是骗子！千万别下载' } },
  { name: 'relayed claims call to a dad, with a verdict', expect: 'safe',
    input: '爸，有人打电话说你快递丢了要理赔，让你加他微信，那肯定是骗子' },
  { name: '"他让我" screen share, ignored, called a scam', expect: 'safe',
    input: '刚才有人打电话说是京东客服，他让我打开屏幕共享，我没理他，那是骗子' },
  { name: '"对方叫我" download, warned', expect: 'safe',
    input: '对方叫我下载一个会议软件，我知道那是骗子，直接挂了' },
  { name: '"有人说" link, warned', expect: 'safe',
    input: '有人说要给我理赔，让我点击链接填银行卡号，这就是骗子的套路' },
  { name: 'still counts: relayed, then the speaker already paid', expect: 'not-safe', tactics: ['extract.user-paid'],
    input: '有人打电话说是淘宝客服要给我退款，我刚才按他说的已经转过去八千了，那是骗子' },
  { name: 'still counts: a question while it may be going on', expect: 'not-safe',
    input: '他让我把钱转到安全账户，你看这是不是诈骗' },
  { name: 'still counts: a scammer\'s contrast after "有人说我们是骗子"', expect: 'not-safe',
    input: '有人说我们是骗子，但我们是正规客服，请您下载会议软件共享屏幕' },
  { name: 'still counts: no warning in the turn', expect: 'not-safe',
    input: '我是淘宝客服，对方说您的订单有问题，您下载个软件共享屏幕，我帮您处理' },
];

describe('relayed speech under a warning (fix-detect)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
