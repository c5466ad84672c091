/**
 * A citizen relaying what the other side made them do (issue 8 §1.3 "who asks", session 8): "客服让我先交500
 * 保证金才能退款" read safe 0, because "我先" is the speaker's own act ("钱我先转你") in the request grammar's
 * `self` list and made the clause the speaker's. After a causative verb (让/叫/逼/令) the 我 is the one made
 * to act: the clause is the other side's ask, relayed (src/match/grammar.ts `isCaused`). The speaker's own
 * acts without a causative stay their own.
 */
import { describe, it } from 'vitest';
import { runCase, chat, type FaultCase } from './helpers.ts';

const RELAYED_ASKS: FaultCase[] = [
  { name: 'agent made me pay a deposit first for the refund', expect: 'not-safe', input: chat('客服让我先交500保证金才能退款') },
  { name: 'the other side made me transfer a deposit first', expect: 'not-safe', input: chat('对方让我先转500保证金') },
  { name: 'he made me pay an unfreezing fee first', expect: 'not-safe', input: chat('他让我先交300元解冻费') },
  { name: 'the agent told me to top up first to get it back', expect: 'not-safe', input: chat('客服叫我先充值1000元才能退回来') },
  { name: 'forced to pay a bond first or be sued', expect: 'not-safe', input: chat('对方逼我先交2000保证金，不交就起诉我') },
  { name: 'a deposit first before the loan is paid out', expect: 'not-safe', input: chat('让我先付800元押金才能放款') },
  { name: 'the agent made me pay a fee first for the payout', expect: 'not-safe', input: chat('那个客服叫我先付200手续费，说付了才能把理赔款打给我') },
  { name: 'the caller made me pay a membership fee first to withdraw', expect: 'not-safe', input: chat('那个人叫我先交会员费才能提现') },
  { name: 'the agent made me pay a certification fee first', expect: 'not-safe', input: chat('平台客服让我先交1500认证费才能解冻') },
  { name: 'the other side made me pay a deposit first for the prize', expect: 'not-safe', input: chat('对方让我先交600保证金才能领奖品') },
];

const OWN_ACTS: FaultCase[] = [
  { name: 'a buyer pays the deposit first, the rest on delivery', expect: 'safe', input: chat('我先交500保证金，剩下的货到付款') },
  { name: 'I transfer it to you first', expect: 'safe', input: chat('钱我先转你，你到了再还我') },
  { name: 'I pay the earnest money first, viewing on the weekend', expect: 'safe', input: chat('我先付定金，周末去看房') },
  { name: 'I pay for lunch first', expect: 'safe', input: chat('午饭我先付了，回头你们再转我') },
  { name: 'I top up first, then we play', expect: 'safe', input: chat('我先充个话费，等会儿再打给你') },
];

describe('a causative verb before 我 makes the clause the other side\'s ask, relayed', () => {
  it.each(RELAYED_ASKS.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
describe('the speaker\'s own acts stay their own', () => {
  it.each(OWN_ACTS.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
