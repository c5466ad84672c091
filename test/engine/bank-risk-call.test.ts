/**
 * A bank's own risk-control call (issue 8 §4, session 9: "0 `scam` on any real legitimate text"): the
 * bank calls about a transfer the customer made, asks whether they know the payee, and sends them to
 * CHECK it in their own banking app (在手机银行里核对一下收款人和卡号); it never asks for a code, a card or
 * a transfer. A check the customer makes in their own app is no card told to the caller. Both ways: a
 * fake bank asking for the card, the code or a transfer, even after the same words, still warns.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import type { Speaker } from '../../src/types.ts';

type Line = [Speaker, string];
const call = (lines: Line[]) => analyze({ channel: 'call', turns: lines.map(([speaker, text]) => ({ speaker, text })) });

describe('the bank\'s own risk-control call, checked in the customer\'s own app', () => {
  const calls: Line[][] = [
    [['caller', '您好，这里是建设银行95533，您尾号6628的账户今天有一笔转账因为收款方账户存在风险被暂停了。'], ['user', '我是给我儿子转学费'],
      ['caller', '好的，那麻烦您在手机银行里重新核对一下收款人名字和卡号，确认无误后可以在APP里解除暂停。如果对方是通过电话、微信让您转账的，请多留个心。']],
    [['caller', '您好，我是平安银行的，您今天给一个新收款人转了八千，请问是您本人操作的吗？'], ['user', '是我'],
      ['caller', '好的，请您在手机银行里再核对一下收款人姓名和卡号，没问题的话这笔会正常到账。']],
    [['caller', '您好，邮储银行，您今天在柜台办理的转账还没到账'], ['user', '怎么回事'],
      ['caller', '是收款卡号有一位不对，麻烦您在手机银行里核对一下卡号，改好后再操作一次就可以了']],
    [['caller', '您好，交通银行信用卡中心，您的卡刚才在外地有一笔消费，是您本人吗？'], ['user', '不是我'],
      ['caller', '好的，这笔已经拦下了，请您在APP上核对一下最近的交易记录和绑定的卡号，有不认识的再打我们官方电话']],
    [['caller', '这里是浦发银行，您有一笔向新账户的转账被暂停了，请问您认识收款人吗？'], ['user', '认识，是我房东'],
      ['caller', '好的，您在手机银行里核对一下房东的名字和卡号，确认后在APP里点放行就可以']],
    [['caller', '您好，招商银行风控中心，您刚才转出的五万元收款方是您认识的人吗？'], ['user', '是我弟弟'],
      ['caller', '好的，请您在掌上银行里重新核对一下收款人的户名和卡号，确认无误后在APP里解除限制']],
    [['caller', '中国银行您好，您今天的大额转账需要核实一下，收款人是您什么人？'], ['user', '我女儿'],
      ['caller', '好的，您可以在手机银行里核对一下收款人信息，没问题我们就放行，我们不会向您索要密码或验证码']],
    [['caller', '您好，这里是工商银行，您刚才的转账收款方账户被多次举报'], ['user', '啊，我是付装修款'],
      ['caller', '建议您在手机银行里核对一下装修公司的对公账户和卡号，最好当面确认后再转']],
    [['caller', '农业银行来电，您尾号2231的卡向外地账户转账两万被暂停'], ['user', '是给我老家盖房子的钱'],
      ['caller', '明白，请您在手机银行里重新核对一下收款人名字和卡号，确认是本人操作后，在APP里自己解除就行']],
    [['caller', '您好，光大银行，您新增的收款人存在风险提示'], ['user', '是我同事'],
      ['caller', '好的，请您在APP里核对一下同事的卡号和姓名，如果是有人电话里让您转的，请先不要转']],
  ];
  for (const lines of calls) {
    it(`not scam: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      const r = call(lines);
      expect(r.verdict).not.toBe('scam');
      expect(r.tactics.map((t) => t.id)).not.toContain('extract.card-credentials');
    });
  }

  // A fake bank: the card, the code or the money asked for, whatever "check" it calls it.
  const fakes: Line[][] = [
    [['caller', '您好，我是建设银行的，您的账户有风险'], ['user', '啊？'], ['caller', '请您把卡号和收到的验证码报给我核对一下']],
    [['caller', '这里是银行风控中心，您的转账被暂停了'], ['user', '怎么办'], ['caller', '需要您把卡里的钱转到我们的安全账户核验，核验完原路退回']],
    [['caller', '您好，我是工商银行的，您的卡被盗刷了'], ['user', '啊'], ['caller', '您在手机银行里核对一下卡号，然后把卡号和密码念给我']],
    [['caller', '您好，银联中心，您的退款需要核对一下'], ['user', '好'], ['caller', '您报一下您的银行卡号和有效期，我帮您核对']],
    [['caller', '这里是中国银行，您的账户涉嫌洗钱'], ['user', '不可能'], ['caller', '请您在手机银行里把余额转到我们给您的监管账户，核对完退给您']],
    [['caller', '您好，我是招商银行客服，您的卡有异常'], ['user', '嗯'], ['caller', '请下载这个APP，开启屏幕共享，我帮您核对一下卡号']],
    [['caller', '您好，农业银行，您的转账被暂停'], ['user', '怎么解除'], ['caller', '您把收到的六位验证码告诉我，我这边帮您解除']],
    [['caller', '您好，这里是银行反诈中心，您的账户不安全'], ['user', '那怎么办'], ['caller', '请您在APP里核对一下验证码，然后把验证码告诉我']],
    [['caller', '您好，我是平安银行的，您的信用卡要降额'], ['user', '为什么'], ['caller', '您核对一下卡号、有效期和背面三位数，报给我就可以']],
    [['caller', '您好，交通银行，您的转账需要验证'], ['user', '好'], ['caller', '请您先转一块钱到我们给的验证账户，核对一下卡号是否正确']],
  ];
  for (const lines of fakes) {
    it(`still warns: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      expect(call(lines).verdict).not.toBe('safe');
    });
  }
});
