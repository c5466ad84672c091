/**
 * 入金 (money put into a trading or betting platform) as the scam says it, not the two characters lying across a word
 * boundary: 转入金额, 存入金额, 输入金额, 收入金额, 汇入金额 (a bank's statement, a form), 放入金桂苑快递柜 (a locker in a
 * place named 金…) all hold 入金 and read as the investment scam's deposit (extract.transfer 45 + extract.stake-in-platform
 * 15: a courier locker's pick-up SMS read suspicious 60, sms15). The word is read with what the scam puts around it: a
 * modal or an order before it (先入金, 需要入金, 再入金), a destination, a sum or a result after it (入金到平台, 入金一万,
 * 入金后, 入金就能), or its own nouns (入金通道, 出入金). Data an officer extends; test/playbook/faults/sms15-legit-kinds.test.ts.
 */
export const DEPOSIT_WORDS: readonly string[] = [
  '先入金', '要入金', '需入金', '需要入金', '必须入金', '再入金', '去入金', '马上入金', '立即入金', '立刻入金', '尽快入金', '赶紧入金',
  '追加入金', '首次入金', '首笔入金', '入金了', '你入金', '您入金', '我入金', '他入金', '充值入金', '开户入金', '注册入金',
  '入金到', '入金至', '入金进', '入金后', '入金才', '入金就', '入金即', '入金的', '入金操作', '入金通道', '入金渠道', '入金账户',
  '入金方式', '入金要求', '入金门槛', '入金额度', '出入金', '入金返', '入金送', '入金请', '入金联系', '入金找', '入金咨询', '入金可', '入金需',
  ...['一', '两', '二', '三', '五', '十', '百', '千', '万', '1', '2', '3', '5', '8'].map((n) => `入金${n}`),
];
