/**
 * The fold: a turn's evidence (src/pipeline/step.ts) merged into a conversation's state — the
 * languages read, who started it, the fired tactics with their evidence, the risk, the level that
 * only rises — and the result (verdict, stage, tactics, advice) built from a state on demand.
 * Pure: a new state is returned, the old one is left as it was (unchanged parts are shared).
 */
import { alertRank, stageRank, type Alert, type Evidence, type Lang, type SessionState, type Speaker, type Stage, type TacticHit } from '../types.ts';
import type { AdviceId, Playbook } from '../playbook/schema.ts';
import { scoreAcross, type FiredTactic, type Score } from '../score/score.ts';
import { inferInitiator } from '../score/initiator.ts';
import { adviceTexts, chooseAdvice } from '../advise/advise.ts';
import type { Engine } from '../engine/engine.ts';
import { MAX_EVIDENCE, type ConversationState, type FiredEntry } from './state.ts';
import type { TurnEvidence, TurnHit } from './step.ts';
import { foldKind, isAboutOthers, isMeeting, isStoppedTransfer, isWarnedGroup, type TurnActs } from './conversation-kind.ts';
import { kindAdvice } from '../playbook/scam-kinds.ts';

export interface FoldResult {
  state: ConversationState;
  /** Set when this turn raised the alert level. */
  alert: Alert | null;
}

/** The evidence scored by every playbook that read the conversation (main language first). */
/**
 * A loss reported (extract.user-paid): in talk about others it is a voice's own emergency ("二叔：我刚被骗了两万"), not
 * a case discussed, so such talk is not read as a meeting (conversation-kind.ts isAboutOthers).
 */
const reportsLoss = (fired: readonly FiredTactic[]): boolean => fired.some((f) => f.id === 'extract.user-paid' && f.weight > 0);

function scoreOf(engine: Engine, state: Pick<ConversationState, 'langs' | 'lang' | 'initiator' | 'channel' | 'turns' | 'kind'>, fired: readonly FiredTactic[], out: Lang): Score {
  const langs: readonly Lang[] = state.langs.length ? state.langs : [state.lang ?? 'zh'];
  const books: Playbook[] = langs.map((l) => engine.playbook(l).playbook);
  return scoreAcross(fired, books, out, { initiator: state.initiator, channel: state.channel, turns: state.turns, meeting: isMeeting(state.kind, state.turns) || (isAboutOthers(state.kind) && !reportsLoss(fired)), warnedGroup: isWarnedGroup(state.kind), stoppedTransfer: isStoppedTransfer(state.kind), components: engine.components });
}

/**
 * The fired list being changed by one turn: copied on its first change, so the state before the
 * turn keeps its own list. A tactic keeps its first {@link MAX_EVIDENCE} spans, and a later,
 * stronger reading of the same signal raises its weight (a payment QR after a pretext).
 */
class FiredDraft {
  private list: FiredEntry[] | null = null;
  /** Whether any hit added an entry, a span or weight (then the risk is scored again). */
  changed = false;
  constructor(private readonly base: readonly FiredEntry[]) {}

  get current(): readonly FiredEntry[] {
    return this.list ?? this.base;
  }

  add(id: string, stage: Stage, weight: number, ev: Evidence, extra?: TurnHit['signal']): void {
    const cur = this.current;
    let at = -1;
    for (let k = 0; k < cur.length; k++) if (cur[k]!.id === id) { at = k; break; }
    if (at < 0) {
      this.mutable().push({ id, stage, weight, evidence: [ev], ...(extra ? { detail: extra.detail, ...(extra.detailEn ? { detailEn: extra.detailEn } : {}), description: extra.description } : {}) });
      this.changed = true;
      return;
    }
    const f = cur[at]!;
    const moreEvidence = f.evidence.length < MAX_EVIDENCE && !f.evidence.some((e) => e.turn === ev.turn && e.start === ev.start);
    const stronger = weight > f.weight;
    if (!moreEvidence && !stronger) return;
    this.mutable()[at] = {
      ...f,
      evidence: moreEvidence ? [...f.evidence, ev] : f.evidence,
      ...(stronger ? { weight, ...(extra?.detail ? { detail: extra.detail } : {}), ...(extra?.detailEn ? { detailEn: extra.detailEn } : {}) } : {}),
    };
    this.changed = true;
  }

  private mutable(): FiredEntry[] {
    return (this.list ??= [...this.base]);
  }
}

// Every field of the state is written out below: a field added to ConversationState fails this
// check until nextState copies it too.
type Listed = 'lang' | 'forcedLang' | 'langs' | 'outputLang' | 'initiator' | 'channel' | 'claimedIdentity' | 'callerNumber'
  | 'turns' | 'risk' | 'level' | 'alertTurn' | 'fired' | 'kind' | 'carry' | 'retelling';
const allListed: Exclude<keyof ConversationState, Listed> extends never ? true : never = true;
void allListed;

type Moving = Pick<ConversationState, 'initiator' | 'lang' | 'langs' | 'fired' | 'turns' | 'risk' | 'level' | 'alertTurn' | 'kind' | 'carry' | 'retelling'>;

/**
 * `{ ...state, ...moving }`, written out (in initialState's key order) for the usual state
 * without a claimed identity or caller number: an object spread costs more than the rest of the
 * fold on a turn with no evidence.
 */
function nextState(state: ConversationState, m: Moving): ConversationState {
  if (state.claimedIdentity !== undefined || state.callerNumber !== undefined) return { ...state, ...m };
  return {
    lang: m.lang, forcedLang: state.forcedLang, langs: m.langs, outputLang: state.outputLang, initiator: m.initiator,
    channel: state.channel, turns: m.turns, risk: m.risk, level: m.level, alertTurn: m.alertTurn, fired: m.fired, kind: m.kind, carry: m.carry, retelling: m.retelling,
  };
}

/**
 * Who is telling a story after this turn (ConversationState.retelling): the speaker's retelling opens
 * on a frame word, goes on while each of their turns tells (a blank turn changes nothing), and ends on
 * one that tells nothing. The other speakers' are left as they were. Unchanged: the same array.
 */
function retellingAfter(open: readonly Speaker[], ev: TurnEvidence): readonly Speaker[] {
  if (!ev.hasText) return open;
  const was = open.includes(ev.speaker);
  const is = ev.narration !== undefined && (ev.narration.opens || (was && ev.narration.tells));
  if (is === was) return open;
  return is ? [...open, ev.speaker] : open.filter((s) => s !== ev.speaker);
}

/** The cover-up lines that keep the citizen from others (secrecy, a lie to the bank): no stopping call says them. */
const HUSH: readonly string[] = ['cover.secrecy', 'cover.lie-to-bank'];

/** Whether the turn held a move (a positively weighted shift or extraction) and a cover-up line (conversation-kind.ts answerAfter). */
function actsOf(ev: TurnEvidence): TurnActs {
  let moved = false, covered = false, hushed = false;
  for (const h of ev.hits) {
    if (h.weight <= 0) continue;
    if (h.stage === 'shift' || h.stage === 'extraction') moved = true;
    else if (h.stage === 'cover') { covered = true; if (HUSH.includes(h.id)) hushed = true; }
  }
  return hushed ? { moved, covered, hushed } : { moved, covered };
}

/** Merge one turn's evidence into the state. `ev.index` must be `state.turns` (the next turn). */
export function foldTurn(engine: Engine, state: ConversationState, ev: TurnEvidence): FoldResult {
  if (ev.index !== state.turns) throw new Error(`turn ${ev.index} folded into a state at turn ${state.turns}`);
  let changed = false;
  let { initiator, lang, langs } = state;
  if (initiator === null && ev.hasText) {
    initiator = inferInitiator(state.channel, ev.speaker, ev.errand === true);
    changed = true;
  }
  if (ev.langs) {
    if (ev.langs.sure === false) {
      // A greeting ("caller: hi") before the Chinese lines: its language is provisional, and it is
      // not one of the languages the conversation is in (langs stays empty until a sentence's worth).
      lang ??= ev.langs.primary;
    } else {
      if (langs.length === 0 && state.forcedLang === null && lang !== ev.langs.primary) { lang = ev.langs.primary; changed = true; }
      for (const l of ev.langs.all) {
        if (!langs.includes(l)) { langs = [...langs, l]; changed = true; }
      }
    }
  }
  const draft = new FiredDraft(state.fired);
  for (const h of ev.hits) {
    draft.add(h.id, h.stage, h.weight, h.evidence[0]!, h.signal);
    for (let k = 1; k < h.evidence.length; k++) draft.add(h.id, h.stage, h.weight, h.evidence[k]!);
  }
  if (draft.changed) changed = true;
  const fired = draft.current;
  const turns = state.turns + 1;
  const kind = foldKind(state.kind, ev.kindCues, ev.speaker, ev.voice, ev.hasText, state.turns, actsOf(ev));
  // Becoming a meeting (or ceasing to be one: a lure), or a group's warning answered, changes how the same evidence reads.
  if (isMeeting(kind, turns) !== isMeeting(state.kind, state.turns) || isWarnedGroup(kind) !== isWarnedGroup(state.kind)
    || isStoppedTransfer(kind) !== isStoppedTransfer(state.kind) || isAboutOthers(kind) !== isAboutOthers(state.kind)) changed = true;
  let { risk, level, alertTurn } = state;
  let scored: Score | null = null;
  if (changed) {
    const s = scored = scoreOf(engine, { langs, lang, initiator, channel: state.channel, turns, kind }, fired, lang ?? 'zh');
    risk = s.risk;
    // The level only rises: a calmer later turn does not undo an alert already given.
    if (alertRank(s.level) > alertRank(level)) level = s.level;
    if (alertTurn === null && alertRank(level) >= alertRank('warn')) alertTurn = Math.max(0, turns - 1);
  }
  // A blank turn keeps nothing to join; any turn replaces the carry (only adjacent turns join).
  const carry = ev.carry ?? null;
  const retelling = retellingAfter(state.retelling, ev);
  const next = nextState(state, { initiator, lang, langs, fired, turns, risk, level, alertTurn, kind, carry, retelling });
  let alert: Alert | null = null;
  if (alertRank(next.level) > alertRank(state.level)) {
    // The level rose, so the turn was scored just now, from this state: the result reuses that
    // score when its output language is the one the fold scored in (the input's).
    const r = buildResult(engine, next, scored !== null && (next.outputLang ?? next.lang ?? 'zh') === (next.lang ?? 'zh') ? scored : undefined);
    alert = { level: r.level, turn: ev.index, risk: r.risk, verdict: r.verdict, tactics: r.tactics.map((t) => t.id), advice: r.advice };
  }
  return { state: next, alert };
}

/**
 * The conversation's result from a state: verdict and risk scored in the output language (for the
 * composites' descriptions), the furthest stage, tactics in kill-chain order with their evidence,
 * and the advice. Built on demand: a live call that only watches for alerts does not pay for it.
 * `score`: the state's score in its output language when the caller has it (the fold, on an alert).
 */
/** 1 for a legitimacy frame listed last (`calm`: the engine's calm frames once the verdict is not safe, else none). */
function calmLast(calm: ReadonlySet<string>, id: string): number {
  return calm.has(id) ? 1 : 0;
}
const NO_FRAMES: ReadonlySet<string> = new Set();

export function buildResult(engine: Engine, state: ConversationState, score?: Score): SessionState {
  const lang = state.lang ?? 'zh';
  const out = state.outputLang ?? lang;
  const outBook = engine.playbook(out).playbook;
  const fired = state.fired;
  const s = score ?? scoreOf(engine, state, fired, out);

  // A legitimacy frame (an advert's, a sender's own notice) is no reason for a warning: once the verdict
  // is not safe it comes last, never as the first line (newcomer8 kind 6: a wealth app's scam listed "an
  // advert" first). Still listed: the officer sees why the promotion rule did or did not hold.
  const calm = s.verdict !== 'safe' ? engine.calmFrames : NO_FRAMES;
  const tactics: TacticHit[] = [...fired]
    .sort((a, b) => calmLast(calm, a.id) - calmLast(calm, b.id) || stageRank(a.stage) - stageRank(b.stage) || (a.evidence[0]?.turn ?? 0) - (b.evidence[0]?.turn ?? 0))
    .map((f) => ({
      id: f.id, stage: f.stage, weight: f.weight, ...(engine.components.has(f.id) ? { component: true } : {}),
      description: f.description?.[out] ?? engine.describe(f.id, out, lang),
      evidence: f.evidence as Evidence[], ...(f.detail ? { detail: out === 'en' && f.detailEn ? f.detailEn : f.detail } : {}),
    }));
  const stagesSeen = new Set(fired.filter((f) => f.weight > 0).map((f) => f.stage));
  // The furthest stage reached; a cover-up line ("不要挂电话") early in a call is pressure, not
  // a stage beyond extraction, so `cover` counts only once something was extracted.
  let stage: Stage | null = null;
  for (const st of stagesSeen) {
    if (st === 'cover' && !stagesSeen.has('extraction')) continue;
    if (!stage || stageRank(st) > stageRank(stage)) stage = st;
  }
  const requested: AdviceId[] = [];
  const requestedBy: AdviceId[][] = [];
  for (const f of fired) {
    const own = engine.tacticAdvice(f.id, lang) ?? engine.signalAdvice(f.id);
    requested.push(...own);
    requestedBy.push([...own]);
  }
  const inBook = out === lang ? outBook : engine.playbook(lang).playbook;
  const scored = fired.filter((f) => f.weight > 0).map((f) => f.id);
  const evidence = [...scored, ...fired.filter((f) => engine.components.has(f.id)).map((f) => f.id)];
  const chosen = chooseAdvice({ verdict: s.verdict, requested, requestedBy, fired: scored, stagesSeen, evidence }, kindAdvice(fired), outBook.adviceNeeds, outBook.adviceExclusive);
  const advice = adviceTexts(chosen, outBook, state.channel, inBook);

  return {
    verdict: s.verdict, risk: s.risk, stage, level: state.level, lang, tactics,
    composites: s.composites, advice, alertTurn: state.alertTurn, turns: state.turns,
  };
}

/**
 * A state whose risk is recomputed from its evidence (after loading one stored without it), with
 * the level raised to match, as a live session would have it.
 */
export function rescore(engine: Engine, state: ConversationState): ConversationState {
  if (state.fired.length === 0) return state;
  const s = scoreOf(engine, state, state.fired, state.lang ?? 'zh');
  const level = alertRank(s.level) > alertRank(state.level) ? s.level : state.level;
  const alertTurn = state.alertTurn === null && alertRank(level) >= alertRank('warn') ? Math.max(0, state.turns - 1) : state.alertTurn;
  return { ...state, risk: s.risk, level, alertTurn };
}
