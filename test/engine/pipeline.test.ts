import { describe, expect, it } from 'vitest';
import {
  analyzeTurn, buildResult, createSession, foldTurn, getEngine, parseInput, restoreSession, SessionSnapshotSchema,
  stateFromSnapshot, stateToSnapshot, stateForOptions, TurnSchema, inputTurns, type Alert, type ConversationState,
} from '../../src/index.ts';
import { zhCases } from '../../src/playbook/zh/cases.ts';
import { enCases } from '../../src/playbook/en/cases.ts';

const engine = getEngine();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

const conversations = [...zhCases, ...enCases].map((c) => {
  const input = parseInput(c.text);
  return { name: c.name, channel: c.channel ?? ('turns' in input ? 'call' : 'text'), turns: inputTurns(input).map((t) => TurnSchema.parse(t)) };
});

describe('pipeline: a pure step and a fold over serialised state', () => {
  it('has the playbook cases to run on', () => {
    expect(conversations.length).toBeGreaterThan(40);
  });

  it('gives the same results and alerts as a live session when the state is stored as JSON between every turn', () => {
    let sessionsWithAlerts = 0;
    for (const c of conversations) {
      const live = createSession({ channel: c.channel });
      const liveAlerts: (Alert | null)[] = c.turns.map((t) => live.push(t).alert);

      // A worker's loop: load the stored state, analyse the turn, fold, store again.
      let stored = JSON.stringify(stateToSnapshot(stateForOptions({ channel: c.channel })));
      const workerAlerts: (Alert | null)[] = [];
      for (const t of c.turns) {
        const state = deepFreeze(stateFromSnapshot(engine, SessionSnapshotSchema.parse(JSON.parse(stored))));
        const evidence = analyzeTurn(engine, state, t);
        const { state: next, alert } = foldTurn(engine, state, evidence);
        workerAlerts.push(alert);
        stored = JSON.stringify(stateToSnapshot(next));
      }
      expect(workerAlerts, c.name).toEqual(liveAlerts);
      const final = stateFromSnapshot(engine, SessionSnapshotSchema.parse(JSON.parse(stored)));
      expect(buildResult(engine, final), c.name).toEqual(live.state());
      expect(restoreSession(JSON.parse(stored)).state(), c.name).toEqual(live.state());
      if (liveAlerts.some((a) => a !== null)) sessionsWithAlerts++;
    }
    // The comparison means something only if some conversations do raise alerts.
    expect(sessionsWithAlerts).toBeGreaterThan(10);
  });

  it('leaves the state it reads unchanged (step and fold on a deeply frozen state)', () => {
    const c = conversations.find((x) => x.turns.length >= 3 && x.name.length > 0)!;
    let state: ConversationState = deepFreeze(stateForOptions({ channel: 'call' }));
    for (const t of c.turns) {
      const before = JSON.stringify(state);
      const ev = analyzeTurn(engine, state, t);
      const next = foldTurn(engine, state, ev).state;
      expect(JSON.stringify(state)).toBe(before);
      expect(next.turns).toBe(state.turns + 1);
      state = deepFreeze(next);
    }
  });

  it('refuses a turn folded out of order', () => {
    const state = stateForOptions({});
    const ev = analyzeTurn(engine, state, { speaker: 'caller', text: '您好' });
    const after = foldTurn(engine, state, ev).state;
    expect(() => foldTurn(engine, after, ev)).toThrow(/turn 0 folded into a state at turn 1/);
  });

  it('keeps a scam call state small enough to load and store per event', () => {
    const scam = conversations.filter((c) => c.turns.length >= 4);
    let largest = 0;
    for (const c of scam) {
      const s = createSession({ channel: 'call' });
      for (const t of c.turns) s.push(t);
      largest = Math.max(largest, Buffer.byteLength(JSON.stringify(s.snapshot())));
    }
    // Three evidence spans per tactic at most, never the transcript.
    expect(largest).toBeGreaterThan(100);
    expect(largest).toBeLessThan(8 * 1024);
  });
});

describe('the link checker runs once per link and turn', () => {
  it('hands the signal providers the report the official-link filter already computed', async () => {
    const { Engine } = await import('../../src/engine/engine.ts');
    const { PLAYBOOKS } = await import('../../src/playbook/index.ts');
    const { checkUrl } = await import('../../src/checks/url/check.ts');
    const { SIGNAL_CATALOG } = await import('../../src/signals/index.ts');
    const seen: { url: string; first: unknown; again: unknown }[] = [];
    const spy = new Engine({
      playbooks: PLAYBOOKS, signalCatalog: SIGNAL_CATALOG,
      signals: [(input) => {
        for (const u of input.urls) {
          expect(input.checkUrl).toBeTypeOf('function');
          seen.push({ url: u.text, first: input.checkUrl!(u.text), again: input.checkUrl!(u.text) });
        }
        return [];
      }],
    });
    const state = stateForOptions({ channel: 'sms' });
    analyzeTurn(spy, state, TurnSchema.parse({ speaker: 'caller', text: '退款请点 http://jd.com.tuikuan-service.top/r 或 www.jd.com 查看' }));
    expect(seen.map((s) => s.url)).toEqual(['http://jd.com.tuikuan-service.top/r', 'www.jd.com']);
    for (const s of seen) {
      // One report object per link and turn, the same as the checker's own answer.
      expect(s.again).toBe(s.first);
      expect(s.first).toEqual(checkUrl(s.url));
    }
    // A turn without links hands no checker (nothing was computed).
    let handed: unknown = 'unset';
    const none = new Engine({ playbooks: PLAYBOOKS, signalCatalog: SIGNAL_CATALOG, signals: [(input) => { handed = input.checkUrl; return []; }] });
    analyzeTurn(none, state, TurnSchema.parse({ speaker: 'caller', text: '您好，请问是王女士吗' }));
    expect(handed).toBeUndefined();
  });
});
