/**
 * The API's request bodies and query strings (validated with zod) and its response shapes
 * (used for the OpenAPI document only; responses are built by code that the types check).
 */
import { z } from 'zod';
import {
  ALERT_LEVELS, ChannelSchema, ConversationInputSchema, InitiatorSchema, InputLangSchema, InputSchema as EngineInputSchema, LangSchema, LIMITS, STAGES, TextInputSchema,
  InputTurnSchema, TurnSchema as EngineTurnSchema, VerdictSchema,
} from '../types.ts';
import { MAX_URL_ARGUMENT } from '../checks/url/check.ts';
import { ALERT_STATUSES } from '../store/store.ts';
import { PAYMENT_DECISIONS } from './payment.ts';

/**
 * Text that says something: not empty once whitespace, zero-width and other invisible format
 * characters (Unicode Cc, Cf, Z) are taken away. One linear pass.
 */
export function meaningful(text: string): boolean {
  return text.replace(/[\s\p{Cc}\p{Cf}\p{Z}]/gu, '').length > 0;
}
const NOTHING = 'says nothing (empty, spaces or invisible characters only)';

/** One utterance as the API takes it: the engine's turn, unknown fields rejected, `seq` for retries. */
export const TurnSchema = EngineTurnSchema.extend({
  /**
   * The client's number for this turn (0, 1, 2, … in the order spoken). A turn whose seq was
   * already accepted is not counted again (the answer says `duplicate: true`); a jump reports the
   * missing numbers in `gap`.
   */
  seq: z.number().int().min(0).max(1_000_000).optional()
    .describe('Your number for this turn (0, 1, 2, …): a repeated seq is not counted twice (duplicate: true); a jump is reported in gap'),
}).strict().refine((t) => meaningful(t.text) || (t.qr?.length ?? 0) > 0, { message: `text ${NOTHING}`, path: ['text'] });

/**
 * `POST /v1/analyze` and a payment check's `conversation`: the engine's input with unknown fields
 * rejected at every level (the engine's own turn schema drops them). Whether it says anything
 * is checked by the route (`inputSaysSomething`), so that answer has its own code, `empty_input`.
 */
export const InputSchema = z.union([
  TextInputSchema,
  ConversationInputSchema.extend({ turns: z.array(InputTurnSchema.strict()).min(1).max(LIMITS.maxInputTurns) }),
]);

/** True when some turn of the input says something (routes answer 400 `empty_input` otherwise). */
export function inputSaysSomething(input: { text: string } | { turns: readonly { text: string; qr?: readonly string[] | undefined }[] }): boolean {
  return 'text' in input ? meaningful(input.text) : input.turns.some((t) => meaningful(t.text) || (t.qr?.length ?? 0) > 0);
}
/** What the engine's schema accepts, for callers that hand the parsed body to the engine. */
export type EngineInput = z.input<typeof EngineInputSchema>;

export const UrlCheckBody = z.object({
  /** Up to 64 KB: a link padded past 4 KB is still judged by its host (the `overlong` finding). */
  url: z.string().min(1).max(MAX_URL_ARGUMENT).refine(meaningful, { message: `url ${NOTHING}` }),
}).strict();
export const NumberCheckBody = z.object({
  /** A phone number: at least 3 digits (110, 96110, +86 170 1234 5678, 95118). */
  number: z.string().min(1).max(40).refine((n) => (n.match(/[0-9０-９]/g)?.length ?? 0) >= 3, { message: 'number has fewer than 3 digits: not a phone number' }),
  /** What the caller claims to be, e.g. "淘宝客服". */
  claims: z.string().max(100).optional(),
  /** Whose reading (default zh, a reader in China): for `en`, an English reader, a +1 / +44 number alone is no finding. */
  lang: LangSchema.optional(),
}).strict();

const CALLER_NUMBER_MESSAGE = 'must be a phone number: digits, +, spaces, dashes and parentheses, 3 to 32 characters with at least 3 digits';
/**
 * A calling number as people type it: ASCII or full-width (a Chinese IME's) digits, `+`, spaces,
 * dashes and parentheses; 3–32 characters with at least 3 digits. Anything else (markup, letters,
 * line breaks) is a 400 naming the field.
 */
export const CallerNumber = z.string()
  .regex(/^[0-9０-９+＋ \u3000()（）\-－‐‑–—]{3,32}$/, { message: CALLER_NUMBER_MESSAGE })
  .refine((n) => (n.match(/[0-9０-９]/g)?.length ?? 0) >= 3, { message: CALLER_NUMBER_MESSAGE });

export const OpenSessionBody = z.object({
  channel: ChannelSchema.default('call'),
  /** Output language (descriptions, advice); default: the input's. */
  lang: LangSchema.optional(),
  /** The playbook that reads the turns: zh, en, or auto (default: per turn, both for a mixed turn). */
  inputLang: InputLangSchema.optional(),
  /** Who started the conversation; default: the counterpart for a call or SMS, the first speaker for a chat. */
  initiator: InitiatorSchema.optional(),
  /** The number that called, as shown on the phone: digits, `+`, spaces, dashes and parentheses, 3–32 characters with at least 3 digits. */
  callerNumber: CallerNumber.optional(),
  claimedIdentity: z.string().max(100).optional(),
  /** Where citizen warnings for this session go (an app's device token); opaque to fanzha. */
  recipient: z.string().max(200).optional(),
}).strict();

export const SessionIdParams = z.object({ id: z.string().uuid() });
export const AlertIdParams = SessionIdParams;

const Instant = z.union([z.iso.datetime({ offset: true }), z.string().regex(/^\d{1,15}$/)])
  .transform((v) => (/^\d+$/.test(v) ? Number(v) : Date.parse(v)));

/** `GET /v1/sessions`: the calling key's sessions, newest first; `before` is the previous page's `next`. */
export const SessionListQuery = z.object({
  status: z.enum(['active', 'ended', 'expired']).optional(),
  before: Instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
}).strict();

export const AlertQuery = z.object({
  level: z.enum(ALERT_LEVELS).optional(),
  status: z.enum(ALERT_STATUSES).optional(),
  since: Instant.optional(),
  until: Instant.optional(),
  sessionId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
}).strict();

export const AlertPatchBody = z.object({
  status: z.enum(ALERT_STATUSES),
  note: z.string().max(2000).optional(),
}).strict();

/**
 * The largest transfer the payment check takes, in yuan: ¥100,000,000 (一亿). A person's transfer is far below it (banks
 * cap a day's online transfers in the millions); 1e12 was accepted and answered as if it were a sum (newcomer16 K5).
 */
export const MAX_TRANSFER_YUAN = 100_000_000;
/** A payee field given but blank ("" or white space) is an error, not an unknown: leave it out instead (newcomer16 K5). */
const notBlank = (s: string): boolean => s.trim().length > 0;
/** Yuan with at most two decimals (fen), as a JSON number: 9063 or 9063.5 or 0.01. */
const hasAtMostFen = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

export const TransferSchema = z.object({
  /** The amount in yuan (人民币元, CNY) as a decimal number with at most two decimals: 9063.50. Must be above 0. */
  amount: z.number().positive().max(MAX_TRANSFER_YUAN, { message: `amount is over ¥${MAX_TRANSFER_YUAN.toLocaleString('en-US')}: no single transfer a person makes is that large; give the amount in yuan, e.g. 9063.5` })
    .refine(hasAtMostFen, { message: 'amount is in yuan with at most two decimals (fen), e.g. 9063.5' })
    .describe('The amount in yuan (CNY) as a JSON number with at most two decimals, above 0 and at most 100,000,000: 9063.5 is ¥9,063.50'),
  /** Only CNY is supported. */
  currency: z.literal('CNY').default('CNY').describe('Only CNY'),
  /** First transfer to this payee (or say it as `payee.new`). */
  payeeNew: z.boolean().optional().describe('First transfer to this payee (or payee.new); one of the two is required'),
  channel: z.enum(['app', 'web', 'counter', 'atm', 'qr', 'other']).default('app'),
  screenShareActive: z.boolean().default(false),
  callActive: z.boolean().default(false),
  /** The caller on the active call is in the user's contacts. */
  callerKnown: z.boolean().default(false),
  loanJustDrawn: z.boolean().default(false),
}).strict();

/** Who the money goes to. Checked against what the other side said in the conversation. */
export const PayeeSchema = z.object({
  /** Account or card number as the user entered it (spaces and dashes allowed). Never stored; compared as a keyed hash. */
  account: z.string().max(64).refine(notBlank, { message: 'payee.account is empty: leave it out, or give the account or card number' }).optional().describe('Account or card number as entered (spaces, dashes allowed); compared with the accounts the other side read out; never stored'),
  /** Account holder's name. */
  name: z.string().max(100).refine(notBlank, { message: 'payee.name is empty: leave it out, or give the account holder\'s name' }).optional().describe('Account holder name'),
  /** The payee's bank. */
  bank: z.string().max(100).refine(notBlank, { message: 'payee.bank is empty: leave it out, or give the payee\'s bank' }).optional().describe('The payee\'s bank'),
  /** First transfer to this payee. */
  new: z.boolean().optional().describe('First transfer to this payee'),
}).strict();

export const PaymentCheckBody = z.object({
  sessionId: z.string().uuid().optional().describe('A live session opened with your key (or whose token you hold)'),
  conversation: InputSchema.optional().describe('Or the conversation itself, as for /v1/analyze'),
  transfer: TransferSchema,
  payee: PayeeSchema.optional(),
  /** Language of reasons and advice (default: the conversation's, else zh). */
  lang: LangSchema.optional(),
}).strict()
  .refine((b) => !(b.sessionId && b.conversation), { message: 'give a sessionId or a conversation, not both' })
  .refine((b) => b.transfer.payeeNew !== undefined || b.payee?.new !== undefined, { message: 'say whether the payee is new: transfer.payeeNew or payee.new', path: ['payee', 'new'] })
  .refine((b) => b.transfer.payeeNew === undefined || b.payee?.new === undefined || b.transfer.payeeNew === b.payee.new, { message: 'transfer.payeeNew and payee.new disagree', path: ['payee', 'new'] });

export const PAYMENT_OUTCOMES = ['proceeded', 'cancelled', 'reported'] as const;
/** `POST /v1/payment-checks/{id}/outcome`: what happened after the answer. */
export const PaymentOutcomeBody = z.object({
  /** proceeded: the transfer went ahead; cancelled: the user or bank stopped it; reported: reported to police (110/96110) or the bank's fraud line. */
  outcome: z.enum(PAYMENT_OUTCOMES).describe('proceeded: the transfer went ahead; cancelled: stopped by the user or the bank; reported: reported to 110/96110 or the bank\'s fraud line'),
}).strict();

export const KeyCreateBody = z.object({
  role: z.enum(['officer', 'supervisor', 'staff', 'partner', 'admin']),
  label: z.string().max(100).optional(),
}).strict();
export const KeyIdParams = z.object({ id: z.string().min(1).max(40) });

export const AuditQuery = z.object({
  since: Instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
}).strict();

export const OutboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }).strict();

// ---- response shapes, for the OpenAPI document ----

export const ErrorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const EvidenceSchema = z.object({ turn: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() });
const TacticHitSchema = z.object({
  id: z.string(), stage: z.enum(STAGES), weight: z.number(),
  /** A component: shown as evidence of a combination (composite), scores nothing alone (weight 0). */
  component: z.literal(true).optional(),
  description: z.string(),
  evidence: z.array(EvidenceSchema), detail: z.string().optional(),
});
const ScamKindSchema = z.object({ id: z.string(), name: z.string(), shoppingApp: z.boolean() });
export const AnalyzeResultSchema = z.object({
  verdict: VerdictSchema,
  risk: z.number().min(0).max(100),
  stage: z.enum(STAGES).nullable(),
  level: z.enum(ALERT_LEVELS),
  lang: LangSchema,
  tactics: z.array(TacticHitSchema),
  composites: z.array(z.object({ id: z.string(), description: z.string(), minRisk: z.number() })),
  advice: z.array(z.string()),
  alertTurn: z.number().int().nullable(),
  /** The scam kind, by its name in the playbook's table (src/playbook/scam-kinds.ts), for the headline; null when safe or no kind is told. */
  kind: ScamKindSchema.nullable().optional(),
});
const SessionStateSchema = AnalyzeResultSchema.extend({ turns: z.number().int() });
export const AlertSchema = z.object({
  id: z.string(), sessionId: z.string(), level: z.enum(ALERT_LEVELS), risk: z.number(), verdict: VerdictSchema,
  turn: z.number().int(), tactics: z.array(z.string()), advice: z.array(z.string()),
  evidence: z.array(TacticHitSchema), status: z.enum(ALERT_STATUSES), createdAt: z.string(), updatedAt: z.string(),
});
export const SessionSchema = z.object({
  id: z.string(), channel: ChannelSchema, lang: LangSchema.nullable(), status: z.enum(['active', 'ended', 'expired']),
  turns: z.number().int(), level: z.enum(ALERT_LEVELS), risk: z.number(), verdict: VerdictSchema,
  callerNumber: z.string().nullable(), claimedIdentity: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(), endedAt: z.string().nullable(),
  state: SessionStateSchema.nullable(), alerts: z.array(AlertSchema),
  transcript: z.array(z.object({ turn: z.number().int(), speaker: z.string(), text: z.string().nullable() })).optional(),
});
export const TurnResultSchema = z.object({
  sessionId: z.string(), turn: z.number().int(), state: SessionStateSchema,
  alert: z.object({
    id: z.string().nullable(), level: z.enum(ALERT_LEVELS), turn: z.number().int(), risk: z.number(),
    verdict: VerdictSchema, tactics: z.array(z.string()), advice: z.array(z.string()),
  }).nullable(),
  /** The turn's seq was already counted: nothing was added (the state is the current one). */
  duplicate: z.literal(true).optional(),
  /** The seq jumped: `missing` turns between `expected` and `received` never arrived. */
  gap: z.object({ expected: z.number().int(), received: z.number().int(), missing: z.number().int() }).optional(),
  /** A seq lower than one already counted (a late turn filling a gap); counted now. */
  outOfOrder: z.literal(true).optional(),
});
export const PaymentCheckResultSchema = z.object({
  /** The check's id, for `POST /v1/payment-checks/{id}/outcome`. */
  id: z.string(),
  decision: z.enum(PAYMENT_DECISIONS),
  reasons: z.array(z.object({ rule: z.string(), decision: z.enum(PAYMENT_DECISIONS), reason: z.string() })),
  advice: z.array(z.string()),
  risk: z.number().nullable(),
  verdict: VerdictSchema.nullable(),
  /** The scam kind the conversation tells, named in the reasons and the hold; null when none. */
  kind: ScamKindSchema.nullable(),
  /** Which payee fields the other side of the conversation said (all false without a conversation or payee). */
  payeeMatch: z.object({ account: z.boolean(), name: z.boolean(), bank: z.boolean() }),
});
export const PaymentCheckRecordSchema = z.object({
  id: z.string(), sessionId: z.string().nullable(), decision: z.enum(PAYMENT_DECISIONS), rules: z.array(z.string()),
  amount: z.number().nullable(), currency: z.literal('CNY'), outcome: z.enum(PAYMENT_OUTCOMES).nullable(),
  outcomeAt: z.string().nullable(), createdAt: z.string(),
});
export const FindingsSchema = z.object({ findings: z.array(z.record(z.string(), z.unknown())) }).passthrough();
