/**
 * A newcomer's probe (issue 8, 180 texts of their own writing): kinds of fault, each with the
 * probe's input and siblings of our own writing, positives and hard negatives.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

// A. Money or card asked for with words no rule knew, inside a refund story: the payment code, the
// balance or credit limit, "do you have a credit card", "transfer 1 yuan to this account to activate".
const EXTRACTION_WORDS: FaultCase[] = [
  { name: 'probe: 1 yuan to this account to activate', expect: 'not-safe', tactics: ['extract.transfer'],
    input: '退款需要先验证您的账户是否正常，请您往这个账户转1元进行激活，随后退还全部款项 6222 0212 3456 7890' },
  { name: 'sibling: 500 to this card to verify', expect: 'not-safe', tactics: ['extract.transfer'],
    input: '请您往这张卡打500元验证，验证后全额退款' },
  { name: 'probe: payment code screenshot', expect: 'not-safe', tactics: ['extract.finances'],
    input: '亲，你买的衣服有问题，我们给你退zfb，你把付款码截图发我一下' },
  { name: 'sibling: Alipay payment code after compensation', expect: 'scam', tactics: ['extract.finances'],
    input: '您的快递丢件了，我们给您双倍赔偿，麻烦把支付宝付款码截个图给我' },
  { name: 'probe: do you have a credit card, what limit', expect: 'scam', tactics: ['extract.finances'],
    input: '亲 您买的奶粉检测不合格 我们要召回并给您赔偿，请问您有没有信用卡？额度多少？' },
  { name: 'probe: Alipay balance after a quality problem', expect: 'scam', tactics: ['extract.finances'],
    input: '您是xx号在我们店铺买了一件羽绒服吧？这边检测到有质量问题，给你做个理赔，你支付宝余额多少？' },
  { name: 'sibling: WeChat change after a lost parcel', expect: 'scam', tactics: ['extract.finances'],
    input: '您好，您的快递丢失了，我们给您理赔，请问您微信零钱还有多少钱？' },
  { name: 'sibling: how many bank cards, before the refund', expect: 'not-safe', tactics: ['extract.finances'],
    input: '为了给您退款，需要了解一下您名下有几张银行卡' },
  { name: 'hard negative: a family member asking the limit', expect: 'safe', input: '妈，你信用卡额度多少？我想买个冰箱' },
  { name: 'hard negative: friends splitting a bill', expect: 'safe', input: '你支付宝余额多少？晚上一起吃饭AA' },
  { name: 'hard negative: checkout', expect: 'safe', input: '结账时请出示付款码' },
  { name: 'hard negative: a balance notice', expect: 'safe', input: '【招商银行】您的退款已到账，账户余额为1200.00元' },
  { name: 'hard negative: directions', expect: 'safe', input: '往这个方向走就到了，门口有个超市' },
];

describe('probe A: extraction words inside a refund story', () => {
  for (const c of EXTRACTION_WORDS) it(c.name, () => { runCase(c); });
});

// D. Obfuscation: separators inside words, chat abbreviations; spaced-out warnings still warnings.
const OBFUSCATION: FaultCase[] = [
  { name: 'probe: 备-用-金 after a lost parcel', expect: 'scam', tactics: ['extract.loan'],
    input: '亲，您的快递丢件了，理赔款需要您开通一下支付宝备-用-金才能到账哦' },
  { name: 'sibling: 备 用 金 spaced', expect: 'scam', tactics: ['extract.loan'],
    input: '亲，您的快递丢件了，理赔款需要您开通一下支付宝备 用 金才能到账哦' },
  { name: 'sibling: 微.粒.贷 opened for a refund', expect: 'scam', tactics: ['extract.loan'],
    input: '我是快手小店售后，您的商品批次召回，请您打开微.粒.贷看看额度，退款需要验证您的流水' },
  { name: 'sibling: 验.证.码', expect: 'scam', tactics: ['extract.verification-code'], input: '给您退款，请把验.证.码发给我' },
  { name: 'probe: yhk for 银行卡', expect: 'scam', tactics: ['extract.card-credentials'],
    input: '亲，您在我们店买的童装甲醛超标，已被下架，平台要给您双倍退款，麻烦您提供一下yhk号码和预留手机号' },
  { name: 'sibling: zfb payment code', expect: 'not-safe', tactics: ['extract.finances'], input: '给您退zfb，你把付款码截图发我一下' },
  { name: 'probe: spaced-out hearsay warning', expect: 'safe',
    input: '网上 都 在 说 那个 快递 丢件 三倍 赔偿 的 电话 是 骗子，大家 注意 啊' },
  { name: 'sibling: the same warning unspaced', expect: 'safe', input: '网上都在说那个快递丢件三倍赔偿的电话是骗子，大家注意啊' },
  { name: 'sibling: news says it is a scam', expect: 'safe', input: '新闻上说，自称客服说商品有质量问题要给你双倍赔偿的，都是骗子' },
  { name: 'hard negative: a credit-line advert', expect: 'safe', input: '开通借呗，最快1分钟到账，详询支付宝' },
  { name: 'hard positive: "we are not scammers" is no warning', expect: 'scam',
    input: '我们不是骗子，您的快递丢件了，给您三倍赔偿，请提供验证码' },
];

describe('probe D: obfuscation and spaced-out warnings', () => {
  for (const c of OBFUSCATION) it(c.name, () => { runCase(c); });
});

// B. Someone you know: money to a NEW card or account, or "don't tell / don't call" — at least suspicious.
const NEW_ACCOUNT: FaultCase[] = [
  { name: 'probe: landlord, old card out of use', expect: 'not-safe', tactics: ['extract.new-account'],
    input: '房东您好，我是房东，之前那个卡不用了，这个月房租转到新卡 6217 0000 1234 5678 户名李某' },
  { name: 'probe: 打我新卡上, 别跟嫂子说', expect: 'not-safe', tactics: ['extract.new-account', 'cover.secrecy'],
    input: '王哥，我这边急需周转，借我两万，明天一定还，打我新卡上，用你的手机别跟嫂子说' },
  { name: 'probe: the boss, old account frozen', expect: 'not-safe', tactics: ['extract.new-account'],
    input: '老板让我通知你，明天上午把项目款30万打到这个新账户，老账户被冻结了' },
  { name: 'sibling: supplier, new account number', expect: 'not-safe', tactics: ['extract.new-account'],
    input: '小张，之前的账户不用了，货款转到这个新账号：6228 4800 1234 5678' },
  { name: 'sibling: new corporate account', expect: 'not-safe', tactics: ['extract.new-account'],
    input: '陈总，公司换了新的对公账户，这期的货款请汇到新对公账户' },
  { name: 'sibling: do not call the boss', expect: 'not-safe', tactics: ['cover.secrecy'],
    input: '不要打电话给老板，他在开会，直接把钱打到这个账户' },
  { name: 'sibling: keep it from dad, send me five thousand', expect: 'not-safe', tactics: ['cover.secrecy'],
    input: '这件事先别跟你爸说，你先转五千给我' },
  { name: 'hard negative: the usual rent reminder', expect: 'safe', input: '【房东】本月房租2500元，请按时转到原来的工行卡，谢谢' },
  { name: 'hard negative: same old account', expect: 'safe', input: '这个月房租2500，还是老账户，月底前转我就行' },
  { name: 'hard negative: my salary goes to my new card', expect: 'safe', input: '我换新卡了，工资以后发到新卡上' },
  { name: 'hard negative: a bank mailing a card', expect: 'safe', input: '【建设银行】您的新卡已寄出，请注意查收' },
  { name: 'hard negative: a secret without money', expect: 'safe', input: '妈，新买的裙子到了，你别跟爸说我花了多少钱' },
];

describe('probe B: new card or account, secrecy', () => {
  for (const c of NEW_ACCOUNT) it(c.name, () => { runCase(c); });
});

// F. False alarms: a payer's report of money already sent; asking a family member for one's own forgotten PIN.
const FALSE_ALARMS: FaultCase[] = [
  { name: 'probe: contract payment sent to your account', expect: 'safe',
    input: '王总，合同款30万已经按合同约定打到贵司对公账户了，请财务查收，回单附后' },
  { name: 'sibling: deposit already wired', expect: 'safe', input: '李经理，定金五万已汇到贵公司账户，请注意查收' },
  { name: 'probe: forgot my own card PIN', expect: 'safe', input: '老公，银行卡密码我忘了，你记得是多少吗？我想去取点钱交水电费' },
  { name: 'sibling: forgot the Alipay password', expect: 'safe', input: '儿子，支付宝支付密码我给忘了，你帮我想想是多少' },
  { name: 'hard positive: a "company" account from a stranger', expect: 'not-safe', tactics: ['extract.transfer'],
    input: '您好，您的订单退款需要先把保证金转到我们的对公账户' },
  { name: 'hard positive: password asked for a refund', expect: 'not-safe', tactics: ['extract.card-credentials'],
    input: '为了给您退款，麻烦您把银行卡密码告诉我' },
];

describe('probe F: false alarms', () => {
  for (const c of FALSE_ALARMS) it(c.name, () => { runCase(c); });
});
