/**
 * Warnings, explainers and news quote the scammer's script. Whether a cue's words are said TO the
 * reader or quoted as an EXAMPLE is decided here, once per turn, from the term occurrences of the
 * automaton pass and one linear pass over the text (sentence map, quotation marks):
 *  - a REPORTER earlier in the same sentence ("骗子常说", "对方会以…为由", "受害人", "scammers may") makes
 *    what follows a description of the scam;
 *  - a VERDICT later in the same sentence ("凡是…要求你共享屏幕的，百分之百是诈骗", "… is a scam")
 *    makes what precedes it the subject of a warning;
 *  - inside quotation marks (“…”, 「…」, "…") in a turn that carries a warning FRAME word or an ADVISORY
 *    outside the quotes (骗子, 诈骗, 警方, 反诈, 被骗, 报警, scam, police; "请立即挂断", "不会以…为由"), the
 *    quoted words are the example (a frame word inside them is the quoted speaker's: "“我是公安局的，
 *    你涉嫌洗黑钱…”" is still read);
 *  - an ADVISORY earlier in the same CLAUSE governs what follows it there ("京东不会通过电话要求您转账
 *    或提供验证码", "如果有人说要把钱转到安全账户，请立即报警" reads the generic subject below) —
 *    unless a contrast word comes between ("不会要求您转账，但需要…" is a new clause anyway);
 *  - a GENERIC or conditional subject ("凡是", "如果有人", "if someone", "anyone who") before the cue,
 *    in a sentence that follows (or is) an ADVISORY ("will never ask", "绝不会"), is the advisory's
 *    example — unless a contrast word ("但是", "but") comes first.
 *  - RELAYED speech of a third party ("有人打电话说…让我…", "对方叫我", "买家非让我") earlier in the sentence, in a turn
 *    with a warning FRAME word ("妈，那是骗子！", "我没理他", "差点就转了"), is the report being warned about — up to a
 *    你/您 after words that asked the teller ("人家要我赔钱…你能不能先借我": the reader asked anew), and not an ask told as
 *    done there ("让我给供应商转了十五万": a loss) nor a report of a loss (the reporting tactic judges whose);
 *  - a NARRATED third person earlier in the sentence ("妈刚才接了个电话…让她下载软件", "叫他共享屏幕"),
 *    in a turn with a FRAME word (a refusal counts: "幸好她直接挂了"), is a retelling, even asked as a
 *    question — not after 你/您/我 ("你让他把验证码发我" asks the reader to pass it on), and not with an
 *    OWN-REQUEST word after it ("…叫他把钱转给我");
 *  - a QUESTION ABOUT THE PAST ("您有没有给他提供验证码？", "对方是不是说要给您退款？") in a turn with a
 *    FRAME word, or naming a narrated third person, asks what happened (an officer's 劝阻 call, a friend
 *    checking), unless an OWN-REQUEST word makes the speaker the asker ("您有没有按我说的打开共享");
 *  - an act told as DONE ("输入过", "下载了一个") in a framed turn, where a cue starts, is what happened; in a
 *    question about the past it is enough without a frame word ("您有没有输入过银行卡密码？");
 *  - PASSIVE reported speech ("一名老人…被要求把借呗里的钱转到安全账户", "她被告知需要缴纳保证金") earlier in
 *    the sentence is a news story's or a case's account of what a third person was told, not said to
 *    the reader — unless 你/您/我 comes before the marker in its clause ("您被要求配合调查", "我被要求支付"),
 *    and only up to a 你/您 or an OWN-REQUEST word after it ("…，请您把钱转到…");
 *  - a TAKEOVER after a reporter ("骗子常说…，我们不一样，…把验证码发给我") ends the description: what
 *    follows is the speaker's own request again; so does the speaker's SELF-INTRODUCTION in a later
 *    clause ("骗子才会让你等，我是京东客服，请把验证码发我", "只有骗子才让您转账，这边是官方客服…"), unless a
 *    speech mark (说, 称, a colon) after the reporter made the 我 the scammer's own words ("骗子常说，我是
 *    淘宝客服…", "诈骗分子往往这样开场：您好，我是京东客服…");
 *  - a RETELLING across turns: a frame word in an earlier turn of the same speaker, who has gone on telling
 *    since ("我同事上个月被骗了" / "咋回事" / "有人打电话说…让她把借呗里的钱借出来"), makes the turn `narrative`:
 *    its narrated third person, acts told as done and case subjects read as in a framed turn (src/pipeline/
 *    state.ts `retelling`); quotes, relayed words to 我 and questions to the reader still need a frame word
 *    in the turn itself ("…刚才客服让我转到他给的账户，我该不该转" warns);
 * A frame word alone cancels nothing outside quotes: "不要相信骗子，我是真的客服，把验证码给我" is still
 * a request. Tactics with `framing: false` (the user's own report of a loss) are not affected.
 */
import type { CompiledGrammar } from './compile.ts';
import { segment, type Occurrence } from './grammar.ts';

export interface Framing {
  sentence: Int32Array;
  quoted: Uint8Array | null;
  /**
   * 1 inside quotes of a turn whose only frame words outside them are asked about ("我妈收到这条短信：“…请提供银行卡号和验证码”，
   * 这是诈骗吗？"): the quoted message is the one received, read as said to the asker — the retelling around it (我妈收到, 他说)
   * does not make it an example (told17 kind 1). Null otherwise.
   */
  received: Uint8Array | null;
  firstReporter: Map<number, number>;
  lastVerdict: Map<number, number>;
  firstGeneric: Map<number, number>;
  /**
   * Sentence → first advisory after its generic subject: the condition's answer ("如收到扣款提醒，请立即停止操作，…"). What
   * follows it in a later clause is the speaker's own instruction, no longer the condition's example (guard17 kind B).
   */
  answerAfterGeneric: Map<number, number>;
  /** Sentence → first relayed-speech marker, kept only in a turn with a frame word. */
  firstRelayed: Map<number, number>;
  /** Sentence → first of the speaker's own words after the relayed marker ("我已经", "我刚才"): the report resumes. */
  selfAfterRelayed: Map<number, number>;
  /**
   * Sentence → first 你/您 after a relayed marker that made the teller the one asked ("人家要我赔钱…你能不能先借我一万块"):
   * the reader is asked anew from there (guard16 kind R1).
   */
  readerAfterRelayed: Map<number, number>;
  /** 1 at each 了 of the turn, only in a turn with relayed words: an ask told as done ("让我给供应商转了十五万") is a loss. */
  perfective: Uint8Array | null;
  /** Sentence → end of its first relayed marker when that marker ends in 我 ("买家让我"): the teller was the one asked. */
  relayedToMe: Map<number, number>;
  firstContrast: Map<number, number>;
  advisory: Set<number>;
  /** Clause index of every position (the grammar's map of the same text). */
  clause: Int32Array;
  /** Clause → first advisory in it ("不会通过电话要求您…"). */
  clauseAdvisory: Map<number, number>;
  /** Clause → first contrast word after that clause's advisory. */
  clauseContrast: Map<number, number>;
  /** A frame word outside quotes in the turn (a warning's or a retelling's voice). */
  framed: boolean;
  /**
   * The turn is read as part of a story: `framed`, or a retelling the same speaker opened in an earlier
   * turn and is still telling (src/pipeline/state.ts `retelling`). Only a third person's story reads
   * through it (narrated, acts told as done, a case's subject); quotes, relayed words to 我 and
   * questions to the reader need a frame word in the turn itself.
   */
  narrative: boolean;
  /** Sentence → first narrated third person ("让她", "我妈接到"), not after 你/您. */
  firstNarrated: Map<number, number>;
  /** Sentence → first deceived third person ("舅妈被", GrammarSchema.victims), not after 你/您: narrated except for a reporting tactic. */
  firstVictim: Map<number, number>;
  /** Sentences that ask about what already happened ("有没有", "是不是接到", "…了吗") and end in a question mark. */
  pastQuestion: Set<number>;
  /** Sentence → first own-request word ("给我", "我说的", "请您"). */
  firstOwn: Map<number, number>;
  /** 1 over every act told as done ("输入过", "下载了一个"), and the sentences holding one. */
  pastActAt: Uint8Array | null;
  pastActSentence: Set<number>;
  /** Sentence → first takeover after the sentence's first reporter ("我们不一样"). */
  takeoverAfterReporter: Map<number, number>;
  /** Sentence → first takeover after the sentence's first relayed words ("网上说的那些都是骗子，我们是正规平台，…"). */
  takeoverAfterRelayed: Map<number, number>;
  /** Sentence → first passive reported-speech marker with a third-person subject ("老人被要求"). */
  firstPassive: Map<number, number>;
  /** Sentence → first 你/您 or own-request word after that sentence's passive marker: the reader is asked again. */
  readerAfterPassive: Map<number, number>;
  /** Sentences that are the speaker's own question about a scheme (grammar `inquiries`, a question mark, no 我/你/您). */
  inquiry: Set<number>;
  /**
   * First position of a case's third person (grammar `caseSubjects`, not a salutation) in a framed turn
   * (text.length: none), and the sentences that speak to or of nobody present (no 你/您, no 我 but 我市):
   * a cue after the first in such a sentence is the case retold.
   */
  caseFrom: number;
  impersonal: Uint8Array | null;
}

const OPEN_QUOTES = new Set([...'“「『‘'].map((c) => c.charCodeAt(0)));
const CLOSE_QUOTES = new Set([...'”」』’'].map((c) => c.charCodeAt(0)));

/** An ASCII letter or digit (an apostrophe between two is no quote mark: "don't"). */
function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * 1 where a position is inside quotation marks (“…”, 「…」, 『…』, ‘…’, "…", '…'); a line break closes every quote.
 * An ASCII ' opens a quote only after a character that is no ASCII letter or digit and before one that is no space,
 * and closes it only before one that is no ASCII letter or digit: an apostrophe ("don't", "scammers' calls") is none.
 * (guard15 kind L3: a warning quoting the scammer's line in single quotes, "骗子的开场白：‘请把验证码告诉我’。", read
 * the quoted request as the ask.)
 */
export function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  let depth = 0;
  let ascii = false;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) { depth = 0; ascii = false; single = false; }
    else if (OPEN_QUOTES.has(c)) depth++;
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === 0x22) ascii = !ascii;
    else if (c === 0x27) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      if (single) { if (!isAsciiWord(after)) single = false; }
      else if (!isAsciiWord(before) && after !== 0x20 && after !== 0x0a) single = true;
    }
    mask[i] = depth > 0 || ascii || single ? 1 : 0;
  }
  // A short quote with no clause mark inside, right after an act on a screen ("点‘共享屏幕’", "打开“腾讯会议”"), is a
  // button's label or an app's name, not words quoted: the ask around it is the speaker's. Not a scare quote
  // ("转到“安全账户”", "不存在“安全账户”": a warning's). One pass over the runs of the mask.
  for (let i = 0; i < text.length;) {
    if (mask[i] !== 1) { i++; continue; }
    let j = i;
    let clauseMark = false;
    while (j < text.length && mask[j] === 1) { if (CLAUSE_MARK[text.charCodeAt(j)] === 1) clauseMark = true; j++; }
    if (!clauseMark && j - i - 1 <= LABEL_MAX && LABEL_ACTS.some((a) => text.startsWith(a, i - a.length))) mask.fill(0, i, j);
    i = j;
  }
  return mask;
}
/** The longest quoted name or label (characters inside the marks) read as a label, not as quoted words. */
const LABEL_MAX = 4;
/** Acts on a screen right before a label's quote ("点“确认”", "您在‘腾讯会议’里"). */
const LABEL_ACTS = [
  '点', '点击', '点开', '按', '选', '选择', '勾选', '打开', '进入', '搜索', '搜', '下载', '安装', '登录', '登陆', '开启', '找到', '切换到',
  '您在', '你在', '先在', '再在', '就在', '然后在',
];
const CLAUSE_MARK = new Uint8Array(0x10000);
for (const c of '，,；;。！？!?：:、') CLAUSE_MARK[c.charCodeAt(0)] = 1;

/** Term id → the sets holding it (undefined: none), as a dense array: read for every occurrence of every framed turn. */
type SetsOf = readonly (readonly number[] | undefined)[];
const NO_SETS: readonly number[] = [];
const denseByMap = new WeakMap<ReadonlyMap<number, readonly number[]>, SetsOf>();
/**
 * `setsByTerm` (term id → sets) as an array indexed by term id, built once per map (a compiled playbook's
 * never changes): an array read per occurrence instead of a Map lookup and an empty array for a term in no set.
 */
function denseSets(setsByTerm: ReadonlyMap<number, readonly number[]>): SetsOf {
  let dense = denseByMap.get(setsByTerm);
  if (dense === undefined) {
    // Term ids are array indexes (0 … terms − 1); a term in no set reads undefined, as the map's get does.
    let last = -1;
    for (const term of setsByTerm.keys()) if (term > last) last = term;
    denseByMap.set(setsByTerm, dense = Array.from({ length: last + 1 }, (_, t) => setsByTerm.get(t)));
  }
  return dense;
}

/** Per term, which of the first pass's sets hold it (ROLE_*), built once per grammar: most terms hold none and skip the pass. */
const ROLE_INTRO = 1, ROLE_FRAMING = 2, ROLE_READ = 4;
const rolesByGrammar = new WeakMap<CompiledGrammar, Uint8Array>();
function rolesOf(g: CompiledGrammar, setsOf: SetsOf): Uint8Array {
  let roles = rolesByGrammar.get(g);
  if (roles === undefined) {
    roles = new Uint8Array(setsOf.length);
    // The sets the first pass over the occurrences tests (ROLE_FRAMING), and the second (ROLE_READ).
    const framing = [g.reporters, g.verdicts, g.generic, g.narrated, g.victims, g.pastActs, g.passives, g.inquiries, g.caseSubjects, g.newsFrames, g.frames, g.advisories];
    const read = [g.reporters, g.verdicts, g.generic, g.relayed, g.self, g.contrasts, g.advisories, g.narrated, g.victims, g.pastQuestions, g.ownRequests, g.pastActs, g.passives, g.inquiries, g.caseSubjects, g.takeovers, g.selfIntros];
    for (let t = 0; t < setsOf.length; t++) {
      for (const set of setsOf[t] ?? NO_SETS) {
        if (set === g.selfIntros) roles[t]! |= ROLE_INTRO;
        if (framing.includes(set)) roles[t]! |= ROLE_FRAMING;
        if (read.includes(set)) roles[t]! |= ROLE_READ;
      }
    }
    rolesByGrammar.set(g, roles);
  }
  return roles;
}

/**
 * The turn's framing, or null when it has no reporter, verdict, generic subject or framed quote
 * (most turns: then nothing is computed). `occ` sorted by start.
 */
export function readFraming(
  g: CompiledGrammar, text: string, occ: readonly Occurrence[], setsByTerm: ReadonlyMap<number, readonly number[]>, carried = false,
): Framing | null {
  const setsOf = denseSets(setsByTerm);
  let any = false;
  let framed = false;
  // A news story's dateline or attribution opening a sentence ("近日，", "据介绍，"): told as a story (narrative), not framed.
  let news = false;
  const hasQuotes = text.includes('“') || text.includes('"') || text.includes('「') || text.includes('『') || text.includes('‘') || text.includes("'");
  let mask: Uint8Array | null = null;
  // A frame word outside the quotes that is no question's (quoteFramed): only such a word makes the quotes a warning's example.
  let quoteFramed = false;
  // Where the last self-introduction ended ("我是"): a reporter or frame word right after it ("我是受害人")
  // is the speaker naming themselves — the citizen's own loss told — not a report about someone else.
  let introEnd = -1;
  const roles = rolesOf(g, setsOf);
  for (const o of occ) {
    // A term in none of the sets below changes nothing here but the self-introduction's end.
    const role = roles[o[0]]!;
    if ((role & ROLE_INTRO) !== 0) introEnd = Math.max(introEnd, o[2]);
    if ((role & ROLE_FRAMING) === 0) continue;
    if (introEnd === o[1] && isSelfNamed(g, o, setsOf)) continue;
    for (const set of setsOf[o[0]] ?? NO_SETS) {
      if (set === g.reporters || set === g.verdicts || set === g.generic || set === g.narrated || set === g.victims || set === g.pastActs || set === g.passives || set === g.inquiries || set === g.caseSubjects) any = true;
      else if (set === g.newsFrames && !news && opensSentence(text, o[1])) { news = true; any = true; }
      else if ((set === g.frames || set === g.advisories) && !(framed && quoteFramed)) {
        any ||= set === g.advisories;
        // A frame word inside the quotation is the quoted speaker's own ("“我是公安局的，您涉嫌洗钱…”",
        // a whole message in quotes): only a frame word OUTSIDE the quotes makes them a warning's example.
        if (hasQuotes) mask ??= quoteMask(text);
        // "对方说他是公安局的…", "自称公安": the caller's claimed office, told; no warning's voice (told17 kind 3).
        if (set === g.frames && claimedOffice(text, o[1])) continue;
        // "她已经借出来了，还没转": not yet done, no refusal (a refusal frame 没转/没借/没付 right after 还 or 暂时; told17 kind 3).
        if (set === g.frames && text.charCodeAt(o[1]) === NOT_YET_MEI && o[1] > 0 && NOT_YET_BEFORE.has(text.charCodeAt(o[1] - 1))) continue;
        if (mask === null || mask[o[1]] === 0) {
          framed = true;
          // A frame word the asker asks about ("…，这是诈骗吗？", "帮我看看这个是不是骗子：“…”", "Is this a scam? \"…\"") warns of
          // nothing: the quoted words are a message the asker received (told17 kind 1).
          if (!(mask !== null && set === g.frames && askedAbout(text, o[1], o[2]))) quoteFramed = true;
        }
      }
    }
  }
  const quoted = quoteFramed && hasQuotes ? (mask ?? quoteMask(text)) : null;
  // Quotes in a turn whose only frame words outside them are asked about: the message received, read as said to the asker.
  const received = framed && !quoteFramed && hasQuotes ? mask : null;
  if (!any && !quoted && !framed) return null;
  // "他让我转到安全账户，这是不是诈骗？" asks while it may still be going on: the request stays read.
  const asks = text.includes('?') || text.includes('？') || text.includes('是不是') || text.includes('吗');
  const { sentence, clause } = segment(text);
  const f: Framing = {
    sentence, quoted, received, firstReporter: new Map(), lastVerdict: new Map(), firstGeneric: new Map(), answerAfterGeneric: new Map(), firstRelayed: new Map(), selfAfterRelayed: new Map(), readerAfterRelayed: new Map(), perfective: null, relayedToMe: new Map(),
    firstContrast: new Map(), advisory: new Set(), clause, clauseAdvisory: new Map(), clauseContrast: new Map(),
    framed, narrative: framed || carried || news, firstNarrated: new Map(), firstVictim: new Map(), pastQuestion: new Set(), firstOwn: new Map(), takeoverAfterReporter: new Map(), takeoverAfterRelayed: new Map(), pastActAt: null, pastActSentence: new Set(),
    firstPassive: new Map(), readerAfterPassive: new Map(), inquiry: new Set(), caseFrom: text.length, impersonal: null,
  };
  let askingSentences: Set<number> | null = null;
  /** Sentences already judged for an inquiry (scanned once each). */
  let inquired: Set<number> | null = null;
  /** Where the turn first says 你/您 (text.length: never), found on first need. */
  let firstReader: number | null = null;
  let pronouns: PronounMap | null = null;
  /** Sentence → first speech mark at or after its first reporter (text.length: none), scanned once per sentence. */
  let speech: Map<number, number> | null = null;
  introEnd = -1;
  for (const o of occ) {
    const role = roles[o[0]]!;
    if ((role & ROLE_INTRO) !== 0) introEnd = Math.max(introEnd, o[2]);
    if ((role & ROLE_READ) === 0) continue;
    const s = sentence[o[1]]!;
    if (introEnd === o[1] && isSelfNamed(g, o, setsOf)) continue;
    for (const set of setsOf[o[0]] ?? NO_SETS) {
      if (set === g.reporters) firstAt(f.firstReporter, s, o[1]);
      // "…，这个会不会是骗局？": a verdict asked about judges nothing (told17 kind 1).
      else if (set === g.verdicts) { if (!askedAbout(text, o[1], o[2])) f.lastVerdict.set(s, o[1]); }
      else if (set === g.generic) firstAt(f.firstGeneric, s, o[1]);
      else if (set === g.relayed && framed && !asks) {
        if (!f.firstRelayed.has(s) && text.charCodeAt(o[2] - 1) === ME) f.relayedToMe.set(s, o[2]);
        firstAt(f.firstRelayed, s, o[1]);
      }
      // "…我没下载" refuses: only the speaker's act done ("我已经转过去") resumes the report of a loss.
      // "…让我把房租转到新卡" is still the relayed ask: a 我 right after a causative (让, 叫, 要, 逼, 令) is the one made to act
      // (guard16 kind R1), as the request grammar reads it (grammar.ts `caused`).
      else if (set === g.self && f.firstRelayed.has(s) && !text.startsWith('我没', o[1]) && !CAUSATIVE_BEFORE.has(text.charCodeAt(o[1] - 1))) {
        firstAt(f.selfAfterRelayed, s, o[1]);
      }
      else if (set === g.contrasts) {
        firstAt(f.firstContrast, s, o[1]);
        if (f.clauseAdvisory.has(clause[o[1]]!)) firstAt(f.clauseContrast, clause[o[1]]!, o[1]);
      } else if (set === g.advisories) {
        f.advisory.add(s);
        firstAt(f.clauseAdvisory, clause[o[1]]!, o[1]);
        const generic = f.firstGeneric.get(s);
        if (generic !== undefined && generic < o[1]) firstAt(f.answerAfterGeneric, s, o[1]);
      } else if (set === g.narrated) {
        if (!addressedToReader(text, o[1], clause)) firstAt(f.firstNarrated, s, o[1]);
      } else if (set === g.victims) {
        if (!addressedToReader(text, o[1], clause)) firstAt(f.firstVictim, s, o[1]);
      } else if (set === g.pastQuestions) {
        // Only a sentence that ends in a question mark (or a transcript's unpunctuated last one) asks:
        // "…是否已经泄露了出去，如果你想解决…就需要…！" tells.
        if (askingSentences === null) askingSentences = questionSentences(text, sentence);
        if (askingSentences.has(s)) f.pastQuestion.add(s);
      } else if (set === g.ownRequests) {
        firstAt(f.firstOwn, s, o[1]);
        // "近期有不法分子冒充我司客服，请您认准官方，把收到的验证码发给我们": the speaker's own ask (请您, 给我们, 发我) in a later
        // clause than a reporter with no speech mark between takes the floor back, as a self-introduction does (guard17 kind D).
        const r = f.firstReporter.get(s);
        if (r !== undefined && r < o[1] && clause[r] !== clause[o[1]]) {
          speech ??= new Map();
          let mark = speech.get(s);
          if (mark === undefined) { mark = firstSpeechMark(g.speechMarks, text, sentence, r); speech.set(s, mark); }
          if (mark >= o[1]) firstAt(f.takeoverAfterReporter, s, o[1]);
        }
      }
      else if (set === g.pastActs) {
        // The act and its object just after it in the clause ("装了一个叫云会议的软件"): at most PAST_ACT_REACH more.
        f.pastActAt ??= new Uint8Array(text.length + 1);
        let to = o[2];
        while (to < o[2] + PAST_ACT_REACH && to < text.length && clause[to] === clause[o[1]]) to++;
        f.pastActAt.fill(1, o[1], to);
        f.pastActSentence.add(s);
      }
      else if (set === g.passives) {
        pronouns ??= pronounMap(text, clause);
        // "您被要求配合调查" / "我被要求支付": the reader's or the speaker's own situation, not a report.
        if (pronouns.clauseSubject[o[1]] === 0) firstAt(f.firstPassive, s, o[1]);
      }
      else if (set === g.inquiries) {
        // Each sentence is scanned once, at its first inquiry word: linear in the text.
        inquired ??= new Set();
        if (!inquired.has(s)) {
          inquired.add(s);
          if (askedOutright(text, sentence, s, o[1])) f.inquiry.add(s);
        }
      }
      else if (set === g.caseSubjects) {
        // "王先生您好" greets the reader: a case subject followed by 你/您 within a few characters is a
        // salutation; after the reader was addressed ("您好，是王先生吗？") it is the reader.
        if (f.narrative && o[1] < f.caseFrom && !readerNear(text, o[2])) {
          firstReader ??= readerPosition(text);
          if (o[1] < firstReader) f.caseFrom = o[1];
        }
      }
      else if (set === g.takeovers) {
        const r = f.firstReporter.get(s);
        if (r !== undefined && r < o[1]) firstAt(f.takeoverAfterReporter, s, o[1]);
        const rl = f.firstRelayed.get(s);
        if (rl !== undefined && rl < o[1]) firstAt(f.takeoverAfterRelayed, s, o[1]);
      }
      else if (set === g.selfIntros) {
        // "骗子才会让你等，我是京东客服": a new clause in which the speaker says who they are.
        const r = f.firstReporter.get(s);
        if (r !== undefined && r < o[1] && clause[r] !== clause[o[1]]) {
          speech ??= new Map();
          let mark = speech.get(s);
          if (mark === undefined) { mark = firstSpeechMark(g.speechMarks, text, sentence, r); speech.set(s, mark); }
          if (mark >= o[1]) firstAt(f.takeoverAfterReporter, s, o[1]);
        }
      }
    }
  }
  // A story told only by its dateline (no frame word): a 请 addresses someone present ("近日系统升级，王先生请于今日内登录…",
  // "…，请李女士添加理赔专员微信"), where a bulletin's own 请 ("民警提醒：请勿…") sits in a framed turn.
  if (f.caseFrom < text.length) f.impersonal = impersonalSentences(text, sentence, news && !framed);
  // The reader asked anew after relayed words that asked the teller ("人家要我赔钱 要不然就报警 你能不能先借我一万块"), and the
  // turn's 了 (an ask told as done). One pass each, only in a turn with relayed words.
  if (f.firstRelayed.size > 0) {
    pronouns ??= pronounMap(text, clause);
    for (const [s, end] of f.relayedToMe) {
      const reader = pronouns.nextReader[end];
      if (reader !== undefined && reader < text.length && sentence[reader] === s) f.readerAfterRelayed.set(s, reader);
    }
    f.perfective = new Uint8Array(text.length + 1);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === LE) f.perfective[i] = 1;
  }
  // The reader asked again after a passive report ("她被要求…，请您把钱转到…"): a 你/您 or an own-request word.
  if (f.firstPassive.size > 0) {
    pronouns ??= pronounMap(text, clause);
    for (const [s, at] of f.firstPassive) {
      const reader = pronouns.nextReader[at];
      if (reader !== undefined && reader < text.length && sentence[reader] === s) f.readerAfterPassive.set(s, reader);
    }
    for (const o of occ) {
      const s = sentence[o[1]]!;
      const at = f.firstPassive.get(s);
      if (at === undefined || o[1] <= at) continue;
      for (const set of setsOf[o[0]] ?? NO_SETS) {
        if (set !== g.ownRequests) continue;
        const was = f.readerAfterPassive.get(s);
        if (was === undefined || o[1] < was) f.readerAfterPassive.set(s, o[1]);
      }
    }
  }
  return f;
}

/**
 * Is the frame word at [start, end) asked about rather than said (told17 kind 1)? A doubt marker just before it (是不是骗子,
 * 是否诈骗, 会不会是骗局, "is this a scam") or a question particle or mark just after it, past at most two light particles
 * (是诈骗吗, 是骗子吧？, "a scam?"). Two bounded windows: linear in the turn.
 */
function askedAbout(text: string, start: number, end: number): boolean {
  // The window before stops at a clause mark: "是不是要先交钱？要交钱就算了" refuses, it does not ask.
  let from = start;
  while (from > 0 && start - from < ASK_BEFORE_REACH && CLAUSE_MARK[text.charCodeAt(from - 1)] !== 1) from--;
  const before = text.slice(from, start).toLowerCase();
  for (const m of ASK_BEFORE) if (before.includes(m)) return true;
  for (let i = end, skipped = 0; i < text.length && skipped <= 2; i++, skipped++) {
    const c = text[i]!;
    if (ASK_AFTER.has(c)) return true;
    if (!ASK_LIGHT.has(c)) return false;
  }
  return false;
}
const ASK_BEFORE_REACH = 14;
const ASK_BEFORE = ['是不是', '是否', '会不会', '算不算', '该不会', '是不是遇到', 'is this', 'is it', 'is that', 'was this', 'was it', 'was that',
  'could this', 'could it', 'is he', 'is she', 'are they', 'are these', 'am i being'];
const ASK_AFTER = new Set(['吗', '么', '嘛', '？', '?']);
const ASK_LIGHT = new Set(['啊', '呀', '吧', '呢', ' ', '的']);

/** Is the frame word at `start` the office a caller claimed ("他是公安局的", "说是警方", "自称民警")? One bounded look back. */
function claimedOffice(text: string, start: number): boolean {
  if (!CLAIMED_OFFICES.some((w) => text.startsWith(w, start))) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return CLAIM_MARKS.some((m) => before.endsWith(m));
}
const NOT_YET_MEI = 0x6ca1; // 没
const NOT_YET_BEFORE = new Set([...'还暂'].map((c) => c.charCodeAt(0)));
const CLAIMED_OFFICES = ['公安', '警方', '民警', '反诈'];
const CLAIM_MARKS = ['他是', '她是', '对方是', '说是', '自称', '称是', '自称是', '声称是', '说他是', '说她是', '冒称'];

const ME = 0x6211; // 我
const LE = 0x4e86; // 了

/** A causative right before a `self` marker's 我 ("让我把", "叫我已经"): the 我 is made to act, not acting of their own. */
const CAUSATIVE_BEFORE = new Set([...'让叫要逼令'].map((c) => c.charCodeAt(0)));

/** Marks a sentence may open after (a bracketed sender's tag: "【本地新闻】近日，…"). */
const OPENERS = new Set([...'。！？!?；;\n】] '].map((c) => c.charCodeAt(0)));
/** Does a word at `i` open its sentence (the text's start, or just after an end mark or a sender's tag)? */
function opensSentence(text: string, i: number): boolean {
  return i === 0 || OPENERS.has(text.charCodeAt(i - 1));
}

/**
 * A reporter or frame word that is a person ("受害人", "事主") said right after the speaker's self-introduction
 * ("我是受害人"): the speaker names themselves, so the word neither reports nor frames.
 */
function isSelfNamed(g: CompiledGrammar, o: Occurrence, setsOf: SetsOf): boolean {
  for (const set of setsOf[o[0]] ?? NO_SETS) if (set === g.caseSubjects) return true;
  return false;
}

/** Who a character names, per UTF-16 unit: the reader (你, 您: READER), the speaker (我: SPEAKER), or nobody (0). */
const READER = 1;
const SPEAKER = 2;
const PERSON = new Uint8Array(0x10000);
PERSON[0x4f60] = READER; PERSON[0x60a8] = READER; PERSON[0x6211] = SPEAKER;
const personAt = (text: string, i: number): number => PERSON[text.charCodeAt(i)]!;

/** Keeps the first position seen per sentence (or clause). Module-level: a closure per turn would be re-created (and re-named by the loader) on every call. */
function firstAt(m: Map<number, number>, s: number, pos: number): void { if (!m.has(s)) m.set(s, pos); }

/**
 * A greeting, not a case's subject: the name followed by a pause or a particle ("李先生，这件事…", "王女士！",
 * "是张先生吗"), or by 你/您 within SALUTATION_REACH characters ("王先生您好", "李女士，您的…").
 */
function readerNear(text: string, end: number): boolean {
  if (end < text.length && ADDRESS_MARKS.has(text[end]!)) return true;
  for (let i = end; i < Math.min(text.length, end + SALUTATION_REACH); i++) {
    if (personAt(text, i) === READER) return true;
  }
  return false;
}
const SALUTATION_REACH = 5;
const ADDRESS_MARKS = new Set(['，', ',', '！', '!', '：', ':', '吗', '啊', '呀', '吧', '您', '你', '、', ' ']);

/** The first 你/您 of the text, or its length. */
function readerPosition(text: string): number {
  for (let i = 0; i < text.length; i++) if (personAt(text, i) === READER) return i;
  return text.length;
}

/**
 * 1 for each sentence with no 你/您 and no 我 (but the bulletin's own "我市", "我区", "我县", "我省"), and, when
 * `pleaseAddresses`, no 请: it speaks to nobody and of nobody present. One pass over the text.
 */
function impersonalSentences(text: string, sentence: Int32Array, pleaseAddresses: boolean): Uint8Array {
  const last = text.length > 0 ? sentence[text.length - 1]! : 0;
  const out = new Uint8Array(last + 2).fill(1);
  for (let i = 0; i < text.length; i++) {
    const who = personAt(text, i);
    if (who === READER || (who === SPEAKER && !PLACE_AFTER_WE.has(text[i + 1] ?? ''))) out[sentence[i]!] = 0;
    else if (pleaseAddresses && text.charCodeAt(i) === PLEASE) out[sentence[i]!] = 0;
  }
  return out;
}
const PLEASE = 0x8bf7; // 请
const PLACE_AFTER_WE = new Set(['市', '区', '县', '省', '镇', '局', '所', '州']);

/**
 * Is sentence `s` (`at` is one of its positions) a question with a question mark and no 我, 你 or 您 in
 * it (nobody present is asked or asking: "听说你最近在找兼职？" is a scammer's opener to the reader)? One
 * scan of that sentence.
 */
function askedOutright(text: string, sentence: Int32Array, s: number, at: number): boolean {
  let i = at;
  while (i > 0 && sentence[i - 1] === s) i--;
  let asked = false;
  for (; i < text.length && sentence[i] === s; i++) {
    const c = text.charCodeAt(i);
    if (PERSON[c] !== 0) return false;
    if (c === 0xff1f || c === 0x3f) asked = true;
  }
  return asked;
}

interface PronounMap {
  /** 1 where 你/您/我 occurs earlier in the same clause (the clause has a first- or second-person subject so far). */
  clauseSubject: Uint8Array;
  /** Position of the next 你/您 at or after each position (text.length: none). */
  nextReader: Int32Array;
}

/** Two linear passes over the text, made only in a turn with a passive marker. */
function pronounMap(text: string, clause: Int32Array): PronounMap {
  const n = text.length;
  const clauseSubject = new Uint8Array(n + 1);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && clause[i] !== clause[i - 1]) seen = 0;
    clauseSubject[i] = seen;
    if (personAt(text, i) !== 0) seen = 1;
  }
  const nextReader = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    nextReader[i] = personAt(text, i) === READER ? i : nextReader[i + 1]!;
  }
  return { clauseSubject, nextReader };
}

/**
 * The first speech mark (说, 称, ：) at or after `from` in `from`'s sentence, or text.length: one scan
 * of the rest of that sentence (each sentence is scanned at most once per turn, so the turn stays linear).
 */
function firstSpeechMark(marks: readonly string[], text: string, sentence: Int32Array, from: number): number {
  const s = sentence[from]!;
  for (let i = from; i < text.length && sentence[i] === s; i++) {
    for (const m of marks) if (text.startsWith(m, i)) return i;
  }
  return text.length;
}

/** Characters after an act told as done within which its object's cue starts ("下载了一个可疑的会议软件"). */
const PAST_ACT_REACH = 8;

/**
 * The sentences whose last mark is a question mark (one pass over the text), and the last sentence
 * when it has no end mark at all (a transcript with no punctuation: "…是不是有人说要给您理赔让您先转钱验证").
 */
function questionSentences(text: string, sentence: Int32Array): Set<number> {
  const out = new Set<number>();
  let lastMark = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1f || c === 0x3f) out.add(sentence[i]!);
    if (c === 0xff1f || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0x21 || c === 0xff1b) lastMark = i;
  }
  if (text.length > 0 && lastMark < text.length - 1 && sentence[text.length - 1] !== (lastMark >= 0 ? sentence[lastMark] : -1)) {
    out.add(sentence[text.length - 1]!);
  }
  return out;
}

/**
 * 你/您 just before a narrated marker in its clause ("你让他…", "您就叫她…"): the reader is asked to pass
 * it on; 我 there ("我按他说的在支付宝借了八千转过去") is the teller's own act, a report of a loss.
 */
function addressedToReader(text: string, pos: number, clause: Int32Array): boolean {
  for (let i = pos - 1; i >= Math.max(0, pos - 3) && clause[i] === clause[pos]; i--) {
    if (personAt(text, i) !== 0) return true;
  }
  return false;
}

/**
 * A 了 after the relayed marker's end and before the cue's end, in the cue's clauses ("让我在借呗借了三万转给他", "让我给供应商
 * 转了十五万"): the ask was carried out. One scan back over the span and the rest of its first clause.
 */
function doneBefore(f: Framing, from: number, start: number, end: number): boolean {
  const c = f.clause[start]!;
  for (let i = end - 1; i >= from && f.clause[i]! >= c; i--) if (f.perfective![i] === 1) return true;
  return false;
}

/**
 * Is the span [start, end) an example (quoted, reported, judged or generic) rather than said to the reader?
 * A cue of several words ("押金、培训费，遇到要求先交", an object before its act) is read at its LAST word:
 * a reporter, generic subject or advisory before that word governs the request the cue completes.
 */
export function isExample(f: Framing, start: number, end: number, victims = true): boolean {
  if (f.quoted && f.quoted[start] === 1) return true;
  const last = Math.max(start, end - 1);
  // Inside a message received and asked about (told17 kind 1): no narrated, relayed or past-question reading of the retelling.
  const told = !(f.received !== null && f.received[start] === 1);
  const s = f.sentence[last]!;
  const reporter = f.firstReporter.get(s);
  if (reporter !== undefined && reporter < last) {
    // "骗子常说…，我们不一样，…把验证码发给我": the speaker takes the floor back.
    const takeover = f.takeoverAfterReporter.get(s);
    if (!(takeover !== undefined && takeover < last)) return true;
  }
  // "请您通知王月红，让她下载…", "您有没有按我说的打开共享？", "叫他把钱转给我": the speaker still asks
  // the reader (an own word after the cue, "…爷爷没去，直接给我打电话了", is the teller's own story).
  const own = f.firstOwn.get(s);
  if (told && !(own !== undefined && own < last)) {
    let narrated = f.firstNarrated.get(s);
    // A deceived third person ("舅妈被…") narrates too, except for a reporting tactic (its `report` judges whose loss).
    const victim = victims ? f.firstVictim.get(s) : undefined;
    if (victim !== undefined && (narrated === undefined || victim < narrated)) narrated = victim;
    if (narrated !== undefined && narrated < last && f.narrative) return true;
    if (f.pastQuestion.has(s) && (f.narrative || narrated !== undefined || f.pastActSentence.has(s))) return true;
    // The cue starts at the act told as done or just after it ("下载了一个可疑的会议软件"), not merely in its sentence.
    if (f.narrative && f.pastActAt !== null && f.pastActAt[start] === 1) return true;
  }
  // "听说那个刷单的要先垫付，是真的吗？": the scheme asked about, not its request made.
  if (f.inquiry.has(s)) return true;
  // "【警方通报】…刘女士按对方要求下载某会议软件…": a case retold, speaking to nobody present.
  if (told && f.impersonal !== null && f.caseFrom < last && f.impersonal[s] === 1) return true;
  const passive = f.firstPassive.get(s);
  if (told && passive !== undefined && passive < last) {
    const reader = f.readerAfterPassive.get(s);
    if (!(reader !== undefined && reader < last)) return true;
  }
  const relayed = f.firstRelayed.get(s);
  if (told && relayed !== undefined && relayed < last) {
    // "有人说我们是骗子，但我们是正规客服，请您下载…": a contrast after the relayed words takes the floor back, and so
    // does a takeover ("网上说的那些都是骗子，我们是正规平台，您下载一下会议软件": the hearsay waved away, guard15 kind K1b).
    const contrast = f.firstContrast.get(s);
    const takeover = f.takeoverAfterRelayed.get(s);
    // "…，我刚才按他说的已经转过去八千了": the speaker's own act (a loss) is reported, not relayed.
    const own = f.selfAfterRelayed.get(s);
    // "人家要我赔钱…你能不能先借我一万块": the reader asked anew; "让我给供应商转了十五万": the ask done, a loss (guard16 kind R1).
    const reader = f.readerAfterRelayed.get(s);
    const toMe = f.relayedToMe.get(s);
    // A report of a loss (victims false: a reporting tactic, whose own `report` judges whose loss) after words that asked the
    // teller ("他叫我先交保证金，我交了两千", "有人冒充客服让我关会员，后来…转出18000元") is the teller's own.
    const done = toMe !== undefined && (!victims || (f.perfective !== null && toMe <= start && doneBefore(f, toMe, start, end)));
    if (!(contrast !== undefined && contrast > relayed && contrast < last) && !(takeover !== undefined && takeover < last)
      && !(own !== undefined && own < last) && !(reader !== undefined && reader < last) && !done) return true;
  }
  const c = f.clause[last]!;
  const advisory = f.clauseAdvisory.get(c);
  if (advisory !== undefined && advisory < last) {
    const contrast = f.clauseContrast.get(c);
    if (!(contrast !== undefined && contrast < last)) return true;
  }
  const verdict = f.lastVerdict.get(s);
  if (verdict !== undefined && verdict >= end) return true;
  const generic = f.firstGeneric.get(s);
  // "如收到扣款提醒，请立即停止操作，并将卡内余额转入安全账户": the condition is answered by its advisory; a cue in a later clause
  // is what the speaker tells the reader to do, not the condition's example (guard17 kind B: a fake agent's own ask read safe).
  const answer = f.answerAfterGeneric.get(s);
  if (generic !== undefined && generic < last && !(answer !== undefined && f.clause[last]! > f.clause[answer]!)) {
    if (f.advisory.has(s)) return true;
    const contrast = f.firstContrast.get(s);
    if (f.advisory.has(s - 1) && !(contrast !== undefined && contrast < last)) return true;
  }
  return false;
}
