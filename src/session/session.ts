/**
 * A conversation followed turn by turn. Holds only what scoring needs (the tactics fired with
 * a little evidence each, the level reached), never the transcript, so 100,000 live calls fit
 * in a few hundred megabytes. Pure: no I/O, no clock.
 */
import { z } from 'zod';
import {
  LangSchema, ChannelSchema, TurnSchema, LIMITS, alertRank, stageRank, ALERT_LEVELS, STAGES,
  InitiatorSchema, InputLangSchema,
  type Alert, type AlertLevel, type Channel, type Evidence, type Initiator, type InputLang, type Lang, type PushResult,
  type SessionState, type Stage, type TacticHit, type Turn, type TurnInput,
} from '../types.ts';
import type { AdviceId } from '../playbook/schema.ts';
import { normalise, toOriginal } from '../normalise/normalise.ts';
import { detectLangs } from '../normalise/lang.ts';
import { extractEntities } from '../entities/entities.ts';
import { matchTurn } from '../match/match.ts';
import type { SignalHit, Span } from '../signals/types.ts';
import { scoreAcross, type FiredTactic, type Score } from '../score/score.ts';
import { inferInitiator } from '../score/initiator.ts';
import type { Playbook } from '../playbook/schema.ts';
import { adviceTexts, chooseAdvice } from '../advise/advise.ts';
import type { Engine } from '../engine/engine.ts';

/** Evidence kept per tactic: the first few places it was seen are enough to explain it. */
const MAX_EVIDENCE = 3;

export interface SessionOptions {
  channel?: Channel;
  /**
   * The playbook that reads the input: `auto` (default) detects it per turn from the words people
   * read, and a turn mixing Chinese and English is read by both playbooks.
   */
  inputLang?: InputLang;
  /** Kept for compatibility: the same as `inputLang` (a forced playbook) when `inputLang` is absent. */
  lang?: Lang;
  /** Language of descriptions and advice in the results (default: the input's main language). */
  outputLang?: Lang;
  /** Who started the conversation; when absent, inferred from the channel and the first speaker. */
  initiator?: Initiator;
  claimedIdentity?: string;
  callerNumber?: string;
  /**
   * Indicators an anti-fraud centre confirmed in a case (`kind:value` → case ref, see
   * src/signals/indicators.ts). A live lookup the caller may keep updating; not in snapshots.
   */
  indicators?: ReadonlyMap<string, string>;
}

interface Fired {
  id: string;
  stage: Stage;
  weight: number;
  evidence: Evidence[];
  detail?: string;
  /** The detail in English, when the signal gives one (`detail` is Chinese). */
  detailEn?: string;
  /** Signal hits carry their own descriptions; playbook tactics are described by the playbook. */
  description?: { zh: string; en: string };
}

export const SessionSnapshotSchema = z.object({
  v: z.literal(1),
  /** The input's main language so far (null before the first words). */
  lang: LangSchema.nullable(),
  outputLang: LangSchema.nullable(),
  /** Every language read so far, and whether the playbook was forced (absent in older snapshots: `lang` was fixed). */
  langs: z.array(LangSchema).optional(),
  inputLang: InputLangSchema.optional(),
  initiator: InitiatorSchema.nullable().optional(),
  channel: ChannelSchema,
  claimedIdentity: z.string().optional(),
  callerNumber: z.string().optional(),
  turns: z.number().int().min(0),
  level: z.enum(ALERT_LEVELS),
  alertTurn: z.number().int().nullable(),
  fired: z.array(z.object({
    id: z.string(),
    stage: z.enum(STAGES),
    weight: z.number(),
    evidence: z.array(z.object({ turn: z.number(), start: z.number(), end: z.number(), text: z.string() })),
    detail: z.string().optional(),
    detailEn: z.string().optional(),
    description: z.object({ zh: z.string(), en: z.string() }).optional(),
  })),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

export class InputError extends Error {}

interface FrozenState {
  fired: Fired[];
  turns: number;
  level: AlertLevel;
  alertTurn: number | null;
}

const SPEAKERS = new Set(['caller', 'user', 'unknown']);

/** The common well-formed turn is checked by hand (this runs per utterance); zod explains the rest. */
function validTurn(input: TurnInput): Turn {
  const ok = input !== null && typeof input === 'object' && typeof input.text === 'string'
    && input.text.length <= LIMITS.maxTurnChars && (input.speaker === undefined || SPEAKERS.has(input.speaker))
    && (input.qr === undefined || (Array.isArray(input.qr) && input.qr.length <= 16 && input.qr.every((q) => typeof q === 'string' && q.length <= 4096)))
    && Object.keys(input).every((k) => k === 'text' || k === 'speaker' || k === 'qr');
  if (ok) return { speaker: input.speaker ?? 'unknown', text: input.text, ...(input.qr ? { qr: input.qr } : {}) };
  const parsed = TurnSchema.safeParse(input);
  if (!parsed.success) throw new InputError(`invalid turn: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  return parsed.data;
}

export class Session {
  /** The input's main language: the first turn's with words in it, or the forced one. */
  private lang: Lang | null;
  /** A forced playbook (`inputLang` zh/en), or null for per-turn detection. */
  private readonly forcedLang: Lang | null;
  /** Every language read so far, the main one first: each one's playbook scores the evidence. */
  private langs: Lang[] = [];
  private initiator: Initiator | null;
  private readonly outputLang: Lang | null;
  private readonly channel: Channel;
  private readonly claimedIdentity: string | undefined;
  private readonly callerNumber: string | undefined;
  private readonly indicators: ReadonlyMap<string, string> | undefined;
  /** Fired tactics. Entries are replaced, never mutated, so a frozen list stays as it was. */
  private readonly fired = new Map<string, Fired>();
  private firedIds = new Set<string>();
  /** The fired list as of the last change, shared by every state frozen since. */
  private firedCache: Fired[] | null = null;
  private changed = false;
  private turns = 0;
  private risk = 0;
  private level: AlertLevel = 'none';
  private alertTurn: number | null = null;

  constructor(private readonly engine: Engine, options: SessionOptions = {}, snapshot?: SessionSnapshot) {
    const requested = options.inputLang ?? options.lang ?? 'auto';
    const forced = snapshot
      ? (snapshot.inputLang === undefined ? snapshot.lang : snapshot.inputLang === 'auto' ? null : snapshot.inputLang)
      : (requested === 'auto' ? null : requested);
    this.forcedLang = forced ?? null;
    this.lang = snapshot ? snapshot.lang : this.forcedLang;
    this.langs = snapshot?.langs ? [...snapshot.langs] : this.lang ? [this.lang] : [];
    this.initiator = snapshot ? (snapshot.initiator ?? null) : (options.initiator ?? null);
    this.outputLang = snapshot?.outputLang ?? options.outputLang ?? null;
    this.channel = snapshot?.channel ?? options.channel ?? 'call';
    this.claimedIdentity = snapshot?.claimedIdentity ?? options.claimedIdentity;
    this.callerNumber = snapshot?.callerNumber ?? options.callerNumber;
    this.indicators = options.indicators;
    if (snapshot) {
      this.turns = snapshot.turns;
      this.level = snapshot.level;
      this.alertTurn = snapshot.alertTurn;
      for (const f of snapshot.fired) { this.fired.set(f.id, { ...f }); this.firedIds.add(f.id); }
      if (snapshot.fired.length > 0) this.updateLevel();
    }
  }

  push(input: TurnInput): PushResult {
    const turn = validTurn(input);
    const index = this.turns++;
    const hasText = turn.text.trim().length > 0;
    if (this.initiator === null && hasText) {
      this.initiator = inferInitiator(this.channel, turn.speaker);
      this.changed = true;
    }

    // Variants are spellings inside the compiled automaton, so the text itself is not rewritten for them.
    const n = normalise(turn.text);
    const entities = extractEntities(n.text);
    for (const lang of this.readers(turn.text)) {
      for (const hit of matchTurn(this.engine.playbook(lang), n.text, entities, turn.speaker)) {
        const o = toOriginal(n, hit.start, hit.end);
        this.addEvidence(hit.tactic.def.id, hit.tactic.def.stage, hit.tactic.def.weight,
          { turn: index, start: o.start, end: o.end, text: turn.text.slice(o.start, o.end) });
      }
    }

    const spans = (kind: 'url' | 'phone'): Span[] => entities.length === 0 ? [] : entities.filter((e) => e.kind === kind).map((e) => {
      const o = toOriginal(n, e.start, e.end);
      return { start: o.start, end: o.end, text: turn.text.slice(o.start, o.end) };
    });
    const signalInput = {
      turn: index, speaker: turn.speaker, text: turn.text, urls: spans('url'), phones: spans('phone'),
      qr: turn.qr ?? [], firedSoFar: this.firedIds as ReadonlySet<string>, riskSoFar: this.risk,
      ...(this.claimedIdentity !== undefined ? { claimedIdentity: this.claimedIdentity } : {}),
      ...(this.callerNumber !== undefined ? { callerNumber: this.callerNumber } : {}),
      ...(this.indicators !== undefined && this.indicators.size > 0 ? { indicators: this.indicators } : {}),
    };
    for (const provider of this.engine.signals) {
      for (const s of provider(signalInput)) this.addSignal(s);
    }

    const before = this.level;
    if (this.changed) this.updateLevel();
    this.changed = false;
    let alert: Alert | null = null;
    if (alertRank(this.level) > alertRank(before)) {
      const state = this.state();
      alert = {
        level: state.level, turn: index, risk: state.risk, verdict: state.verdict,
        tactics: state.tactics.map((t) => t.id), advice: state.advice,
      };
    }
    // The full state (descriptions, advice) is built when read, not on every utterance: a live
    // call that only watches for alerts does not pay for it. JSON.stringify reads the getter too.
    const at = this.frozen();
    let built: SessionState | null = null;
    const build = (): SessionState => (built ??= this.buildState(at));
    return { alert, get state(): SessionState { return build(); } };
  }

  /**
   * The playbooks that read this turn: the forced one; or each language with a sentence's worth of
   * words in the turn (src/normalise/lang.ts); a turn with no words (a bare link, digits) is read by
   * the conversation's main language. Records the main language and every language seen.
   */
  private readers(text: string): Lang[] {
    if (this.forcedLang) return [this.forcedLang];
    const found = detectLangs(text);
    if (found.primary === null) return [this.lang ?? 'zh'];
    this.lang ??= found.primary;
    for (const l of found.all) {
      if (!this.langs.includes(l)) { this.langs = [...this.langs, l]; this.changed = true; }
    }
    return found.all;
  }

  /** The evidence scored by every playbook that read the conversation (main language first). */
  private scoreNow(fired: readonly FiredTactic[], out: Lang): Score {
    const langs: Lang[] = this.langs.length ? this.langs : [this.lang ?? 'zh'];
    const books: Playbook[] = langs.map((l) => this.engine.playbook(l).playbook);
    return scoreAcross(fired, books, out, { initiator: this.initiator });
  }

  /** Score the evidence so far and raise the level (never lower it); cheap, runs on every turn. */
  private updateLevel(): void {
    const lang = this.lang ?? 'zh';
    const s = this.scoreNow(this.firedList(), lang);
    this.risk = s.risk;
    // The level only rises: a calmer later turn does not undo an alert already given.
    if (alertRank(s.level) > alertRank(this.level)) this.level = s.level;
    if (this.alertTurn === null && alertRank(this.level) >= alertRank('warn')) this.alertTurn = Math.max(0, this.turns - 1);
  }

  private addEvidence(id: string, stage: Stage, weight: number, ev: Evidence, extra?: Partial<Fired>): void {
    const f = this.fired.get(id);
    if (!f) {
      this.fired.set(id, { id, stage, weight, evidence: [ev], ...extra });
      // A new Set, not add(): signal providers may still hold the old one for this turn.
      this.firedIds = new Set(this.firedIds).add(id);
      this.touch();
      return;
    }
    const moreEvidence = f.evidence.length < MAX_EVIDENCE && !f.evidence.some((e) => e.turn === ev.turn && e.start === ev.start);
    // A later, stronger reading of the same signal raises it (e.g. a payment QR after a pretext).
    const stronger = weight > f.weight;
    if (!moreEvidence && !stronger) return;
    this.fired.set(id, {
      ...f,
      evidence: moreEvidence ? [...f.evidence, ev] : f.evidence,
      ...(stronger ? { weight, ...(extra?.detail ? { detail: extra.detail } : {}), ...(extra?.detailEn ? { detailEn: extra.detailEn } : {}) } : {}),
    });
    this.touch();
  }

  private touch(): void {
    this.firedCache = null;
    this.changed = true;
  }

  private firedList(): Fired[] {
    return (this.firedCache ??= [...this.fired.values()]);
  }

  private addSignal(s: SignalHit): void {
    const ev = s.evidence[0] ?? { turn: this.turns - 1, start: 0, end: 0, text: '' };
    this.addEvidence(s.id, s.stage, s.weight, ev, { detail: s.detail, ...(s.detailEn ? { detailEn: s.detailEn } : {}), description: s.description });
    for (const more of s.evidence.slice(1)) this.addEvidence(s.id, s.stage, s.weight, more);
  }

  /** Computed on demand rather than cached: a cached copy would double each live session's memory. */
  state(): SessionState {
    return this.buildState(this.frozen());
  }

  /** What the state is made from, copied so that a state read later still shows this moment. */
  private frozen(): FrozenState {
    return {
      fired: this.firedList(),
      turns: this.turns, level: this.level, alertTurn: this.alertTurn,
    };
  }

  private buildState(at: FrozenState): SessionState {
    const lang = this.lang ?? 'zh';
    const out = this.outputLang ?? lang;
    const outBook = this.engine.playbook(out).playbook;
    const fired: FiredTactic[] = at.fired;
    const s = this.scoreNow(fired, out);

    const tactics: TacticHit[] = [...at.fired]
      .sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || (a.evidence[0]?.turn ?? 0) - (b.evidence[0]?.turn ?? 0))
      .map((f) => ({
        id: f.id, stage: f.stage, weight: f.weight,
        description: f.description?.[out] ?? this.engine.describe(f.id, out, lang),
        evidence: f.evidence, ...(f.detail ? { detail: out === 'en' && f.detailEn ? f.detailEn : f.detail } : {}),
      }));
    const stagesSeen = new Set(fired.filter((f) => f.weight > 0).map((f) => f.stage));
    // The furthest stage reached; a cover-up line ("不要挂电话") early in a call is pressure, not
    // a stage beyond extraction, so `cover` counts only once something was extracted.
    let stage: Stage | null = null;
    for (const st of stagesSeen) {
      if (st === 'cover' && !stagesSeen.has('extraction')) continue;
      if (!stage || stageRank(st) > stageRank(stage)) stage = st;
    }
    const requested: AdviceId[] = [];
    for (const f of fired) requested.push(...(this.engine.tacticAdvice(f.id, lang) ?? this.engine.signalAdvice(f.id)));
    const advice = adviceTexts(chooseAdvice({ verdict: s.verdict, requested, stagesSeen }), outBook);

    return {
      verdict: s.verdict, risk: s.risk, stage, level: at.level, lang, tactics,
      composites: s.composites, advice, alertTurn: at.alertTurn, turns: at.turns,
    };
  }

  snapshot(): SessionSnapshot {
    return {
      v: 1, lang: this.lang, outputLang: this.outputLang, channel: this.channel,
      langs: [...this.langs], inputLang: this.forcedLang ?? 'auto', initiator: this.initiator,
      ...(this.claimedIdentity !== undefined ? { claimedIdentity: this.claimedIdentity } : {}),
      ...(this.callerNumber !== undefined ? { callerNumber: this.callerNumber } : {}),
      turns: this.turns, level: this.level, alertTurn: this.alertTurn,
      fired: [...this.fired.values()].map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
    };
  }
}
