/**
 * ncrecall17 kind 4 (a newcomer's reading, session 17): money asked into a "safe account" read only suspicious — "请把钱转到
 * 安全账户" 45, "您的资金存在风险，请立即转入安全账户" 69, "马上把卡里的钱转到我们指定的安全账户，由公安保管" 69 — because one message
 * pairs a money ask only with a story, and the "safe account" was no story. No police office, bank or platform has one
 * (公安机关没有安全账户): the destination IS the story. Now pretext.safe-account (src/playbook/zh/tactics/pretext.safe-account.ts,
 * weight 10: 安全账户/帐户/账号, 国家/公安/清查/核查/保全/资金保护账户; never 监管账户, a home's pre-sale escrow is real) pairs with
 * the transfer, and safe-account-plus-transfer (src/playbook/zh/ncrecall17-kinds.ts) makes it scam 85; extract.transfer
 * reads the other spellings (安全帐户, 公安账户, 保全账户…). Before -> after: the three brief-register inputs 45/69/69 -> scam
 * 85-100; siblings (安全帐户, 资金保护账户, 公安账户, 保全账户, a card number given) 10-69 -> scam.
 * Twins (must not change): police and bank warnings, news, a question, a password or a security level, a brokerage's
 * custody notice, a pre-sale escrow, a home deposit into 资金监管账户, a family transfer: safe; a relative's near miss and a
 * hearsay warning read 45/69 at main by extract.transfer and the told-ask (not this kind): kept at most suspicious.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const scam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `scam: ${t}`, input: sms(t), expect: 'scam', tactics: ['pretext.safe-account'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));
const atMost = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `at most suspicious: ${t}`, input: sms(t), expect: 'at-most-suspicious' }));

describe('ncrecall17 kind 4: money into a "safe account"', () => {
  runWithAndWithoutModel([
    ...scam([
      // the brief's input and its register
      '请把钱转到安全账户',
      '您的资金存在风险，请立即转入安全账户',
      '马上把卡里的钱转到我们指定的安全账户，由公安保管',
      // siblings of our own
      '您涉嫌洗钱案件，名下资金需全部转入国家安全账户接受审查',
      '为保证您的资金安全，请将余额转入我们提供的安全账户',
      '赶紧把钱转到安全帐户',
      '根据办案需要，请把存款转到资金保护账户，审查后退还',
      '请将您的资金转入清查账户，核查完毕后原路退回',
      '阿姨，您的钱不安全了，现在马上转到这个安全账户：6222 0000 1111 2222',
      '为配合调查，您名下的存款需要转入公安账户',
      '您的账户被盗用，请立刻把钱转到公安账户保管',
      '检察院通知：请把资金转入保全账户，配合调查',
      '您的钱存在风险，转到这个安全账号就能保住',
    ]),
    ...safe([
      '公安机关没有安全账户，凡是让你转到安全账户的都是诈骗',
      '警方提醒：所谓“安全账户”都是骗子的账户',
      '请设置一个安全的账户密码',
      '您的账户安全等级已提升',
      '为保护账户安全，请及时修改登录密码',
      '【XX银行】为保障资金安全，请勿向陌生账户转账',
      '反诈民警：任何要求把钱转入“安全账户”“监管账户”的，都是诈骗',
      '新闻：骗子冒充警察让受害人转账至安全账户',
      '【XX证券】您的资金账户已开通三方存管，资金安全由银行监管',
      '孩子的压岁钱我存到银行定期了，很安全',
      '【XX银行】您的预售资金已转入监管账户，请放心',
      '我把钱转到你的账户了，很安全，放心',
      '购房款请存入资金监管账户，开发商不得直接收取',
    ]),
    ...atMost([
      '我妈差点把钱转到所谓的安全账户，幸好银行拦住了',
      '安全账户是什么意思？',
      '听说有人让老人把钱转到安全账户，大家注意',
    ]),
  ]);
});
