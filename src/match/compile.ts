/**
 * Compile a playbook once: every cue term, guard and turn guard goes into ONE Aho-Corasick
 * automaton, so a turn is scanned a single time whatever the number of tactics.
 */
import { TermAutomaton } from './automaton.ts';
import { compileSubject, type SubjectReader } from './subject.ts';
import { PlaybookSchema, type EntityKind, type Playbook, type PlaybookDef, type Tactic } from '../playbook/schema.ts';
import { compileVariants, normaliseTerm, type VariantFolder } from '../normalise/normalise.ts';

/**
 * Cues refer to TERM SETS by index (`CompiledPlaybook.termSets`): a turn's occurrences are
 * sorted into one bucket per set once, and every cue then reads its buckets directly.
 */
export type CompiledCue =
  | { type: 'any'; set: number }
  | { type: 'all'; groups: number[]; within: number; ordered: boolean; clause: boolean }
  | { type: 'entity'; kind: EntityKind; near: number | null; within: number; notOfficial: boolean; businessLines: boolean }
  /** Class indexes into `CompiledGrammar.classes`. */
  | { type: 'request'; acts: number[]; objects: number[]; context: number[] | null; actor: 'listener' | 'any' };

/** One word class of the request grammar, compiled: its term set and the entity kinds it stands for. */
export interface CompiledClass {
  name: string;
  kind: 'act' | 'object' | 'context';
  set: number;
  entities: readonly EntityKind[];
  /** Its act words before a keyword ("回复1") have the keyword as their object (WordClassSchema.keyword). */
  keyword: boolean;
  /** An act toward a third side: after a third person made to act in its clause, theirs (WordClassSchema.thirdParty). */
  thirdParty: boolean;
}

/** CompiledGrammar.covers bits: the word covers act words inside it, object words inside it. */
export const COVERS_ACT = 1;
export const COVERS_OBJECT = 2;

/** The request grammar compiled: word classes and the marker term sets (null: none listed). */
export interface CompiledGrammar {
  classes: CompiledClass[];
  classByName: Map<string, number>;
  /** Term set → class index, for the sets that are word classes. */
  classOfSet: Map<number, number>;
  /** The same as an array indexed by term set (−1: not a word class), read per occurrence. */
  classOfSetIndex: Int32Array;
  /** Indexes of the act classes and of the object classes, in lexicon order. */
  actClasses: readonly number[];
  objectClasses: readonly number[];
  /** Entity kind → classes standing for it. */
  classesOfEntity: Map<EntityKind, number[]>;
  window: number;
  negationWindow: number;
  /** Count the windows in words (a Han character or an ASCII word each) instead of characters. */
  byWord: boolean;
  negators: number | null;
  contrasts: number | null;
  /** Words joining a second act to a negated one ("或", "or"): the negation carries past them (GrammarSchema.disjunctions). */
  disjunctions: number | null;
  self: number | null;
  /** Causatives ("让我", "叫我"): a self marker starting inside one names who is made to act, not the speaker. */
  caused: number | null;
  /** The listener's imperative 将 (请将): a self marker starting inside one is the thing asked for, not the speaker (GrammarSchema.imperatives). */
  imperatives: number | null;
  /**
   * Term set → act class, for the relayed forms of the act words ("告诉他" for "告诉我": GrammarSchema.
   * relayedRecipients), read only in a clause after a `caused` marker (−1: not a relayed set).
   */
  relayedClassOfSetIndex: Int32Array;
  /** Act class → its relayed forms' term set (−1: none). */
  relayedSetOfClass: Int32Array;
  reporters: number | null;
  verdicts: number | null;
  frames: number | null;
  advisories: number | null;
  generic: number | null;
  relayed: number | null;
  narrated: number | null;
  /** The deceived third person (schema GrammarSchema.victims): narrated, except for a reporting tactic. */
  victims: number | null;
  pastQuestions: number | null;
  ownRequests: number | null;
  takeovers: number | null;
  /** The warning waved away (schema GrammarSchema.dismissals): its word sets and window; null: none. */
  dismissals: { sources: number; words: number; judgements: number | null; but: number | null; within: number; tail: number } | null;
  /** The speaker's self-introduction (schema GrammarSchema.selfIntros): "我是", "这边是". */
  selfIntros: number | null;
  /** What introduces reported words after a reporter (schema GrammarSchema.speechMarks), scanned, not matched. */
  speechMarks: readonly string[];
  pastActs: number | null;
  /**
   * Words of their own with a class word inside, by term set: COVERS_ACT | COVERS_OBJECT for the
   * grammar's `nouns` ("赔付款", "电子密码器": neither act nor object inside), COVERS_ACT for every class
   * whose terms are `names` (the lender "美团借钱": no act inside; "借款app" is still an app). A class
   * word lying inside one of their occurrences (or beginning where it begins) is part of that word,
   * unless it is itself a covering word. One list of spans read by one forward-only pointer
   * (src/match/grammar.ts readRequests); empty when no set covers.
   */
  covers: Uint8Array;
  /** Passive reported speech (schema GrammarSchema.passives): "被要求", "被告知". */
  passives: number | null;
  /** The speaker's own question about a scheme (schema GrammarSchema.inquiries): "听说", "是真的吗". */
  inquiries: number | null;
  /** The third person of a case report or bulletin (schema GrammarSchema.caseSubjects): "女士", "事主". */
  caseSubjects: number | null;
  /** A news story's dateline or attribution at a sentence's start (schema GrammarSchema.newsFrames): "近日", "据介绍". */
  newsFrames: number | null;
  /** The listener made the subject again (schema GrammarSchema.listenerSubjects): "麻烦你", "你把". */
  listenerSubjects: number | null;
}

export interface CompiledTactic {
  def: Tactic;
  cues: CompiledCue[];
  /** The term set that, in the same sentence, suppresses this tactic's cues (null: none). */
  guards: number | null;
  /** `ordinary` and `ordinaryAlso` (schema): each errand's words and the stranger or loss words that give the sentence back (term sets); empty: none. */
  ordinary: readonly { words: number; but: number; butEntities: readonly EntityKind[] }[];
  /** Whether the playbook's verb-bound negations cancel this tactic's cues. */
  negatable: boolean;
  /**
   * A reporting tactic's words (`report`) in an automaton of their own: class 0 addressed, 1 self, 2
   * perfective, 3 reader, 4 others, 5 urgent, 6 settled, 7 caused, 8 identity, 9 past, 10 recent, 11 now (term id = class). Kept out of the playbook's automaton, whose occurrences every turn
   * pays for (了 and 我 are in almost every Chinese sentence): scanned only in a turn where one of the
   * tactic's cue terms occurred. Null: not a reporting tactic.
   */
  report: TermAutomaton | null;
  /** Whose loss by the clause's subject (`report.subject`, src/match/subject.ts). Null: not read. */
  subject: SubjectReader | null;
}

export interface CompiledPlaybook {
  playbook: Playbook;
  variants: VariantFolder;
  /** Every keyword (terms and their variant spellings) in one automaton that reports term ids. */
  automaton: TermAutomaton;
  /** Keyword in the automaton (a normalised term or one of its variant spellings) → term id (index into `terms`). */
  termIds: Map<string, number>;
  terms: string[];
  tactics: CompiledTactic[];
  tacticById: Map<string, CompiledTactic>;
  turnGuards: Set<number>;
  /** Negated request phrases ("不需要您提供"), their contrast words, and the window after them. */
  negation: { negators: number; verbs: number; fillers: ReadonlySet<string>; maxFiller: number; contrasts: number | null; window: number } | null;
  /** Every term set a cue or guard uses; `setsByTerm` lists, per term id, the sets holding it. */
  termSets: number;
  setsByTerm: Map<number, number[]>;
  /** The same as `setsByTerm`, flat: term id t's sets are termSetList[termSetStart[t] … termSetStart[t + 1] − 1]. */
  termSetStart: Int32Array;
  termSetList: Int32Array;
  /** `tacticsBySet` as an array indexed by set (empty: none). */
  tacticsOfSet: readonly (readonly number[])[];
  /** 1 at the term ids of `turnGuards`. */
  isTurnGuard: Uint8Array;
  /** Set index → tactics it can trigger (an `any` set, a first group, a `near` set): only those are checked. */
  tacticsBySet: Map<number, number[]>;
  /** Entity kind → indexes of tactics with a bare entity cue (no `near` term to trigger them). */
  tacticsByEntity: Map<EntityKind, number[]>;
  grammar: CompiledGrammar;
  /**
   * The warning waved away (GrammarSchema.dismissals), read on the turn's occurrences (src/match/match.ts
   * withDismissals): each term's role (DISMISS_* bits), the window, and the term id (in no automaton: it never
   * occurs in text) of the takeover occurrence a found dismissal adds. Null: the playbook has none.
   */
  dismissal: { role: Uint8Array; within: number; tail: number; term: number } | null;
}

/** Roles of a term in a dismissal of the warning (CompiledPlaybook.dismissal). */
export const DISMISS_SOURCE = 1, DISMISS_WORD = 2, DISMISS_BUT = 4, DISMISS_REPORTED = 8, DISMISS_JUDGEMENT = 16;

/** `signalIds`: ids that signal providers (links, numbers, QR, model) emit, so composites may name them. */
export function compilePlaybook(def: PlaybookDef, signalIds: ReadonlySet<string> = new Set()): CompiledPlaybook {
  const playbook = PlaybookSchema.parse(def);
  const variants = compileVariants(playbook.variants, playbook.soundWords);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (raw: string): number => {
    const t = normaliseTerm(raw, variants);
    if (t.length === 0) throw new Error(`playbook ${playbook.lang}: term "${raw}" is empty after normalisation`);
    let id = termIds.get(t);
    if (id === undefined) { id = terms.length; terms.push(t); termIds.set(t, id); }
    return id;
  };

  const setsByTerm = new Map<number, number[]>();
  let termSets = 0;
  const setOf = (raw: readonly string[]): number => {
    const set = termSets++;
    for (const id of new Set(raw.map(idOf))) {
      const list = setsByTerm.get(id);
      if (list) list.push(set); else setsByTerm.set(id, [set]);
    }
    return set;
  };

  let negation: CompiledPlaybook['negation'] = null;
  if (playbook.negation) {
    // Negators and verbs are terms of the automaton; the filler between them is checked on the
    // text, so the automaton does not carry every negator × filler × verb combination.
    const { negators, fillers, verbs, contrasts, window } = playbook.negation;
    const normalisedFillers = new Set(fillers.map((f) => normaliseTerm(f || ' ', variants).trim()));
    negation = {
      negators: setOf(negators), verbs: setOf(verbs), fillers: normalisedFillers,
      maxFiller: Math.max(0, ...[...normalisedFillers].map((f) => f.length)),
      contrasts: contrasts.length > 0 ? setOf(contrasts) : null, window,
    };
  }
  const grammar = compileGrammar(playbook, setOf);
  const classOf = (name: string, where: string, kinds: readonly CompiledClass['kind'][]): number => {
    const i = grammar.classByName.get(name);
    if (i === undefined) throw new Error(`${where}: unknown word class "${name}" (lexicon has: ${[...grammar.classByName.keys()].join(', ')})`);
    if (!kinds.includes(grammar.classes[i]!.kind)) throw new Error(`${where}: "${name}" is a ${grammar.classes[i]!.kind} class, wanted ${kinds.join(' or ')}`);
    return i;
  };
  const seen = new Set<string>();
  const tactics = playbook.tactics.map((def): CompiledTactic => {
    if (seen.has(def.id)) throw new Error(`playbook ${playbook.lang}: duplicate tactic id ${def.id}`);
    seen.add(def.id);
    const guardTerms = [...def.unless];
    for (const name of def.guards) {
      const list = playbook.guards[name];
      if (!list) throw new Error(`tactic ${def.id}: unknown guard list "${name}"`);
      guardTerms.push(...list);
    }
    const cues = def.cues.map((cue): CompiledCue => {
      if ('any' in cue) return { type: 'any', set: setOf(cue.any) };
      if ('all' in cue) return { type: 'all', groups: cue.all.map(setOf), within: cue.within, ordered: cue.ordered, clause: cue.clause };
      if ('request' in cue) {
        const where = `tactic ${def.id}`;
        return {
          type: 'request',
          acts: cue.request.act.map((n) => classOf(n, where, ['act'])),
          objects: cue.request.object.map((n) => classOf(n, where, ['object'])),
          context: cue.context ? cue.context.map((n) => classOf(n, where, ['act', 'object', 'context'])) : null,
          actor: cue.actor,
        };
      }
      return { type: 'entity', kind: cue.entity, near: cue.near ? setOf(cue.near) : null, within: cue.within, notOfficial: cue.notOfficial, businessLines: cue.businessLines };
    });
    let report: TermAutomaton | null = null;
    if (def.report) {
      const words = new Map<string, number>();
      [def.report.addressed, def.report.self, def.report.perfective, def.report.reader, def.report.others, def.report.urgent, def.report.settled,
        def.report.caused, def.report.identity, def.report.past, def.report.recent, def.report.now, def.report.question, def.report.recovery].forEach((list, cls) => {
        for (const raw of list) {
          const t = normaliseTerm(raw, variants);
          const had = words.get(t);
          if (had !== undefined && had !== cls) throw new Error(`tactic ${def.id}: report word "${raw}" is in two classes`);
          if (t.length > 0) words.set(t, cls);
        }
      });
      report = new TermAutomaton(words);
    }
    const subject = def.report?.subject ? compileSubject(def.report.subject, variants) : null;
    const ordinary = [...(def.ordinary ? [def.ordinary] : []), ...def.ordinaryAlso].map((o) => ({ words: setOf(o.words), but: setOf(o.but), butEntities: o.butEntities }));
    return { def, cues, guards: guardTerms.length > 0 ? setOf(guardTerms) : null, ordinary, negatable: def.negatable, report, subject };
  });
  const turnGuards = new Set(playbook.turnGuards.map(idOf));
  // Evasion variants go into the automaton as extra spellings of the same term ('加薇信' is
  // '加微信'), so text is scanned once and evidence shows the variant as the scammer wrote it.
  const keywordIds = new Map(termIds);
  for (const [id, term] of terms.entries()) {
    for (const spelling of variantSpellings(term, variants.map)) if (!keywordIds.has(spelling)) keywordIds.set(spelling, id);
  }
  for (const c of playbook.composites) {
    for (const sel of [...c.all, ...(c.any ?? [])]) {
      if (sel.startsWith('stage:') || sel.endsWith('.*')) continue;
      if (!seen.has(sel) && !signalIds.has(sel)) throw new Error(`composite ${c.id}: unknown tactic ${sel}`);
    }
  }
  const tacticsBySet = new Map<number, number[]>();
  const tacticsByEntity = new Map<EntityKind, number[]>();
  const index = <K>(map: Map<K, number[]>, key: K, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]); else if (list[list.length - 1] !== i) list.push(i);
  };
  tactics.forEach((t, i) => {
    for (const cue of t.cues) {
      if (cue.type === 'any') index(tacticsBySet, cue.set, i);
      // An `all` cue needs every group, so its first group is enough to trigger the check.
      else if (cue.type === 'all') index(tacticsBySet, cue.groups[0]!, i);
      else if (cue.type === 'request') {
        // Any object of the request triggers the check (the act alone cannot make one).
        for (const c of cue.objects) {
          const cls = grammar.classes[c]!;
          index(tacticsBySet, cls.set, i);
          for (const kind of cls.entities) index(tacticsByEntity, kind, i);
        }
      } else if (cue.near !== null) index(tacticsBySet, cue.near, i);
      else index(tacticsByEntity, cue.kind, i);
    }
  });
  const EMPTY: readonly number[] = [];
  let dismissal: CompiledPlaybook['dismissal'] = null;
  const dm = grammar.dismissals;
  if (dm !== null) {
    grammar.takeovers ??= setOf([]);
    // The takeover a found dismissal adds: a term of the takeovers set that no text spells (not in termIds, so not in the automaton).
    const term = terms.length;
    terms.push('\u0000dismissal');
    setsByTerm.set(term, [grammar.takeovers]);
    const role = new Uint8Array(terms.length);
    for (const [id, sets] of setsByTerm) {
      for (const set of sets) {
        if (set === dm.sources) role[id]! |= DISMISS_SOURCE;
        else if (set === dm.words) role[id]! |= DISMISS_WORD;
        else if (set === dm.judgements) role[id]! |= DISMISS_JUDGEMENT;
        else if (set === dm.but) role[id]! |= DISMISS_BUT;
        else if (set === grammar.reporters || set === grammar.relayed) role[id]! |= DISMISS_REPORTED;
      }
    }
    dismissal = { role, within: dm.within, tail: dm.tail, term };
  }
  const isTurnGuard = new Uint8Array(terms.length);
  for (const id of turnGuards) isTurnGuard[id] = 1;
  return {
    playbook, variants, automaton: new TermAutomaton(keywordIds), termIds: keywordIds, terms, tactics,
    tacticById: new Map(tactics.map((t) => [t.def.id, t])), turnGuards, negation, termSets, setsByTerm, tacticsBySet, tacticsByEntity,
    ...flatSets(terms.length, setsByTerm),
    tacticsOfSet: Array.from({ length: termSets }, (_, set) => tacticsBySet.get(set) ?? EMPTY),
    isTurnGuard, grammar, dismissal,
  };
}

function flatSets(terms: number, setsByTerm: ReadonlyMap<number, readonly number[]>): { termSetStart: Int32Array; termSetList: Int32Array } {
  const termSetStart = new Int32Array(terms + 1);
  let n = 0;
  for (let t = 0; t < terms; t++) { termSetStart[t] = n; n += setsByTerm.get(t)?.length ?? 0; }
  termSetStart[terms] = n;
  const termSetList = new Int32Array(n);
  for (let t = 0; t < terms; t++) termSetList.set(setsByTerm.get(t) ?? [], termSetStart[t]!);
  return { termSetStart, termSetList };
}

function compileGrammar(playbook: Playbook, setOf: (raw: readonly string[]) => number): CompiledGrammar {
  const classes: CompiledClass[] = [];
  const classByName = new Map<string, number>();
  const classOfSet = new Map<number, number>();
  const classesOfEntity = new Map<EntityKind, number[]>();
  const coverSets: [number, number][] = [];
  for (const [name, def] of Object.entries(playbook.lexicon)) {
    const set = setOf(def.terms);
    const i = classes.length;
    classes.push({ name, kind: def.kind, set, entities: def.entities, keyword: def.keyword, thirdParty: def.thirdParty });
    if (def.names) coverSets.push([set, COVERS_ACT]);
    classByName.set(name, i);
    classOfSet.set(set, i);
    for (const kind of def.entities) {
      const list = classesOfEntity.get(kind);
      if (list) list.push(i); else classesOfEntity.set(kind, [i]);
    }
  }
  const g = playbook.grammar;
  // Each act class's words toward the speaker ("告诉我", "转给我们") with the receiver swapped ("告诉他", "转给对方"):
  // the relayed forms, a set of their own per class.
  const relayedClassOfSet = new Map<number, number>();
  if (g.relayedRecipients.length > 0) {
    classes.forEach((c, i) => {
      if (c.kind !== 'act') return;
      const stems = new Set<string>();
      for (const t of playbook.lexicon[c.name]!.terms) {
        if (t.length > 2 && t.endsWith('我们')) stems.add(t.slice(0, -2));
        else if (t.length > 1 && t.endsWith('我')) stems.add(t.slice(0, -1));
      }
      const forms = [...stems].flatMap((stem) => g.relayedRecipients.map((r) => stem + r));
      if (forms.length > 0) relayedClassOfSet.set(setOf(forms), i);
    });
  }
  const opt = (terms: readonly string[]): number | null => (terms.length > 0 ? setOf(terms) : null);
  const markers = {
    negators: opt(g.negators), contrasts: opt(g.contrasts), disjunctions: opt(g.disjunctions), self: opt(g.self), caused: opt(g.caused), imperatives: opt(g.imperatives), reporters: opt(g.reporters),
    verdicts: opt(g.verdicts), frames: opt(g.frames), advisories: opt(g.advisories), generic: opt(g.generic),
    relayed: opt(g.relayed), narrated: opt(g.narrated), victims: opt(g.victims), pastQuestions: opt(g.pastQuestions), ownRequests: opt(g.ownRequests),
    takeovers: opt(g.takeovers), selfIntros: opt(g.selfIntros), pastActs: opt(g.pastActs), passives: opt(g.passives),
    inquiries: opt(g.inquiries), caseSubjects: opt(g.caseSubjects), newsFrames: opt(g.newsFrames), listenerSubjects: opt(g.listenerSubjects),
    dismissals: g.dismissals ? {
      sources: setOf(g.dismissals.sources), words: setOf(g.dismissals.words), judgements: opt(g.dismissals.judgements), but: opt(g.dismissals.but),
      within: g.dismissals.within, tail: g.dismissals.tail,
    } : null,
  };
  const nouns = opt(g.nouns);
  if (nouns !== null) coverSets.push([nouns, COVERS_ACT | COVERS_OBJECT]);
  const covers = new Uint8Array(coverSets.length === 0 ? 0 : Math.max(...coverSets.map(([set]) => set)) + 1);
  for (const [set, kinds] of coverSets) covers[set]! |= kinds;
  // Sets made after the classes (the markers above, tactics' cues) are not word classes: −1.
  const classOfSetIndex = new Int32Array(Math.max(0, ...classOfSet.keys()) + 1).fill(-1);
  for (const [set, i] of classOfSet) classOfSetIndex[set] = i;
  const relayedClassOfSetIndex = new Int32Array(Math.max(-1, ...relayedClassOfSet.keys()) + 1).fill(-1);
  const relayedSetOfClass = new Int32Array(classes.length).fill(-1);
  for (const [set, i] of relayedClassOfSet) { relayedClassOfSetIndex[set] = i; relayedSetOfClass[i] = set; }
  return {
    classes, classByName, classOfSet, classOfSetIndex, relayedClassOfSetIndex, relayedSetOfClass, classesOfEntity, window: g.window, negationWindow: g.negationWindow, byWord: g.windowUnit === 'word',
    actClasses: classes.flatMap((c, i) => (c.kind === 'act' ? [i] : [])),
    objectClasses: classes.flatMap((c, i) => (c.kind === 'object' ? [i] : [])),
    ...markers, speechMarks: g.speechMarks, covers,
  };
}

/**
 * The variants (variant → canonical) indexed by canonical word: each canonical's entries (their
 * positions in the map's order) and the canonical lengths, so a term finds the canonicals it holds
 * by looking up its own substrings, not by testing every one of the playbook's variants (593 in zh,
 * 7,917 terms: the half of `fanzha check`'s start-up that compiling the zh playbook cost).
 */
interface VariantIndex { entries: readonly (readonly [string, string])[]; byCanonical: ReadonlyMap<string, readonly number[]>; lengths: readonly number[] }
const variantIndexes = new WeakMap<ReadonlyMap<string, string>, VariantIndex>();
function variantIndex(variants: ReadonlyMap<string, string>): VariantIndex {
  let index = variantIndexes.get(variants);
  if (index) return index;
  const entries = [...variants];
  const byCanonical = new Map<string, number[]>();
  entries.forEach(([, canonical], i) => {
    const list = byCanonical.get(canonical);
    if (list) list.push(i); else byCanonical.set(canonical, [i]);
  });
  const lengths = [...new Set([...byCanonical.keys()].map((c) => c.length))].filter((l) => l > 0).sort((a, b) => a - b);
  index = { entries, byCanonical, lengths };
  variantIndexes.set(variants, index);
  return index;
}

/** The positions (in the variants' order) of the entries whose canonical word occurs in `t`. */
function entriesIn(t: string, index: VariantIndex): number[] {
  // Few variants (en: 40) against a long term: testing each is cheaper than the term's substrings.
  if (index.entries.length <= t.length * index.lengths.length) {
    const all: number[] = [];
    index.entries.forEach(([, canonical], e) => { if (t.includes(canonical)) all.push(e); });
    return all;
  }
  const found = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    for (const len of index.lengths) {
      if (i + len > t.length) break;
      const list = index.byCanonical.get(t.slice(i, i + len));
      if (list) for (const e of list) found.add(e);
    }
  }
  // An empty canonical occurs in every term, as `includes('')` says.
  const empty = index.byCanonical.get('');
  if (empty) for (const e of empty) found.add(e);
  return [...found].sort((a, b) => a - b);
}

/** A term spelled with the playbook's variants: each canonical word it contains, swapped for each variant (up to two swaps). */
export function variantSpellings(term: string, variants: ReadonlyMap<string, string>, depth = 2): string[] {
  const index = variantIndex(variants);
  const out = new Set<string>();
  let frontier = [term];
  for (let d = 0; d < depth && out.size < 64; d++) {
    const next: string[] = [];
    for (const t of frontier) {
      for (const e of entriesIn(t, index)) {
        const [variant, canonical] = index.entries[e]!;
        const spelled = t.split(canonical).join(variant);
        if (spelled !== term && !out.has(spelled)) { out.add(spelled); next.push(spelled); }
      }
    }
    frontier = next;
  }
  return [...out].slice(0, 64);
}
