/**
 * The conversation's kind, read from its FORM over all its turns: is this a MEETING (several people
 * at work talking about customers, refunds, money, apps, cases, targets) rather than a counterpart
 * speaking to the citizen? Inside a meeting, a colleague's "让客户加群", a reported "客户说要退款",
 * a training that reads the scam's lines or "转账的手续费" in a market review is no request made
 * to the listener; the score reads it so (src/score/score.ts, `meeting`).
 *
 * Pure and linear: one automaton pass per turn over the normalised text (the cue words of
 * src/playbook/zh/conversation-kinds.ts), and a few counters in the conversation's state.
 *
 * The rule (each condition closes a way for a scam to hide behind the kind):
 *  - the FORM is not a two-party exchange with the protected person: either nobody speaks as the
 *    user (a transcript of voices at work, the listener silent), or at least three voices are
 *    labelled (发言人1, 主持人, 张经理…) and then one more work class is needed (MIN_CLASSES_USER_SPOKE);
 *  - cues of at least two WORK classes (an agenda, third parties reported, business figures,
 *    colleagues, and — where at least MIN_VOICES labelled voices speak — the meeting convened in
 *    its first OPENING_TURNS turns: 人都到齐了, 开个会; a room addressed counts as hits but not as a class, since the group scam's
 *    room is addressed too), at least MIN_HITS in all, in at least MIN_TURNS different turns: a caller
 *    who says 大家 once, or one turn naming a 会议, is not enough;
 *  - turns labelled with ONE voice only are a monologue (a bulletin read out, a recorded message);
 *  - no LURE addressing the room (家人们, 跟着老师): the group scam's room is not a meeting;
 *  - it is a conversation (at least two turns), never one message.
 */
import { TermAutomaton } from '../match/automaton.ts';
import { normalise } from '../normalise/normalise.ts';
import { MEETING_CUES, USER_ERRAND, WARNING_ANSWER, type MeetingCueClass } from '../playbook/zh/conversation-kinds.ts';
import type { Speaker } from '../types.ts';

/** In snapshot order: a class added later goes last (an older snapshot's shorter list is padded with zeros). */
export const CUE_CLASSES: readonly MeetingCueClass[] = ['room', 'agenda', 'reported', 'metrics', 'team', 'convened'];

/** Cues of two classes at least, MIN_HITS hits, in MIN_TURNS turns (see the rule above). */
export const MIN_CLASSES = 2;
/**
 * Work classes needed when the protected person speaks too (three voices or more, one of them the
 * user's): a scam acted out by several people — a fake agent, a fake supervisor, the victim — talks
 * about colleagues and training as well, so the meeting must show one more class of its form.
 */
export const MIN_CLASSES_USER_SPOKE = 3;
export const MIN_HITS = 3;
export const MIN_TURNS = 2;
/** The turns (from the first) in which the meeting's convening words count. */
export const OPENING_TURNS = 3;
const CONVENED = CUE_CLASSES.indexOf('convened');
/** Labelled voices that make a conversation more than two parties. */
export const MIN_VOICES = 3;
/** A class counts at most this many hits per turn: one long turn of figures is one speaker's figures. */
const MAX_HITS_PER_TURN = 2;
/** Voices remembered (only whether MIN_VOICES were heard matters). */
const MAX_VOICES_KEPT = MIN_VOICES;

/** What one turn showed of a meeting's form. */
export interface TurnKindCues {
  /** Hits per class, in CUE_CLASSES order (each at most MAX_HITS_PER_TURN). */
  hits: readonly number[];
  /** A lure addressing a room (家人们, 跟着老师) was said. */
  lure: boolean;
  /** A warning answer (WARNING_ANSWER: 别信, 千万别交, 都是骗子) was said. */
  warns?: true;
}

/** The conversation's meeting evidence so far (plain data, in the conversation's state and snapshot). */
export interface KindState {
  /** Hits per class, in CUE_CLASSES order. */
  readonly hits: readonly number[];
  /** Turns with at least one cue. */
  readonly cueTurns: number;
  /**
   * Distinct voices heard (at most MIN_VOICES kept), each as a short hash of its label: only how
   * many matters, and a label may be a person's name (张经理), which the state does not keep.
   * The user side counts as one voice.
   */
  readonly voices: readonly string[];
  /** Whether the protected person (speaker `user`) said anything. */
  readonly userSpoke: boolean;
  readonly lure: boolean;
  /** The voice (hash, as in `voices`) of the last turn that held a move (a request or a channel shift); absent before any. */
  readonly moveVoice?: string;
  /** That move was answered by another voice with a warning (WARNING_ANSWER); reset by a later move. */
  readonly answered?: boolean;
}

export const INITIAL_KIND: KindState = { hits: CUE_CLASSES.map(() => 0), cueTurns: 0, voices: [], userSpoke: false, lure: false };

interface CompiledCues {
  automaton: TermAutomaton;
  /** Term id → class index, -1 for a lure, -2 for a warning answer. */
  classOf: Int8Array;
}
const LURE = -1;
const WARNS = -2;

let compiled: CompiledCues | null = null;

function compile(): CompiledCues {
  const ids = new Map<string, number>();
  const classOf: number[] = [];
  const add = (word: string, cls: number): void => {
    const k = normalise(word).text;
    if (k.length === 0 || ids.has(k)) return;
    ids.set(k, classOf.length);
    classOf.push(cls);
  };
  // Lures first: a word that is both a lure and a cue is a lure.
  for (const w of MEETING_CUES.lure) add(w, LURE);
  CUE_CLASSES.forEach((cls, i) => { for (const w of MEETING_CUES.classes[cls]) add(w, i); });
  // A word that is a cue already keeps its class; a warning answer is read in the same pass.
  for (const w of WARNING_ANSWER.words) add(w, WARNS);
  return { automaton: new TermAutomaton(ids), classOf: Int8Array.from(classOf) };
}

/** The meeting cues in one turn's NORMALISED text (src/normalise/normalise.ts). Linear in its length. */
export function turnKindCues(normalisedText: string): TurnKindCues {
  const cc = (compiled ??= compile());
  const hits = CUE_CLASSES.map(() => 0);
  let lure = false;
  let warns = false;
  cc.automaton.scan(normalisedText, (term) => {
    const cls = cc.classOf[term]!;
    if (cls === LURE) lure = true;
    else if (cls === WARNS) warns = true;
    else if (hits[cls]! < MAX_HITS_PER_TURN) hits[cls]!++;
  });
  return warns ? { hits, lure, warns } : { hits, lure };
}

/**
 * The kind state after one more turn. `voice`: the transcript's label for who spoke, when given;
 * `turn`: the turn's index (0 = the first), which decides whether convening words count (OPENING_TURNS).
 */
export function foldKind(state: KindState, turnCues: TurnKindCues | undefined, speaker: Speaker, voice: string | undefined, hasText: boolean, turn: number, acts: TurnActs = NO_ACTS): KindState {
  if (!hasText) return state;
  const withAnswer = answerAfter(state, turnCues, speaker, voice, acts);
  if (withAnswer !== state) return foldKind(withAnswer, turnCues, speaker, voice, hasText, turn);
  // A meeting is convened as it opens ("人都到齐了，今天开个会"): the same words later are a story's
  // ("他们开会分工"), not this conversation's form.
  const cues = turnCues !== undefined && turn >= OPENING_TURNS && turnCues.hits[CONVENED]! > 0
    ? { ...turnCues, hits: turnCues.hits.map((h, i) => (i === CONVENED ? 0 : h)) }
    : turnCues;
  const userSpoke = state.userSpoke || speaker === 'user';
  const who = speaker === 'user' ? 'user' : voice === undefined ? undefined : voiceHash(voice);
  const newVoice = who !== undefined && state.voices.length < MAX_VOICES_KEPT && !state.voices.includes(who);
  const anyCue = cues !== undefined && (cues.lure || cues.hits.some((h) => h > 0));
  if (!anyCue && !newVoice && userSpoke === state.userSpoke) return state;
  return {
    hits: anyCue ? state.hits.map((h, i) => Math.min(255, h + cues.hits[i]!)) : state.hits,
    cueTurns: anyCue && cues.hits.some((h) => h > 0) ? state.cueTurns + 1 : state.cueTurns,
    voices: newVoice ? [...state.voices, who] : state.voices,
    userSpoke,
    lure: state.lure || (cues?.lure ?? false),
    ...(state.moveVoice !== undefined ? { moveVoice: state.moveVoice } : {}),
    ...(state.answered === true ? { answered: true } : {}),
  };
}

/** What a turn did beyond its words' form: whether it held a move (shift or extraction) and a cover-up line. */
export interface TurnActs { moved: boolean; covered: boolean }
const NO_ACTS: TurnActs = { moved: false, covered: false };

/**
 * The warning answer after one more turn (KindState.moveVoice / answered): a turn of another voice that
 * warns (and holds no cover-up line: "千万别信银行的人" is the scam's) answers the last move; a later move of
 * a turn that does not answer one resets it. Unchanged: the same state object.
 */
function answerAfter(state: KindState, cues: TurnKindCues | undefined, speaker: Speaker, voice: string | undefined, acts: TurnActs): KindState {
  const who = speaker === 'user' ? 'user' : voice === undefined ? speaker : voiceHash(voice);
  if (cues?.warns === true && !acts.covered && state.moveVoice !== undefined && who !== state.moveVoice) {
    return state.answered === true ? state : { ...state, answered: true };
  }
  if (!acts.moved || (state.moveVoice === who && state.answered !== true)) return state;
  const { answered: _answered, ...rest } = state;
  void _answered;
  return { ...rest, moveVoice: who };
}

/**
 * A group's warning (WARNING_ANSWER): three or more labelled voices, nobody speaking as the protected
 * person, no lure to a room, and the last move told or asked by one voice answered by another with a
 * warning. The score keeps such a conversation below `scam` (src/score/score.ts `warnedGroup`).
 */
export function isWarnedGroup(k: KindState): boolean {
  return k.answered === true && !k.userSpoke && !k.lure && k.voices.length >= MIN_VOICES;
}

/** FNV-1a (32 bits) of a voice label, in hex: tells voices apart without keeping their names. */
function voiceHash(label: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) { h ^= label.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}

/** Is the conversation so far a meeting (the rule in this file's header)? */
export function isMeeting(k: KindState, turns: number): boolean {
  if (turns < 2 || k.lure) return false;
  if (k.userSpoke && k.voices.length < MIN_VOICES) return false;
  // Labelled turns that are all one voice are a monologue (a bulletin read out, a recorded message), not a meeting.
  if (!k.userSpoke && k.voices.length === 1) return false;
  // Addressing a room is the group scam's form too (大家好, 各位群友): only the work classes count
  // towards MIN_CLASSES; the room's words still count as hits.
  // The meeting convened ("开个会", "散会") is a class only where several labelled voices speak: a
  // boss's impersonator alone on the line says "我在开会" too.
  const voiced = k.voices.length >= MIN_VOICES;
  let classes = 0, hits = 0;
  for (let i = 0; i < k.hits.length; i++) {
    const h = k.hits[i]!;
    if (h > 0 && CUE_CLASSES[i] !== 'room' && (CUE_CLASSES[i] !== 'convened' || voiced)) classes++;
    hits += h;
  }
  return classes >= (k.userSpoke ? MIN_CLASSES_USER_SPOKE : MIN_CLASSES) && hits >= MIN_HITS && k.cueTurns >= MIN_TURNS;
}

let errandAutomaton: TermAutomaton | null = null;

/**
 * Does the citizen's first turn of a call state an errand of their own (USER_ERRAND: "我的银行卡丢了，想挂失")?
 * Then the citizen placed the call (src/score/initiator.ts). One automaton pass over the NORMALISED text.
 */
export function statesOwnErrand(normalisedText: string): boolean {
  if (errandAutomaton === null) {
    const ids = new Map<string, number>();
    for (const w of USER_ERRAND.words) { const k = normalise(w).text; if (k.length > 0 && !ids.has(k)) ids.set(k, ids.size); }
    errandAutomaton = new TermAutomaton(ids);
  }
  let found = false;
  errandAutomaton.scan(normalisedText, () => { found = true; });
  return found;
}
