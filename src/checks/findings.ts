/**
 * What every checker reports: named findings with a severity and a bilingual explanation,
 * and one verdict derived from them the same way everywhere.
 */
export type Severity = 'low' | 'medium' | 'high';
export type CheckVerdict = 'official' | 'unknown' | 'suspicious' | 'dangerous';

export interface Finding {
  /** Stable id, e.g. `typosquat`, `claims-mismatch`. Listed in docs/detections.md. */
  id: string;
  severity: Severity;
  zh: string;
  en: string;
}

/** Points per severity: one high finding is dangerous; two mediums are too; one medium is suspicious. */
const POINTS: Record<Severity, number> = { low: 1, medium: 2, high: 4 };

export function verdictFrom(findings: readonly Finding[], official: boolean): CheckVerdict {
  const points = findings.reduce((sum, f) => sum + POINTS[f.severity], 0);
  if (points >= 4) return 'dangerous';
  if (points >= 2) return 'suspicious';
  // Low findings alone (a risky TLD, say) do not overturn an official match nor flag a site.
  return official ? 'official' : 'unknown';
}

export const isFlagged = (v: CheckVerdict): boolean => v === 'suspicious' || v === 'dangerous';

export function finding(id: string, severity: Severity, zh: string, en: string): Finding {
  return { id, severity, zh, en };
}
