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
import { ABOUT_OTHERS, INBOUND_GREETING, MEETING_CUES, STOPPED_TRANSFER, USER_ERRAND, WARNING_ANSWER, type MeetingCueClass } from '../playbook/zh/conversation-kinds.ts';
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
  /** A move stopped or undone (STOPPED_TRANSFER.stops: 不要转账, 关闭屏幕共享) was said. */
  stops?: true;
  /** A move asked ABOUT (STOPPED_TRANSFER.inquiries: 是不是有人让您, 您正在): whether someone asked it, or the citizen's own act. */
  inquires?: true;
  /** The money, a code or the card asked to come to the caller itself (STOPPED_TRANSFER.claims: 安全账户, 告诉我). */
  claims?: true;
  /** Someone present is addressed (ABOUT_OTHERS.address: 你, 您). */
  addresses?: true;
  /** A third party, or the speaker as the one asked, is named (ABOUT_OTHERS.others: 他, 对方, 持卡人, 让我). */
  others?: true;
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
  /** A counterpart's turn stopped a move (STOPPED_TRANSFER.stops) with no claim and no cover-up line in it. */
  readonly stopped?: boolean;
  /**
   * The counterpart asked something for itself: a move in a turn that neither stops nor asks about one, or a
   * claim (STOPPED_TRANSFER.claims) in any of its turns. Never reset.
   */
  readonly asked?: boolean;
  /** A move (a shift or an extraction) was told by someone other than the protected person. */
  readonly othersMoved?: boolean;
  /** One of those moves was said to someone present (a turn with ABOUT_OTHERS.address). Never reset. */
  readonly addressedMove?: boolean;
  /** The last labelled voice heard (hash, as in `voices`), until an exchange was seen. */
  readonly lastVoice?: string;
  /** A voice heard before spoke again after another voice did (people talking with each other). Never reset. */
  readonly exchanged?: boolean;
}

export const INITIAL_KIND: KindState = { hits: CUE_CLASSES.map(() => 0), cueTurns: 0, voices: [], userSpoke: false, lure: false };

interface CompiledCues {
  automaton: TermAutomaton;
  /** Term id → class index, -1 for a lure, -2 for a warning answer, NONE for a word of the stopped transfer only. */
  classOf: Int8Array;
  /** Term id → the stopped transfer's flags (STOP, INQUIRY, CLAIM): a word may be a cue or a warning and one of these. */
  flagsOf: Uint8Array;
}
const LURE = -1;
const WARNS = -2;
const NONE = -3;
const STOP = 1, INQUIRY = 2, CLAIM = 4, ADDRESS = 8, OTHERS = 16;

let compiled: CompiledCues | null = null;

function compile(): CompiledCues {
  const ids = new Map<string, number>();
  const classOf: number[] = [];
  const flagsOf: number[] = [];
  const add = (word: string, cls: number, flags = 0): void => {
    const k = normalise(word).text;
    if (k.length === 0) return;
    const id = ids.get(k);
    if (id !== undefined) { flagsOf[id]! |= flags; return; }
    ids.set(k, classOf.length);
    classOf.push(cls);
    flagsOf.push(flags);
  };
  // Lures first: a word that is both a lure and a cue is a lure.
  for (const w of MEETING_CUES.lure) add(w, LURE);
  CUE_CLASSES.forEach((cls, i) => { for (const w of MEETING_CUES.classes[cls]) add(w, i); });
  // A word that is a cue already keeps its class; a warning answer is read in the same pass.
  for (const w of WARNING_ANSWER.words) add(w, WARNS);
  // The stopped transfer's words are flags on top of whatever class a word has (the same pass).
  for (const w of STOPPED_TRANSFER.stops) add(w, NONE, STOP);
  for (const w of STOPPED_TRANSFER.inquiries) add(w, NONE, INQUIRY);
  for (const w of STOPPED_TRANSFER.claims) add(w, NONE, CLAIM);
  for (const w of ABOUT_OTHERS.address) add(w, NONE, ADDRESS);
  for (const w of ABOUT_OTHERS.others) add(w, NONE, OTHERS);
  return { automaton: new TermAutomaton(ids), classOf: Int8Array.from(classOf), flagsOf: Uint8Array.from(flagsOf) };
}

/** The meeting cues in one turn's NORMALISED text (src/normalise/normalise.ts). Linear in its length. */
export function turnKindCues(normalisedText: string): TurnKindCues {
  const cc = (compiled ??= compile());
  const hits = CUE_CLASSES.map(() => 0);
  let lure = false;
  let warns = false;
  let flags = 0;
  cc.automaton.scan(normalisedText, (term) => {
    const cls = cc.classOf[term]!;
    flags |= cc.flagsOf[term]!;
    if (cls === LURE) lure = true;
    else if (cls === WARNS) warns = true;
    else if (cls >= 0 && hits[cls]! < MAX_HITS_PER_TURN) hits[cls]!++;
  });
  const out: TurnKindCues = { hits, lure };
  if (warns) out.warns = true;
  if (flags & STOP) out.stops = true;
  if (flags & INQUIRY) out.inquires = true;
  if (flags & CLAIM) out.claims = true;
  if (flags & ADDRESS) out.addresses = true;
  if (flags & OTHERS) out.others = true;
  return out;
}

/**
 * The kind state after one more turn. `voice`: the transcript's label for who spoke, when given;
 * `turn`: the turn's index (0 = the first), which decides whether convening words count (OPENING_TURNS).
 */
export function foldKind(state: KindState, turnCues: TurnKindCues | undefined, speaker: Speaker, voice: string | undefined, hasText: boolean, turn: number, acts: TurnActs = NO_ACTS): KindState {
  if (!hasText) return state;
  // The answer and the stop first (each unchanged when applied again to its own result with the same turn).
  const after = exchangeAfter(addressAfter(stopAfter(answerAfter(state, turnCues, speaker, voice, acts), turnCues, speaker, acts), turnCues, speaker, acts), speaker, voice);
  if (after !== state) return foldKind(after, turnCues, speaker, voice, hasText, turn, acts);
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
  // The optional fields (the answer, the stop, the moves told, the exchange) carry over as they are.
  const { hits: _hits, cueTurns: _cueTurns, voices: _voices, userSpoke: _userSpoke, lure: _lure, ...carried } = state;
  void _hits; void _cueTurns; void _voices; void _userSpoke; void _lure;
  return {
    ...carried,
    hits: anyCue ? state.hits.map((h, i) => Math.min(255, h + cues.hits[i]!)) : state.hits,
    cueTurns: anyCue && cues.hits.some((h) => h > 0) ? state.cueTurns + 1 : state.cueTurns,
    voices: newVoice ? [...state.voices, who] : state.voices,
    userSpoke,
    lure: state.lure || (cues?.lure ?? false),
  };
}

/**
 * The exchange after one more turn (KindState.lastVoice / exchanged): a voice heard before speaks again after another
 * voice did — people talking with each other, not a row of voices each saying their piece once (a group's shills).
 * Only labelled voices count. Unchanged: the same state object.
 */
function exchangeAfter(state: KindState, speaker: Speaker, voice: string | undefined): KindState {
  if (state.exchanged === true || speaker === 'user' || voice === undefined) return state;
  const who = voiceHash(voice);
  if (state.lastVoice === who) return state;
  if (state.lastVoice !== undefined && state.voices.includes(who)) return { ...state, lastVoice: who, exchanged: true };
  return { ...state, lastVoice: who };
}

/** Whether a move was told, and said to someone present (ABOUT_OTHERS), after one more turn. Unchanged: the same state. */
function addressAfter(state: KindState, cues: TurnKindCues | undefined, speaker: Speaker, acts: TurnActs): KindState {
  if (speaker === 'user' || !acts.moved) return state;
  // Said to someone present: a 你/您, or no one else named (an imperative has no pronoun).
  const addressed = cues?.addresses === true || cues?.others !== true;
  if (state.othersMoved === true && (state.addressedMove === true || !addressed)) return state;
  return { ...state, othersMoved: true, ...(addressed || state.addressedMove === true ? { addressedMove: true } : {}) };
}

/**
 * Talk about others among several voices (ABOUT_OTHERS): three or more labelled voices talking WITH each other (a voice
 * speaks again after another did: not a row of voices each pitching once), nobody speaking as the protected person,
 * no lure to a room, a move told and none said to someone present (你/您). Read as a meeting.
 */
export function isAboutOthers(k: KindState): boolean {
  return k.othersMoved === true && k.addressedMove !== true && k.exchanged === true && !k.userSpoke && !k.lure && k.voices.length >= MIN_VOICES;
}

/**
 * The stopped transfer after one more turn (KindState.stopped / asked; STOPPED_TRANSFER in
 * src/playbook/zh/conversation-kinds.ts). Only the counterpart's turns count: a counterpart turn that stops a move,
 * with no claim and no cover-up line, stops it; a claim, or a move in a turn that neither stops nor asks about
 * one, is a request of the caller's own. Unchanged: the same state object.
 */
function stopAfter(state: KindState, cues: TurnKindCues | undefined, speaker: Speaker, acts: TurnActs): KindState {
  if (speaker === 'user' || state.asked === true) return state;
  const claims = cues?.claims === true;
  const stops = cues?.stops === true && !claims && acts.hushed !== true;
  const asked = claims || (acts.moved && !stops && cues?.inquires !== true);
  if (asked) return { ...state, asked: true };
  if (stops && state.stopped !== true) return { ...state, stopped: true };
  return state;
}

/**
 * A call that stops a transfer (STOPPED_TRANSFER): the counterpart stopped a move and asked nothing for itself.
 * The score reads its moves as the warning's subject (src/score/score.ts `stoppedTransfer`).
 */
export function isStoppedTransfer(k: KindState): boolean {
  return k.stopped === true && k.asked !== true;
}

/** What a turn did beyond its words' form: whether it held a move (shift or extraction) and a cover-up line. */
export interface TurnActs {
  moved: boolean; covered: boolean;
  /**
   * A cover-up line that keeps the citizen from others (secrecy, a lie to the bank): a turn with one stops nothing.
   * Not every cover-up: a bank says "钱还在您卡里" (read as cover.fake-debit) and "立即停止" (urgency) too.
   */
  hushed?: boolean;
}
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

let greetingAutomaton: TermAutomaton | null = null;

/**
 * Does the counterpart's first turn of a call greet a call the citizen placed (INBOUND_GREETING: "欢迎致电中国建设银行")?
 * Then the citizen placed the call (src/score/initiator.ts). One automaton pass over the NORMALISED text.
 */
export function greetsInboundCall(normalisedText: string): boolean {
  if (greetingAutomaton === null) {
    const ids = new Map<string, number>();
    for (const w of INBOUND_GREETING.words) { const k = normalise(w).text; if (k.length > 0 && !ids.has(k)) ids.set(k, ids.size); }
    greetingAutomaton = new TermAutomaton(ids);
  }
  let found = false;
  greetingAutomaton.scan(normalisedText, () => { found = true; });
  return found;
}
