/**
 * Real service SMS that the rules read as the scam (issue 8 §4: 0 `scam` on any real legitimate
 * text). The kinds, found on the dev half of telecom-fraud-texts-5 / 正常短信 and on notices we wrote:
 *  - a message that DELIVERS a one-time code ("验证码482913，请在页面中输入") read as a request for the
 *    code, plus "下载XX APP" read as a channel shift: `shift-plus-extraction` made it `scam`;
 *  - money coming back to the citizen ("将作为充值赠款返还给您", "已成功充值…分12个月返还") read as a
 *    pay-first transfer;
 *  - a shop's policy for a problem that may arise ("如商品有质量问题，可申请退货退款") read as a refund pretext.
 * Positives (the scam said near the same words) stay caught. Every input is our own writing.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const CASES: FaultCase[] = [
  // One-time-password SMS: the code is in the message, the sender is not asking for it.
  { name: 'login OTP with an app download link', expect: 'at-most-suspicious',
    input: '【美团】您的验证码是482913，请在页面中输入完成登录，5分钟内有效。下载美团APP享更多优惠 https://i.meituan.com/a' },
  { name: 'card application OTP with the bank app', expect: 'safe',
    input: '【平安银行】您正在申请信用卡，验证码775621，请在申请页面输入。申请进度可下载平安口袋银行APP查询。' },
  { name: 'ticket refund OTP', expect: 'safe',
    input: '【12306】您正在办理退票，退款将原路返还，验证码662019，请在页面输入验证码确认退票。' },
  { name: 'bind-card OTP with a colon', expect: 'safe',
    input: '【京东】验证码：119283，您正在绑定银行卡，请在京东APP页面输入验证码完成绑定，切勿告知他人。' },
  { name: 'payment OTP, code after 是', expect: 'safe',
    input: '【云闪付】您本次支付的动态码是903311，请在支付页面输入，工作人员不会索要。' },
  // Money coming back to the citizen.
  { name: 'operator bill credit', expect: 'safe',
    input: '【中国电信】您上月未结算的费用将作为充值赠款返还给您，可用于抵扣本月账单，详情请下载电信营业厅APP查看。' },
  { name: 'top-up bonus paid back monthly', expect: 'safe',
    input: '【中国联通】尊敬的客户，您已成功充值话费100元，赠送的50元话费将分12个月返还至您的账户，详情请下载联通APP查询。' },
  // A shop's policy, not a claim about your item.
  { name: 'delivery notice with the return policy and a review link', expect: 'safe',
    input: '【淘宝】您的包裹已签收，如商品有质量问题，可在7天内申请退货退款，商家承担运费。点击 https://m.tb.cn/abc 评价得积分。' },
  { name: 'return policy in an order notice', expect: 'safe',
    input: '【京东】您的订单已发货，如遇质量问题可申请退货，详情请在APP内查看。' },
  { name: 'lender\'s own payout notice', expect: 'safe',
    input: '【微众银行】您的借款5000元已提现至尾号1234的银行卡，请按时还款。' },

  // The scam said with the same words stays caught.
  { name: 'scam: a code asked for after a refund story', expect: 'scam', tactics: ['extract.verification-code'],
    input: '您好，我是淘宝客服，您的订单异常需要退款，请把手机收到的验证码告诉我，马上为您处理。' },
  { name: 'scam: a code typed into their refund link', expect: 'scam', tactics: ['extract.verification-code'],
    input: '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码' },
  { name: 'scam: top up first, the refund comes back after', expect: 'not-safe', tactics: ['extract.transfer'],
    input: '请您先在商城充值一笔，以便我们把退款返还给您' },
  { name: 'scam: a refund for an app sign-up and a task', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: '恭喜您！只需下载并注册“安心理财”APP，完成指定任务，即可享受全额退款，请点击 http://axlc.top/d 下载。' },
  { name: 'scam: a QR code to their "customer service" after a refund', expect: 'not-safe', tactics: ['shift.group'],
    input: '您好，您的快递丢失了，我们为您办理理赔。请您扫描下方二维码添加理赔客服，我们会尽快为您处理。' },
  { name: 'scam: borrow and draw it to a card', expect: 'scam', tactics: ['extract.loan'],
    input: '快递无法送达，我们将退款给您。请按提示下载投屏软件，并在支付宝中操作借款5000元提现至您的银行卡内。' },
];

describe('real service SMS read as the scam, and the scam next to them (detect-sms)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
