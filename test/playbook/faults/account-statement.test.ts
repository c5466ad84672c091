/**
 * Session 13 (sms13 kind 3): a bank's statement of a movement on the READER's own account ("您尾号0412账户退款存入
 * 342.08元，余额5,250.10元，摘要：…", "…的跨行转入，对方户名：韦**", "微信零钱提现转入646.85元，可用余额…") read the
 * movement as money asked (extract.transfer 45, extract.platform-topup 40: suspicious). The first run of the eleventh
 * author's unseen legitimate SMS (gen-w11-legit-sms-zh) flagged 7 such statements of its 14. A statement's own fields
 * in the sentence — the balance after the sum (元，余额 / 元，可用余额), the memo (摘要), the counterparty's name
 * (对方户名) — tell a movement done; an ask in a sentence of its own still reads. Every line is our own writing.
 */
import { describe, it } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind: a bank\'s statement of a movement on your own account (siblings of our own)', () => {
  run([
    { name: 'a refund deposited, balance, memo', input: sms('【某某银行】您尾号9900账户5月3日10:12退款存入45.00元，余额300.12元，摘要：美团退款。'), expect: 'safe' },
    { name: 'a withdrawal from a wallet arrives', input: sms('【某某银行】您尾号5678卡6月1日08:30微信零钱提现转入300.00元，可用余额1,204.10元。'), expect: 'safe' },
    { name: 'an interbank transfer in, payer named', input: sms('【某某银行】尊敬的客户，您尾号9012的账户今日有一笔1,500.00元的跨行转入，对方户名：李**。'), expect: 'safe' },
    { name: 'a shop refund in, balance', input: sms('【某某农商银行】您尾号3344账户11月2日14:05转入退款89.90元，余额2,010.33元，摘要：淘宝退款。'), expect: 'safe' },
    { name: 'an income with memo and payer', input: sms('【某某银行】您尾号7788账户收入人民币5,000.00元，余额12,345.67元，摘要：转账，对方户名：王**。'), expect: 'safe' },
    { name: 'an Alipay withdrawal arrives', input: sms('【某某银行】您尾号1357账户8月8日支付宝提现转入520.00元，可用余额3,000.00元。'), expect: 'safe' },
    { name: 'rent received by online banking', input: sms('【某某银行】您尾号1122账户9月9日19:20网银转入2,300.00元，余额4,455.66元，摘要：房租。'), expect: 'safe' },
    { name: 'a remittance in, payer and memo', input: sms('【某某银行】您尾号5566账户跨行汇入3,000.00元，对方户名：张**，摘要：还款。'), expect: 'safe' },
    { name: 'a deposit at the counter', input: sms('【某某银行】您尾号2233账户10月10日柜台存入10,000.00元，余额15,678.90元。'), expect: 'safe' },
    { name: 'a bonus paid in by the employer', input: sms('【某某银行】您尾号4455账户转入奖金1,200.00元，可用余额6,600.00元，摘要：年终奖。'), expect: 'safe' },
    // The scams of the kind: the ask in its own sentence, or no statement's field in it.
    { name: 'a statement then the money sent back', input: sms('【某某银行】您尾号1234账户转入5,000.00元，余额5,200.00元。系统误操作，请将5,000元转回到以下账户：6222021234567890123。'), expect: 'not-safe' },
    { name: 'the balance moved to a safe account', input: sms('您尾号1234的账户涉嫌洗钱，请将余额全部转入安全账户配合调查。'), expect: 'scam' },
    { name: 'a refund held until a deposit', input: sms('【某某银行】您尾号1234账户有一笔退款待入账，需先转入500元保证金到指定账户才能到账。'), expect: 'not-safe' },
  ]);
});
