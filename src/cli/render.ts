/** Human-readable output of a result: verdict, evidence highlighted in its turn, advice. */
import { type AnalyzeResult, type Lang, type Stage, type TurnInput, type Verdict } from '../types.ts';
import { clean as cleanUntrusted } from '../checks/cli.ts';

const LABELS = {
  zh: {
    verdict: { safe: '未发现诈骗迹象', suspicious: '可疑，请提高警惕', scam: '高度疑似诈骗' } as Record<Verdict, string>,
    stage: { contact: '冒充接触', pretext: '编造借口', shift: '转移渠道', extraction: '索取钱款或信息', cover: '掩盖与施压' } as Record<Stage, string>,
    head: '结论', risk: '风险', stageLabel: '阶段', evidence: '证据', advice: '警方提醒', turn: (n: number) => `第${n + 1}句`,
    safeWithSigns: '暂未达到预警，但有下列可疑之处，请留意', none: '（无）', alertAt: (n: number) => `第${n + 1}句时已发出预警`, composite: '组合判定', componentSign: '组合证据', model: '模型',
  },
  en: {
    verdict: { safe: 'no sign of a scam', suspicious: 'suspicious: be careful', scam: 'very likely a scam' } as Record<Verdict, string>,
    stage: { contact: 'contact', pretext: 'pretext', shift: 'channel shift', extraction: 'extraction', cover: 'cover-up' } as Record<Stage, string>,
    head: 'Verdict', risk: 'risk', stageLabel: 'stage', evidence: 'Evidence', advice: 'What to do', turn: (n: number) => `turn ${n + 1}`,
    safeWithSigns: 'no alert yet, but note the signs below', none: '(none)', alertAt: (n: number) => `alert raised at turn ${n + 1}`, composite: 'Combination', componentSign: 'in combination', model: 'model',
  },
};

const COLOUR = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', bold: '\u001b[1m', reset: '\u001b[0m', inverse: '\u001b[7m' };

/** Strip control, zero-width and bidirectional characters from scammer-written text before it reaches a terminal. */
const clean = (s: string): string => cleanUntrusted(s);

/** A window of the turn around [start, end), with the evidence marked. */
export function highlight(text: string, start: number, end: number, colour: boolean, context = 24): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const before = clean(text.slice(from, start)).replace(/\n/g, ' ');
  const hit = clean(text.slice(start, end)).replace(/\n/g, ' ');
  const after = clean(text.slice(end, to)).replace(/\n/g, ' ');
  const mark = colour ? `${COLOUR.inverse}${COLOUR.red}${hit}${COLOUR.reset}` : `【${hit}】`;
  return `${from > 0 ? '…' : ''}${before}${mark}${after}${to < text.length ? '…' : ''}`;
}

export function renderResult(result: AnalyzeResult, turns: TurnInput[], lang: Lang, colour: boolean): string {
  const L = LABELS[lang];
  const c = (code: string, s: string): string => (colour ? `${code}${s}${COLOUR.reset}` : s);
  const vColour = result.verdict === 'scam' ? COLOUR.red : result.verdict === 'suspicious' ? COLOUR.yellow : COLOUR.green;
  const lines: string[] = [];
  const zh = lang === 'zh';
  const sep = zh ? '：' : ': ';
  const stage = result.stage ? `${zh ? '，' : ', '}${L.stageLabel}${sep}${L.stage[result.stage]}` : '';
  const [open, close] = zh ? ['（', '）'] : [' (', ')'];
  // A safe verdict lists only the signs that weigh (newcomer16 K6: a refund notice read "未发现诈骗迹象" above an "证据："
  // list of what made it safe, its done-notice and in-process components): nothing listed when none weighs; with
  // some, the head says they are signs to note. `--json` keeps every tactic.
  const shown = result.verdict === 'safe' ? result.tactics.filter((t) => t.weight > 0) : result.tactics;
  const verdictText = result.verdict === 'safe' && shown.length > 0 ? L.safeWithSigns : L.verdict[result.verdict];
  lines.push(`${c(COLOUR.bold, L.head)}${sep}${c(vColour + COLOUR.bold, verdictText)}${open}${L.risk} ${result.risk}/100${stage}${close}`);
  if (result.alertTurn !== null && turns.length > 1) lines.push(`  ${L.alertAt(result.alertTurn)}`);
  if (shown.length > 0) {
    lines.push('', c(COLOUR.bold, L.evidence) + sep.trimEnd());
    for (const t of shown) {
      // A component scores nothing alone: "+0" would read as a sign that was discounted.
      const sign = t.component ? L.componentSign : t.weight >= 0 ? `+${t.weight}` : String(t.weight);
      lines.push(`  • ${t.description} [${t.id}, ${sign}]${t.detail ? ` — ${clean(t.detail)}` : ''}`);
      for (const e of t.evidence) {
        // Evidence with no span (a QR image, the caller's number) is explained by the detail alone.
        if (e.end <= e.start) continue;
        const text = turns[e.turn]?.text ?? e.text;
        lines.push(`      ${L.turn(e.turn)}: ${highlight(text, e.start, e.end, colour)}`);
      }
    }
  }
  for (const comp of result.composites) lines.push(`  ◆ ${L.composite}: ${comp.description} (≥${comp.minRisk})`);
  if (result.advice.length > 0) {
    lines.push('', c(COLOUR.bold, L.advice) + sep.trimEnd());
    result.advice.forEach((a, i) => lines.push(`  ${i + 1}. ${a}`));
  }
  return lines.join('\n') + '\n';
}

export function stageName(stage: Stage | null, lang: Lang): string {
  return stage ? LABELS[lang].stage[stage] : LABELS[lang].none;
}
