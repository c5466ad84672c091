/**
 * The engine's public types and the zod schemas for everything that crosses a boundary
 * (CLI input, HTTP bodies, eval files). Internal stages import the plain types only.
 */
import { z } from 'zod';

/** The kill chain, in order. A conversation's stage is the furthest one it reached. */
export const STAGES = ['contact', 'pretext', 'shift', 'extraction', 'cover'] as const;
export type Stage = (typeof STAGES)[number];
export const stageRank = (s: Stage): number => STAGES.indexOf(s) + 1;

/**
 * Who said it. `caller` is the other party: the caller, the SMS sender, the chat counterpart.
 * `user` is the citizen we protect. `unknown` when the input does not say (plain pasted text):
 * caller-only cues still fire on it, because a pasted message is almost always the counterpart's.
 */
export const SpeakerSchema = z.enum(['caller', 'user', 'unknown']);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const ChannelSchema = z.enum(['call', 'sms', 'chat', 'text']);
export type Channel = z.infer<typeof ChannelSchema>;

export const VerdictSchema = z.enum(['safe', 'suspicious', 'scam']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Alert levels only rise during a session. */
export const ALERT_LEVELS = ['none', 'watch', 'warn', 'block'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];
export const alertRank = (l: AlertLevel): number => ALERT_LEVELS.indexOf(l);

export const LangSchema = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof LangSchema>;

/**
 * The language the input is read in: `auto` (default) detects it per turn from the words people
 * read (not links, tokens or codes), and a turn mixing Chinese and English is read by both playbooks.
 */
export const InputLangSchema = z.enum(['zh', 'en', 'auto']);
export type InputLang = z.infer<typeof InputLangSchema>;

/**
 * Who started the conversation. `counterpart`: the other side called, texted or wrote first (an
 * unsolicited contact, the scam's shape). `user`: the citizen opened it (a chat with the platform's
 * service started in its app). When absent: SMS and calls are the counterpart's; a chat or a pasted
 * text is whoever spoke first (a lone pasted text is the counterpart's).
 */
export const InitiatorSchema = z.enum(['user', 'counterpart']);
export type Initiator = z.infer<typeof InitiatorSchema>;

/**
 * Limits shared by every edge (CLI, HTTP, page, eval). Past `maxInputBytes` an input is refused
 * (a one-line error: nothing hangs). Under it, all of an input is READ, not refused: every turn,
 * and a text or turn over `maxTurnChars` as consecutive pieces of at most `maxTurnChars`
 * (src/engine/input.ts readTurns); evidence indexes the input as given. A live session's turn is
 * at most `maxTurnChars` and a live session holds at most `maxTurns` turns.
 */
export const LIMITS = {
  maxInputBytes: 1024 * 1024,
  maxTurnChars: 20_000,
  maxTurns: 2_000,
  /** What the input schemas accept before the pieces: one text's characters and a conversation's turns (the 1 MB ceiling bounds both anyway). */
  maxInputChars: 1024 * 1024,
  maxInputTurns: 100_000,
} as const;

export const TurnSchema = z.object({
  speaker: SpeakerSchema.default('unknown'),
  text: z.string().max(LIMITS.maxTurnChars),
  /** Decoded QR payloads that arrived with this turn (e.g. an image the caller sent). */
  qr: z.array(z.string().max(4096)).max(16).optional(),
  /**
   * Who spoke, as the transcript labels them (发言人1, 主持人, 张经理): several voices are a meeting's
   * form (src/pipeline/conversation-kind.ts). Optional; never shown in answers.
   */
  voice: z.string().min(1).max(64).optional(),
});
export type TurnInput = z.input<typeof TurnSchema>;
export type Turn = z.output<typeof TurnSchema>;
/** A turn of an input to analyse: longer than a live turn may be, the engine reads it in pieces of `maxTurnChars`. */
export const InputTurnSchema = TurnSchema.extend({ text: z.string().max(LIMITS.maxInputChars) });

/** The CLI's and the API's JSON input: one text, or a conversation. */
export const TextInputSchema = z.object({
    channel: ChannelSchema.default('text'),
    text: z.string().max(LIMITS.maxInputChars),
    /** Output language (descriptions, advice); default: the input's. */
    lang: LangSchema.optional(),
    inputLang: InputLangSchema.optional(),
    initiator: InitiatorSchema.optional(),
  }).strict();
export const ConversationInputSchema = z.object({
    channel: ChannelSchema.default('call'),
    turns: z.array(InputTurnSchema).min(1).max(LIMITS.maxInputTurns),
    /** Output language (descriptions, advice); default: the input's. */
    lang: LangSchema.optional(),
    inputLang: InputLangSchema.optional(),
    initiator: InitiatorSchema.optional(),
    /** What the caller said they are, and the number they called from, when known. */
    claimedIdentity: z.string().max(100).optional(),
    callerNumber: z.string().max(40).optional(),
  }).strict();
export const InputSchema = z.union([TextInputSchema, ConversationInputSchema]);
export type AnalyzeInput = z.input<typeof InputSchema>;

/** A span in the ORIGINAL text of one turn (UTF-16 offsets, end exclusive). */
export interface Evidence {
  turn: number;
  start: number;
  end: number;
  text: string;
}

export interface TacticHit {
  id: string;
  stage: Stage;
  weight: number;
  /** Set for a component (`role: 'component'`): shown as evidence of a composite, scores nothing alone (weight 0). */
  component?: true;
  description: string;
  evidence: Evidence[];
  /** Extra detail from a signal (a link finding, a number finding, the model's probability). */
  detail?: string;
}

export interface CompositeHit {
  id: string;
  description: string;
  minRisk: number;
}

export interface AnalyzeResult {
  verdict: Verdict;
  risk: number;
  /** Furthest kill-chain stage reached, or null when nothing fired. */
  stage: Stage | null;
  level: AlertLevel;
  /** The input's main language (the playbook that read most of it). */
  lang: Lang;
  tactics: TacticHit[];
  composites: CompositeHit[];
  advice: string[];
  /** First turn at which the alert reached `warn` (null if never). */
  alertTurn: number | null;
}

export interface Alert {
  level: AlertLevel;
  turn: number;
  risk: number;
  verdict: Verdict;
  tactics: string[];
  advice: string[];
}

export interface SessionState extends AnalyzeResult {
  turns: number;
}

export interface PushResult {
  state: SessionState;
  /** Set when this turn raised the alert level. */
  alert: Alert | null;
}
