/**
 * told17 (session 17) kind 2: a victim reporting a loss as "sent AMOUNT to the account SOMEONE ELSE named" read safe 0:
 * "我已经转了3万到安全账户", "我转了两万到她给的卡上", "我已经打了8000块到那个客服给的账户，怎么办" (while "我已经转了3万到他给的
 * 账户" read 70), and in English "I sent $2,000 to the account the Microsoft technician gave me, now he wants more", "I paid
 * $800 in gift cards to the IRS agent who called me", "my mom transferred 5k to the 'customs officer' for her parcel, is
 * that a scam?". extract.user-paid's completed-payment cue wanted 转了/汇了 next to a short list of counterpart words (他给的,
 * 客服…) and missed 打了, 她给的, 安全账户. Now (src/playbook/zh/tactics/extract.user-paid.ts GIVEN_DEST, SENT_DONE) a sum sent
 * (转了, 汇了, 打了, 存了, 交了…) then 到/进 then an account a stranger's word named (他/她/对方/客服/专员/警官… + 给的/发的/说的/
 * 指定的/提供的, or 安全账户, 指定账户), ordered in one clause; en: the account a caller/agent/technician gave, a payee "who called
 * me", payment in gift cards, the "customs officer". All now scam 70 or more (safe 0 before). Twins protect: a relative's or an
 * office's account ("我转了两千到我妈给的卡上", "I transferred the rent to the account the landlord gave me"), a refusal or near
 * miss (我没转, 差点, almost), warnings and news naming a safe account, another person's past loss, a tradesman paid.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const lost = (texts: string[]): FaultCase[] =>
  texts.map((t) => ({ name: `loss reported: ${t}`, input: chat(t), expect: 'scam' as const, tactics: ['extract.user-paid'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `no loss of the teller's: ${t}`, input: chat(t), expect: 'safe' as const }));

describe('told17 kind 2: a sum sent to an account the other side named is a loss reported', () => {
  runWithAndWithoutModel([
    ...lost([
      '我已经转了3万到安全账户',
      '我转了两万到她给的卡上',
      '我已经打了8000块到那个客服给的账户',
      '我已经打了8000块到那个客服给的账户，怎么办',
      '我刚才汇了五万到对方指定的账户，现在联系不上了',
      '我妈已经转了两万到他给的账户',
      '我转了6000到对方发来的卡号上',
      '昨天转了1万到那个专员提供的账户，还要我再转',
      '老公已经打了两万块到客服给的银行卡',
      '我交了3000到他说的账户，说是保证金',
      '我已经汇了20万进安全账户了',
      'I sent $2,000 to the account the Microsoft technician gave me, now he wants more',
      'I paid $800 in gift cards to the IRS agent who called me',
      "my mom transferred 5k to the 'customs officer' for her parcel, is that a scam?",
      'My dad sent $5,000 to the account the caller gave him',
    ]),
    ...safe([
      '我转了两千到我妈给的卡上',
      '学费我已经转了到学校给的账户',
      '他让我转3万到安全账户，我没转',
      '公安机关没有安全账户，不要把钱转到安全账户',
      '骗子会让你把钱转到他给的账户',
      '差点就转了5000到他给的账户',
      '我转了房租到房东给的卡上，房东说收到了',
      '民警提醒：转了钱到所谓安全账户的，要马上报警',
      '我同事去年转了两万到骗子给的账户',
      'I paid the IRS my taxes online today',
      "I sent the deposit to the landlord's account, he confirmed",
      'I bought my niece a $50 gift card for her birthday',
      'Scammers ask you to pay in gift cards. Never pay in gift cards.',
      'I paid the technician who fixed my boiler, $120 cash',
      'I almost sent $2,000 to the account the Microsoft technician gave me',
      'I transferred the rent to the account the landlord gave me',
      'I paid the school trip fee to the account the school gave us',
    ]),
  ]);
});
