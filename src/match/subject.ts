/**
 * Whose loss, by the clause's subject (`report.subject` in src/playbook/schema.ts; the words in
 * src/playbook/zh/subjects.ts). A reporting cue ("被骗了", "被…骗了", "转了…骗子") tells the speaker's loss
 * when its subject is the speaker, the speaker's money or close family; another person as the subject
 * ("小李被骗子骗了三万", "隔壁老张被人骗了", "两个人被骗了", "小李转了三万给骗子") tells their story.
 *
 * The subject is read in units (a word of a class, a name, an amount), backward from the cue (over adverbs:
 * "小李昨天也被…"), then by its HEAD — the unit nearest the verb that is a person or a thing — and the head's
 * owner (the next person or place further back: "小李的卡", "村里有个老人", "我儿子小李"). When nothing is
 * read before the cue, the clause's first noun phrase (after a lead: "听说小李…") or a topic clause before it
 * ("隔壁老张，前两天被人骗了") is read instead. At most MAX_UNITS units of at most 4 characters (a name 3):
 * constant work per cue, so the whole stays linear in the text.
 */
import { normaliseTerm, type VariantFolder } from '../normalise/normalise.ts';

type SubjectWords = {
  self: string[]; own: string[]; family: string[]; pronouns: string[]; persons: string[]; titles: string[]; namePrefixes: string[]; surnames: string;
  places: string[]; counts: string[]; links: string[]; adverbs: string[]; leads: string[]; prepositions: string[]; roleSuffixes: string;
};

const SELF = 1, OWN = 2, FAMILY = 4, PERSON = 8, TITLE = 16, PREFIX = 32, PLACE = 64, COUNT = 128, LINK = 256, ADVERB = 512, LEAD = 1024, PREP = 4096, PRONOUN = 8192;
/** A name (小李, 王阿姨): a unit of its own kind, never in the word map. */
const NAMED = 2048;
/** Units that can head a subject. */
const HEADS = SELF | OWN | FAMILY | PERSON | NAMED | PRONOUN;
/** Units a noun phrase is made of. */
const NOUN_PHRASE = HEADS | PLACE | COUNT | LINK;
const MAX_UNITS = 8;

export interface SubjectReader {
  /** Word → class bits (a word may be in two classes: 姐 is family and a title). */
  words: Map<string, number>;
  maxLen: number;
  surnames: Set<string>;
  /** The bare 人 (two people, 村里人: needs a number or a place to be a person). */
  bare: Set<string>;
  /** A role's last character (收银员, 设计师): with the character before it, a person. */
  roleSuffixes: Set<string>;
}

/** Whose the subject is: the speaker's (`self`, `own`, `family`), another's (`other`), or not read (`none`). */
export type Whose = 'self' | 'own' | 'family' | 'other' | 'none';

export function compileSubject(w: SubjectWords, variants?: VariantFolder): SubjectReader {
  const words = new Map<string, number>();
  let maxLen = 1;
  const add = (list: readonly string[], cls: number): void => {
    for (const raw of list) {
      const t = normaliseTerm(raw, variants);
      if (t.length === 0) continue;
      words.set(t, (words.get(t) ?? 0) | cls);
      maxLen = Math.max(maxLen, t.length);
    }
  };
  add(w.self, SELF); add(w.own, OWN); add(w.family, FAMILY); add(w.pronouns, PRONOUN); add(w.persons, PERSON); add(w.titles, TITLE);
  add(w.namePrefixes, PREFIX); add(w.places, PLACE); add(w.counts, COUNT); add(w.links, LINK); add(w.adverbs, ADVERB); add(w.leads, LEAD); add(w.prepositions, PREP);
  const surnames = new Set([...normaliseTerm(w.surnames, variants)]);
  return { words, maxLen, surnames, bare: new Set(['人']), roleSuffixes: new Set([...normaliseTerm(w.roleSuffixes, variants)]) };
}

interface Unit { start: number; end: number; cls: number }

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** The longest unit ending at `end` (not before `lo`), or null. A name beats a word as long or shorter (王阿姨 over 阿姨). */
function unitBefore(r: SubjectReader, text: string, lo: number, end: number): Unit | null {
  let best: Unit | null = null;
  for (let len = Math.min(r.maxLen, end - lo); len >= 1; len--) {
    const cls = r.words.get(text.slice(end - len, end));
    if (cls === undefined) continue;
    if (best === null) best = { start: end - len, end, cls };
    // A title after a surname is a name (王阿姨, 刘大姐, 陈总).
    if (cls & TITLE && end - len - 1 >= lo && r.surnames.has(text[end - len - 1]!) && len + 1 > best.end - best.start) {
      return { start: end - len - 1, end, cls: NAMED };
    }
  }
  // A surname after a prefix is a name (小李, 老王), unless a listed word is as long (老公, 小区, 老人).
  if (end - 2 >= lo && r.surnames.has(text[end - 1]!) && (r.words.get(text[end - 2]!) ?? 0) & PREFIX
    && (best === null || best.end - best.start < 2)) return { start: end - 2, end, cls: NAMED };
  if (best !== null) return best;
  // A role by its suffix (收银员, 业务员, 设计师): the suffix and the character before it are a person.
  if (end - 2 >= lo && r.roleSuffixes.has(text[end - 1]!) && isHan(text.charCodeAt(end - 2))) return { start: end - 2, end, cls: PERSON };
  // An amount (支付宝里的2000块, 3个人): digits read as one unit; before a count word they are part of it.
  if (end - 1 >= lo && isDigit(text.charCodeAt(end - 1))) {
    let s = end - 1;
    while (s - 1 >= lo && (isDigit(text.charCodeAt(s - 1)) || text[s - 1] === '.' || text[s - 1] === ',')) s--;
    return { start: s, end, cls: OWN };
  }
  return null;
}

/** The longest unit starting at `start` (before `hi`), or null: the forward twin of unitBefore. */
function unitAfter(r: SubjectReader, text: string, start: number, hi: number): Unit | null {
  // A name first: a surname with its title (王阿姨) or a prefix with its surname (小李), unless a listed word is as long.
  let best: Unit | null = null;
  for (let len = Math.min(r.maxLen, hi - start); len >= 1; len--) {
    const cls = r.words.get(text.slice(start, start + len));
    if (cls !== undefined) { best = { start, end: start + len, cls }; break; }
  }
  if (r.surnames.has(text[start]!) && start + 1 < hi) {
    for (let len = Math.min(r.maxLen, hi - start - 1); len >= 1; len--) {
      const cls = r.words.get(text.slice(start + 1, start + 1 + len));
      if (cls !== undefined && cls & TITLE && (best === null || len + 1 > best.end - best.start)) return { start, end: start + 1 + len, cls: NAMED };
    }
  }
  if (start + 2 <= hi && (r.words.get(text[start]!) ?? 0) & PREFIX && r.surnames.has(text[start + 1]!)
    && (best === null || best.end - best.start < 2)) return { start, end: start + 2, cls: NAMED };
  if (best !== null) return best;
  if (isDigit(text.charCodeAt(start))) {
    let e = start + 1;
    while (e < hi && (isDigit(text.charCodeAt(e)) || text[e] === '.' || text[e] === ',')) e++;
    return { start, end: e, cls: OWN };
  }
  return null;
}

/** Noun-phrase units read backward from `end` (nearest first), stopping at `lo` or at anything else. */
function readBack(r: SubjectReader, text: string, lo: number, end: number): { units: Unit[]; start: number } {
  const units: Unit[] = [];
  let e = end;
  while (e > lo && units.length < MAX_UNITS) {
    const u = unitBefore(r, text, lo, e);
    if (u === null || !(u.cls & NOUN_PHRASE)) break;
    units.push(u); e = u.start;
  }
  return { units, start: e };
}

/** Skip adverbs backward from `end` (小李昨天也被…): where the subject ends. */
function skipBack(r: SubjectReader, text: string, lo: number, end: number, skip: number): number {
  let e = end;
  for (let n = 0; e > lo && n < MAX_UNITS; n++) {
    const u = unitBefore(r, text, lo, e);
    // A word that is also a head (姐, 人家) is no adverb here; a name never is.
    if (u === null || !(u.cls & skip) || u.cls & HEADS) break;
    e = u.start;
  }
  return e;
}

/**
 * Whose is the subject made of these units (nearest the verb first)? The head is the first person or
 * thing; a name or a person is another's, unless close family stands right before a name (我儿子小李); the
 * speaker's money or family is another's when another person or a place owns it (小李的卡, 村里有个老人);
 * a place between the head and the verb makes the head its owner (我们村好几户). `open`: a pronoun or a
 * thing with no owner named — the clauses before decide (她就把验证码给了, 卡里的钱全没了).
 */
function whoseOf(r: SubjectReader, text: string, units: readonly Unit[]): Reading {
  let i = 0;
  while (i < units.length && !(units[i]!.cls & HEADS)) i++;
  if (i === units.length) return 'none';
  const head = units[i]!;
  const rest = units.slice(i + 1);
  // The people of a place (我们村好几户, 我们这边好多): not the speaker, whoever owns the place.
  if (units.slice(0, i).some((u) => u.cls & PLACE)) return 'other';
  if (head.cls & SELF) return 'self';
  // A pronoun names the scammer as often as another victim: the clauses before decide.
  if (head.cls & PRONOUN) return 'open';
  if (head.cls & (NAMED | PERSON) && !(head.cls & FAMILY)) {
    // Apposition: close family right before a name (我儿子小李, 我妈王阿姨) is whose it is; not before a role (我爸同事).
    if (head.cls & NAMED && rest.length > 0 && rest[0]!.cls & FAMILY) return ownerOf(rest.slice(1), 'family');
    // 我们两个人, 我们俩: the speaker counted.
    let j = 0;
    while (j < rest.length && rest[j]!.cls & (COUNT | LINK)) j++;
    if (j > 0 && j < rest.length && rest[j]!.cls & SELF) return 'self';
    // The bare 人 is a person only with a number or a place before it (两个人, 村里人; not 家人 nor 有人).
    if (r.bare.has(text.slice(head.start, head.end)) && !rest.some((u) => u.cls & (COUNT | PLACE))) return 'none';
    return 'other';
  }
  // Counted family (一位老人, 两个孩子) is someone's of a place or a number, not the speaker's, unless the speaker owns it (我家两个孩子).
  if (head.cls & FAMILY && rest.length > 0 && rest[0]!.cls & COUNT) return rest.some((u) => u.cls & (SELF | FAMILY)) ? ownerOf(rest, 'family') : 'other';
  return ownerOf(rest, head.cls & FAMILY ? 'family' : 'own');
}

/** The owner of a family member or a thing: the next person or place further back, read through links and counts. */
function ownerOf(rest: readonly Unit[], whose: 'own' | 'family'): Reading {
  for (const u of rest) {
    if (u.cls & (LINK | COUNT)) continue;
    if (u.cls & SELF) return whose;
    if (u.cls & NAMED || (u.cls & PERSON && !(u.cls & FAMILY))) return 'other';
    // A place owns its people (村里有个老人), not money (银行卡里的钱, 支付宝里的2万块).
    if (u.cls & PLACE && whose === 'family') return 'other';
    // 他爸, 她妈: another's family; 他的账户: the scammer's or another's, the clauses before decide.
    if (u.cls & PRONOUN) return whose === 'family' ? 'other' : 'open';
    // The owner's own family (我妈的卡: the family's), or more of the thing (支付宝里的2万块).
    if (u.cls & FAMILY) whose = 'family';
  }
  // A thing with no owner named (卡里的钱全没了): whose the clauses before say; close family, the speaker's.
  return whose === 'own' ? 'open' : whose;
}

/** A subject read in one clause: `open` when the clause names none (a pronoun, a thing with no owner, no subject). */
type Reading = Whose | 'open';
/** How many clauses back an open subject is looked for. */
const MAX_CLAUSES_BACK = 3;

/**
 * Whose is the subject of the cue at `pos` in the clause starting at `from`? `clauseBefore(from)` gives the
 * start of the clause before it in the same sentence (-1: none); `speakerBetween(a, b)` tells whether the
 * speaker acts (我, not inside 让我) in [a, b). An open subject (a pronoun, a thing with no owner, none at
 * all: "小张上当了，给骗子转了两千", "隔壁老张，前两天被人骗了", "小孙被骗了…，她就把验证码给了") is the subject of
 * the clauses before, at most MAX_CLAUSES_BACK of them, each read at its start.
 */
export function subjectOf(r: SubjectReader, text: string, from: number, pos: number, clauseBefore: (from: number) => number,
  speakerBetween: (a: number, b: number) => boolean): Whose {
  let reading = cueSubject(r, text, from, pos, speakerBetween);
  // An ownerless thing stays the speaker's when no clause before names another owner.
  const fallback: Whose = reading === 'open' && ownerlessThing ? 'own' : 'none';
  for (let n = 0, at = from; reading === 'open' && n < MAX_CLAUSES_BACK; n++) {
    const prev = clauseBefore(at);
    if (prev < 0) break;
    // Its first noun phrase, else the speaker acting in it ("他让我开了屏幕共享，后来卡里少了3万8").
    reading = firstSubject(r, text, prev, at);
    if (reading === 'open' && speakerBetween(prev, at)) reading = 'self';
    at = prev;
  }
  return reading === 'open' ? fallback : reading;
}

/** Set by cueSubject: its open reading is a thing with no owner (the fallback is the speaker's own). */
let ownerlessThing = false;

/** The subject of the cue's own clause, read backward from the cue, else forward from the clause's start. */
function cueSubject(r: SubjectReader, text: string, from: number, pos: number, speakerBetween: (a: number, b: number) => boolean): Reading {
  ownerlessThing = false;
  const end = skipBack(r, text, from, pos, ADVERB);
  const back = readBack(r, text, from, end);
  // A phrase after a preposition is the verb's object or the one paid (往他的账户转了, 给他们转了): not the subject.
  const object = back.units.length > 0 && back.start > from && ((unitBefore(r, text, from, back.start)?.cls ?? 0) & PREP) !== 0;
  if (!object && back.units.length > 0) {
    const whose = whoseOf(r, text, back.units);
    if (whose === 'open') {
      ownerlessThing = isThing(back.units);
      // The clause's own first noun phrase before it may say whose ("小李发现卡里的钱被转走了"; "我发现…": the speaker's).
      if (back.start > from) {
        const first = readForward(r, text, from, back.start);
        if (first.units.length > 0 && !speakerBetween(first.end, back.start)) {
          const w = whoseOf(r, text, first.units);
          if (w !== 'open' && w !== 'none') return w;
        } else if (speakerBetween(from, back.start)) return 'self';
      }
    }
    if (whose !== 'none') return whose;
  }
  // Nothing before the cue but leads: the subject is the clauses' before.
  if (back.units.length === 0 && skipBack(r, text, from, end, LEAD) === from) return 'open';
  // Something else before the cue ("小李说被骗了", "老王按骗子说的转了"): the clause's first noun phrase.
  const { units, end: e } = readForward(r, text, from, pos);
  if (units.length === 0) return speakerBetween(from, pos) ? 'none' : 'open';
  if (speakerBetween(e, pos)) return 'none';
  const whose = whoseOf(r, text, units);
  if (whose === 'open') ownerlessThing = isThing(units);
  return whose;
}

/** Is the head of these units (nearest the verb first) a thing (钱, 卡), not a pronoun? */
function isThing(units: readonly Unit[]): boolean {
  const head = units.find((u) => u.cls & HEADS);
  return head !== undefined && (head.cls & OWN) !== 0 && !(head.cls & PRONOUN);
}

/** A clause's first noun phrase (after leads and adverbs), read forward, as units nearest the verb first. */
function readForward(r: SubjectReader, text: string, from: number, to: number): { units: Unit[]; end: number } {
  let s = from;
  for (let n = 0; s < to && n < MAX_UNITS; n++) {
    const u = unitAfter(r, text, s, to);
    if (u === null || !(u.cls & (LEAD | ADVERB)) || u.cls & HEADS) break;
    s = u.end;
  }
  const units: Unit[] = [];
  let e = s;
  while (e < to && units.length < MAX_UNITS) {
    const u = unitAfter(r, text, e, to);
    if (u === null || !(u.cls & NOUN_PHRASE)) break;
    units.push(u); e = u.end;
  }
  return { units: units.reverse(), end: e };
}

/** The subject of an earlier clause [from, to): its first noun phrase. */
function firstSubject(r: SubjectReader, text: string, from: number, to: number): Reading {
  const { units } = readForward(r, text, from, to);
  return units.length === 0 ? 'open' : whoseOf(r, text, units);
}
