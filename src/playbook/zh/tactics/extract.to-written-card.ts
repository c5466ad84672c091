import { defineTactic } from '../../schema.ts';

/** Money verbs said straight before the card they point at ("转这个账号", "打这个卡号", "汇这张卡"). */
const VERBS = ['转', '打', '汇', '存', '转钱到', '打钱到', '转账到', '打款到'];
/** The card or account pointed at, with no preposition between ("转这个账号 6222…", "打这个卡号"). */
const POINTED = ['这个账号', '这个卡号', '这个卡', '这张卡', '这个账户', '这个银行卡', '这张银行卡', '下面这个账号', '下面这个卡号', '下面的账号', '下面的卡号', '以下账号', '以下卡号'];

/**
 * Money to a bank-card number written in the message, or to "this card" pointed at with a bare verb (newcomer12
 * kind S2): "急用两千 转这个账号 6222 0212 3456 7890 1 户名王某", "急需1万块钱赎人 打这个卡号", "你转我个人卡上 6217 0012
 * 3456 7890 晚上就还". A friend or a relative who borrows does not write out a card number in a text; the 冒充熟人
 * script does, so the money can go at once. A card number is `bank-card` (Luhn-valid, anywhere) or `card-number`
 * (src/entities/entities.ts writtenCard: 16–19 digits from 6 beside a card or account word, the check digit failing).
 * Money to an account the sender names (single-message `money`): `suspicious` alone, `scam` with a story.
 */
export default defineTactic({
  id: 'extract.to-written-card',
  stage: 'extraction',
  description: {
    zh: '要您把钱转到短信里写出的银行卡号，或“转这个账号”“打这个卡号”',
    en: 'Asks you to send money to a bank-card number written in the message, or to "this account" pointed at',
  },
  weight: 45,
  cues: [
    // A written card number with a money verb or a payee's name beside it.
    { entity: 'bank-card', near: ['转', '打', '汇', '存入', '户名', '收款'], within: 16 },
    { entity: 'card-number', near: ['转', '打', '汇', '存入', '户名', '收款'], within: 16 },
    // "转这个账号", "打这个卡号": the verb straight on the card it points at.
    { any: VERBS.flatMap((v) => POINTED.map((p) => v + p)) },
  ],
  unless: [
    '已转', '已经转', '已打', '已汇', '转入您', '转入你', '到账', '收到', '入账', '支出', '我转给你', '我给你转', '我转你', '我打给你', '我给你打',
    '工资收入', '退款', '还你了', '还给你了', '骗子', '诈骗', '冒充', '不要转', '别转', '切勿', '请勿', '千万别', '不向个人', '核实',
    // The speaker's own card given for what is owed to them ("我的银行卡号…，以后报销打这里").
    '报销', '工资卡', '登记',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '急用两千，转这个账号 6222 0212 3456 7890 1，户名王某',
      '打这个卡号，急需一万',
      '你转我卡上 6217 0012 3456 7890，晚上就还',
      '钱汇到 6228 4800 1234 5678，户名李某',
      '转这张卡就行，明天还你',
    ],
    negative: [
      '钱已经转到你卡上了，卡号6217001234567890',
      '我给你转了两千，你查一下卡里',
      '订单号6217001234567890，请核对',
      '千万别往陌生人发来的卡号转钱',
      '您尾号7890的储蓄卡工资入账5000元',
    ],
  },
});
