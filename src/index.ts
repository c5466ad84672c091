/**
 * fanzha's library API. Synchronous and pure: no I/O, no clock; one compiled matcher per
 * language, shared by every call and session.
 */
import { Engine } from './engine/engine.ts';
import { PLAYBOOKS } from './playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from './signals/index.ts';
import { makeModelSignal, modelSignal, type ModelWeightParams } from './model/signal.ts';
import { Session, SessionSnapshotSchema, InputError, type SessionOptions, type SessionSnapshot } from './session/session.ts';
import { placeInInput, readTurns, validateInput, type InputPiece } from './engine/input.ts';
import type { AnalyzeInput, AnalyzeResult, Initiator, InputLang, Lang, TurnInput } from './types.ts';

export * from './types.ts';
export { Engine } from './engine/engine.ts';
export { Session, InputError, SessionSnapshotSchema } from './session/session.ts';
export type { SessionOptions, SessionSnapshot } from './session/session.ts';
export { stateToSnapshot, stateFromSnapshot, stateForOptions } from './session/session.ts';
export { initialState, type ConversationState, type ConversationContext, type FiredEntry } from './pipeline/state.ts';
export { analyzeTurn, type TurnEvidence, type TurnHit, type StepOptions } from './pipeline/step.ts';
export { foldTurn, buildResult, rescore, type FoldResult } from './pipeline/fold.ts';
export { parseInput, validateInput, parseSpeakerLines, readTurns, placeInInput, looksBinary, isBlankText, EMPTY_INPUT_MESSAGE, type InputPiece } from './engine/input.ts';
export { maskPII } from './entities/mask.ts';
export { extractEntities, luhnValid, chineseIdValid } from './entities/entities.ts';
export { normalise, toOriginal } from './normalise/normalise.ts';
export { detectLang, detectLangs } from './normalise/lang.ts';
export { violatesWarningRule } from './advise/advise.ts';

/**
 * An engine with the shipped playbooks and checks, with the text classifier on or off (default:
 * as shipped) and, for measuring the fusion rule, other classifier parameters.
 */
export function createEngine(options: { model?: boolean; modelParams?: ModelWeightParams } = {}): Engine {
  const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
  const withModel = options.model ?? DEFAULT_SIGNALS.includes(modelSignal);
  const signals = withModel ? [...rulesOnly, options.modelParams ? makeModelSignal(options.modelParams) : modelSignal] : rulesOnly;
  return new Engine({ playbooks: PLAYBOOKS, signals, signalCatalog: SIGNAL_CATALOG });
}

let defaultEngine: Engine | null = null;
/** The engine with the shipped playbooks and signals, compiled on first use. */
export function getEngine(): Engine {
  defaultEngine ??= new Engine({ playbooks: PLAYBOOKS, signals: DEFAULT_SIGNALS, signalCatalog: SIGNAL_CATALOG });
  return defaultEngine;
}

export interface AnalyzeOptions {
  /** The playbook that reads the input: zh, en, or auto (default: per turn, both for a mixed turn). Overrides the input's `inputLang`. */
  inputLang?: InputLang;
  /** Output language (descriptions, advice); default: the input's `lang`, else the input's main language. */
  lang?: Lang;
  /** The same as `lang` (kept for compatibility). */
  outputLang?: Lang;
  /** Who started the conversation; overrides the input's `initiator`. */
  initiator?: Initiator;
  engine?: Engine;
  /** Confirmed scam indicators (`kind:value` → case ref), see SessionOptions.indicators. */
  indicators?: ReadonlyMap<string, string>;
}

/** Turns of any input shape; a lone text is one turn whose speaker is not known. */
export function inputTurns(input: AnalyzeInput): TurnInput[] {
  return 'turns' in input ? input.turns : [{ speaker: 'unknown', text: input.text }];
}

/** Analyse one text (a string) or a whole conversation (the JSON input shape). */
export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): AnalyzeResult {
  const { session, turns, pieces } = startAnalysis(input, options);
  for (const turn of turns) session.push(turn);
  const { turns: _turns, ...result } = session.state();
  return placeInInput(result, pieces);
}

/**
 * `analyze`, giving the event loop back between turns once `sliceMs` of work has been done: the
 * same result, but a 1 MB conversation (54 turns of 20,000 characters) no longer holds a server's
 * other requests for its whole duration (issue 12 §1).
 */
export async function analyzeYielding(input: AnalyzeInput | string, options: AnalyzeOptions = {}, sliceMs = 5): Promise<AnalyzeResult> {
  const { session, turns, pieces } = startAnalysis(input, options);
  let since = performance.now();
  for (const turn of turns) {
    session.push(turn);
    if (performance.now() - since >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  const { turns: _turns, ...result } = session.state();
  return placeInInput(result, pieces);
}

/** The session and the turns it reads: all of the input, a long text or turn in pieces (readTurns), told back in the input's own turns and offsets (placeInInput). */
function startAnalysis(input: AnalyzeInput | string, options: AnalyzeOptions): { session: Session; turns: TurnInput[]; pieces: InputPiece[] | null } {
  const parsed = typeof input === 'string' ? validateInput({ channel: 'text', text: input }) : validateInput(input);
  const { turns, pieces } = readTurns(parsed);
  const out = options.lang ?? options.outputLang ?? parsed.lang;
  const inputLang = options.inputLang ?? parsed.inputLang;
  const initiator = options.initiator ?? parsed.initiator;
  const session = createSession({
    channel: parsed.channel ?? 'text',
    ...(inputLang ? { inputLang } : {}),
    ...(out ? { outputLang: out } : {}),
    ...(initiator ? { initiator } : {}),
    ...(options.indicators ? { indicators: options.indicators } : {}),
    ...('turns' in parsed && parsed.claimedIdentity ? { claimedIdentity: parsed.claimedIdentity } : {}),
    ...('turns' in parsed && parsed.callerNumber ? { callerNumber: parsed.callerNumber } : {}),
  }, options.engine);
  return { session, turns, pieces };
}

export function createSession(options: SessionOptions = {}, engine: Engine = getEngine()): Session {
  return new Session(engine, options);
}

/** `options.indicators` (the confirmed-indicator lookup, not part of a snapshot) may be given again on restore. */
export function restoreSession(snapshot: SessionSnapshot, engine: Engine = getEngine(), options: Pick<SessionOptions, 'indicators'> = {}): Session {
  const r = SessionSnapshotSchema.safeParse(snapshot);
  if (!r.success) throw new InputError('invalid session snapshot');
  return new Session(engine, options, r.data);
}
