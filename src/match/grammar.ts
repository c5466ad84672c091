/**
 * The request grammar: who asks × a request act × an object, read from the term occurrences of the
 * one automaton pass (no second scan of the text, no regular expressions). A request is an act
 * word (提供, 念给我, 下载, 转到, "send me") and an object word (验证码, 银行卡号, app, 群, "card number",
 * or an extracted entity such as a URL) in one sentence, at most `window` characters apart, where:
 *  - the act is not negated in its clause ("不需要您提供", "we will never ask") unless a contrast word
 *    follows the negator ("不需要您转账，只需要把验证码告诉我");
 *  - the act's clause does not have the speaker as subject ("我把验证码告诉他了") — tactics that
 *    count a move whoever makes it ("我拉你进群") say `actor: 'any'`;
 *  - like every cue, it is not an example (src/match/framing.ts: quoted in a warning, reported,
 *    judged by a verdict, or generic after an advisory).
 *
 * Cost: one sweep over the occurrences (sorted by start) with, per occurrence, one look at the
 * last position of every word class: O(occurrences × classes) plus O(text) for the sentence,
 * clause and quotation maps. No nested scans over the text.
 */
import type { Entity } from '../entities/entities.ts';
import { COVERS_ACT, COVERS_OBJECT, type CompiledGrammar } from './compile.ts';

/** One term occurrence: [termId, start, end]. */
export type Occurrence = readonly [number, number, number];

export interface RequestHit {
  start: number;
  end: number;
  sentence: number;
  /** The act's clause has the speaker as its subject ("我把…发给他了"). */
  self: boolean;
}

export interface RequestReading {
  /** `act * classes + object` → the requests of that pair, in text order. */
  pairs: Map<number, RequestHit[]>;
  /** Class index → sentences in which a word (or entity) of the class occurs. */
  present: Map<number, Set<number>>;
  classes: number;
}

/** At most this many hits are kept per (act, object) pair: the first ones decide; memory stays bounded. */
const MAX_HITS_PER_PAIR = 16;

/** Punctuation classes, one byte per UTF-16 unit (a table lookup per character, not a Set). */
const SENTENCE_END = 1;
const CLAUSE_END = 2;
const FULL_STOP = 4;
const PUNCT = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n') PUNCT[c.charCodeAt(0)]! |= SENTENCE_END;
for (const c of '，,；;。！？!?\n：:') PUNCT[c.charCodeAt(0)]! |= CLAUSE_END;
PUNCT[0x2e]! |= FULL_STOP;

function isSentenceEnd(text: string, i: number): boolean {
  const p = PUNCT[text.charCodeAt(i)]!;
  if (p & SENTENCE_END) return true;
  // An ASCII full stop ends a sentence only before a space or the end ("1.5" and "jd.com" do not).
  return (p & FULL_STOP) !== 0 && (i + 1 >= text.length || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x0a);
}

/** A "sentence" of at most this many characters before its end mark is a greeting or an interjection. */
const MIN_SENTENCE = 3;

export interface Segments {
  readonly sentence: Int32Array;
  readonly clause: Int32Array;
  /**
   * Word position of every position: a Han character or a punctuation mark is one word, a run of
   * ASCII letters and digits (an English word, "provide", "zoom") is one word, and spaces are none.
   * The request window counts these, so an English act or object inside Chinese text ("请 provide
   * 银行卡 number and 验证码") is as near as its Chinese synonym would be.
   */
  readonly word: Int32Array;
}

// The last text segmented: the grammar, the framing and the guards of one turn read the same
// maps, held in buffers reused from turn to turn (a typed array per turn costs an off-heap
// allocation and its finalisation by the GC).
let lastText: string | null = null;
let lastSegments: Segments | null = null;
let sentenceBuf = new Int32Array(256);
let clauseBuf = new Int32Array(256);
let wordBuf = new Int32Array(256);

/**
 * Sentence and clause index of every position [0, text.length], in one pass. The arrays are
 * shared and reused: read them, never write them, and only until `segment` is called on another
 * text (one turn's matching); they may be longer than the text.
 */
export function segment(text: string): Segments {
  if (lastSegments !== null && text === lastText) return lastSegments;
  if (sentenceBuf.length < text.length + 1) {
    sentenceBuf = new Int32Array(Math.max(text.length + 1, 2 * sentenceBuf.length));
    clauseBuf = new Int32Array(sentenceBuf.length);
    wordBuf = new Int32Array(sentenceBuf.length);
  }
  const sentence = sentenceBuf;
  const clause = clauseBuf;
  const word = wordBuf;
  let w = 0;
  let inAscii = false; // inside a run of ASCII letters or digits
  let s = 0;
  let c = 0;
  let from = 0; // where the current sentence began
  for (let i = 0; i < text.length; i++) {
    sentence[i] = s; clause[i] = c;
    const code = text.charCodeAt(i);
    const ascii = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    if (!(ascii && inAscii) && code !== 0x20) w++;
    inAscii = ascii;
    word[i] = w;
    if (isSentenceEnd(text, i)) {
      // A greeting or an interjection ("您好！", "喂？", "亲！") is no statement of its own: it opens the next one.
      if (i - from > MIN_SENTENCE) { s++; from = i + 1; }
      c++;
    } else if (PUNCT[text.charCodeAt(i)]! & CLAUSE_END) c++;
  }
  sentence[text.length] = s; clause[text.length] = c; word[text.length] = w + 1;
  lastText = text;
  lastSegments = { sentence, clause, word };
  return lastSegments;
}

/** The negator at `start` sits between two equal characters: "能不能", "可不可以", "要不要" (a question). */
function isAnotA(text: string, start: number): boolean {
  return start > 0 && start + 1 < text.length && text.charCodeAt(start - 1) === text.charCodeAt(start + 1) && text.charCodeAt(start) === 0x4e0d;
}

const CAUSATIVE = new Uint8Array(0x10000);
for (const c of '让叫要') CAUSATIVE[c.charCodeAt(0)] = 1;
const READER_MARK = new Uint8Array(0x10000);
for (const c of '你您') READER_MARK[c.charCodeAt(0)] = 1;

/** A narrated word at `start` is a causative ("让她", "叫他", "让我妈") with no 你/您 in the 3 characters before it in its clause. */
function isThirdCausative(text: string, start: number, clause: Int32Array): boolean {
  if (CAUSATIVE[text.charCodeAt(start)] !== 1) return false;
  for (let i = start - 1; i >= Math.max(0, start - 3) && clause[i] === clause[start]; i--) {
    if (READER_MARK[text.charCodeAt(i)] === 1) return false;
  }
  return true;
}

/**
 * A keyword starts at `i` (one space allowed before it): a digit or a Latin letter ("回复1", "回复TD"), or a short quoted
 * word ("回复“KT”", "回复“退款”"). Not a longer quote: a template of the reader's details ("回复“姓名+卡号”").
 */
function keywordAt(text: string, i: number): boolean {
  if (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  // A quoted keyword ("回复“KT”开通", "回复“1”", "回复“退款”领取"; recall16 kind R2): up to eight Latin letters or digits, or
  // one or two other characters, in quotes. Not a longer quote: a template of the reader's details ("回复“姓名+卡号”", its
  // '+' gone in the normalised text) is an object. Bounded look.
  if (c === 0x201c || c === 0x22 || c === 0x300c || c === 0x2018 || c === 0x27) {
    let latin = 0;
    let other = 0;
    for (let j = i + 1; j < text.length && j <= i + 9; j++) {
      const q = text.charCodeAt(j);
      if (q === 0x201d || q === 0x22 || q === 0x300d || q === 0x2019 || q === 0x27) return (latin > 0 && other === 0) || (latin === 0 && other > 0 && other <= 2);
      if ((q >= 0x30 && q <= 0x39) || (q >= 0x61 && q <= 0x7a) || (q >= 0x41 && q <= 0x5a)) latin++;
      else other++;
    }
    return false;
  }
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The thing itself is written right after the object word (one space or one opening quote allowed): a run of at least
 * three Latin letters or digits holding a digit ("回复验证码 382916 确认办理", "回复验证码“HM88”至本号", "验证码HDL520"). The
 * message GIVES that code (an operator's confirmation, a shop's promo code): the reader is asked for nothing of their own.
 * A digit is required, so a word ("验证码 code") or a mask ("验证码xxxx") and a count ("验证码6位数") stay objects.
 */
function literalAt(text: string, i: number): boolean {
  if (i < text.length) {
    const q = text.charCodeAt(i);
    if (q === 0x20 || q === 0x201c || q === 0x22 || q === 0x300c || q === 0x2018 || q === 0x27) i++;
  }
  let n = 0;
  let digit = false;
  for (; i < text.length && n < 32; i++, n++) {
    const c = text.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39;
    if (!(d || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) break;
    if (d) digit = true;
  }
  return n >= 3 && digit;
}

/** An entity standing for word classes (a URL for the link class), as an event of the sweep. */
interface EntityEvent { start: number; end: number; entityClasses: readonly number[] }

/** The term sets of each term id, flat (CompiledPlaybook.termSetStart / termSetList): term t's sets are list[start[t] … start[t + 1] − 1]. */
export interface TermSetIndex { readonly termSetStart: Int32Array; readonly termSetList: Int32Array }

/** Classes of the current event (the first `count` entries), reused by every event of every call. */
let eventClasses: Int32Array = new Int32Array(64);

/** Per-class scratch of readRequests, reused by every call (it never escapes a call, and calls never interleave). */
const perClass = (k: number) => ({ start: new Int32Array(k), end: new Int32Array(k), sentence: new Int32Array(k), negated: new Uint8Array(k), self: new Uint8Array(k) });
let lastOf = perClass(64);

/** Window position of `i`: its word for a grammar that counts words (`word`), else the character offset itself. */
function wordAt(word: Int32Array | null, i: number): number {
  return word ? word[i]! : i;
}

/** One request of the pair `key` (act × classes + object) in sentence `s`, kept while the pair has fewer than MAX_HITS_PER_PAIR. */
function addHit(reading: RequestReading, key: number, s: number, start: number, end: number, self: boolean): void {
  const list = reading.pairs.get(key);
  const hit: RequestHit = { start, end, sentence: s, self };
  if (!list) reading.pairs.set(key, [hit]);
  else if (list.length < MAX_HITS_PER_PAIR) list.push(hit);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/**
 * Read the requests of one turn. `occ` sorted by start (then end); `index` gives a term id's term
 * sets (word classes and grammar markers are term sets).
 */
export function readRequests(
  g: CompiledGrammar, text: string, occ: readonly Occurrence[], entities: readonly Entity[], index: TermSetIndex,
): RequestReading {
  const K = g.classes.length;
  const reading: RequestReading = { pairs: new Map(), present: new Map(), classes: K };
  if (K === 0) return reading;
  const { actClasses, objectClasses, classOfSetIndex } = g;
  const seg = segment(text);
  const { sentence, clause } = seg;
  // Window positions: words for a grammar that counts words, else the character offsets themselves.
  const word = g.byWord ? seg.word : null;

  const { termSetStart, termSetList } = index;
  // The sweep's events: the occurrences and the entities that stand for a class, by start then
  // end, an occurrence before an entity of the same span (a merge of the two sorted lists, no
  // event object per occurrence).
  let entityEvents: EntityEvent[] | null = null;
  for (const e of entities) {
    const cls = g.classesOfEntity.get(e.kind);
    if (cls) (entityEvents ??= []).push({ start: e.start, end: e.end, entityClasses: cls });
  }
  if (entityEvents !== null && entityEvents.length > 1) entityEvents.sort((a, b) => a.start - b.start || a.end - b.end);
  const entityCount = entityEvents === null ? 0 : entityEvents.length;

  // Last occurrence of each class: start, end, sentence, and for acts whether negated / said of the speaker.
  if (lastOf.start.length < K) lastOf = perClass(K);
  const lastStart = lastOf.start.fill(-1, 0, K);
  const lastEnd = lastOf.end.fill(0, 0, K);
  const lastSentence = lastOf.sentence.fill(-1, 0, K);
  const lastNegated = lastOf.negated.fill(0, 0, K);
  const lastSelf = lastOf.self.fill(0, 0, K);

  // Words of their own with a class word inside (g.covers: the nouns "赔付款", "电子密码器"; the names of
  // a names class, the lender "美团借钱"): their spans in start order, so a word lying inside one is told
  // by a pointer that only moves forward (the events come in start order).
  const { covers } = g;
  let coverStarts: number[] | null = null;
  let coverEnds: number[] | null = null;
  let coverKinds: number[] | null = null;
  if (covers.length > 0) {
    for (const o of occ) {
      let kinds = 0;
      for (let k = termSetStart[o[0]]!, to = termSetStart[o[0] + 1]!; k < to; k++) {
        const set = termSetList[k]!;
        if (set < covers.length) kinds |= covers[set]!;
      }
      if (kinds !== 0) { (coverStarts ??= []).push(o[1]); (coverEnds ??= []).push(o[2]); (coverKinds ??= []).push(kinds); }
    }
  }
  let coverAt = 0;
  // Furthest end of a covering word that starts at or before the current event, for act words and for object words.
  let actCover = -1;
  let objectCover = -1;

  let curSentence = -1;
  let curClause = -1;
  let negEnd = -1; // end of the last negator in this clause
  let contrastEnd = -1; // end of the last contrast word in this clause
  let selfSubject = false; // a first-person subject marker earlier in this clause
  let causedEnd = -1; // end of the last causative ("让我") occurrence: a self marker starting inside it is caused, not the speaker's
  let imperativeEnd = -1; // end of the last imperative 将 ("请将"): a self marker starting inside it ("将收到的验证码") is the object's clause
  let causedClause = -1; // the clause of that causative: a relayed act form ("告诉他") is an act only there, after it
  const { relayedClassOfSetIndex } = g;
  let thirdCausedEnd = -1; // end of the last third-person causative ("让她"), and its clause
  let thirdCausedClause = -1;

  for (let oi = 0, ei = 0; oi < occ.length || ei < entityCount;) {
    let evStart: number;
    let evEnd: number;
    let count = 0;
    let isCover = false; // the event is itself a covering word ("预付款" as an object, the lender "美团借钱")
    const o = oi < occ.length ? occ[oi]! : null;
    const en = ei < entityCount ? entityEvents![ei]! : null;
    if (o !== null && (en === null || o[1] < en.start || (o[1] === en.start && o[2] <= en.end))) {
      oi++;
      evStart = o[1]; evEnd = o[2];
      const s = sentence[evStart]!;
      const c = clause[evStart]!;
      curSentence = s;
      if (c !== curClause) { curClause = c; negEnd = -1; contrastEnd = -1; selfSubject = false; }
      for (let k = termSetStart[o[0]]!, to = termSetStart[o[0] + 1]!; k < to; k++) {
        const set = termSetList[k]!;
        if (set < covers.length && covers[set] !== 0) isCover = true;
        // An A-not-A question (能不能借我, 可不可以转, 要不要交) asks; its 不 negates nothing.
        if (set === g.negators) { if (!isAnotA(text, evStart)) negEnd = evEnd; }
        else if (set === g.contrasts) contrastEnd = evEnd;
        // "不会上门收取现金或要求转账": a disjunction met while the negation holds carries it to the act it joins.
        else if (set === g.disjunctions) {
          if (negEnd >= 0 && contrastEnd <= negEnd && wordAt(word, evStart) - wordAt(word, negEnd) <= g.negationWindow) negEnd = evEnd;
        }
        // A causative before the self marker ("让我先交", "叫我把"): the 我 is the one made to act, the clause the other side's ask.
        else if (set === g.caused) { causedEnd = evEnd; causedClause = c; }
        else if (set === g.imperatives) imperativeEnd = evEnd;
        else if (set === g.self) { if (causedEnd <= evStart && imperativeEnd <= evStart) selfSubject = true; }
        // "…我刚才转错账了转到你卡上了麻烦你退给我": the listener is the subject again, whatever the punctuation.
        else if (set === g.listenerSubjects) selfSubject = false;
        // A third person made to act ("让她把卡号和短信上的数字告诉他"): a hand-on act after it in the clause is that
        // person's, retold (WordClassSchema.thirdParty) — unless the reader makes them ("你让他把验证码发给对方").
        else if (set === g.narrated) { if (isThirdCausative(text, evStart, clause)) { thirdCausedEnd = evEnd; thirdCausedClause = c; } }
        else if (set < relayedClassOfSetIndex.length && relayedClassOfSetIndex[set]! >= 0) {
          // "客服让我把验证码告诉他": the act toward the other side, in the clause of the ask relayed.
          if (causedClause === c && causedEnd <= evStart) {
            if (count === eventClasses.length) eventClasses = grow(eventClasses);
            eventClasses[count++] = relayedClassOfSetIndex[set]!;
          }
        } else {
          const cls = classOfSetIndex[set] ?? -1;
          if (cls >= 0) {
            if (count === eventClasses.length) eventClasses = grow(eventClasses);
            eventClasses[count++] = cls;
          }
        }
      }
    } else {
      ei++;
      evStart = en!.start; evEnd = en!.end;
      const c = clause[evStart]!;
      curSentence = sentence[evStart]!;
      if (c !== curClause) { curClause = c; negEnd = -1; contrastEnd = -1; selfSubject = false; }
      for (const cls of en!.entityClasses) {
        if (count === eventClasses.length) eventClasses = grow(eventClasses);
        eventClasses[count++] = cls;
      }
    }
    const s = curSentence;
    for (let k = 0; k < count; k++) {
      const ci = eventClasses[k]!;
      const kind = g.classes[ci]!.kind;
      let present = reading.present.get(ci);
      if (!present) reading.present.set(ci, present = new Set());
      present.add(s);
      if (kind === 'context') continue;
      if (coverStarts !== null) {
        while (coverAt < coverStarts.length && coverStarts[coverAt]! <= evStart) {
          const end = coverEnds![coverAt]!;
          const kinds = coverKinds![coverAt]!;
          if ((kinds & COVERS_ACT) !== 0 && end > actCover) actCover = end;
          if ((kinds & COVERS_OBJECT) !== 0 && end > objectCover) objectCover = end;
          coverAt++;
        }
        // "付款" in "赔付款", "密码" in "电子密码器", "借钱" in the lender "美团借钱": part of a longer word,
        // no act (and, inside a noun, no object); a class word that is itself a covering word stays one.
        if (!isCover && evEnd <= (kind === 'act' ? actCover : objectCover)) continue;
      }
      if (kind === 'act') {
        // "回复1", "回复TD", "回复“验证码”": the act's object is the keyword after it; it asks for nothing else.
        if (g.classes[ci]!.keyword && keywordAt(text, evEnd)) continue;
        const negated = negEnd >= 0 && wordAt(word, evStart) - wordAt(word, negEnd) <= g.negationWindow && contrastEnd <= negEnd;
        const self = selfSubject || (g.classes[ci]!.thirdParty && thirdCausedClause === curClause && thirdCausedEnd <= evStart);
        lastStart[ci] = evStart; lastEnd[ci] = evEnd; lastSentence[ci] = s;
        lastNegated[ci] = negated ? 1 : 0; lastSelf[ci] = self ? 1 : 0;
        if (negated) continue;
        for (const o of objectClasses) {
          if (lastSentence[o] !== s || wordAt(word, evStart) - wordAt(word, lastStart[o]!) > g.window) continue;
          // An object word that begins with the act ("付款码", "投屏" in both classes) is not a request;
          // an act word that ends in the object ("交押金") is.
          if (lastStart[o] === evStart) continue;
          addHit(reading, ci * K + o, s, Math.min(lastStart[o]!, evStart), Math.max(lastEnd[o]!, evEnd), self);
        }
      } else {
        // "回复验证码 382916", "回复验证码“HM88”": the code written out is given by the message, not asked (sms14 kind 1).
        if (g.classes[ci]!.keyword && literalAt(text, evEnd)) continue;
        lastStart[ci] = evStart; lastEnd[ci] = evEnd; lastSentence[ci] = s;
        for (const a of actClasses) {
          if (lastSentence[a] !== s || lastNegated[a] === 1 || wordAt(word, evStart) - wordAt(word, lastStart[a]!) > g.window) continue;
          if (lastStart[a] === evStart) continue;
          addHit(reading, a * K + ci, s, Math.min(lastStart[a]!, evStart), Math.max(lastEnd[a]!, evEnd), lastSelf[a] === 1);
        }
      }
    }
  }
  return reading;
}
