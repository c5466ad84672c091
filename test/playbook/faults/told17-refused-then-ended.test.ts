/**
 * told17 (session 17) kind 4: a relayed ask the teller REFUSED, then the call's end told with 了, read as a loss reported:
 * "对方让我把验证码发给他，我没理他，直接挂了" scam 70 (extract.user-paid), "客服让我把验证码告诉他，我没告诉，直接挂了" 70 — a `scam` on a
 * legitimate telling. The loss report reads a relayed ask (让我把验证码发给他) as done when the speaker acts later in the sentence
 * and a 了 follows ("…，我就告诉他了"); the 我 of "我没理他" and the 了 of "挂了" made that. src/match/match.ts doneLater: the
 * acting 我 followed by a refusal (没, 不, 拒绝, 直接挂…) is no ask carried out. Now safe 0 (or the ask itself, suspicious, when the
 * turn names no frame). Twins that stay scam: the ask done (我就告诉他了, 我照做了，转了两万), the code given before a later refusal
 * ("我已经把验证码发给他了，后来他又让我转钱，我没理他").
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const notScam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `refused, no loss: ${t}`, input: chat(t), expect: 'at-most-suspicious' as const }));
const scam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `done, a loss: ${t}`, input: chat(t), expect: 'scam' as const, tactics: ['extract.user-paid'] }));

describe('told17 kind 4: a relayed ask refused, then the call ended, is no loss', () => {
  runWithAndWithoutModel([
    ...notScam([
      '对方让我把验证码发给他，我没理他，直接挂了',
      '客服让我把验证码告诉他，我没告诉，直接挂了',
      '对方让我把验证码发给他，我拒绝了，他就挂了',
      '客服让我扫码付款，我没扫，他就挂了',
      '对方让我把验证码报给他，我不给，他骂了两句就挂了',
      '那个客服让我把验证码告诉他，我根本没理，后来他就不打了',
      '他让我把验证码发过去，我没发，把他拉黑了',
      '对方让我把验证码给他，我直接挂了电话',
      '客服让我把收到的验证码念给他听，我没念，挂了',
      '对方叫我把验证码发给他，我才没那么傻，直接删了',
    ]),
    ...scam([
      '客服让我把验证码告诉他，我就告诉他了',
      '对方让我把钱转到安全账户，我照做了，转了两万',
      '我已经把验证码发给他了，后来他又让我转钱，我没理他',
      '我已经把验证码告诉他了，他说马上退款',
      '客服让我把验证码发给他，我发了，现在卡里的钱没了',
      '对方让我把验证码报给他，我报了，然后就收到扣款短信',
      '他让我把验证码告诉他，我告诉了，现在联系不上了',
      '客服让我把验证码发给他，我就发给他了',
      '对方让我把钱转到他给的账户，我已经转了',
      '客服让我扫码付了两次，现在联系不上了',
    ]),
  ]);
});
