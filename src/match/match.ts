/**
 * Match one normalised turn against a compiled playbook: one automaton scan, then each cue is
 * checked on the term occurrences (no regular expressions over user text). A turn has a handful
 * of occurrences, so they are kept as one flat list sorted by start and every check walks it.
 */
import type { Speaker } from '../types.ts';
import { isPublicNumber, type Entity } from '../entities/entities.ts';
import { DISMISS_BUT, DISMISS_JUDGEMENT, DISMISS_REPORTED, DISMISS_SOURCE, DISMISS_WORD, type CompiledCue, type CompiledPlaybook, type CompiledTactic } from './compile.ts';
import { readRequests, segment, type RequestHit, type RequestReading } from './grammar.ts';
import { isExample, quoteMask, readFraming, type Framing } from './framing.ts';
import { checkNumber } from '../checks/number/check.ts';
import { HOME_ENDINGS } from '../checks/data/official-domains.ts';
import { parse as parseDomain } from 'tldts';
import { subjectOf } from './subject.ts';

/**
 * Is this phone number a published one (the cue option `notOfficial`, src/playbook/schema.ts)? A
 * public service number or a 400/800 line by its own digits (cheap, asked first), else a number the
 * number checker lists as official (a platform's landline, 12333, 95598). Asked only for an entity
 * whose cue's other conditions hold, so the checker (a phone-number parse) does not run on every
 * number of every turn. The checker is pure; its data says which numbers are published (src/checks/data).
 */
function isPublished(value: string, businessLines = false): boolean {
  // `businessLines`: a 400/800 line is published only when the checker lists it; short service numbers always are.
  if (businessLines ? value.length <= 5 : isPublicNumber(value)) return true;
  let official = publishedCache.get(value);
  if (official === undefined) {
    official = checkNumber(value).verdict === 'official';
    // A session repeats its numbers and several cues ask about the same one; bounded against hostile input.
    if (publishedCache.size >= PUBLISHED_CACHE_SIZE) publishedCache.clear();
    publishedCache.set(value, official);
  }
  return official;
}
/** The checker's answer per number (a libphonenumber parse each): pure, so a small cache is safe. */
const publishedCache = new Map<string, boolean>();
const PUBLISHED_CACHE_SIZE = 1024;

export interface CueHit {
  tactic: CompiledTactic;
  /** Span in the normalised text. */
  start: number;
  end: number;
}

/** One term occurrence: [termId, start, end]. */
type Occurrence = readonly [number, number, number];

type Span = [number, number];

/** Sentence index of each position (the grammar's map of the same text), computed only when a guard occurs. */
function sentenceIndex(text: string): Int32Array {
  return segment(text).sentence;
}

function speakerMatches(want: CompiledTactic['def']['speaker'], got: Speaker): boolean {
  return want === 'any' || got === 'unknown' || want === got;
}

/** What can cancel a cue in this turn: guarded sentences, and requests said in the negative. */
interface Suppression {
  /** Sentences holding one of the tactic's guards (a turn has a handful: an array, reused per tactic). */
  guarded: number[] | null;
  /**
   * Per entry of `guarded`: where a takeover after the guard gives the floor back (a span reaching past it is the
   * speaker's own: "防骗短信您别管，把验证码发我"), or MAX_SAFE_INTEGER (the whole sentence is guarded).
   */
  guardedUntil: number[];
  /** Per entry of `guarded`: where its guard starts when a takeover follows it (what ends before it is the speaker's too), else −1. */
  guardedFrom: number[];
  /**
   * The turn guard's reach when a takeover follows it (floorTakenBack): spans ending after the turn guard's start
   * (`floorGuard`) and at or before this position are the warning's; −1: no turn guard holds.
   */
  floorFrom: number;
  floorGuard: number;
  sentences: Int32Array | null;
  /** Negated request phrases in the turn, with the contrast words and clause map to judge them. */
  negated: readonly Occurrence[] | null;
  contrasts: readonly Occurrence[];
  /** For contrast k: the smallest end among contrasts k, k+1, … (so "some contrast from k on ends by X" is one lookup). */
  contrastMinEnd: Int32Array | null;
  clauses: Int32Array | null;
  window: number;
  /**
   * The turn's warning frames, quotes and reporters, read on first use (most spans never reach
   * the question): `framingRead` false until then; null when there are none.
   */
  framing: Framing | null;
  framingRead: boolean;
  /** A retelling opened by the speaker in an earlier turn is still being told (Narration.carried). */
  carried: boolean;
  /** Whether the tactic being checked is framable (`def.framing`). */
  framable: boolean;
  /** What reading the framing needs (the turn's text and occurrences). */
  cp: CompiledPlaybook | null;
  text: string;
  occ: readonly Occurrence[];
  /** The tactic being checked reports something done (`report`): its words' automaton; null otherwise. */
  report: CompiledTactic['report'];
  /** That tactic's report words in this turn by class (addressed, self, perfective, reader), sorted by start; read on first need. */
  reportWords: Occurrence[][] | null;
  /** That tactic's subject reader (`report.subject`): whose loss by the clause's subject; null otherwise. */
  subject: CompiledTactic['subject'];
  /** Start of every clause of the turn (and the text's length after the last), built on first need. */
  clauseStarts: Int32Array | null;
  /** Start of every sentence of the turn (and the text's length after the last), built on first need (a report's reader). */
  sentenceStarts: Int32Array | null;
}

/** The turn's framing, read once and only when a span of a framable tactic asks for it. */
function framingOf(sup: Suppression): Framing | null {
  if (!sup.framingRead) {
    sup.framingRead = true;
    sup.framing = sup.cp === null ? null : readFraming(sup.cp.grammar, sup.text, sup.occ, sup.cp.setsByTerm, sup.carried);
  }
  return sup.framing;
}

/** Clause ends for negation: commas split clauses, an ASCII full stop does not. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '，,；;。！？!?\n：:') CLAUSE_END[c.charCodeAt(0)] = 1;

let clauseBuf = new Int32Array(256);
/** Clause index of each position (commas split clauses, unlike sentences); a buffer reused by the next turn. */
function clauseIndex(text: string): Int32Array {
  if (clauseBuf.length < text.length + 1) clauseBuf = new Int32Array(Math.max(text.length + 1, 2 * clauseBuf.length));
  const idx = clauseBuf;
  let k = 0;
  for (let i = 0; i < text.length; i++) { idx[i] = k; if (CLAUSE_END[text.charCodeAt(i)] === 1) k++; }
  idx[text.length] = k;
  return idx;
}

/** Index of the first element of `list` (sorted by start) whose start is ≥ `pos`. */
function firstAtOrAfter(list: readonly Occurrence[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]![1] < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Does a negated request phrase govern a cue starting at `start` (same clause, close, no contrast
 * between)? Negated phrases and contrasts are sorted by start, so this is a binary search plus a
 * walk back over the phrases that can still reach `start` (they end within `window` of it and do
 * not overlap), not a scan of every phrase for every cue.
 */
function negatedAt(start: number, sup: Suppression): boolean {
  const negated = sup.negated;
  if (!negated || !sup.clauses) return false;
  for (let i = firstAtOrAfter(negated, start + 1) - 1; i >= 0; i--) {
    const n = negated[i]!;
    if (start - n[2] > sup.window) break;
    if (sup.clauses[n[1]] !== sup.clauses[start]) continue;
    // A contrast word starting after the phrase and ending before the cue lifts the negation.
    const k = firstAtOrAfter(sup.contrasts, n[2]);
    if (k < sup.contrasts.length && sup.contrastMinEnd![k]! <= start) continue;
    return true;
  }
  return false;
}

/** Sentence ends for a report's reader: a full stop, a question or exclamation mark, a line break (not a comma, not an ASCII '.': amounts). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?\n') SENTENCE_END[c.charCodeAt(0)] = 1;

/** Reused start buffers, one per kind of span: a turn's clause and sentence starts are both alive at once. */
const spanStartBufs = { clause: new Int32Array(64), sentence: new Int32Array(16) };
/**
 * Start position of each span of `text` (a new span after every character marked in `ends`: CLAUSE_END or
 * SENTENCE_END), then the text's length; the `kind`'s buffer, reused by the next turn. One pass.
 */
function spanStartsOf(text: string, ends: Uint8Array, kind: keyof typeof spanStartBufs): Int32Array {
  // At most one start per character, plus 0 and the length: the buffer is sized once, before the pass.
  let buf = spanStartBufs[kind];
  if (buf.length < text.length + 2) {
    let size = buf.length;
    while (size < text.length + 2) size *= 2;
    spanStartBufs[kind] = buf = new Int32Array(size);
  }
  let k = 0;
  buf[k++] = 0;
  for (let i = 0; i < text.length; i++) if (ends[text.charCodeAt(i)] === 1) buf[k++] = i + 1;
  buf[k++] = text.length;
  return buf.subarray(0, k);
}
const clauseStartsOf = (text: string): Int32Array => spanStartsOf(text, CLAUSE_END, 'clause');
const sentenceStartsOf = (text: string): Int32Array => spanStartsOf(text, SENTENCE_END, 'sentence');

/** Does an occurrence in `list` (sorted by start) start in [from, to)? One binary search. */
function occursIn(list: readonly Occurrence[], from: number, to: number): boolean {
  const i = firstAtOrAfter(list, from);
  return i < list.length && list[i]![1] < to;
}

/** Report word classes (src/match/compile.ts CompiledTactic.report). */
const R_SELF = 1, R_CAUSED = 7, R_CLASSES = 14;

/**
 * The report words of the turn, by class, sorted by start (one scan of the text with the tactic's small
 * automaton), then one more list: the `self` words that ACT, i.e. not inside a causative ("让我": the one
 * made to act, the victim of the story but not the doer of the act). One forward walk over two sorted lists.
 */
function reportWordsOf(automaton: NonNullable<CompiledTactic['report']>, text: string): Occurrence[][] {
  const byClass: Occurrence[][] = Array.from({ length: R_CLASSES }, () => []);
  automaton.scan(text, (cls, start, end) => { byClass[cls]!.push([cls, start, end]); });
  for (const list of byClass) list.sort((a, b) => a[1] - b[1]);
  const caused = byClass[R_CAUSED]!;
  let k = 0;
  byClass.push(caused.length === 0 ? byClass[R_SELF]! : byClass[R_SELF]!.filter((o) => {
    while (k < caused.length && caused[k]![2] < o[2]) k++;
    // Causatives ending at or after this self word and starting before it: is one of them around it?
    for (let j = k; j < caused.length && caused[j]![1] <= o[1]; j++) if (caused[j]![2] >= o[2]) return false;
    return true;
  }));
  return byClass;
}

/**
 * For a reporting tactic (`report` in src/playbook/schema.ts): is the cue term at `pos` a report of
 * something done — no instruction to the listener in its clause, the reader not the last person named
 * before it (a notice: "您尾号1234的卡转出…"), and the speaker as its subject or a perfective word in
 * the clause? ("我已经转了" yes; "请把验证码告诉客服", "…就可以了", "您的账户被扣款了" no.)
 */
function reportsAt(pos: number, sup: Suppression): boolean {
  const [addressed, self, perfective, reader, others, urgent, settled, caused, identity, past, recent, now, question, recovery, acting] = sup.reportWords ??= reportWordsOf(sup.report!, sup.text);
  const starts = sup.clauseStarts ??= clauseStartsOf(sup.text);
  const [from, to] = spanAround(starts, pos);
  if (occursIn(addressed!, from, to)) return false;
  if (!occursIn(acting!, from, pos)) {
    // The reader's account or family named earlier in the sentence: the sender's notice, not a report (the
    // speaker in the clause, if only as the one made to act, "客服让我扫码付了两次", tells no notice).
    if (reader!.length > 0 && !occursIn(self!, from, pos) && occursIn(reader!, spanAround(sup.sentenceStarts ??= sentenceStartsOf(sup.text), pos)[0], pos)) return false;
    // An ask relayed ("对方让我把验证码告诉他"), done when the speaker says so later in the sentence ("…，我就告诉他了").
    if (!occursIn(perfective!, from, to) && !(occursIn(caused!, from, pos) && doneLater(acting!, perfective!, to, sup))) return false;
  }
  const [sFrom, sTo] = spanAround(sup.sentenceStarts ??= sentenceStartsOf(sup.text), pos);
  // A question about the loss itself ("钱转过去了吗？"), not one after it about recovery ("…骗了两万，还能追回吗").
  const q = firstAtOrAfter(question!, pos);
  if (q < question!.length && question![q]![1] < sTo && lastBefore(recovery!, pos, question![q]![1]) < 0) return false;
  // Whose by the clause's subject (src/match/subject.ts): another person named or counted as the subject
  // ("小李被骗子骗了三万", "隔壁老张，前两天被人骗了", "两个人被骗了") tells their story, as an `others` word does.
  // Urgent: a word of it or of `recovery` in the sentence, or a `now` word in the cue's own clause (现在 in a later clause is the aftermath).
  const urgentNow = occursIn(urgent!, sFrom, sTo) || occursIn(recovery!, sFrom, sTo) || occursIn(now!, from, to);
  if (sup.subject !== null && !(urgentNow && !occursIn(settled!, sFrom, sTo))
    && subjectOf(sup.subject, sup.text, from, pos, (at) => (at > sFrom ? spanAround(starts, at - 1)[0] : -1), (a, b) => occursIn(acting!, a, b)) === 'other') return false;
  if (others!.length === 0 && past!.length === 0) return true;
  // When: a distant past dating the cue in its own clause ("我妈去年被骗了两万", "去年我妈被骗了，现在还能追回吗")
  // is a story told, unless a recent time word comes between ("去年被骗过今天又被骗了").
  const then = lastBefore(past!, sFrom, pos);
  const recentSince = then >= 0 && lastBefore(recent!, then, pos) >= 0;
  if (then >= from && !recentSince) return false;
  // Whose loss: the nearest subject before the cue in its sentence ("我表姐之前…被骗了两万" is the cousin's,
  // "有人冒充客服，我按他说的操作…被转走了" the speaker's), unless the sentence says it is happening now ("刚",
  // "现在", "怎么办"). An `others` word right after the speaker's `identity` ("我是受害人") names the speaker.
  const other = lastBefore(others!, sFrom, pos);
  if (other >= 0 && !endsAt(identity!, other)) {
    // A self word inside that other word is part of it (妈 in 大妈, 老人 in 一个老人家): not the speaker.
    const self2 = lastBefore(self!, sFrom, pos);
    const selfAfterOther = self2 > other && self2 >= endOf(others!, other);
    // Another person's loss already reported or past recovery ("现在报警了还没追回来") is where the story stands, not urgent.
    if (!selfAfterOther && !(urgentNow && !occursIn(settled!, sFrom, sTo))) return false;
  }
  // A distant past in an earlier clause ("我妈去年被人骗了，转了两万给客服") dates it too, unless the sentence says it is
  // now, a recent time word comes between, or the speaker, acting, opens a later clause ("我去年买的东西，…我按他说的转了5000").
  if (then < 0 || recentSince || urgentNow) return true;
  return lastBefore(acting!, Math.min(pos, spanAround(starts, then)[1]), pos) >= 0;
}

/** After a relayed ask's clause (ending at `to`): an acting `self` word and then a `perfective` word later in its sentence ("…，我就告诉他了"). */
function doneLater(acting: readonly Occurrence[], perfective: readonly Occurrence[], to: number, sup: Suppression): boolean {
  const sTo = spanAround(sup.sentenceStarts ??= sentenceStartsOf(sup.text), Math.max(0, to - 1))[1];
  const i = firstAtOrAfter(acting, to);
  // "…，我没理他，直接挂了": the speaker refused; a later 了 (挂了) tells the call's end, not the ask done (told17).
  if (i < acting.length && REFUSED_AFTER.some((w) => sup.text.startsWith(w, acting[i]![2]))) return false;
  return i < acting.length && acting[i]![1] < sTo && occursIn(perfective, acting[i]![2], sTo);
}
/** Right after the acting speaker (我): a refusal, not the ask carried out ("我没理他", "我没给", "我不会给"). */
const REFUSED_AFTER = ['没', '不', '并没', '才没', '可没', '肯定没', '根本没', '坚决不', '直接挂', '直接拒绝', '拒绝'];

/** Does an occurrence in `list` (sorted by start) end exactly at `pos`? Words are short: a bounded walk back from `pos`. */
function endsAt(list: readonly Occurrence[], pos: number): boolean {
  for (let i = firstAtOrAfter(list, pos) - 1; i >= 0 && list[i]![1] >= pos - 8; i--) if (list[i]![2] === pos) return true;
  return false;
}

/** The [start, end) of the span (clause or sentence) holding `pos`, from the sorted starts: one binary search. */
function spanAround(starts: Int32Array, pos: number): [number, number] {
  let lo = 0, hi = starts.length - 2;
  while (lo < hi) { const mid = (lo + hi + 1) >>> 1; if (starts[mid]! <= pos) lo = mid; else hi = mid - 1; }
  return [starts[lo]!, starts[lo + 1]!];
}

/** The furthest end of the occurrences in `list` (sorted by start) that start at `start`. */
function endOf(list: readonly Occurrence[], start: number): number {
  let end = start;
  for (let i = firstAtOrAfter(list, start); i < list.length && list[i]![1] === start; i++) end = Math.max(end, list[i]![2]);
  return end;
}

/** Start of the last occurrence in `list` (sorted by start) that starts in [from, to), or -1. */
function lastBefore(list: readonly Occurrence[], from: number, to: number): number {
  const i = firstAtOrAfter(list, to) - 1;
  return i >= 0 && list[i]![1] >= from ? list[i]![1] : -1;
}

/** Is this span clear of guarded sentences, not a request said in the negative, and not an example quoted in a warning? */
function allowed(span: Span, sup: Suppression): boolean {
  if (span[1] > sup.floorGuard && span[1] <= sup.floorFrom) return false;
  const { guarded, sentences } = sup;
  if (guarded && sentences) {
    const first = sentences[span[0]]!, last = sentences[Math.max(span[0], span[1] - 1)]!;
    // A guard covers its sentence; when a takeover follows it, only from the guard to the takeover: a span reaching past
    // the takeover, or said before the guard, is the speaker's ("把验证码发我，防骗短信您别管").
    for (let i = 0; i < guarded.length; i++) {
      if ((guarded[i] === first || guarded[i] === last) && span[1] > sup.guardedFrom[i]! && span[1] <= sup.guardedUntil[i]!) return false;
    }
  }
  if (sup.framable) {
    const framing = framingOf(sup);
    if (framing && isExample(framing, span[0], span[1], sup.report === null)) return false;
  }
  return !negatedAt(span[0], sup);
}

/**
 * The turn's occurrences sorted into one bucket per term set (sets with none are absent), in an
 * array indexed by set. One per compiled playbook, emptied at the start of each turn: matching is
 * synchronous, so turns never share it, and no map is built per turn.
 *
 * A turn fills a few hundred sets (every set of every term found) but the candidates' cues read a
 * few dozen: each set's occurrences are first chained in typed arrays (no allocation per set), and
 * a set's list is built only when `get` first asks for it in the turn (then kept for the turn).
 * The list holds the same occurrences in the same order as one filled eagerly.
 */
class Buckets {
  /** The list built for a set this turn (valid when listStamp[set] === turn). */
  private readonly lists: Occurrence[][];
  /** The turn (`turn`) in which a set's chain was last filled: other chains are stale, read as absent. */
  private readonly stamp: Int32Array;
  /** The turn in which a set's list was last built from its chain. */
  private readonly listStamp: Int32Array;
  /** First and last entry of each set's chain this turn. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  /** Entry e: the index in `occ` of its occurrence, and the next entry of the same set's chain (−1: none). */
  private entOcc = new Int32Array(1024);
  private entNext = new Int32Array(1024);
  private occ: readonly Occurrence[] = NONE;
  private turn = 0;
  /** Sets with a bucket this turn, in the order they were first filled: filled[0 … filledCount − 1] (each set once). */
  readonly filled: Int32Array;
  filledCount = 0;
  /** Whether one of the turn's occurrences is a turn guard (CompiledPlaybook.isTurnGuard), noted while filling. */
  turnGuard = false;
  /** Start of the turn's first turn-guard occurrence (meaningful when `turnGuard`). */
  turnGuardAt = 0;
  constructor(sets: number) {
    this.filled = new Int32Array(sets);
    this.lists = Array.from({ length: sets }, () => NONE as Occurrence[]);
    this.stamp = new Int32Array(sets);
    this.listStamp = new Int32Array(sets);
    this.head = new Int32Array(sets);
    this.tail = new Int32Array(sets);
  }
  get(set: number): Occurrence[] | undefined {
    const turn = this.turn;
    if (this.stamp[set] !== turn) return undefined;
    if (this.listStamp[set] === turn) return this.lists[set];
    const { occ, entOcc, entNext } = this;
    let e = this.head[set]!;
    const list: Occurrence[] = [occ[entOcc[e]!]!];
    for (e = entNext[e]!; e >= 0; e = entNext[e]!) list.push(occ[entOcc[e]!]!);
    this.lists[set] = list;
    this.listStamp[set] = turn;
    return list;
  }
  has(set: number): boolean { return this.stamp[set] === this.turn; }
  fill(cp: CompiledPlaybook, occ: readonly Occurrence[]): this {
    // Turn numbers wrap after 2^31 turns; stamps are then cleared so no stale chain or list reads as filled.
    if (this.turn === 0x7fffffff) { this.stamp.fill(0); this.listStamp.fill(0); this.turn = 0; }
    const turn = ++this.turn;
    this.occ = occ;
    const { stamp, head, tail, filled } = this;
    let count = 0;
    const start = cp.termSetStart;
    const sets = cp.termSetList;
    const isTurnGuard = cp.isTurnGuard;
    let guard = false;
    let entOcc = this.entOcc;
    let entNext = this.entNext;
    let n = 0;
    for (let i = 0; i < occ.length; i++) {
      const term = occ[i]![0];
      if (isTurnGuard[term] === 1 && !guard) { guard = true; this.turnGuardAt = occ[i]![1]; }
      const from = start[term]!, to = start[term + 1]!;
      if (n + (to - from) > entOcc.length) {
        const size = Math.max(entOcc.length * 2, n + (to - from));
        const o2 = new Int32Array(size); o2.set(entOcc); entOcc = this.entOcc = o2;
        const n2 = new Int32Array(size); n2.set(entNext); entNext = this.entNext = n2;
      }
      for (let k = from; k < to; k++) {
        const set = sets[k]!;
        entOcc[n] = i; entNext[n] = -1;
        if (stamp[set] === turn) { entNext[tail[set]!] = n; tail[set] = n; }
        else { stamp[set] = turn; head[set] = n; tail[set] = n; filled[count++] = set; }
        n++;
      }
    }
    this.filledCount = count;
    this.turnGuard = guard;
    return this;
  }
}
/** Start of the first takeover word at or after the turn's first turn guard, or −1 (one pass over that set's occurrences). */
function floorTakenBack(cp: CompiledPlaybook, buckets: Buckets): number {
  const takeovers = cp.grammar.takeovers === null ? undefined : buckets.get(cp.grammar.takeovers);
  if (takeovers === undefined) return -1;
  for (const o of takeovers) if (o[1] >= buckets.turnGuardAt) return o[1];
  return -1;
}
const bucketsByPlaybook = new WeakMap<CompiledPlaybook, Buckets>();
function bucketsOf(cp: CompiledPlaybook, occ: readonly Occurrence[]): Buckets {
  let b = bucketsByPlaybook.get(cp);
  if (!b) bucketsByPlaybook.set(cp, b = new Buckets(cp.termSets));
  return b.fill(cp, occ);
}
const NONE: readonly Occurrence[] = [];
const NONE_SETS: readonly number[] = [];

/**
 * A cue whose words lie at most this many characters apart names one PHRASE ("冻结" + "余额" within
 * 10): its words must be in one sentence, since words on both sides of a sentence end ("…到账户余额。
 * 风控这块…") belong to two statements. Wider windows (20–30) are written to span a script's
 * sentences ("我是公安局的。你的账户涉嫌洗钱"), and stay as they are: bounding them too cost 10 pt of
 * dev recall on 冒充公检法 (telecom-fraud-texts-5/-8, eval --split dev).
 */
const PHRASE_WINDOW = 16;
/** The stages whose phrase cues are sentence-bound: a story (contact, pretext, cover) pieced together from two statements is none. */
const STORY_STAGES = new Set(['contact', 'pretext', 'cover']);

/**
 * One occurrence from each group, all term starts within `within` characters (in order when
 * `ordered`), in one sentence when the window is phrase-sized (PHRASE_WINDOW). `sentences`: the
 * turn's sentence map (grammar.ts segment).
 */
function matchAll(cue: Extract<CompiledCue, { type: 'all' }>, buckets: Buckets, sup: Suppression, story: boolean): Span | null {
  // Every group must occur; the lists are then read from the buckets (no array built per call).
  for (const g of cue.groups) if (!buckets.has(g)) return null;
  const groups = cue.groups;
  // The sentence map only when it bounds this cue (segmented once per turn, on first need).
  const sentences = story && cue.within <= PHRASE_WINDOW ? segment(sup.text).sentence : null;
  for (const anchor of buckets.get(groups[0]!)!) {
    const sentence = sentences !== null && cue.within <= PHRASE_WINDOW ? sentences[anchor[1]]! : -1;
    // `clause`: every term inside the anchor's clause [clauseFrom, clauseTo).
    const [clauseFrom, clauseTo] = cue.clause ? spanAround(sup.clauseStarts ??= clauseStartsOf(sup.text), anchor[1]) : [0, sup.text.length];
    let lo = anchor[1];
    let hi = anchor[2];
    let firstStart = anchor[1];
    let lastStart = anchor[1];
    let prevEnd = anchor[2];
    let ok = true;
    for (let g = 1; g < groups.length && ok; g++) {
      let pick: Occurrence | null = null;
      const list = buckets.get(groups[g]!)!;
      // Occurrences are sorted by start: begin at the first that can reach the window, stop at the first past it.
      for (let k = firstAtOrAfter(list, Math.max(lastStart - cue.within, cue.ordered ? prevEnd : 0, clauseFrom)); k < list.length; k++) {
        const o = list[k]!;
        if (o[1] - firstStart > cue.within || o[1] >= clauseTo) break;
        if (cue.ordered && o[1] < prevEnd) continue;
        if (sentence >= 0 && sentences![o[1]] !== sentence) continue;
        if (Math.max(lastStart, o[1]) - Math.min(firstStart, o[1]) <= cue.within) { pick = o; break; }
      }
      if (!pick) ok = false;
      else {
        lo = Math.min(lo, pick[1]); hi = Math.max(hi, pick[2]); prevEnd = pick[2];
        firstStart = Math.min(firstStart, pick[1]); lastStart = Math.max(lastStart, pick[1]);
      }
    }
    // A span touching a guarded sentence does not end the search: a later, unguarded one may count.
    // A reporting tactic's words are read last, only for a span that would otherwise count.
    if (ok && allowed([lo, hi], sup) && (sup.report === null || reportsAt(anchor[1], sup))) return [lo, hi];
  }
  return null;
}

function matchAny(set: number, buckets: Buckets, sup: Suppression): Span | null {
  for (const o of buckets.get(set) ?? NONE) {
    if (sup.report !== null && !reportsAt(o[1], sup)) continue;
    const span: Span = [o[1], o[2]];
    if (allowed(span, sup)) return span;
  }
  return null;
}

/** Whether the number is published (the cue's `notOfficial`): asked only for an entity that would otherwise count. */
function officialFor(cue: Extract<CompiledCue, { type: 'entity' }>, e: Entity): boolean {
  return cue.notOfficial && e.kind === 'phone' && isPublished(e.value, cue.businessLines);
}

function matchEntity(cue: Extract<CompiledCue, { type: 'entity' }>, entities: readonly Entity[], buckets: Buckets, text: string, story: boolean): Span | null {
  let sentences: Int32Array | null = null;
  for (const e of entities) {
    if (e.kind !== cue.kind) continue;
    if (cue.near === null) {
      if (officialFor(cue, e)) continue;
      return [e.start, e.end];
    }
    for (const o of buckets.get(cue.near) ?? NONE) {
      // The word and the entity in one sentence, as for a phrase-sized `all` cue.
      if (story && cue.within <= PHRASE_WINDOW) {
        sentences ??= segment(text).sentence;
        if (sentences[o[1]] !== sentences[e.start]) continue;
      }
      const gap = o[1] >= e.end ? o[1] - e.end : e.start >= o[2] ? e.start - o[2] : 0;
      if (gap <= cue.within) {
        if (officialFor(cue, e)) break;
        return [Math.min(e.start, o[1]), Math.max(e.end, o[2])];
      }
    }
  }
  return null;
}

/** Negator + filler + verb ("不需要" + "您" + "提供") as one occurrence spanning the three. */
function negatedRequests(text: string, buckets: Buckets, neg: NonNullable<CompiledPlaybook['negation']>): Occurrence[] | undefined {
  const negators = buckets.get(neg.negators);
  const verbs = negators && buckets.get(neg.verbs);
  if (!negators || !verbs) return undefined;
  // Negators by end position; each verb then looks back over the few possible filler lengths
  // (≤ maxFiller), so the work is linear in the occurrences, not negators × verbs.
  const byEnd = new Map<number, Occurrence>();
  for (const n of negators) { const prev = byEnd.get(n[2]); if (!prev || n[1] < prev[1]) byEnd.set(n[2], n); }
  const found = new Map<Occurrence, Occurrence>();
  for (const v of verbs) {
    for (let len = 0; len <= neg.maxFiller && len <= v[1]; len++) {
      const n = byEnd.get(v[1] - len);
      if (!n || found.has(n)) continue;
      if (neg.fillers.has(text.slice(v[1] - len, v[1]))) found.set(n, [-1, n[1], v[2]]);
    }
  }
  if (found.size === 0) return undefined;
  return [...found.values()].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
}

/** Every term occurrence in the text, sorted by start (then end), with the dismissals of the warning it holds (addDismissals). */
function scanTerms(cp: CompiledPlaybook, text: string): Occurrence[] {
  const occ: Occurrence[] = [];
  scanning = occ;
  try {
    cp.automaton.scan(text, insertOccurrence);
  } finally {
    scanning = NO_SCAN;
  }
  if (cp.dismissal !== null) addDismissals(cp.dismissal, text, occ);
  return occ;
}

/**
 * The warning waved away (GrammarSchema.dismissals: "防骗短信您别管", "别听那些反诈宣传", "反诈宣传都是吓唬人的"): adds a
 * takeover occurrence (the dismissal's term, read by every takeover rule) at the later word of each pair found. Two
 * passes over the occurrences (the clauses holding a `but` word first, then the pairs, each word paired with the
 * nearest source before it or after it), a bounded look at the tail of the clause: linear in the turn.
 */
function addDismissals(d: NonNullable<CompiledPlaybook['dismissal']>, text: string, occ: Occurrence[]): void {
  const role = d.role;
  let roles = 0;
  for (const o of occ) roles |= role[o[0]]!;
  if ((roles & DISMISS_SOURCE) === 0 || (roles & (DISMISS_WORD | DISMISS_JUDGEMENT)) === 0) return;
  const { sentence, clause } = segment(text);
  let butClauses: Set<number> | null = null;
  for (const o of occ) if ((role[o[0]]! & DISMISS_BUT) !== 0) (butClauses ??= new Set()).add(clause[o[1]]!);
  let quoted: Uint8Array | null = null;
  let lastSource: Occurrence | null = null;
  let lastWord: Occurrence | null = null;
  let reportedSentence = -1;
  const found: Occurrence[] = [];
  for (const o of occ) {
    const r = role[o[0]]!;
    // Relayed words that made the speaker the messenger to the reader ("领导让我通知您，别信那些防骗宣传…": 我 then 你/您 within
    // MESSENGER_REACH) pass the message on: its dismissal is said to the reader, not reported (guard16 kind R1).
    if ((r & DISMISS_REPORTED) !== 0 && !messengerToReader(text, o)) reportedSentence = sentence[o[1]]!;
    if ((r & (DISMISS_SOURCE | DISMISS_WORD | DISMISS_JUDGEMENT)) === 0) continue;
    const c = clause[o[1]]!;
    const open = !(butClauses !== null && butClauses.has(c)) && reportedSentence !== sentence[o[1]];
    if (open && (quoted ??= quoteMask(text))[o[1]] !== 1) {
      const near = (p: Occurrence | null): boolean => p !== null && clause[p[1]] === c && o[1] >= p[2] && o[1] - p[2] <= d.within;
      // A source, then a judgement, or a dismissal that ends its clause ("防骗短信您别管，"; not "反诈宣传说别信陌生来电").
      let pair = (r & DISMISS_JUDGEMENT) !== 0 && near(lastSource);
      if (!pair && (r & DISMISS_WORD) !== 0 && near(lastSource)) {
        let end = o[2];
        while (end < text.length && end - o[2] <= d.tail && clause[end] === c && sentence[end] === sentence[o[1]] && !isClauseMark(text.charCodeAt(end))) end++;
        pair = end - o[2] <= d.tail;
      }
      if (pair) found.push([d.term, o[1], o[2]]);
      // A dismissal, then the source it dismisses ("别听那些反诈宣传"): the floor is the speaker's after the source (an empty
      // occurrence at its end, so a source that is also a guard word, 防骗, is a guard before its takeover).
      else if ((r & DISMISS_SOURCE) !== 0 && near(lastWord)) found.push([d.term, o[2], o[2]]);
    }
    if ((r & DISMISS_SOURCE) !== 0) lastSource = o;
    if ((r & DISMISS_WORD) !== 0) lastWord = o;
  }
  for (const f of found) {
    let i = occ.length;
    while (i > 0 && (occ[i - 1]![1] > f[1] || (occ[i - 1]![1] === f[1] && occ[i - 1]![2] > f[2]))) i--;
    occ.splice(i, 0, f);
  }
}
/** Characters after a relayed marker's 我 within which a 你/您 makes the speaker the messenger ("让我通知您", "叫我转告你"). */
const MESSENGER_REACH = 4;
function messengerToReader(text: string, o: Occurrence): boolean {
  if (text.charCodeAt(o[2] - 1) !== 0x6211) return false; // 我
  for (let i = o[2]; i < Math.min(text.length, o[2] + MESSENGER_REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x4f60 || c === 0x60a8) return true; // 你, 您
  }
  return false;
}
/** A clause's end mark (CLAUSE_END) or a line break. */
const isClauseMark = (code: number): boolean => CLAUSE_END[code] === 1;
/** The list scanTerms is filling (the automaton's callback is one function, not a closure per turn). */
const NO_SCAN: Occurrence[] = [];
let scanning: Occurrence[] = NO_SCAN;
/**
 * The automaton reports by end position; cues read by start. Occurrences arrive almost sorted
 * (a turn has a handful), so an insertion sort puts each in place in a step or two.
 */
function insertOccurrence(term: number, start: number, end: number): void {
  const occ = scanning;
  let i = occ.length;
  while (i > 0) {
    const p = occ[i - 1]!;
    if (p[1] < start || (p[1] === start && p[2] <= end)) break;
    i--;
  }
  if (i === occ.length) occ.push([term, start, end]);
  else occ.splice(i, 0, [term, start, end]);
}

/** Cheap pre-check before reading the requests: one of the cue's acts and one of its objects occur at all. */
function requestPossible(cp: CompiledPlaybook, cue: Extract<CompiledCue, { type: 'request' }>, buckets: Buckets, entities: readonly Entity[]): boolean {
  const { classes, relayedSetOfClass } = cp.grammar;
  // Plain loops: asked for every request cue of every candidate, so no closure per call.
  let act = false;
  for (const a of cue.acts) {
    if (buckets.has(classes[a]!.set) || (relayedSetOfClass[a]! >= 0 && buckets.has(relayedSetOfClass[a]!))) { act = true; break; }
  }
  if (!act) return false;
  for (const o of cue.objects) {
    const cls = classes[o]!;
    if (buckets.has(cls.set)) return true;
    if (cls.entities.length > 0) for (const e of entities) if (cls.entities.includes(e.kind)) return true;
  }
  return false;
}

/** The first request of one of the cue's (act, object) pairs that its actor, context and the tactic's guards allow. */
function requestSpan(cue: Extract<CompiledCue, { type: 'request' }>, reading: RequestReading, sup: Suppression): Span | null {
  let best: Span | null = null;
  for (const a of cue.acts) {
    for (const o of cue.objects) {
      for (const h of reading.pairs.get(a * reading.classes + o) ?? NO_HITS) {
        if (best && h.start >= best[0]) break;
        if (cue.actor === 'listener' && h.self) continue;
        if (cue.context && !cue.context.some((c) => reading.present.get(c)?.has(h.sentence))) continue;
        const span: Span = [h.start, h.end];
        if (allowed(span, sup)) { best = span; break; }
      }
    }
  }
  return best;
}
const NO_HITS: readonly RequestHit[] = [];

/** `story`: the tactic's phrase-sized cues are bound to one sentence (STORY_STAGES). */
function cueSpan(cue: CompiledCue, buckets: Buckets, entities: readonly Entity[], sup: Suppression, story: boolean): Span | null {
  if (cue.type === 'any') return matchAny(cue.set, buckets, sup);
  if (cue.type === 'all') return matchAll(cue, buckets, sup, story);
  if (cue.type === 'request') return null;
  const span = matchEntity(cue, entities, buckets, sup.text, story);
  return span && allowed(span, sup) ? span : null;
}

/**
 * The tactics marked as candidates this turn: marks, and their indexes in `list[0 … count − 1]` (in the order
 * marked; sorted before they are checked, so tactics are checked in playbook order).
 */
interface Candidates { marks: Uint8Array; list: Int32Array; count: number }

function mark(c: Candidates, i: number): void {
  if (c.marks[i] === 1) return;
  c.marks[i] = 1;
  c.list[c.count++] = i;
}

function markAll(c: Candidates, list: readonly number[]): void {
  for (let k = 0; k < list.length; k++) mark(c, list[k]!);
}

/** Insertion sort of list[0 … count − 1]: a turn has a handful of candidates (about two on the bench's corpus). */
function sortCandidates(c: Candidates): void {
  const list = c.list;
  for (let i = 1; i < c.count; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) { list[j + 1] = list[j]!; j--; }
    list[j + 1] = v;
  }
}

/**
 * Which tactics a turn's buckets and entities can trigger, per playbook, in flat typed arrays (read on every turn).
 *
 * Why not one list of tactics per term set: a tactic was a candidate when ANY set of its cues occurred (an `all`
 * cue by its first group), and nine candidates in ten (the bench's corpus: 618,000 of 70,529 turns, 55,000 with a
 * cue that could hold) then failed every cue after their guards' sentences were read. Now a cue made of term sets
 * (`any`, `all`, an entity `near` a set) counts its sets as the turn fills them and marks its tactic only when
 * all of them occurred (and its entity, if any): a necessary condition of the cue's own matcher, so no answer
 * changes. Request cues are marked as before, by any object class's set (one counted entry of one set per
 * object: requestPossible then reads the acts) or entity, and bare entity cues by their entity.
 */
interface CandidateIndex {
  /** Set → the counted cues holding it: cueList[cueStart[set] … cueStart[set + 1] − 1]. */
  cueStart: Int32Array;
  cueList: Int32Array;
  /** Per counted cue: its distinct sets, its tactic, the bit of the entity kind it also needs (0: none). */
  need: Int32Array;
  tacticOf: Int32Array;
  entityBit: Int32Array;
  /** Per counted cue: its sets seen this turn (valid when stamp === turn). */
  seen: Int32Array;
  stamp: Int32Array;
  turn: number;
  /** Entity kind → its bit (kinds in the order first met). */
  bitOf: Map<string, number>;
  /** Per tactic: 0 any speaker, else the one speaker its cues are read for (1 caller, 2 user, 3 unknown). */
  speaker: Uint8Array;
  /** Per tactic, read once per candidate: `ownLine`, `framing`, and a story stage (STORY_STAGES), 1 or 0 (a byte, not a read of its definition). */
  ownLine: Uint8Array;
  /** Per tactic: `signerApp`, 1 or 0. */
  signerApp: Uint8Array;
  /** Per tactic: `ownSite`, 1 or 0. */
  ownSite: Uint8Array;
  framing: Uint8Array;
  story: Uint8Array;
  candidates: Candidates;
}
const SPEAKER_CODE: Record<string, number> = { any: 0, caller: 1, user: 2, unknown: 3 };
const candidateIndexes = new WeakMap<CompiledPlaybook, CandidateIndex>();
function candidateIndexOf(cp: CompiledPlaybook): CandidateIndex {
  let ix = candidateIndexes.get(cp);
  if (ix !== undefined) return ix;
  const bitOf = new Map<string, number>();
  const bit = (kind: string): number => {
    let b = bitOf.get(kind);
    if (b === undefined) { b = 1 << bitOf.size; bitOf.set(kind, b); }
    return b;
  };
  const cueSets: number[][] = [];
  const tacticOf: number[] = [];
  const entityBit: number[] = [];
  cp.tactics.forEach((t, ti) => {
    for (const cue of t.cues) {
      if (cue.type === 'request') {
        for (const o of cue.objects) { cueSets.push([cp.grammar.classes[o]!.set]); tacticOf.push(ti); entityBit.push(0); }
        continue;
      }
      if (cue.type === 'entity' && cue.near === null) continue; // marked by its entity (cp.tacticsByEntity)
      const sets = cue.type === 'any' ? [cue.set] : cue.type === 'all' ? cue.groups : [cue.near!];
      cueSets.push([...new Set(sets)]);
      tacticOf.push(ti);
      entityBit.push(cue.type === 'entity' ? bit(cue.kind) : 0);
    }
  });
  for (const kinds of cp.tacticsByEntity.keys()) bit(kinds);
  if (bitOf.size > 31) throw new Error('match: more entity kinds than bits');
  const cueStart = new Int32Array(cp.termSets + 1);
  for (const sets of cueSets) for (const set of sets) cueStart[set + 1]!++;
  for (let i = 0; i < cp.termSets; i++) cueStart[i + 1]! += cueStart[i]!;
  const fillAt = cueStart.slice(0, cp.termSets);
  const cueList = new Int32Array(cueStart[cp.termSets]!);
  cueSets.forEach((sets, c) => { for (const set of sets) cueList[fillAt[set]!++] = c; });
  ix = {
    cueStart, cueList, need: Int32Array.from(cueSets, (sets) => sets.length), tacticOf: Int32Array.from(tacticOf), entityBit: Int32Array.from(entityBit),
    seen: new Int32Array(cueSets.length), stamp: new Int32Array(cueSets.length), turn: 0, bitOf,
    speaker: Uint8Array.from(cp.tactics, (t) => SPEAKER_CODE[t.def.speaker]!),
    ownLine: Uint8Array.from(cp.tactics, (t) => (t.def.ownLine ? 1 : 0)),
    signerApp: Uint8Array.from(cp.tactics, (t) => (t.def.signerApp ? 1 : 0)),
    ownSite: Uint8Array.from(cp.tactics, (t) => (t.def.ownSite ? 1 : 0)),
    framing: Uint8Array.from(cp.tactics, (t) => (t.def.framing ? 1 : 0)),
    story: Uint8Array.from(cp.tactics, (t) => (STORY_STAGES.has(t.def.stage) ? 1 : 0)),
    candidates: { marks: new Uint8Array(cp.tactics.length), list: new Int32Array(cp.tactics.length), count: 0 },
  };
  candidateIndexes.set(cp, ix);
  return ix;
}

/** Marks the tactics one of whose cues can hold on this turn's buckets and entities (CandidateIndex). */
function markCandidates(cp: CompiledPlaybook, ix: CandidateIndex, buckets: Buckets, entities: readonly Entity[]): Candidates {
  const c = ix.candidates;
  c.count = 0;
  let present = 0;
  for (const e of entities) present |= ix.bitOf.get(e.kind) ?? 0;
  if (ix.turn === 0x7fffffff) { ix.stamp.fill(0); ix.turn = 0; }
  const turn = ++ix.turn;
  const { cueStart, cueList, need, seen, stamp, entityBit, tacticOf } = ix;
  for (let k = 0, filled = buckets.filled; k < buckets.filledCount; k++) {
    const set = filled[k]!;
    for (let j = cueStart[set]!, to = cueStart[set + 1]!; j < to; j++) {
      const cue = cueList[j]!;
      // Each set is filled once per turn, so a cue's count reaches its need exactly when its last set occurs.
      const n = stamp[cue] === turn ? seen[cue]! + 1 : 1;
      stamp[cue] = turn; seen[cue] = n;
      if (n === need[cue]! && (entityBit[cue]! & present) === entityBit[cue]!) mark(c, tacticOf[cue]!);
    }
  }
  for (const e of entities) markAll(c, cp.tacticsByEntity.get(e.kind) ?? NONE_SETS);
  return c;
}

/** The grammar's sets whose words may frame a turn (reporters, verdicts, generic subjects, frames, advisories, narration, past acts, passives), listed once per playbook. */
const frameSetsByPlaybook = new WeakMap<CompiledPlaybook, readonly number[]>();
function frameSetsOf(cp: CompiledPlaybook): readonly number[] {
  let sets = frameSetsByPlaybook.get(cp);
  if (sets === undefined) {
    const g = cp.grammar;
    sets = [g.reporters, g.verdicts, g.generic, g.frames, g.advisories, g.narrated, g.victims, g.pastActs, g.passives, g.inquiries, g.caseSubjects, g.newsFrames].filter((set): set is number => set !== null);
    frameSetsByPlaybook.set(cp, sets);
  }
  return sets;
}

/** Does some occurrence or entity start before `crossing − 1` and some end after `crossing`? */
function mayCross(occ: readonly Occurrence[], entities: readonly Entity[], crossing: number): boolean {
  let startsBefore = false;
  let endsAfter = false;
  for (const o of occ) { if (o[1] < crossing - 1) startsBefore = true; if (o[2] > crossing) endsAfter = true; }
  for (const e of entities) { if (e.start < crossing - 1) startsBefore = true; if (e.end > crossing) endsAfter = true; }
  return startsBefore && endsAfter;
}

/** Drops the candidates a scope does not admit (unmarked, and out of the list). */
function unmarkOutOfScope(cp: CompiledPlaybook, c: Candidates, scope: MatchScope): void {
  let kept = 0;
  for (let k = 0; k < c.count; k++) {
    const ti = c.list[k]!;
    if (scope.accept(cp.tactics[ti]!)) c.list[kept++] = ti;
    else c.marks[ti] = 0;
  }
  c.count = kept;
}

/** The turn's suppression context, one per compiled playbook, reset per turn and set per tactic (matching is synchronous). */
const suppressionByPlaybook = new WeakMap<CompiledPlaybook, Suppression>();
const emptySuppression = (): Suppression => ({
  guarded: null, guardedUntil: [], guardedFrom: [], floorFrom: -1, floorGuard: -1, sentences: null, negated: null, contrasts: NONE, contrastMinEnd: null, clauses: null, window: 0,
  framing: null, framingRead: false, carried: false, framable: false, cp: null, text: '', occ: NONE, report: null, reportWords: null, subject: null, clauseStarts: null, sentenceStarts: null,
});

/**
 * A narrower question than "every tactic's first span": only the tactics `accept` admits, and only
 * spans that cross position `crossing` (start < crossing − 1, end > crossing). The pipeline's seam
 * reading (src/pipeline/step.ts) asks it: it keeps only requests and moves that cross the join of
 * two turns and were not found in the turn itself. Each tactic is judged on its own, so the answer
 * for an admitted tactic is the one an unscoped call gives; the caller still filters by `crossing`.
 */
export interface MatchScope {
  accept: (tactic: CompiledTactic) => boolean;
  crossing: number;
}

/**
 * A retelling across turns (issue 8, session 9: "我同事上个月被骗了" / "咋回事" / "有人打电话说…让她把借呗里的钱借出来"):
 * the frame word is in one turn of the speaker, the third person's requests in the next. The caller
 * says whether the speaker's retelling is still open (`carried`); matchTurn says whether this turn
 * opens one (a warning frame word: 被骗, 诈骗, 报警, 幸好…) and whether it goes on telling (a frame word or
 * a story's marker: a narrated third person, relayed words, an act told as done, a case's subject, a
 * reporter, a passive), from the turn's term occurrences: no extra pass.
 */
export interface Narration {
  carried: boolean;
  opens: boolean;
  tells: boolean;
}

/** The story's markers a turn may hold to go on telling a retelling (Narration.tells). */
const narrationSetsByPlaybook = new WeakMap<CompiledPlaybook, readonly number[]>();
function narrationSetsOf(cp: CompiledPlaybook): readonly number[] {
  let sets = narrationSetsByPlaybook.get(cp);
  if (sets === undefined) {
    const g = cp.grammar;
    sets = [g.frames, g.narrated, g.victims, g.relayed, g.pastActs, g.caseSubjects, g.reporters, g.passives].filter((set): set is number => set !== null);
    narrationSetsByPlaybook.set(cp, sets);
  }
  return sets;
}

/**
 * Every tactic of `cp` whose cues hold in the normalised `text` (with its `entities`), each once,
 * in playbook order, with its first allowed span. `scope`: see MatchScope. `narration`: read and
 * written, see Narration (absent: no retelling carried in).
 */
export function matchTurn(cp: CompiledPlaybook, text: string, entities: readonly Entity[], speaker: Speaker, scope?: MatchScope, narration?: Narration): CueHit[] {
  if (text.length === 0) return [];
  const occ = scanTerms(cp, text);
  if (occ.length === 0 && entities.length === 0) return [];
  // Every span starts at an occurrence's or an entity's start and ends at one's end (cues, the
  // request grammar): with nothing starting before the crossing or nothing ending after it, no span crosses.
  if (scope !== undefined && !mayCross(occ, entities, scope.crossing)) return [];
  // A turn guard anywhere silences the turn: noted by the buckets' pass over the occurrences (no pass of its own).
  const buckets = bucketsOf(cp, occ);
  // Unless the speaker takes the floor back after it ("别听那些反诈宣传吓唬人，我真是京东客服，把验证码发过来":
  // a takeover, src/playbook/zh/lexicon.ts `takeovers`): then the turn guard holds up to the takeover, and the
  // sentence guards below apply after it.
  const floorFrom = buckets.turnGuard ? floorTakenBack(cp, buckets) : -1;
  if (buckets.turnGuard && floorFrom < 0) return [];
  if (narration !== undefined) {
    if (cp.grammar.frames !== null && buckets.has(cp.grammar.frames)) narration.opens = true;
    for (const set of narrationSetsOf(cp)) if (buckets.has(set)) { narration.tells = true; break; }
  }
  // Only tactics one of whose cues the found term sets (and entities) can make are checked, in
  // playbook order, each once.
  const ix = candidateIndexOf(cp);
  const c = markCandidates(cp, ix, buckets, entities);
  if (scope !== undefined) unmarkOutOfScope(cp, c, scope);
  if (c.count === 0) { clearMarks(c); return []; }
  sortCandidates(c);

  const negatedPhrases = cp.negation ? negatedRequests(text, buckets, cp.negation) : undefined;
  const contrasts = cp.negation?.contrasts != null ? buckets.get(cp.negation.contrasts) ?? NONE : NONE;
  let contrastMinEnd: Int32Array | null = null;
  if (negatedPhrases && contrasts.length > 0) {
    contrastMinEnd = new Int32Array(contrasts.length);
    let min = Number.MAX_SAFE_INTEGER;
    for (let k = contrasts.length - 1; k >= 0; k--) { min = Math.min(min, contrasts[k]![2]); contrastMinEnd[k] = min; }
  }
  let sup = suppressionByPlaybook.get(cp);
  if (!sup) suppressionByPlaybook.set(cp, sup = emptySuppression());
  sup.sentences = null;
  sup.floorFrom = floorFrom;
  sup.floorGuard = buckets.turnGuardAt;
  sup.contrasts = contrasts;
  sup.contrastMinEnd = contrastMinEnd;
  sup.clauses = negatedPhrases ? clauseIndex(text) : null;
  sup.window = cp.negation?.window ?? 0;
  // Most turns hold no reporter, verdict, generic subject or frame word: then framing is not read
  // at all; otherwise it is read when a span of a framable tactic is first judged.
  let mayFrame = false;
  for (const set of frameSetsOf(cp)) if (buckets.has(set)) { mayFrame = true; break; }
  sup.framing = null; sup.framingRead = !mayFrame; sup.carried = narration?.carried === true;
  sup.cp = cp; sup.text = text; sup.occ = occ; sup.clauseStarts = null; sup.sentenceStarts = null;
  const hits: CueHit[] = [];
  try {
    checkCandidates(cp, ix, c, text, entities, speaker, buckets, sup, negatedPhrases ?? null, occ, hits);
  } finally {
    // Cleared even if a check throws, so the next turn starts with no stale candidate; the turn's
    // text and occurrences are not kept alive by the reused context.
    clearMarks(c);
    sup.cp = null; sup.text = ''; sup.occ = NONE; sup.framing = null; sup.carried = false; sup.guarded = null; sup.negated = null;
    sup.report = null; sup.reportWords = null; sup.clauseStarts = null; sup.sentenceStarts = null;
  }
  return hits;
}

/**
 * Sentences that name a published line (the tactic option `ownLine`: a phone number the checker lists
 * as published), when the turn gives no other channel at all — no other number, link or chat id
 * anywhere in it ("如需取消请致电95188，也可加客服微信 kf123" is a stranger's channel beside the real line).
 * One pass over the turn's entities (a handful).
 */
function ownLineSentences(sentences: Int32Array, entities: readonly Entity[]): number[] {
  const own: number[] = [];
  for (const e of entities) {
    if (e.kind !== 'phone' && e.kind !== 'url' && e.kind !== 'handle') continue;
    if (e.kind !== 'phone' || !isPublished(e.value, true)) return [];
    own.push(sentences[Math.min(e.start, sentences.length - 1)]!);
  }
  return own;
}

/** How a signature opens and closes (【京东】, [京东]), and how long its name may be. */
const SIGN_OPEN = '【[〔［';
const SIGN_CLOSE = '】]〕］';
const MAX_SIGNER = 16;
/** What names an app after the signer's name ("京东APP", "网上国网 app", "美团客户端", "12306小程序"). */
const APP_WORDS = ['app', ' app', '客户端', '小程序', '官方app'];
/** …or the signer's name right after a verb that fetches or opens an app ("下载快手极速版即可参与", "打开美团领取"). */
const APP_VERBS = ['下载', '打开', '安装', '登录', '登陆'];

/** The name in the message's signature (the bracketed name at its start or end, after or before up to 4 blanks), or ''. */
function signerName(text: string): string {
  let i = 0;
  while (i < text.length && i < 4 && (text[i] === ' ' || text[i] === '\n')) i++;
  if (SIGN_OPEN.includes(text[i] ?? '\u0000')) {
    for (let j = i + 1; j < text.length && j <= i + MAX_SIGNER + 1; j++) {
      if (SIGN_CLOSE.includes(text[j]!)) return j > i + 2 ? text.slice(i + 1, j) : '';
    }
  }
  let end = text.length;
  while (end > 0 && text.length - end < 4 && '。. \n!！'.includes(text[end - 1]!)) end--;
  if (SIGN_CLOSE.includes(text[end - 1] ?? '\u0000')) {
    for (let j = end - 2; j >= 0 && j >= end - MAX_SIGNER - 2; j--) {
      if (SIGN_OPEN.includes(text[j]!)) return j < end - 3 ? text.slice(j + 1, end - 1) : '';
    }
  }
  return '';
}

/**
 * Sentences that name the signer's own app (the tactic option `signerApp`), when the turn gives no link, chat id or phone
 * number at all. The signature read in a bounded window at either end; each app word searched once from left to right.
 */
function signerAppSentences(text: string, sentences: Int32Array, entities: readonly Entity[]): number[] {
  for (const e of entities) if (e.kind === 'phone' || e.kind === 'url' || e.kind === 'handle') return [];
  const name = signerName(text);
  if (name === '') return [];
  const own: number[] = [];
  for (const w of APP_WORDS) {
    const needle = name + w;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      // Not the signature itself: the name inside the brackets is followed by the closing bracket, never an app word.
      own.push(sentences[Math.min(at, sentences.length - 1)]!);
    }
  }
  for (const v of APP_VERBS) {
    const needle = v + name;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      if (!anotherAppAfter(text, at + needle.length)) own.push(sentences[Math.min(at, sentences.length - 1)]!);
    }
  }
  return own;
}

/**
 * The sentences of the turn's links when every link is the brand's own by the message's words (the tactic option `ownSite`):
 * its host is a bare name on a home ending (netflix.com, not netflix-billing.com, netflix.com.x.top or netflix.top) that the
 * text also calls an app ("in the Netflix app"). One look per link (a parse and an indexOf): linear.
 */
function ownSiteSentences(text: string, sentences: Int32Array, entities: readonly Entity[]): number[] {
  const own: number[] = [];
  let lower: string | null = null;
  for (const e of entities) {
    if (e.kind !== 'url') continue;
    const host = parseDomain(e.value);
    const label = host.domainWithoutSuffix;
    if (!label || label.length < 3 || host.subdomain || !HOME_ENDINGS.has(host.publicSuffix ?? '') || !/^[a-z0-9]+$/.test(label)) return [];
    lower ??= text.toLowerCase();
    if (!lower.includes(`${label} app`)) return [];
    own.push(sentences[Math.min(e.start, sentences.length - 1)]!);
  }
  return own;
}

/**
 * Whether the name goes on into another app's name ("下载抖音任务APP": the scam's app under the brand): an app word
 * (app, 软件, 客户端, 平台) later in the same clause, within 8 characters, and not right after the name. Bounded: linear.
 */
function anotherAppAfter(text: string, from: number): boolean {
  for (let k = from; k < text.length && k < from + 8; k++) {
    if (CLAUSE_END[text.charCodeAt(k)] === 1 || text[k] === '、') return false;
    if (k === from || (k === from + 1 && text[from] === ' ')) continue;
    if (text.startsWith('app', k) || text.startsWith('软件', k) || text.startsWith('客户端', k) || text.startsWith('平台', k)) return true;
  }
  return false;
}

/** The sentence numbers of a tactic's guard occurrences (reused array), and where a takeover ends each one's reach. */
const guardedScratch: number[] = [];
const untilScratch: number[] = [];
const fromScratch: number[] = [];

/** Unmarks the turn's candidates (those in the list; a scope's dropped ones were unmarked already). */
function clearMarks(c: Candidates): void {
  for (let k = 0; k < c.count; k++) c.marks[c.list[k]!] = 0;
  c.count = 0;
}

function checkCandidates(
  cp: CompiledPlaybook, ix: CandidateIndex, c: Candidates, text: string, entities: readonly Entity[], speaker: Speaker, buckets: Buckets,
  sup: Suppression, negatedPhrases: readonly Occurrence[] | null, occ: readonly Occurrence[], hits: CueHit[],
): void {
  let requests: RequestReading | null = null;
  // speakerMatches on codes: the speaker a tactic wants, read from a byte per tactic, not from its definition.
  const got = SPEAKER_CODE[speaker]!;
  for (let k = 0; k < c.count; k++) {
    const ti = c.list[k]!;
    const want = ix.speaker[ti]!;
    if (want !== 0 && got !== 3 && want !== got) continue;
    const tactic = cp.tactics[ti]!;
    // Sentences that hold one of this tactic's guards.
    sup.guarded = null;
    const guardHits = tactic.guards === null ? undefined : buckets.get(tactic.guards);
    if (guardHits) {
      sup.sentences ??= sentenceIndex(text);
      guardedScratch.length = 0;
      // "不法分子常冒充客服，但我们是官方，请提供验证码": a takeover after the guard in its sentence
      // (src/match/framing.ts) gives the floor back to the speaker; the guard no longer covers it.
      // Only for the spans that reach past the takeover: what the sentence says before it ("骗子说…要交解冻费，千万别信")
      // stays the warning's.
      const takeovers = cp.grammar.takeovers === null ? undefined : buckets.get(cp.grammar.takeovers);
      untilScratch.length = 0; fromScratch.length = 0;
      for (const o of guardHits) {
        const s = sup.sentences[o[1]]!;
        let until = Number.MAX_SAFE_INTEGER;
        if (takeovers) {
          // The first takeover after the guard in its sentence (takeovers are sorted by start; a handful per turn).
          for (let k = firstAtOrAfter(takeovers, o[2]); k < takeovers.length; k++) {
            if (sup.sentences[takeovers[k]![1]] !== s) { if (sup.sentences[takeovers[k]![1]]! > s) break; continue; }
            until = takeovers[k]![1]; break;
          }
        }
        guardedScratch.push(s); untilScratch.push(until); fromScratch.push(until === Number.MAX_SAFE_INTEGER ? -1 : o[1]);
      }
      sup.guarded = guardedScratch;
      sup.guardedUntil = untilScratch;
      sup.guardedFrom = fromScratch;
    }
    // The sender's own published line in a sentence guards it too (`ownLine`).
    if (ix.ownLine[ti] === 1 && entities.length > 0) {
      sup.sentences ??= sentenceIndex(text);
      const own = ownLineSentences(sup.sentences, entities);
      if (own.length > 0) {
        if (sup.guarded === null) { guardedScratch.length = 0; untilScratch.length = 0; fromScratch.length = 0; sup.guarded = guardedScratch; sup.guardedUntil = untilScratch; sup.guardedFrom = fromScratch; }
        for (const s of own) { sup.guarded.push(s); untilScratch.push(Number.MAX_SAFE_INTEGER); fromScratch.push(-1); }
      }
    }
    // The brand's own app and site named together guard the link's sentence (`ownSite`).
    if (ix.ownSite[ti] === 1 && entities.length > 0) {
      sup.sentences ??= sentenceIndex(text);
      const own = ownSiteSentences(text, sup.sentences, entities);
      if (own.length > 0) {
        if (sup.guarded === null) { guardedScratch.length = 0; untilScratch.length = 0; fromScratch.length = 0; sup.guarded = guardedScratch; sup.guardedUntil = untilScratch; sup.guardedFrom = fromScratch; }
        for (const s of own) { sup.guarded.push(s); untilScratch.push(Number.MAX_SAFE_INTEGER); fromScratch.push(-1); }
      }
    }
    // The signer's own app named in a sentence guards it (`signerApp`).
    if (ix.signerApp[ti] === 1) {
      sup.sentences ??= sentenceIndex(text);
      const own = signerAppSentences(text, sup.sentences, entities);
      if (own.length > 0) {
        if (sup.guarded === null) { guardedScratch.length = 0; untilScratch.length = 0; fromScratch.length = 0; sup.guarded = guardedScratch; sup.guardedUntil = untilScratch; sup.guardedFrom = fromScratch; }
        for (const s of own) { sup.guarded.push(s); untilScratch.push(Number.MAX_SAFE_INTEGER); fromScratch.push(-1); }
      }
    }
    // An ordinary errand of one's own (`ordinary`): its sentences are guarded unless a stranger, a loss or a sent link
    // is named anywhere in the turn (a link sent two sentences before "请在APP内输入" makes the app theirs).
    for (const ordinary of tactic.ordinary) {
      const errand = buckets.get(ordinary.words);
      if (errand && !buckets.has(ordinary.but) && !entities.some((e) => ordinary.butEntities.includes(e.kind))) {
        sup.sentences ??= sentenceIndex(text);
        if (sup.guarded === null) { guardedScratch.length = 0; untilScratch.length = 0; fromScratch.length = 0; sup.guarded = guardedScratch; sup.guardedUntil = untilScratch; sup.guardedFrom = fromScratch; }
        for (const o of errand) { sup.guarded.push(sup.sentences[o[1]]!); untilScratch.push(Number.MAX_SAFE_INTEGER); fromScratch.push(-1); }
      }
    }
    sup.negated = tactic.negatable ? negatedPhrases : null;
    sup.framable = ix.framing[ti] === 1;
    sup.report = tactic.report; sup.reportWords = null; sup.subject = tactic.subject;
    const story = ix.story[ti] === 1;
    for (const cue of tactic.cues) {
      let span: Span | null;
      if (cue.type === 'request') {
        span = requestPossible(cp, cue, buckets, entities)
          ? requestSpan(cue, requests ??= readRequests(cp.grammar, text, occ, entities, cp), sup)
          : null;
      } else span = cueSpan(cue, buckets, entities, sup, story);
      if (span) { hits.push({ tactic, start: span[0], end: span[1] }); break; }
    }
  }
}

/**
 * `cp`'s own reading of a turn's frame, as a predicate on spans of the same normalised `text`: is
 * [start, end) an example (quoted in a warning, retold, reported, asked about) by `cp`'s grammar?
 * Null when the turn has no frame of `cp`'s. For a turn read by two playbooks (newcomer8 kind 4: "我接到个
 * 电话说是Amazon customer service要给我refund，让我下载AnyDesk，我直接挂了，肯定是scam"), the frame said in
 * one language holds for the cues the other playbook finds: one more automaton pass, made only for
 * a mixed turn that has a hit. The predicate must be used before `segment` reads another text.
 */
export function examplesIn(cp: CompiledPlaybook, text: string): ((start: number, end: number) => boolean) | null {
  const framing = readFraming(cp.grammar, text, scanTerms(cp, text), cp.setsByTerm);
  return framing === null ? null : (start, end) => isExample(framing, start, end);
}

/** One request read by the grammar, with its word classes by name (offsets in the normalised text). */
export interface NamedRequest { act: string; object: string; start: number; end: number; self: boolean }

/**
 * The requests the grammar reads in one normalised turn, examples (quoted in a warning, reported,
 * judged) left out: what the lexicon's example tests and tools look at. `entities` as for matchTurn.
 */
export function requestsOf(cp: CompiledPlaybook, text: string, entities: readonly Entity[]): NamedRequest[] {
  const occ = scanTerms(cp, text);
  const reading = readRequests(cp.grammar, text, occ, entities, cp);
  const framing = readFraming(cp.grammar, text, occ, cp.setsByTerm);
  const out: NamedRequest[] = [];
  for (const [key, hits] of reading.pairs) {
    const act = cp.grammar.classes[Math.floor(key / reading.classes)]!.name;
    const object = cp.grammar.classes[key % reading.classes]!.name;
    for (const h of hits) {
      if (framing && isExample(framing, h.start, h.end)) continue;
      out.push({ act, object, start: h.start, end: h.end, self: h.self });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Word classes (by name) present in the turn: for the context classes' example tests. */
export function classesIn(cp: CompiledPlaybook, text: string, entities: readonly Entity[]): Set<string> {
  const reading = readRequests(cp.grammar, text, scanTerms(cp, text), entities, cp);
  return new Set([...reading.present.keys()].map((i) => cp.grammar.classes[i]!.name));
}
