/**
 * Evidence → risk, verdict and alert level, the rspamd way: every fired tactic adds its weight,
 * the sum is clamped to 0–100, and composites (combinations that decide on their own) raise the
 * risk to their floor whatever the sum.
 */
import type { Composite, Playbook } from '../playbook/schema.ts';
import type { AlertLevel, CompositeHit, Lang, Stage, Verdict } from '../types.ts';

export interface FiredTactic {
  id: string;
  stage: Stage;
  weight: number;
}

export interface Score {
  risk: number;
  verdict: Verdict;
  level: AlertLevel;
  composites: CompositeHit[];
}

function selectorFired(sel: string, fired: readonly FiredTactic[]): boolean {
  if (sel.startsWith('stage:')) {
    const stage = sel.slice(6);
    return fired.some((f) => f.stage === stage && f.weight > 0);
  }
  if (sel.endsWith('.*')) {
    const prefix = sel.slice(0, -1);
    return fired.some((f) => f.id.startsWith(prefix) && f.weight > 0);
  }
  return fired.some((f) => f.id === sel);
}

export function compositeFires(c: Composite, fired: readonly FiredTactic[]): boolean {
  return c.all.every((s) => selectorFired(s, fired)) && (!c.any || c.any.some((s) => selectorFired(s, fired)));
}

export function verdictFor(risk: number, t: Playbook['thresholds']): Verdict {
  return risk >= t.scam ? 'scam' : risk >= t.suspicious ? 'suspicious' : 'safe';
}

export function levelFor(risk: number, t: Playbook['thresholds']): AlertLevel {
  return risk >= t.scam ? 'block' : risk >= t.suspicious ? 'warn' : risk >= t.watch ? 'watch' : 'none';
}

export function score(fired: readonly FiredTactic[], playbook: Playbook, lang: Lang): Score {
  let sum = 0;
  for (const f of fired) sum += f.weight;
  let risk = Math.max(0, Math.min(100, Math.round(sum)));
  const composites: CompositeHit[] = [];
  for (const c of playbook.composites) {
    if (!compositeFires(c, fired)) continue;
    composites.push({ id: c.id, description: c.description[lang], minRisk: c.minRisk });
    risk = Math.max(risk, c.minRisk);
  }
  return { risk, verdict: verdictFor(risk, playbook.thresholds), level: levelFor(risk, playbook.thresholds), composites };
}
