/**
 * A conversation's state between turns, as plain data: what the fold (src/pipeline/fold.ts) reads
 * and returns and what a stream worker loads and stores per event. Holds only what scoring needs
 * (the tactics fired with at most three evidence spans each, the languages read, the level
 * reached), never the transcript. Values are replaced, never mutated, so a state read later still
 * shows its own moment.
 */
import type { AlertLevel, Channel, Evidence, Initiator, Lang, Speaker, Stage } from '../types.ts';
import { INITIAL_KIND, type KindState } from './conversation-kind.ts';

/** Evidence kept per tactic: the first few places it was seen are enough to explain it. */
export const MAX_EVIDENCE = 3;

/** A tactic (playbook) or signal (checker, model) that fired, with where it was seen. */
export interface FiredEntry {
  readonly id: string;
  readonly stage: Stage;
  readonly weight: number;
  readonly evidence: readonly Evidence[];
  /** A signal's finding in Chinese (a link, a number, the model's probability). */
  readonly detail?: string;
  /** The same finding in English, when the signal gives one. */
  readonly detailEn?: string;
  /** Signal hits carry their own descriptions; playbook tactics are described by the playbook. */
  readonly description?: { readonly zh: string; readonly en: string };
}

export interface ConversationState {
  /** The input's main language: the first turn's with words in it, or the forced one; null before. */
  readonly lang: Lang | null;
  /** A forced playbook (`inputLang` zh/en), or null for per-turn detection. */
  readonly forcedLang: Lang | null;
  /** Every language read so far, the main one first: each one's playbook scores the evidence. */
  readonly langs: readonly Lang[];
  /** Language of descriptions and advice (null: the input's main language). */
  readonly outputLang: Lang | null;
  /** Who started the conversation (null until given or inferred from the first words). */
  readonly initiator: Initiator | null;
  readonly channel: Channel;
  readonly claimedIdentity?: string;
  readonly callerNumber?: string;
  /** Turns applied so far; the next turn's index. */
  readonly turns: number;
  /** Risk (0–100) after the last turn that changed the evidence. */
  readonly risk: number;
  /** The highest level reached: it only rises. */
  readonly level: AlertLevel;
  /** First turn at which the level reached `warn` (null if never). */
  readonly alertTurn: number | null;
  /** Fired tactics in the order they first fired. */
  readonly fired: readonly FiredEntry[];
  /** The conversation's meeting evidence so far (src/pipeline/conversation-kind.ts). */
  readonly kind: KindState;
  /**
   * The end of the last turn when the counterpart spoke it (its last clause, at most CARRY_CHARS
   * normalised characters, long digit runs masked), so a request split over two of its turns ("验证码" /
   * "报一下") is read whole (src/pipeline/step.ts). Null after any other turn: only adjacent turns of the
   * same speaker join. The one piece of text the state keeps, and only the counterpart's.
   */
  readonly carry: string | null;
  /**
   * The speakers telling a story now: a turn of theirs opened a retelling or a warning with a frame
   * word ("我同事上个月被骗了", "大家都在说那个诈骗的事") and each of their turns since went on telling it
   * (src/match/match.ts Narration). A third person's requests in those turns ("有人打电话…让她把借呗里的钱
   * 借出来") are the story, not asked of the listener. Closed by a turn of that speaker that tells
   * nothing; the other side's "咋回事" does not close it. Empty in most conversations.
   */
  readonly retelling: readonly Speaker[];
}

export interface ConversationContext {
  channel?: Channel;
  /** A forced playbook; null or absent: detected per turn. */
  forcedLang?: Lang | null;
  outputLang?: Lang | null;
  initiator?: Initiator | null;
  claimedIdentity?: string;
  callerNumber?: string;
}

const NO_SPEAKERS: readonly Speaker[] = [];

/** The state of a conversation before its first turn. */
export function initialState(ctx: ConversationContext = {}): ConversationState {
  const forcedLang = ctx.forcedLang ?? null;
  return {
    lang: forcedLang, forcedLang, langs: forcedLang ? [forcedLang] : [],
    outputLang: ctx.outputLang ?? null, initiator: ctx.initiator ?? null, channel: ctx.channel ?? 'call',
    ...(ctx.claimedIdentity !== undefined ? { claimedIdentity: ctx.claimedIdentity } : {}),
    ...(ctx.callerNumber !== undefined ? { callerNumber: ctx.callerNumber } : {}),
    turns: 0, risk: 0, level: 'none', alertTurn: null, fired: [], kind: INITIAL_KIND, carry: null, retelling: NO_SPEAKERS,
  };
}
