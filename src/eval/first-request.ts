/**
 * For dialogue datasets that do not mark the first extraction turn: an ESTIMATE, the first
 * caller turn that words a request for money, a code, card data, a loan, a screen share or an
 * install. Deliberately simple and independent of the playbook (a fixed word list, not the
 * engine's cues), so it cannot flatter the engine; reported apart from the real `firstExtraction`.
 */
import type { EvalTurn } from './case.ts';

const REQUEST_WORDS = /验证码|动态码|校验码|转账|汇款|打款|转到|转入|付款|支付|缴纳|扫码|二维码|银行卡号|卡号|密码|身份证号|贷款|借款|借呗|微粒贷|备用金|屏幕共享|共享屏幕|屏幕分享|下载|安装|verification code|gift card|wire|transfer|anydesk|teamviewer/i;

/**
 * Money words of other scam kinds, for `makesRequest` only (the early-warning estimate keeps the
 * list above, so its figures stay comparable). Taken from public police advice, not from the
 * playbook, and added (2026-11-29) before any engine change they measure: the Ministry of Public
 * Security's "八个凡是" ("凡是…要求汇款的、叫你汇款到安全账户的、通知中奖要你先交钱的、叫你开通
 * 网银接受检查的…都是诈骗") and the common "网贷先交费、提现先交保证金或手续费、充值返利都是诈骗"
 * advisories: 汇钱, 交钱, 先交, 交费, 安全账户, 网银, 保证金, 手续费, 充值.
 */
const OTHER_MONEY_WORDS = /汇钱|交钱|先交|交费|安全账户|网银|保证金|手续费|充值/;

export function estimateFirstRequest(turns: readonly EvalTurn[]): number | undefined {
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.speaker !== 'user' && REQUEST_WORDS.test(t.text)) return i;
  }
  return undefined;
}

/**
 * Whether the counterpart (any non-user turn) words a request by the fixed lists above: the
 * estimate of "a scam that makes a request" for issue 8 §4's other-kind target. Like the estimate,
 * it fires on a mention as well as on a request, so it over-counts rather than under-counts.
 */
export function makesRequest(turns: readonly EvalTurn[]): boolean {
  return turns.some((t) => t.speaker !== 'user' && (REQUEST_WORDS.test(t.text) || OTHER_MONEY_WORDS.test(t.text)));
}
