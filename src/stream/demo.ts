/**
 * Demo and test traffic for the stream: call transcripts from the playbooks' own cases (our own
 * writing, src/playbook/<lang>/cases.ts), half scam calls and half genuine service calls, each
 * repeated under many session ids and interleaved turn by turn as live calls would arrive.
 */
import { PLAYBOOKS } from '../playbook/index.ts';
import { parseInput, inputTurns, createSession } from '../index.ts';
import { alertRank, type Speaker } from '../types.ts';
import type { StreamEvent } from './events.ts';

interface Call { name: string; turns: { speaker: Speaker; text: string }[]; scam: boolean }

/** The playbook cases that are calls: scam ones that raise a warn/block alert, genuine ones that raise none. */
export function demoCalls(): Call[] {
  const out: Call[] = [];
  for (const book of Object.values(PLAYBOOKS)) {
    for (const c of book.cases ?? []) {
      if (c.channel !== 'call') continue;
      const input = parseInput(c.text);
      if (!('turns' in input)) continue;
      const turns = inputTurns(input).map((t) => ({ speaker: t.speaker ?? 'unknown', text: t.text }));
      const s = createSession({ channel: 'call' });
      let alerted = false;
      for (const t of turns) { const a = s.push(t).alert; if (a && alertRank(a.level) >= alertRank('warn')) alerted = true; }
      if (c.expect === 'scam' && alerted) out.push({ name: c.name, turns, scam: true });
      if (c.expect === 'safe' && !alerted) out.push({ name: c.name, turns, scam: false });
    }
  }
  return out;
}

/**
 * `sessions` calls (half scam, half genuine, cycling through the cases) as stream events, turns
 * interleaved round-robin across the calls. The first event of each carries the channel.
 */
export function demoEvents(sessions: number, prefix = 'call'): { events: StreamEvent[]; scam: Set<string> } {
  const calls = demoCalls();
  const scamCalls = calls.filter((c) => c.scam);
  const legitCalls = calls.filter((c) => !c.scam);
  if (!scamCalls.length || !legitCalls.length) throw new Error('the playbooks have no scam or no genuine call cases');
  const chosen: { id: string; call: Call }[] = [];
  for (let i = 0; i < sessions; i++) {
    const scam = i % 2 === 0;
    const pool = scam ? scamCalls : legitCalls;
    chosen.push({ id: `${prefix}-${String(i).padStart(5, '0')}-${scam ? 's' : 'g'}`, call: pool[Math.floor(i / 2) % pool.length]! });
  }
  const events: StreamEvent[] = [];
  const longest = Math.max(...chosen.map((c) => c.call.turns.length));
  for (let t = 0; t < longest; t++) {
    for (const { id, call } of chosen) {
      const turn = call.turns[t];
      if (!turn) continue;
      events.push({ session: id, seq: t, speaker: turn.speaker, text: turn.text, ...(t === 0 ? { channel: 'call' as const } : {}) });
    }
  }
  return { events, scam: new Set(chosen.filter((c) => c.call.scam).map((c) => c.id)) };
}

/** What a single process gives for the same events (the library's sessions, in file order): the warn/block alerts, by session. */
export function singleProcessAlerts(events: readonly StreamEvent[]): Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]> {
  const sessions = new Map<string, ReturnType<typeof createSession>>();
  const out = new Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]>();
  const lastSeq = new Map<string, number>();
  for (const ev of events) {
    if (ev.seq <= (lastSeq.get(ev.session) ?? -1)) continue;
    lastSeq.set(ev.session, ev.seq);
    let s = sessions.get(ev.session);
    if (!s) {
      s = createSession({ channel: ev.channel ?? 'call', ...(ev.callerNumber ? { callerNumber: ev.callerNumber } : {}), ...(ev.claimedIdentity ? { claimedIdentity: ev.claimedIdentity } : {}) });
      sessions.set(ev.session, s);
    }
    const a = s.push({ speaker: ev.speaker, text: ev.text }).alert;
    if (a && alertRank(a.level) >= alertRank('warn')) {
      const list = out.get(ev.session) ?? [];
      list.push({ level: a.level, turn: a.turn, risk: Math.round(a.risk), verdict: a.verdict, tactics: a.tactics });
      out.set(ev.session, list);
    }
  }
  return out;
}
