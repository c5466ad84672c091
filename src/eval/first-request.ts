/**
 * For dialogue datasets that do not mark the first extraction turn: an ESTIMATE, the first
 * caller turn that words a request for money, a code, card data, a loan, a screen share or an
 * install. Deliberately simple and independent of the playbook (a fixed word list, not the
 * engine's cues), so it cannot flatter the engine; reported apart from the real `firstExtraction`.
 */
import type { EvalTurn } from './case.ts';

const REQUEST_WORDS = /验证码|动态码|校验码|转账|汇款|打款|转到|转入|付款|支付|缴纳|扫码|二维码|银行卡号|卡号|密码|身份证号|贷款|借款|借呗|微粒贷|备用金|屏幕共享|共享屏幕|屏幕分享|下载|安装|verification code|gift card|wire|transfer|anydesk|teamviewer/i;

export function estimateFirstRequest(turns: readonly EvalTurn[]): number | undefined {
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.speaker !== 'user' && REQUEST_WORDS.test(t.text)) return i;
  }
  return undefined;
}
