/**
 * The yardstick issue 8 measures fanzha against: a short keyword list. A case is `suspicious` when
 * any counterpart line (caller / unknown speaker, or the whole text of a message) contains one of
 * these 20 words, else `safe`. `fanzha eval --baseline keywords` runs it through the same
 * metrics, so every per-source figure of the engine has the list's figure beside it: the gap
 * between them is what the engine's grammar, context and model add on text nobody tuned on.
 *
 * Source of the words: the key terms of public police anti-fraud advice (the Ministry of Public
 * Security's "八个凡是", the common 96110 reminders for refund, loan, task and investment scams),
 * chosen once, on 2026-11-30, without looking at any dataset. Not tuned, never to be tuned: a
 * tuned baseline would measure nothing.
 */
import type { AnalyzeInput } from '../types.ts';
import type { AnalyzeOutcome } from './run.ts';

export const BASELINE_KEYWORDS: readonly string[] = [
  '验证码', '转账', '汇款', '安全账户', '银行卡', '密码', '退款', '理赔', '屏幕共享', '下载',
  '贷款', '保证金', '手续费', '刷单', '中奖', '冻结', '征信', '链接', '返利', '投资',
];

/** The baseline's verdict for one input: `suspicious` (risk 50) on any keyword, else `safe` (0). */
export function keywordBaseline(input: AnalyzeInput): AnalyzeOutcome {
  // Each counterpart line with its turn index (a message is one line, turn 0).
  const lines: [number, string][] = 'turns' in input
    ? input.turns.flatMap((t, i) => (t.speaker === 'user' ? [] : [[i, t.text] as [number, string]]))
    : [[0, input.text]];
  for (const [turn, line] of lines) {
    if (BASELINE_KEYWORDS.some((k) => line.includes(k))) return { verdict: 'suspicious', risk: 50, alertTurn: turn, tactics: [] };
  }
  return { verdict: 'safe', risk: 0, alertTurn: null, tactics: [] };
}
