/**
 * newcomer8 kind 3: the user's own question about a scheme heard of read as the scheme's request to
 * the user ("听说那个刷单的要先垫付，是真的吗？" scam 100; "那个兼职…是不是要先交钱？要交钱就算了" 67). A
 * sentence that ends in a question mark and holds hearsay, "is it true?" or "must one pay first?"
 * (grammar `inquiries`), with no 我 (someone asked the asker: a scam under way) and no 您 (an agent's
 * leading question), asks about the scheme; "要交钱就算了" refuses a condition (a `verdicts` word after
 * it). The first two inputs are the newcomer's; the rest our own writing.
 */
import { describe, it } from 'vitest';
import { chat, runCase, sms, type FaultCase } from './helpers.ts';

const QUESTIONS: FaultCase[] = [
  // The newcomer's.
  { name: 'heard that order-brushing needs an advance, is it true?', expect: 'safe', input: chat('听说那个刷单的要先垫付，是真的吗？') },
  { name: 'does that part-time job need money first? then forget it', expect: 'safe',
    input: chat('兄弟，你上次说的那个兼职还招人吗？我表妹想去，一天多少钱？是不是要先交钱？要交钱就算了') },
  // Our own.
  { name: 'heard online tasks need a top-up before withdrawing', expect: 'safe', input: chat('听说现在网上做任务要先充值才能提现，是真的吗？') },
  { name: 'said to ask for a screen share, true?', expect: 'safe', input: chat('据说那种理赔电话会让人开屏幕共享，是真的吗？') },
  { name: 'the job poster downstairs, a deposit first? then forget it', expect: 'safe', input: chat('楼下贴的那个招聘广告，是不是要先交押金？要交押金就算了') },
  { name: 'cancelling a student loan means a safe account, really?', expect: 'safe', input: chat('听人说注销校园贷要把钱转到安全账户，真的假的？') },
  { name: 'that brushing group, an advance first?', expect: 'safe', input: chat('那个刷单群是不是要先垫付？') },
  { name: 'JD\'s agent asks a code for a refund, true?', expect: 'safe', input: chat('听说京东客服打电话退款要提供验证码，是不是真的？') },
  { name: 'that online loan, a guarantee first? then no', expect: 'safe', input: chat('那个网贷是不是得先交保证金才放款？要交钱就不弄了') },
  { name: 'a friend\'s job tip with a training fee, true?', expect: 'safe', input: chat('朋友推荐的兼职，听说要先交培训费，是真的吗？') },
  { name: 'that prize text, a fee to pay?', expect: 'safe', input: chat('群里说的那个抽奖，要交钱吗？') },
];

const STILL_ASKED: FaultCase[] = [
  { name: 'asked of the asker: he told me to advance money, a scam?', expect: 'not-safe', input: chat('他让我先垫付，是不是骗子？') },
  { name: 'asked of the asker: the job wants a deposit from me, true?', expect: 'not-safe', input: chat('对方让我先交500押金才能入职，是真的吗？') },
  { name: 'an agent\'s hearsay question to 您, then the code', expect: 'not-safe', input: sms('这边是京东客服，听说您要退款？请把收到的验证码发给我') },
  { name: 'an agent\'s leading question, then the code', expect: 'scam', input: sms('您好，这边是淘宝客服，是不是要先给您办理退款？请把验证码发给我') },
  { name: 'hearsay to 您, then card and code', expect: 'not-safe', input: sms('听说您需要退款？请提供银行卡号和验证码，我帮您办理') },
  { name: 'a brushing ad, said outright', expect: 'scam', input: sms('刷单返利，先垫付300元，完成任务立即返还本金和佣金，加微信kf8899') },
  { name: 'a task offer with an advance, no question', expect: 'not-safe', input: sms('做任务要先垫付，垫付后返佣金，加群领任务') },
  { name: '"heard?" on its own, then the request', expect: 'not-safe', input: sms('听说了吗？淘宝退款新规：请先添加客服微信kf123并提供验证码') },
  { name: 'a question answered by the asker himself', expect: 'not-safe', input: sms('要交押金吗？不用，您只需要提供验证码就能退款') },
  { name: 'a statement after the hearsay question', expect: 'not-safe', input: sms('是真的吗？是的，本次理赔需先缴纳保证金500元，请转账至6222021234567890128') },
];

describe('newcomer8 kind 3: the user\'s question about a scheme is not its request', () => {
  for (const c of QUESTIONS) it(c.name, () => { runCase(c); });
});

describe('newcomer8 kind 3: questions about one\'s own case, and agents\' questions, stay read', () => {
  for (const c of STILL_ASKED) it(c.name, () => { runCase(c); });
});
