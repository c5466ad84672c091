/**
 * newcomer14 kind K4: the code asked for without its name — "那几个数报给我", "把收到的验证信息截个图发给我", "带数字的短信" —
 * read no code request (safe 10 with a claimed agent). The object class obj.code (src/playbook/zh/lexicon.ts) now holds
 * the code pointed at: the digits just sent ("那几个数", "那几位数字"), the message that carried them ("带数字的短信",
 * "收到的验证信息/验证短信"); every tactic reading obj.code reads them. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind K4: the code pointed at, not named (input and siblings)', () => {
  run([
    { name: 'the newcomer\'s input', input: sms('淘宝售后：赔付已经提交，您手机马上会收到一条带数字的短信，麻烦把那几个数报给我确认一下。'), expect: 'scam' },
    { name: 'the verification message as a screenshot', input: sms('您好，我是京D东的售后，您的货有质检问题，给您退款，麻烦您把收到的验证信息截个图发给我。'), expect: 'scam' },
    { name: 'a call, the few digits', input: callerCall('您好我是拼多多理赔专员，您买的电热毯有质量问题，给您三倍赔偿', '系统给您发了一条带数字的短信，您把那几位数字念一下'), expect: 'scam' },
    { name: 'read me the few numbers', input: chat('我是抖音客服，会员扣费帮您取消了，您手机上刚到的那几个数报给我就好。'), expect: 'not-safe' },
    { name: 'forward the verification SMS', input: chat('快递理赔这边需要您把收到的验证短信转发给我，我这边核对完就打款。'), expect: 'not-safe' },
    { name: 'the numbered SMS', input: chat('您好这边是美团售后，退款要核对身份，麻烦把那条数字短信的内容发过来。'), expect: 'not-safe' },
    { name: 'the digits, elderly register', input: chat('阿姨您别急，您手机响了一下是不是来了带数字的短信？那几个数您念给我听。'), expect: 'not-safe' },
    { name: 'a loan fee story', input: chat('您的贷款已经审批，系统发了验证短信，您把收到的验证短信截图发我，马上放款。'), expect: 'not-safe' },
    { name: 'fake police', input: chat('我是公安局的，你的账户涉嫌洗钱，现在给你发了带数字的短信，把那几个数报给我核实。'), expect: 'not-safe' },
    { name: 'a game trade', input: chat('账号交易这边要验证，你把收到的验证信息截个图给我，我这边马上打款。'), expect: 'not-safe' },
    { name: 'the four digits', input: chat('京东金融客服，您的白条额度要关闭，手机收到的那几位数告诉我一下。'), expect: 'not-safe' },
  ]);
});

describe('kind K4: hard negatives, digits and messages not asked', () => {
  run([
    { name: 'a submitted verification', input: sms('【京东】您的验证信息已提交，审核结果将短信通知您。'), expect: 'safe' },
    { name: 'homework', input: chat('这道题的答案就是那几个数，你再算一遍。'), expect: 'safe' },
    { name: 'lottery numbers', input: chat('彩票号码就是那几个数，我每期都买。'), expect: 'safe' },
    { name: 'a son warning his mother', input: chat('妈，你手机收到一条带数字的短信别理它，那是骗子发的。'), expect: 'safe' },
    { name: 'a bank OTP', input: sms('【建设银行】您的验证码为583920，5分钟内有效，切勿告知他人。'), expect: 'safe' },
    { name: 'a password hint', input: chat('密码就是咱家门牌号那几个数，你自己输一下。'), expect: 'safe' },
    { name: 'a phone number', input: chat('王老师的电话最后那几位数我记不清了，你问下班长。'), expect: 'safe' },
    { name: 'a real agent saying never', input: sms('【淘宝】平台客服不会要求您提供收到的验证短信，请勿泄露。'), expect: 'safe' },
    { name: 'a shop explaining', input: chat('您下单后会收到一条带数字的短信，那是取货码，到店出示就行。'), expect: 'at-most-suspicious' },
    { name: 'stock talk', input: chat('这只股票最近就在那几个数之间来回跳，别追。'), expect: 'safe' },
    { name: 'a teacher', input: chat('同学们把作业里算错的那几位数字改一下再交。'), expect: 'safe' },
  ]);
});
