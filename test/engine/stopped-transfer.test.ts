/**
 * A call that STOPS a transfer (session 11, conv11 item 2; STOPPED_TRANSFER in src/playbook/zh/conversation-kinds.ts):
 * the bank, the payment app or the anti-fraud centre sees the citizen moving money to a stranger, asks whether
 * someone told them to, and tells them to stop. The moves in it are asked about or undone, never asked for: the call
 * is safe. Both ways: a fake "bank" that warns of fraud and then asks for the money, the code, the card or a screen
 * share for itself stays flagged, and a citizen's own report of a loss stays the emergency. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { STOPPED_TRANSFER, type ConversationKindExample } from '../../src/playbook/zh/conversation-kinds.ts';
import type { Speaker } from '../../src/types.ts';

type Line = [Speaker, string];
const call = (lines: Line[]) => analyze({ channel: 'call', turns: lines.map(([speaker, text]) => ({ speaker, text })) });
const example = (e: ConversationKindExample) => analyze({ channel: 'call', turns: e.turns.map((t) => ({ ...t })) });

describe('a call that stops a transfer is safe', () => {
  const calls: Line[][] = [
    [['caller', '您好，我是交通银行的，系统监测到您在通话中向陌生账户转账，请问有没有人让您开了屏幕共享？'], ['user', '有，一个客服'],
      ['caller', '请您马上关闭屏幕共享，退出那个会议软件，不要再转账了，这是诈骗。']],
    [['caller', '您好，这里是中国银行风控中心，您刚才的一笔两万元转账我们暂时拦截了，收款账户有涉诈风险。'], ['user', '是淘宝客服让我转的保证金'],
      ['caller', '淘宝不会让您转保证金，这笔钱请不要再转，对方的电话直接挂掉，有疑问打96110。']],
    [['caller', '您好，我是建设银行的客户经理，您正在办理的大额转账，请问是不是有人在电话里指导您操作？'], ['user', '是的，说是退款要先验证'],
      ['caller', '那是诈骗，请立即停止操作，不要把验证码告诉任何人，退款不需要您转账。']],
    [['caller', '您好，我是邮储银行的，您在柜台要往这个账户汇八万，柜员反映收款人您不认识？'], ['user', '是网上理赔的专员给的账户'],
      ['caller', '阿姨，这个是骗子，正规理赔不会让您往个人账户汇钱，您先别汇，我们帮您报警。']],
    [['caller', '您好，这里是农业银行，系统发现您正准备给陌生人转账，请问对方是不是让您做了屏幕共享？'], ['user', '是的，他说要帮我退款'],
      ['caller', '请您立即关闭屏幕共享，挂断电话，不要转账，钱还在您卡里。']],
    [['caller', '您好，农业银行，您刚才那笔转账收款方被多人举报，我们已经暂停了。'], ['user', '那我的钱呢'],
      ['caller', '钱还在您卡里，没有转出去，您不要再转了，也不要再跟对方联系。']],
    [['caller', '您好，我是平安银行的，您是不是在扫一个二维码付款？系统提示收款方是涉诈账户。'], ['user', '是客服发给我的，说扫了退款'],
      ['caller', '请不要扫码付款，关掉那个页面，退款都是原路退回，不需要您付钱。']],
    [['caller', '您好，这里是兴业银行反诈专线，您今天三次尝试向同一个陌生账户转账都失败了，是有人让您转的吗？'], ['user', '对，他说要刷流水提高信用分'],
      ['caller', '刷流水是诈骗，请您停止转账，把对方的电话号码记下来，打96110举报。']],
    [['caller', '您好，我是工商银行反诈专员，您刚才发起的一笔向外地个人账户的转账已被暂停。'], ['user', '怎么了'],
      ['caller', '对方可能是冒充客服的诈骗，请您先不要继续转账，也不要把验证码告诉任何人。']],
    [['caller', '您好这里是XX银行，系统检测到您正在向陌生账户转账，这可能是诈骗，请不要转账，如有疑问拨打96110'], ['user', '好的，谢谢']],
    [['caller', '您好，这里是浦发银行，您正在向一个新账户转账，对方是不是说您的账户冻结了要转到别的账户？'], ['user', '是的'],
      ['caller', '银行不会让您这样转，这是骗子的说法，请您不要转账，挂断对方电话。']],
    [['caller', '您好，招商银行，您刚在APP上贷了五万又马上往外转，我们先把转账拦下来了。'], ['user', '对方说是注销学生账户要用的'],
      ['caller', '注销账户不需要贷款也不需要转账，这是诈骗，请您不要再操作，贷款可以提前还掉。']],
  ];
  for (const lines of calls) {
    it(`safe: ${lines.map((l) => l[1]).join(' / ').slice(0, 90)}`, () => {
      const r = call(lines);
      expect(r.verdict).toBe('safe');
      expect(r.risk).toBeLessThan(40);
    });
  }
  for (const e of STOPPED_TRANSFER.positive) it(`safe (playbook example): ${e.note}`, () => expect(example(e).verdict).toBe('safe'));
});

describe('a "bank" that stops one move and asks for another still warns', () => {
  const fakes: Line[][] = [
    [['caller', '您好这里是银行风控中心，系统检测到您正在向陌生账户转账，这可能是诈骗，请不要转账。'], ['user', '那我的钱怎么办'],
      ['caller', '为了资金安全，请您把卡里的余额先转到我们的安全账户，核实后再给您转回。']],
    [['caller', '您好，我是工商银行的，您刚才的转账有风险，请立即停止操作。'], ['user', '好的'], ['caller', '为了帮您拦截，请把收到的验证码报给我。']],
    [['caller', '您好，我是建设银行反诈中心，您的账户正在被盗刷，请不要转账给任何人。'], ['user', '那怎么办'],
      ['caller', '您下载一个会议软件，开启屏幕共享，我们的技术人员帮您处理。']],
    [['caller', '这里是公安局反诈中心，您是不是正在给客服转账？请立即停止转账。'], ['user', '是的，我已经停了'],
      ['caller', '您的账户已经涉案，需要把钱转到监管账户配合调查，不要告诉家人。']],
    [['caller', '您好，我是招商银行的，您刚才的转账被拦截了，对方是骗子，不要再转了。'], ['user', '谢谢'],
      ['caller', '为了降低风险，您需要在借呗上借出五万，转到新开的账户里，这样您的信用就恢复了。']],
    [['caller', '您好，这里是农业银行，您的卡有异常交易，请立即停止操作。'], ['user', '那怎么办'], ['caller', '请您报一下卡号和背面三位数，我们帮您冻结。']],
    [['caller', '您好，我是银联中心的，请不要转账给那个客服，他是骗子。'], ['user', '好'],
      ['caller', '接下来按我说的做，下载这个APP，这件事不要告诉家人，也不要告诉银行柜员。']],
    [['caller', '您好，这里是支付宝安全中心，系统检测到您正在向陌生人付款，请马上停止付款。'], ['user', '那我的退款呢'],
      ['caller', '退款需要您点击我发的链接，填写银行卡号和密码，系统会原路退回。']],
    [['caller', '您好，交通银行，您正在进行的转账有风险，请先不要转。'], ['user', '那怎么办'], ['caller', '您先转一块钱到我们给的验证账户，核对一下卡号是否正确。']],
    [['caller', '您好，我是京东金融的，您的退款先不要转账操作。'], ['user', '那怎么退'],
      ['caller', '您打开腾讯会议，开启屏幕共享，我一步一步教您操作。']],
  ];
  for (const lines of fakes) {
    it(`flagged: ${lines.map((l) => l[1]).join(' / ').slice(0, 90)}`, () => expect(call(lines).verdict).not.toBe('safe'));
  }
  for (const e of STOPPED_TRANSFER.negative) it(`flagged (playbook example): ${e.note}`, () => expect(example(e).verdict).not.toBe('safe'));

  it('the citizen\'s own loss in a stopping call is still the emergency', () => {
    const r = call([['caller', '您好，我是建设银行的，您刚才的转账有风险，请不要再转了。'], ['user', '我已经按客服说的转了三万过去了，被骗了'],
      ['caller', '请您马上打110报警，我们这边帮您申请止付。']]);
    expect(r.verdict).toBe('scam');
    expect(r.tactics.map((t) => t.id)).toContain('extract.user-paid');
  });
});
