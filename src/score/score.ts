/**
 * Evidence → risk, verdict and alert level, the rspamd way: every fired tactic adds its weight,
 * the sum is clamped to 0–100, and composites (combinations that decide on their own) raise the
 * risk to their floor whatever the sum.
 */
import type { Composite, Playbook, RegisterRule } from '../playbook/schema.ts';
import type { AlertLevel, Channel, CompositeHit, Initiator, Lang, Stage, Verdict } from '../types.ts';
import { IN_PROCESS, IN_PROCESS_MONEY, movesOffPlatform } from './initiator.ts';
import { PLAYBOOKS } from '../playbook/index.ts';
import { MODEL_SIGNAL_ID } from '../model/id.ts';

export interface FiredTactic {
  id: string;
  stage: Stage;
  weight: number;
  /** Where it was seen (the state's first few spans); read only for the turns of an in-process money step. */
  evidence?: readonly { turn: number }[];
}

export interface Score {
  risk: number;
  verdict: Verdict;
  level: AlertLevel;
  composites: CompositeHit[];
}

/** A composite's selector, parsed once: a tactic id, `stage:<stage>` or `<prefix>.*`. */
interface Selector { kind: 'id' | 'stage' | 'prefix'; value: string }

function parseSelector(sel: string): Selector {
  if (sel.startsWith('stage:')) return { kind: 'stage', value: sel.slice(6) };
  if (sel.endsWith('.*')) return { kind: 'prefix', value: sel.slice(0, -1) };
  return { kind: 'id', value: sel };
}

interface ParsedComposite { all: Selector[]; any: Selector[] | null; none: Selector[] | null }
const parseComposite = (c: Composite): ParsedComposite => ({
  all: c.all.map(parseSelector), any: c.any ? c.any.map(parseSelector) : null, none: c.none ? c.none.map(parseSelector) : null,
});

// Composites are scored on every turn that changes the evidence: their selectors are parsed once,
// per playbook's list (one lookup a score) and per composite (for a lone call of compositeFires).
const parsedLists = new WeakMap<readonly Composite[], ParsedComposite[]>();
const parsed = new WeakMap<Composite, ParsedComposite>();
function selectorsOf(c: Composite): ParsedComposite {
  let p = parsed.get(c);
  if (!p) parsed.set(c, p = parseComposite(c));
  return p;
}

/** `ids`: the ids in `fired`, when the caller has them as a set (then an id selector is one lookup). */
function firesParsed(p: ParsedComposite, fired: readonly FiredTactic[], ids?: ReadonlySet<string>): boolean {
  for (const s of p.all) if (!selectorFired(s, fired, ids)) return false;
  if (p.none) for (const s of p.none) if (selectorFired(s, fired, ids)) return false;
  if (!p.any) return true;
  for (const s of p.any) if (selectorFired(s, fired, ids)) return true;
  return false;
}

function selectorFired(sel: Selector, fired: readonly FiredTactic[], ids?: ReadonlySet<string>): boolean {
  // An id selector fires on the id whatever its weight, so the set answers it exactly.
  if (ids !== undefined && sel.kind === 'id') return ids.has(sel.value);
  for (const f of fired) {
    if (sel.kind === 'id' ? f.id === sel.value : f.weight > 0 && (sel.kind === 'stage' ? f.stage === sel.value : f.id.startsWith(sel.value))) return true;
  }
  return false;
}

export function compositeFires(c: Composite, fired: readonly FiredTactic[]): boolean {
  return firesParsed(selectorsOf(c), fired);
}

export function verdictFor(risk: number, t: Playbook['thresholds']): Verdict {
  return risk >= t.scam ? 'scam' : risk >= t.suspicious ? 'suspicious' : 'safe';
}

export function levelFor(risk: number, t: Playbook['thresholds']): AlertLevel {
  return risk >= t.scam ? 'block' : risk >= t.suspicious ? 'warn' : risk >= t.watch ? 'watch' : 'none';
}

const componentSets = new WeakMap<readonly Playbook['tactics'][number][], ReadonlySet<string>>();

/** The ids of a playbook's components (`role: 'component'`, src/playbook/schema.ts), computed once per playbook. */
export function componentsOf(playbook: Pick<Playbook, 'tactics'>): ReadonlySet<string> {
  let set = componentSets.get(playbook.tactics);
  if (!set) componentSets.set(playbook.tactics, set = new Set(playbook.tactics.filter((t) => t.role === 'component').map((t) => t.id)));
  return set;
}

/** The shipped playbooks' components, for a caller that scores without an engine (tests, tools). */
const SHIPPED_COMPONENTS: ReadonlySet<string> = new Set(Object.values(PLAYBOOKS).flatMap((p) => p.tactics.filter((t) => t.role === 'component').map((t) => t.id)));

/** What the score needs to know beyond the evidence. */
export interface ScoreContext {
  /** Who started the conversation (src/score/initiator.ts); unknown counts as the counterpart. */
  initiator?: Initiator | null;
  /** The input's channel and how many turns it has so far: one turn outside a call is ONE message. */
  channel?: Channel;
  turns?: number;
  /**
   * The conversation is a meeting (src/pipeline/conversation-kind.ts): colleagues' talk about
   * customers, cases and money, not a counterpart speaking to the listener. See {@link meetingReading}.
   */
  meeting?: boolean;
  /**
   * A group of three or more voices in which the last move told was answered by another voice with a
   * warning (src/pipeline/conversation-kind.ts isWarnedGroup): the move is the warning's subject, and the
   * conversation stays below `scam` (composites included). It may still be `suspicious`.
   */
  warnedGroup?: boolean;
  /**
   * A call that stops a transfer (src/pipeline/conversation-kind.ts isStoppedTransfer): the counterpart told the
   * citizen to stop or undo a move and asked nothing for itself. See {@link stoppedTransferReading}.
   */
  stoppedTransfer?: boolean;
  /**
   * The components of every playbook that read the input (a message read by both languages may
   * carry the other's); absent: the scoring playbook's own.
   */
  components?: ReadonlySet<string>;
}

/** One message: a single turn that is not a call (a call's first turn opens a conversation). */
export const isSingleMessage = (ctx: ScoreContext): boolean => ctx.turns === 1 && ctx.channel !== undefined && ctx.channel !== 'call';

type SingleMessageRule = NonNullable<Playbook['singleMessage']>;
type Sel = (f: FiredTactic) => boolean;
interface ParsedSingle { standalone: Sel; reports: Sel; requests: Sel; fees: Sel; stories: Sel; offers: Sel; neverAsked: Sel; anyStory: Sel; money: Sel; notices: Sel; ownChannels: Sel; moves: Sel; control: Sel; except: Sel; sellerFrames: Sel; senderFrames: Sel; products: Sel; sellerOffers: Sel; ownCodes: Sel }
const parsedSingle = new WeakMap<SingleMessageRule, ParsedSingle>();
function selects(list: readonly string[]): Sel {
  const sels = list.map(parseSelector);
  return (f) => sels.some((s) => matches(s, f));
}
function singleOf(rule: SingleMessageRule): ParsedSingle {
  let p = parsedSingle.get(rule);
  if (!p) {
    parsedSingle.set(rule, p = {
      standalone: selects(rule.standalone), reports: selects(rule.reports), requests: selects(rule.requests), fees: selects(rule.fees), stories: selects(rule.stories), offers: selects(rule.offers),
      neverAsked: selects(rule.neverAsked), anyStory: selects(rule.anyStory), money: selects(rule.money), notices: selects(rule.notices),
      ownChannels: selects(rule.ownChannels), moves: selects(rule.moves), control: selects(rule.control), except: selects(rule.except),
      // `?? []`: a rule written before session 16 (tests cast it) has no frames.
      sellerFrames: selects(rule.sellerFrames ?? []), senderFrames: selects(rule.senderFrames ?? []), products: selects(rule.products ?? []), sellerOffers: selects(rule.sellerOffers ?? []), ownCodes: selects(rule.ownCodes ?? []),
    });
  }
  return p;
}

const matches = (sel: Selector, f: FiredTactic): boolean =>
  sel.kind === 'id' ? f.id === sel.value : sel.kind === 'stage' ? f.stage === sel.value : f.id.startsWith(sel.value);

/**
 * May ONE message be called `scam`? Yes when it reports a loss or makes a request that carries its own
 * story (a fee before a payout, a ransom: `standalone`); or asks what no legitimate sender asks in a
 * message (`neverAsked`: a code, a card and password, a screen share) with a story told by ANOTHER cue,
 * an offer, or a move to another place (a screen share is no move of its own); or asks, inside any story,
 * what no sender asks inside its own (`anyStory`: a look-alike page, your balance, a loan); or asks for
 * MONEY into an account it names (`money`) with a story no sender tells of its own service (not one of
 * `notices`), an offer, a move off the sender's own channels (not `ownChannels`), or a notice's story
 * with a fee named (`fees`); or makes any other (ordinary) request with a story no sender tells of its
 * own service. A move never decides with a story, nor does a story without an ask, nor a price quoted.
 * Only positive evidence counts; an offer never counts as a story. `components`: the ids with `role:
 * 'component'` (the engine's `components`, componentsOf a playbook; default: the shipped playbooks'): a
 * component move (a link sent) is the move it names, a component fee the fee named; a component is
 * never an ask (unless `standalone`) nor a story (a contact frame). Under a seller's advert marks
 * (`sellerFrames`) what it sells (`sellerOffers`) and its own channels complete no pair and its `products` (a
 * top-up) need a story, another offer or a move off its own channels; under a mass sender's frame (`senderFrames`) its own channels
 * complete no pair with the code it sent (`ownCodes`).
 * The rule, its classes and its measurement: src/playbook/single-message.ts.
 */
export function singleMessageMayBeScam(fired: readonly FiredTactic[], rule: SingleMessageRule, components: ReadonlySet<string> = SHIPPED_COMPONENTS): boolean {
  return singleMessageGate(fired, rule, components) !== null;
}

/**
 * The pair that lets ONE message be `scam` (see singleMessageMayBeScam), named for the margin measured at
 * the decision itself (scripts/gate-margin.ts): `report <id>`, `standalone <id>`, `<ask>+<with> <ask id>|<other id>`
 * with ask one of never / anyStory / money / ordinary and with one of story / notice+fee / offer / move; null
 * when no pair holds (the message stays below `scam`).
 */
export function singleMessageGate(fired: readonly FiredTactic[], rule: SingleMessageRule, components: ReadonlySet<string> = SHIPPED_COMPONENTS): string | null {
  const p = singleOf(rule);
  // The evidence is a handful of tactics (never user text): the pairs are read over these short lists.
  const asks: { id: string; kind: 'never' | 'anyStory' | 'money' | 'ordinary'; control: boolean; ownCode: boolean }[] = [];
  const stories: { id: string; notice: boolean }[] = [];
  const moves: { id: string; own: boolean; control: boolean }[] = [];
  const products: string[] = [];
  let offer = false, feeNamed = false, offerId = '';
  // The frames weigh nothing: read whatever their weight. A seller's advert is also a sender's own message.
  let seller = false, sender = false;
  for (const f of fired) { if (p.sellerFrames(f)) seller = true; else if (p.senderFrames(f)) sender = true; }
  sender ||= seller;
  for (const f of fired) {
    const component = components.has(f.id);
    if ((f.weight <= 0 && !component) || p.except(f)) continue;
    if (p.reports(f)) return `report ${f.id}`;
    if (p.standalone(f)) {
      if (!(seller && p.products(f))) return `standalone ${f.id}`;
      products.push(f.id);
    }
    if (p.fees(f)) feeNamed = true;
    if (!component && p.requests(f)) {
      const kind = p.neverAsked(f) ? (p.money(f) ? 'money' : 'never') : p.anyStory(f) ? 'anyStory' : 'ordinary';
      asks.push({ id: f.id, kind, control: p.control(f), ownCode: p.ownCodes(f) });
    }
    if (p.moves(f)) moves.push({ id: f.id, own: p.ownChannels(f), control: p.control(f) });
    if (component) continue;
    if (p.offers(f)) {
      // What a seller sells (a gift, a discount, a loan) under its own advert is no second step; easy money, returns, a downline are.
      if (!(seller && p.sellerOffers(f))) { if (!offer) offerId = f.id; offer = true; }
    }
    else if (p.stories(f)) stories.push({ id: f.id, notice: p.notices(f) });
  }
  // A seller's product (a top-up with its bonus, a fee for its goods) under its advert: standalone only with a story or a move off its own channels.
  for (const id of products) {
    if (stories.some((s) => s.id !== id)) return `standalone+story ${id}`;
    if (offer) return `standalone+offer ${id}|${offerId}`;
    if (moves.some((m) => m.id !== id && !m.own)) return `standalone+move ${id}`;
  }
  for (const a of asks) {
    // A story told by another cue: any story for a code, a card, a screen, a look-alike page, your balance; for money, one no
    // sender tells of its own service, or a notice's story with a fee named (pay to be paid); for an ordinary
    // request, only a story no sender tells of its own service.
    for (const s of stories) {
      if (s.id === a.id) continue;
      if (a.kind === 'never' || a.kind === 'anyStory' || !s.notice) return `${a.kind}+story ${a.id}|${s.id}`;
      if (a.kind === 'money' && feeNamed) return `money+notice+fee ${a.id}|${s.id}`;
    }
    if (a.kind === 'anyStory' || a.kind === 'ordinary') continue;
    if (offer) return `${a.kind}+offer ${a.id}|${offerId}`;
    // A control ask and a control move are one ask read twice (by each playbook of a mixed text). The sender's own
    // channel is no move for money, nor, in its own framed message, for the code it sent (`ownCodes`).
    for (const m of moves) {
      if (m.id === a.id || (a.control && m.control) || (m.own && (a.kind === 'money' || (sender && a.ownCode)))) continue;
      return `${a.kind}+move ${a.id}|${m.id}`;
    }
  }
  return null;
}

/**
 * A conversation the citizen opened in which nothing moved money or control off the platform:
 * the composites (which presume an unsolicited contact) do not apply, and the risk stays below
 * `scam` (an agent asking for an ID or an SMS code to recover an account is at most suspicious).
 */
export function userOpenedOnPlatform(fired: readonly FiredTactic[], ctx: ScoreContext, inProcess: ReadonlySet<string> = inProcessSteps(fired, ctx)): boolean {
  return ctx.initiator === 'user' && !fired.some((f) => f.weight > 0 && movesOffPlatform(f.id) && !inProcess.has(f.id));
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * In a chat the citizen opened, the money steps (src/score/initiator.ts IN_PROCESS_MONEY) seen only in
 * turns where the platform's own after-sale process was said (IN_PROCESS, naming no payee): they are
 * that process, not a transfer. Their ids; empty elsewhere. A step whose evidence is unknown (a caller
 * scoring bare ids) is not covered.
 */
export function inProcessSteps(fired: readonly FiredTactic[], ctx: ScoreContext): ReadonlySet<string> {
  if (ctx.initiator !== 'user') return NO_IDS;
  const process = fired.find((f) => f.id === IN_PROCESS);
  if (process === undefined || process.evidence === undefined) return NO_IDS;
  const turns = new Set(process.evidence.map((e) => e.turn));
  let out: Set<string> | null = null;
  for (const f of fired) {
    if (f.weight <= 0 || !IN_PROCESS_MONEY.includes(f.id) || f.evidence === undefined || f.evidence.length === 0) continue;
    if (f.evidence.every((e) => turns.has(e.turn))) (out ??= new Set()).add(f.id);
  }
  return out ?? NO_IDS;
}

/** What a seller's own promotion weighs (src/playbook/promotion.ts): its channels (no move) and its advert words. */
export interface PromotionReading { channels: ReadonlySet<string>; words: ReadonlySet<string> }

/**
 * A seller's own promotion, read as one (the rule and where it was found: src/playbook/promotion.ts):
 * one of the rule's `frames` fired, every other positively weighted tactic is one of its `channels`
 * (at most as many as the frames that fired allow) or its `words`, at least one of them fired, none of
 * the `breakers` fired (even at weight 0), the text model gave no positive word (it speaks on a
 * promotion only beyond its later floor, src/model/signal.ts `advertOnly`: then the message is more)
 * and no word of each `apart` list fired together. Returns the channels (they weigh nothing) and the
 * words (they weigh `factor`), or null when it does not hold. Whether the input is ONE message is the
 * caller's to decide (the score's context; the engine's first turn for the model's floor).
 */
export function promotionReading(fired: readonly Pick<FiredTactic, 'id' | 'weight'>[], rule: Playbook['promotion']): PromotionReading | null {
  if (!rule) return null;
  let maxChannels = -1;
  const channels = new Set<string>();
  const words = new Set<string>();
  for (const f of fired) {
    const own = Object.hasOwn(rule.frames, f.id) ? rule.frames[f.id] : undefined;
    if (own !== undefined) { maxChannels = Math.max(maxChannels, own); continue; }
    // `?.`: a playbook definition used unparsed (tests cast zhPlaybook) has no defaults filled in.
    if (rule.breakers?.includes(f.id)) return null;
    if (f.id === MODEL_ID) { if (f.weight > 0) return null; continue; }
    if (f.weight <= 0) continue;
    if (rule.channels.includes(f.id)) channels.add(f.id);
    else if (rule.words.includes(f.id)) words.add(f.id);
    else return null;
  }
  if (maxChannels < 0 || channels.size + words.size === 0 || channels.size > maxChannels) return null;
  if (rule.apart && rule.apart[0].some((id) => words.has(id)) && rule.apart[1].some((id) => channels.has(id) || words.has(id))) return null;
  return { channels, words };
}

/**
 * The text model's signal (src/model/id.ts). It is evidence of LIKELIHOOD (the
 * words read like known scam scripts), never a step of the kill chain: it is no move, no story and
 * no request, and in one message it never decides `scam` (issue 8 §2, session 5: with a model sure of
 * itself, "您购买的奶粉有质量问题，全额退款，加客服微信 … 办理" read `scam` 94 where the rules' kill chain
 * says `suspicious`).
 */
export const MODEL_ID = MODEL_SIGNAL_ID;

/**
 * Does the evidence hold a MOVE (a channel shift or an extraction: stages 3–4 of the kill chain)?
 * Without one, a conversation is only a story told in cues (contact, pretext, urgency): a real
 * platform may call about a real refund and a news report retells the whole script, and neither asks
 * for anything (DESIGN.md: "stage 1–2 cues alone are weak; it never asks for stage 3–4 things").
 * Such a story is at most `suspicious`, however many cues add up — and however sure the text model
 * is: the model says how likely the words are a scam script, not that anything was asked (until
 * session 5 its positive word counted as a move; measured then on the shipped weights, not counting
 * it turned 1,694 dev `scam` verdicts on scams into `suspicious` and changed no not-safe verdict).
 */
export function hasMove(fired: readonly FiredTactic[]): boolean {
  for (const f of fired) if (f.weight > 0 && (f.stage === 'shift' || f.stage === 'extraction')) return true;
  return false;
}

/**
 * How a meeting reads its evidence: a story's cues (contact, pretext, cover-up stages, the text
 * model's word included) are the meeting's subject — a customer's refund, a case, a market — not a
 * story told to the listener, so they add nothing; the composites, which presume an unsolicited
 * counterpart leading the listener, do not apply; and the requests left (a colleague's "发群里",
 * "你把验证码发我", a reported "让他加群") keep the conversation below `suspicious`. Whether a
 * conversation IS a meeting is decided from its form, so that a scam cannot claim it with a word.
 */
export function meetingReading(f: FiredTactic): number {
  return f.weight > 0 && (f.stage === 'contact' || f.stage === 'pretext' || f.stage === 'cover') ? 0 : f.weight;
}

/**
 * A one-message register read as one (the rule's fields: src/playbook/schema.ts `registerRule`; the rules are
 * playbook data: `notice`, `deal`, `familyLoan`): a frame fired, every other positively weighted tactic is one
 * of the rule's `words` (or `kept`), at least one word fired, no breaker fired. Returns the words, or null when
 * it does not hold (or the playbook has no such rule). Whether the input is ONE message is the caller's to decide.
 */
export function registerReading(fired: readonly Pick<FiredTactic, 'id' | 'weight'>[], rule: RegisterRule | undefined): ReadonlySet<string> | null {
  if (!rule) return null;
  let frame = false;
  let words: Set<string> | null = null;
  for (const f of fired) {
    if (rule.frames.includes(f.id)) { frame = true; continue; }
    // `?.`: a playbook definition used unparsed (tests cast zhPlaybook) has no defaults filled in.
    if (rule.breakers?.includes(f.id)) return null;
    if (f.id === MODEL_ID) { if (rule.modelBreaks && f.weight > 0) return null; continue; }
    if (f.weight <= 0) continue;
    if (rule.words.includes(f.id)) (words ??= new Set()).add(f.id);
    else if (!rule.kept?.includes(f.id)) return null;
  }
  return frame ? words : null;
}

/**
 * A notice of money already moved back to the reader (the rule and why: src/playbook/notice.ts): its words
 * weigh nothing; any breaker (even at weight 0) or a positive word of the text model ends the reading.
 */
export const noticeReading = registerReading;

/**
 * A payment inside a deal the reader is part of (the rule and why: src/playbook/deal.ts): its words weigh
 * nothing; a positive word of the text model ends the reading.
 */
export const dealReading = registerReading;

/**
 * Everyday lending between family and friends (the rule and why: src/playbook/family-loan.ts): its words are
 * dropped from the evidence, `kept` tactics keep their weight, and the text model's word (likelihood, not a
 * step) keeps its weight and neither breaks nor is dropped.
 */
export const familyLoanReading = registerReading;

/**
 * A close relative helping with a shared screen or a remote-help app (the rule and why: src/playbook/family-help.ts):
 * read over one message or a whole conversation, its words (the screen share, the app) are dropped from the evidence;
 * the text model's word keeps its weight and neither breaks nor is dropped.
 */
export const familyHelpReading = registerReading;

/** What a fired tactic weighs in a seller's own promotion (promotionReading): its channels nothing, its words `factor`. */
function promotedWeight(f: FiredTactic, promo: PromotionReading, playbook: Playbook): number {
  return f.id === MODEL_ID ? f.weight : promo.channels.has(f.id) ? 0 : promo.words.has(f.id) ? f.weight * playbook.promotion!.factor : f.weight;
}

/** The caps and composites one evidence puts on its risk (score). */
interface Caps { noMove: boolean; promo: boolean; onPlatform: boolean; composites: readonly CompositeHit[] }

/** The risk `points` make under this evidence's caps and composites (the composites read at call time). */
function riskOf(points: number, caps: Caps, t: Playbook['thresholds']): number {
  let r = Math.max(0, Math.min(100, Math.round(points)));
  if (caps.noMove) r = Math.min(r, t.scam - 1);
  // A seller's own promotion (no positive word from the model: promotionReading) stays below `suspicious`.
  if (caps.promo) r = Math.min(r, t.suspicious - 1);
  // A conversation the citizen opened on the platform: no composite, and below `scam`.
  if (caps.onPlatform) r = Math.min(r, t.scam - 1);
  for (const c of caps.composites) r = Math.max(r, c.minRisk);
  return r;
}

/**
 * How a call that stops a transfer reads its evidence (ScoreContext.stoppedTransfer): the bank or the anti-fraud
 * centre asked whether someone made the citizen move money, share the screen or scan a code, and told them to stop
 * (STOPPED_TRANSFER in src/playbook/zh/conversation-kinds.ts). Every move in it was asked about or undone, the story
 * it names is the scam it warns of, so nothing weighs and no composite applies: the call is safe. A loss the
 * citizen reports (`reports` of the single-message rule: extract.user-paid) is the emergency whoever called:
 * then the evidence is read as any other's (null here).
 */
export function stoppedTransferReading(fired: readonly FiredTactic[], playbook: Playbook): Score | null {
  const reports = playbook.singleMessage?.reports ?? [];
  if (fired.some((f) => f.weight > 0 && reports.includes(f.id))) return null;
  return { risk: 0, verdict: verdictFor(0, playbook.thresholds), level: levelFor(0, playbook.thresholds), composites: [] };
}

export function score(fired: readonly FiredTactic[], playbook: Playbook, lang: Lang, ctx: ScoreContext = {}): Score {
  if (ctx.stoppedTransfer === true && !ctx.meeting) {
    const stopped = stoppedTransferReading(fired, playbook);
    if (stopped) return stopped;
  }
  if (ctx.meeting) {
    let sum = 0;
    for (const f of fired) sum += meetingReading(f);
    const risk = Math.max(0, Math.min(playbook.thresholds.suspicious - 1, Math.round(sum)));
    return { risk, verdict: verdictFor(risk, playbook.thresholds), level: levelFor(risk, playbook.thresholds), composites: [] };
  }
  // The caps and the composites depend on WHICH tactics fired, not on their points: decided once,
  // they make both readings below (the whole evidence, and the rules alone without the text model's
  // positive points), so the two cannot drift apart.
  // The platform's own after-sale money steps in a chat the citizen opened weigh nothing and move nothing.
  // A telling of a stranger's ask weighs only as one message's report (single-message.ts `tellings`).
  if ((ctx.turns ?? 1) > 1 && playbook.singleMessage?.tellings.length) {
    const told = selects(playbook.singleMessage.tellings);
    fired = fired.filter((f) => !told(f));
  }
  const inProcess = inProcessSteps(fired, ctx);
  if (inProcess.size > 0) fired = fired.filter((f) => !inProcess.has(f.id));
  // Everyday lending between family and friends in one message: the plain ask and its reason are dropped.
  const lent = isSingleMessage(ctx) ? familyLoanReading(fired, playbook.familyLoan) : null;
  if (lent) fired = fired.filter((f) => !lent.has(f.id));
  // A relative helping with a shared screen, in one message or a conversation: the screen and the app are dropped.
  const helped = familyHelpReading(fired, playbook.familyHelp);
  if (helped) fired = fired.filter((f) => !helped.has(f.id));
  let sum = 0;
  let modelPoints = 0;
  for (const f of fired) {
    sum += f.weight;
    if (f.id === MODEL_ID && f.weight > 0) modelPoints += f.weight;
  }
  // Composites all name a move, so they still apply below; the sum of a story's cues does not reach `scam`.
  const noMove = !hasMove(fired);
  // A seller's own promotion in one message: its channels weigh nothing, its words `factor`, no composite
  // applies, and the rules' points stay below `suspicious` (see promotionReading).
  const promo = isSingleMessage(ctx) ? promotionReading(fired, playbook.promotion) : null;
  // A notice of money already moved back to the reader in one message: its story and who writes weigh
  // nothing, no composite applies, and the risk stays below `suspicious` (see noticeReading).
  const notice = promo === null && isSingleMessage(ctx) ? noticeReading(fired, playbook.notice) : null;
  const onPlatform = userOpenedOnPlatform(fired, ctx, NO_IDS);
  if (promo) for (const f of fired) sum -= f.weight - promotedWeight(f, promo, playbook);
  if (notice) for (const f of fired) if (notice.has(f.id)) sum -= f.weight;
  // A payment inside a deal the reader is part of, in one message: its steps weigh nothing, no composite
  // applies, and the risk stays below `suspicious` (see dealReading).
  const dealt = promo === null && notice === null && isSingleMessage(ctx) ? dealReading(fired, playbook.deal) : null;
  if (dealt) for (const f of fired) if (dealt.has(f.id)) sum -= f.weight;
  const composites: CompositeHit[] = [];
  if (!onPlatform && !promo && !notice && !dealt) {
    const list = playbook.composites;
    let parsedList = parsedLists.get(list);
    if (!parsedList) parsedLists.set(list, parsedList = list.map(parseComposite));
    // A composite is a combination of kill-chain steps: the text model's word is none (a 'stage:contact'
    // selector must not take it: seller-fee-plus-trade fired on a seller's fee and the model alone, so
    // the model carried one message to `scam`; session 6, test/engine/score-model.test.ts).
    const chain = fired.some((f) => f.id === MODEL_ID) ? fired.filter((f) => f.id !== MODEL_ID) : fired;
    // Every composite is tried on every scored turn: ids as a set make each id selector one lookup.
    const ids = new Set<string>();
    for (const f of chain) ids.add(f.id);
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (firesParsed(parsedList[i]!, chain, ids)) composites.push({ id: c.id, description: c.description[lang], minRisk: c.minRisk });
    }
  }
  const caps: Caps = { noMove, promo: promo !== null || notice !== null || dealt !== null, onPlatform, composites };
  let risk = riskOf(sum, caps, playbook.thresholds);
  // One message that lacks the kill chain's pair stays below `scam`, composites included (those that
  // would call it a scam are not shown: they would contradict the verdict).
  if (risk >= playbook.thresholds.scam && isSingleMessage(ctx) && playbook.singleMessage && !singleMessageMayBeScam(fired, playbook.singleMessage, ctx.components ?? componentsOf(playbook))) {
    risk = playbook.thresholds.scam - 1;
    for (let i = composites.length - 1; i >= 0; i--) if (composites[i]!.minRisk >= playbook.thresholds.scam) composites.splice(i, 1);
  }
  // One message is `scam` on the rules' evidence: the text model (likelihood, not a kill-chain step)
  // adds to a reading below `scam` and never carries it across.
  // The rules alone: the same reading without the model's positive points.
  if (risk >= playbook.thresholds.scam && isSingleMessage(ctx) && modelPoints > 0 && riskOf(sum - modelPoints, caps, playbook.thresholds) < playbook.thresholds.scam) {
    risk = playbook.thresholds.scam - 1;
  }
  // A group's warning answered (ScoreContext.warnedGroup): below `scam`, and no composite says otherwise.
  if (ctx.warnedGroup === true && risk >= playbook.thresholds.scam) {
    risk = playbook.thresholds.scam - 1;
    for (let i = composites.length - 1; i >= 0; i--) if (composites[i]!.minRisk >= playbook.thresholds.scam) composites.splice(i, 1);
  }
  let level = levelFor(risk, playbook.thresholds);
  if (alertRank(level) > alertRank('watch') && composites.length === 0 && onlyContactCues(fired)) level = 'watch';
  return { risk, verdict: verdictFor(risk, playbook.thresholds), level, composites: strongestBand(composites, playbook.thresholds) };
}

/**
 * The combinations listed as the verdict's reasons: those of the highest band that fired. One that only lifts to
 * `suspicious` ("先到官方APP核实") beside one that decides `scam` is a weaker, contradicting reason for the
 * reader (the page folds reasons, but the first must be the deciding one; session 9). Risk is decided before.
 */
function strongestBand(composites: CompositeHit[], t: Playbook['thresholds']): CompositeHit[] {
  if (composites.length <= 1) return composites;
  let top = 0;
  for (const c of composites) top = Math.max(top, bandOf(c, t));
  return composites.filter((c) => bandOf(c, t) === top);
}
const bandOf = (c: CompositeHit, t: Playbook['thresholds']): number => (c.minRisk >= t.scam ? 2 : c.minRisk >= t.suspicious ? 1 : 0);

const LEVEL_ORDER: readonly AlertLevel[] = ['none', 'watch', 'warn', 'block'];
const alertRank = (l: AlertLevel): number => LEVEL_ORDER.indexOf(l);

/**
 * True when every cue that scores is a contact cue of the rules: who the other side claims to be,
 * the number it calls from, what it knows of the order. Such a turn is at most `watch`, whatever
 * its verdict: the alert (the live call's full-screen "hang up", the centre's alert, the
 * indicators it keeps) needs a story, a request, a composite, the text model's word or a number
 * the centre confirmed in a case. A genuine
 * repair call from a technician's mobile ("我是京东客服，师傅明天上门检修", caller id a 171 number
 * the citizen typed beside '京东客服') was told "这很可能是诈骗！挂断" at its first sentence and
 * its number was kept as a candidate indicator (newcomer7). The verdict stays: `fanzha number`
 * and a checked message say the same of that number (issue 8 §1.2).
 */
/** A number an anti-fraud centre confirmed in a case (src/signals/indicators.ts): the alert's own reason, not a claim. */
const CONFIRMED_NUMBER = 'contact.confirmed-number';

function onlyContactCues(fired: readonly FiredTactic[]): boolean {
  let any = false;
  for (const f of fired) {
    if (f.weight <= 0) continue;
    if (f.stage !== 'contact' || f.id === MODEL_ID || f.id === CONFIRMED_NUMBER) return false;
    any = true;
  }
  return any;
}

/**
 * The same evidence scored by each playbook that read the input (a message mixing Chinese and
 * English is read by both): the highest reading counts, with every composite that fired in any.
 * `playbooks` must not be empty; the first is the input's main language.
 */
export function scoreAcross(fired: readonly FiredTactic[], playbooks: readonly Playbook[], lang: Lang, ctx: ScoreContext = {}): Score {
  let best = score(fired, playbooks[0]!, lang, ctx);
  for (let i = 1; i < playbooks.length; i++) {
    const s = score(fired, playbooks[i]!, lang, ctx);
    const seen = new Set(best.composites.map((c) => c.id));
    const composites = [...best.composites, ...s.composites.filter((c) => !seen.has(c.id))];
    best = s.risk > best.risk ? { ...s, composites } : { ...best, composites };
  }
  return playbooks.length > 1 ? { ...best, composites: strongestBand(best.composites, playbooks[0]!.thresholds) } : best;
}
