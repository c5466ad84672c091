/**
 * A conversation followed turn by turn. Holds only what scoring needs (the tactics fired with
 * a little evidence each, the level reached), never the transcript, so 100,000 live calls fit
 * in a few hundred megabytes. Pure: no I/O, no clock.
 */
import { CUE_CLASSES, INITIAL_KIND, MIN_VOICES } from '../pipeline/conversation-kind.ts';
import { z } from 'zod';
import {
  LangSchema, ChannelSchema, TurnSchema, LIMITS, ALERT_LEVELS, STAGES,
  InitiatorSchema, InputLangSchema,
  type Channel, type Initiator, type InputLang, type Lang, type PushResult,
  type SessionState, type Turn, type TurnInput,
} from '../types.ts';
import type { Engine } from '../engine/engine.ts';
import { initialState, type ConversationState } from '../pipeline/state.ts';
import { analyzeTurn, type StepOptions } from '../pipeline/step.ts';
import { buildResult, foldTurn, rescore } from '../pipeline/fold.ts';

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
  /** The conversation's meeting evidence (src/pipeline/conversation-kind.ts); absent in older snapshots and before any cue. */
  kind: z.object({
    // Older snapshots hold fewer classes (a class added later goes last): padded with zeros.
    hits: z.array(z.number().int().min(0).max(255)).min(1).max(CUE_CLASSES.length)
      .transform((h) => h.length === CUE_CLASSES.length ? h : [...h, ...new Array<number>(CUE_CLASSES.length - h.length).fill(0)]),
    cueTurns: z.number().int().min(0),
    voices: z.array(z.string().max(64)).max(MIN_VOICES),
    userSpoke: z.boolean(),
    lure: z.boolean(),
    moveVoice: z.string().max(64).optional(),
    answered: z.boolean().optional(),
    stopped: z.boolean().optional(),
    asked: z.boolean().optional(),
    othersMoved: z.boolean().optional(),
    addressedMove: z.boolean().optional(),
    lastVoice: z.string().max(64).optional(),
    exchanged: z.boolean().optional(),
  }).optional(),
  /** The end of the counterpart's last turn, to join a request split over two turns (src/pipeline/state.ts); absent in older snapshots. */
  carry: z.string().max(64).nullable().optional(),
  /** The speakers telling a story now (src/pipeline/state.ts `retelling`); absent in older snapshots and when none. */
  retelling: z.array(z.enum(['caller', 'user', 'unknown'])).max(3).optional(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

export class InputError extends Error {}

const SPEAKERS = new Set(['caller', 'user', 'unknown']);

/** The common well-formed turn is checked by hand (this runs per utterance); zod explains the rest. */
function validTurn(input: TurnInput): Turn {
  const ok = input !== null && typeof input === 'object' && typeof input.text === 'string'
    && input.text.length <= LIMITS.maxTurnChars && (input.speaker === undefined || SPEAKERS.has(input.speaker))
    && (input.qr === undefined || (Array.isArray(input.qr) && input.qr.length <= 16 && input.qr.every((q) => typeof q === 'string' && q.length <= 4096)))
    && (input.voice === undefined || (typeof input.voice === 'string' && input.voice.length >= 1 && input.voice.length <= 64))
    && Object.keys(input).every((k) => k === 'text' || k === 'speaker' || k === 'qr' || k === 'voice');
  if (ok) return { speaker: input.speaker ?? 'unknown', text: input.text, ...(input.qr ? { qr: input.qr } : {}), ...(input.voice !== undefined ? { voice: input.voice } : {}) };
  const parsed = TurnSchema.safeParse(input);
  if (!parsed.success) throw new InputError(`invalid turn: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  return parsed.data;
}

/** The compact serialisable form of a conversation's state (the fold's state without its derived risk). */
export function stateToSnapshot(st: ConversationState): SessionSnapshot {
  return {
    v: 1, lang: st.lang, outputLang: st.outputLang, channel: st.channel,
    langs: [...st.langs], inputLang: st.forcedLang ?? 'auto', initiator: st.initiator,
    ...(st.claimedIdentity !== undefined ? { claimedIdentity: st.claimedIdentity } : {}),
    ...(st.callerNumber !== undefined ? { callerNumber: st.callerNumber } : {}),
    turns: st.turns, level: st.level, alertTurn: st.alertTurn,
    fired: st.fired.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
    ...(st.kind !== INITIAL_KIND ? { kind: { ...st.kind, hits: [...st.kind.hits], voices: [...st.kind.voices] } } : {}),
    ...(st.carry !== null ? { carry: st.carry } : {}),
    ...(st.retelling.length > 0 ? { retelling: [...st.retelling] } : {}),
  };
}

/** A validated snapshot back into the fold's state, its risk scored again from the evidence. */
export function stateFromSnapshot(engine: Engine, snapshot: SessionSnapshot): ConversationState {
  // Older snapshots have no inputLang: their `lang` was fixed for the whole conversation.
  const forcedLang = snapshot.inputLang === undefined ? snapshot.lang : snapshot.inputLang === 'auto' ? null : snapshot.inputLang;
  const lang = snapshot.lang;
  return rescore(engine, {
    lang, forcedLang, langs: snapshot.langs ? [...snapshot.langs] : lang ? [lang] : [],
    outputLang: snapshot.outputLang, initiator: snapshot.initiator ?? null, channel: snapshot.channel,
    ...(snapshot.claimedIdentity !== undefined ? { claimedIdentity: snapshot.claimedIdentity } : {}),
    ...(snapshot.callerNumber !== undefined ? { callerNumber: snapshot.callerNumber } : {}),
    turns: snapshot.turns, risk: 0, level: snapshot.level, alertTurn: snapshot.alertTurn,
    fired: snapshot.fired.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
    kind: snapshot.kind ? { ...snapshot.kind, hits: [...snapshot.kind.hits], voices: [...snapshot.kind.voices] } : INITIAL_KIND,
    carry: snapshot.carry ?? null,
    retelling: snapshot.retelling ? [...new Set(snapshot.retelling)] : [],
  });
}

/** The fold's initial state for a new session's options. */
export function stateForOptions(options: SessionOptions): ConversationState {
  const requested = options.inputLang ?? options.lang ?? 'auto';
  // Options come from library callers too (plain JS): a wrong value is a clear error, not a crash later.
  if (!InputLangSchema.safeParse(requested).success) throw new InputError(`inputLang must be zh, en or auto, not "${String(requested)}"`);
  if (options.initiator !== undefined && !InitiatorSchema.safeParse(options.initiator).success) {
    throw new InputError(`initiator must be "user" or "counterpart", not "${String(options.initiator)}"`);
  }
  return initialState({
    forcedLang: requested === 'auto' ? null : requested,
    outputLang: options.outputLang ?? null,
    initiator: options.initiator ?? null,
    channel: options.channel ?? 'call',
    ...(options.claimedIdentity !== undefined ? { claimedIdentity: options.claimedIdentity } : {}),
    ...(options.callerNumber !== undefined ? { callerNumber: options.callerNumber } : {}),
  });
}

/**
 * A live conversation: each turn is analysed by the pure step (src/pipeline/step.ts) and merged
 * by the fold (src/pipeline/fold.ts); the session only holds the current state and the indicator
 * lookup. Pure: no I/O, no clock.
 */
export class Session {
  private current: ConversationState;
  private readonly indicators: ReadonlyMap<string, string> | undefined;
  private readonly stepOptions: StepOptions;

  constructor(private readonly engine: Engine, options: SessionOptions = {}, snapshot?: SessionSnapshot) {
    this.current = snapshot ? stateFromSnapshot(engine, snapshot) : stateForOptions(options);
    this.indicators = options.indicators;
    this.stepOptions = this.indicators ? { indicators: this.indicators } : {};
  }

  push(input: TurnInput): PushResult {
    const turn = validTurn(input);
    const evidence = analyzeTurn(this.engine, this.current, turn, this.stepOptions);
    const { state: at, alert } = foldTurn(this.engine, this.current, evidence);
    this.current = at;
    // The full state (descriptions, advice) is built when read, not on every utterance: a live
    // call that only watches for alerts does not pay for it. JSON.stringify reads the getter too.
    const engine = this.engine;
    let built: SessionState | null = null;
    return { alert, get state(): SessionState { return (built ??= buildResult(engine, at)); } };
  }

  /** Computed on demand rather than cached: a cached copy would double each live session's memory. */
  state(): SessionState {
    return buildResult(this.engine, this.current);
  }

  /** The fold's state as of the last turn (immutable; share it, do not change it). */
  foldState(): ConversationState {
    return this.current;
  }

  snapshot(): SessionSnapshot {
    return stateToSnapshot(this.current);
  }
}
