/**
 * Citizen warnings follow 12381's rule: the text is fixed advice chosen by level, never built from
 * what the scammer said, carries no link, and names no number except 110 and 96110. A scammer can
 * imitate a warning; a warning that only ever says "call 110/96110" cannot be turned into a lure.
 */
import { violatesWarningRule } from '../index.ts';
import type { AlertLevel } from '../types.ts';

export type WarningLevel = Extract<AlertLevel, 'warn' | 'block'>;

export const WARNING_TEXT: Readonly<Record<WarningLevel, string>> = {
  warn:
    '【反诈提醒】您正在进行的通话或聊天疑似冒充电商客服的退款诈骗。真正的退款不需要您付款、扫码、贷款、共享屏幕或下载软件。' +
    '请通过购物平台官方应用自行核实，不要向对方提供验证码、银行卡号和密码。如有疑问，请拨打110或96110。',
  block:
    '【反诈预警】对方极可能是冒充电商客服的诈骗分子。请立即挂断电话，关闭屏幕共享，不要转账、扫码或贷款，不要提供验证码。' +
    '如已转账，请马上拨打110或96110报警，并联系您的银行止付。',
};

export interface Warning {
  id: string;
  alertId: string | null;
  sessionId: string | null;
  /** Opaque target given when the session was opened (an app's device token), masked. */
  recipient: string | null;
  level: WarningLevel;
  text: string;
  createdAt: number;
}

/** The ways a warning text breaks 12381's rule (the engine's own check, so there is one definition); empty when it follows it. */
export function warningRuleViolations(text: string): string[] {
  const problem = text.length === 0 ? 'empty' : violatesWarningRule(text);
  return problem ? [problem] : [];
}

// Checked once at load: an edit that breaks the rule stops the service from starting, not a citizen's phone.
for (const [level, text] of Object.entries(WARNING_TEXT)) {
  const problems = warningRuleViolations(text);
  if (problems.length) throw new Error(`warning text for ${level} breaks 12381's rule: ${problems.join(', ')}`);
}

export function warningText(level: WarningLevel): string {
  return WARNING_TEXT[level];
}

/** Where citizen warnings go. Implementations must not alter the text. */
export interface Notifier {
  readonly name: string;
  send(warning: Warning): Promise<void>;
}
