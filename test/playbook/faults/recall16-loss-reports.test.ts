/**
 * recall16 kind R1 (session 16): a loss told done with the PAYEE named as the scammer, an impostor or a stranger, read safe 0.
 * "我妈把钱转给骗子了", "我爸刚才给一个自称公安的人转了三万" (the brief's known misses), English "i just sent $1,200 in gift cards
 * to someone who said he was from Amazon": extract.user-paid's completed-payment cue wanted 转了/汇了 beside 客服/对方, and
 * these say 转给…了 / 给 + who + 转了, the who an impostor (冒充, 自称, 一个说是…的人) or a stranger; English wanted "i sent" and
 * missed "i just sent", "my dad wired", "someone who said he was…". Now zh STRANGER_PAYEE in the clause of a payment done, en
 * "just" forms and the payee's claim. A citizen's own or family's loss reads `scam` (110/96110 and 止付 first); payments to a
 * landlord or a tradesman, warnings, conditionals, near misses and other people's past losses stay safe.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const lost = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `loss reported: ${t}`, input: chat(t), expect: 'scam', tactics: ['extract.user-paid'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `no loss: ${t}`, input: chat(t), expect: 'safe' }));

describe('recall16 kind R1: a payment told done to the scammer, an impostor or a stranger (zh)', () => {
  runWithAndWithoutModel(lost([
    '我妈把钱转给骗子了',
    '我爸刚才给一个自称公安的人转了三万',
    '我奶奶把养老钱都汇给了一个冒充孙子的人',
    '我把8000块转给了一个冒充客服的人',
    '我婆婆把存款全都转给了一个自称检察官的人',
    '刚才我把钱打到骗子的卡上了',
    '我姥姥给冒充我的人转了一万',
    '我刚刚给那个自称快递员的人付了300块',
    '我爸把三万块打给了一个说是法院的人',
    '我爸按照公安的要求把钱转进了安全账户',
    '我老公把钱转给了一个网上认识的女的',
    '我爷爷刚给一个假警察汇了五万块，现在电话打不通',
  ]));
});

describe('recall16 kind R1: a payment told done to someone who only said who they were (en)', () => {
  runWithAndWithoutModel(lost([
    'i just sent $1,200 in gift cards to someone who said he was from Amazon',
    'my dad just wired $5,000 to a man claiming to be from the IRS',
    'my grandma wired $4,000 to a man who said he was my cousin',
    'I just paid $300 to a guy posing as a bank officer',
    'my mom just sent $900 to someone pretending to be the electric company',
  ]));
});

describe('recall16 kind R1: twins in the same words with no loss (stay safe)', () => {
  runWithAndWithoutModel(safe([
    '我妈把钱转给房东了',
    '我爸刚才给装修师傅转了三万',
    '我把这个月的生活费转给我妈了',
    '我差点把钱转给骗子',
    '千万别把钱转给骗子了',
    '如果你把钱转给骗子了，马上打110',
    '我妈才不会把钱转给骗子',
    '新闻说一个老人给冒充公安的人转了十万',
    '我邻居去年把钱转给了一个自称客服的人',
    '骗子会让你把钱转给他们',
    '我给快递员付了到付的运费12块',
    'i just sent my landlord the rent',
    'my dad wired the deposit to the builder, he gave us a receipt',
    'i just paid the plumber $300',
    'if someone claiming to be the IRS calls, never pay',
    'I almost sent $500 to a man who said he was from Microsoft',
    'the caller said he was from the bank, I hung up and sent nothing',
  ]));
});
