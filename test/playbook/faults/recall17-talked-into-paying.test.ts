/**
 * recall17 (session 17) kind E: a relative talked into paying, told in the passive, read safe: "我妈被人忽悠着转了两万" safe 0,
 * "我奶奶被人哄着把存款转走了五万" 0, "我老公被骗转了八千给一个陌生账户" 0 (while "我爸被骗子骗着转了三万块，怎么办" read scam 100:
 * extract.user-paid's passive needed 被 + 骗了/骗走 or a theft verb with a stranger named). The family's report of a loss is the
 * most urgent case (110/96110 and the bank's stop-payment first). extract.user-paid now also reads 被 + a verb of talking
 * someone round (忽悠, 哄, 骗, 蒙, 洗脑, 套路, 糊弄, 唬) + the money moved (转了, 汇了, 打了款, 转走, 转过去, 转账, 把钱, 把存款,
 * 把积蓄, 把养老钱, 交了保证金, 贷了款…), ordered in one clause: each sibling safe 0 -> scam 70. Not 诱导 (a reporter word of the
 * grammar's framing: "被人诱导着打了款" stays unread, noticed). Twins: a near miss (差点…幸好), a job, a major or a post changed
 * at someone's talk (转了岗, 转了专业: unless), a warning, a caution, a purchase, a meal, a child coaxed to sleep, money put in
 * the bank at the speaker's urging, a past story. With and without the model.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, chat, type FaultCase } from './helpers.ts';

describe('recall17 kind E: a relative talked into paying', () => {
  runWithAndWithoutModel([
    ...[
      '我妈被人忽悠着转了两万',
      '我奶奶被人哄着把存款转走了五万',
      '我老公被骗转了八千给一个陌生账户',
      '我爸被一个卖保健品的忽悠着把养老钱转过去了',
      '我姥姥被人哄着打了款，三万块',
      '我妈被人忽悠着汇了一万块到一个账户',
      '我外公被网上的人洗脑着把积蓄都转走了',
      '我婆婆被人蒙着交了保证金五千',
      '我叔被人套路着贷了款转给对方',
      '我爸刚被人忽悠着转账了两次，现在联系不上',
    ].map((t): FaultCase => ({ name: `loss told: ${t}`, input: chat(t), expect: 'scam', tactics: ['extract.user-paid'] })),
    ...[
      '我妈差点被人忽悠着转了两万，幸好银行拦住了',
      '我被领导忽悠着转了岗，现在天天加班',
      '我被同学哄着转了专业，后悔死了',
      '警方提醒：老人容易被人忽悠着转钱，子女要多关心',
      '小心别被人忽悠着把钱转走了',
      '我妈被人忽悠着买了一堆保健品',
      '我被朋友哄着去吃了一顿火锅',
      '孩子被我哄着睡着了',
      '我爸被我劝着把钱存到了银行定期',
      '去年我被人骗过一次，所以现在特别小心',
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: chat(t), expect: 'safe' })),
  ]);
});
