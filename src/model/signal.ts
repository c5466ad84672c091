/**
 * How the statistical detector enters the engine: one signal, `contact.model`, shown as
 * "model: 0.93". This is the second level of a two-level detector: the first level is the rules
 * and the text model (which, as shipped, reads the turn's characters only: `features.rules` off),
 * and this file fuses the model's probability with whether rules fired, into risk points:
 * - at or above `floor` it adds up to `maxWeight` points after a rule hit, and with no rule hit
 *   from `aloneFloor` on (or from `floor` with `requireRuleEvidence` off): a paraphrase no rule
 *   names can still be caught;
 * - at or below `benignBelow`, on a turn where rules did fire, it subtracts `discount` points: a
 *   rule hit in an obviously benign text is discounted (composites still set their floor; a turn
 *   with a link, a number or a QR code is never discounted: the checkers judge those). A REQUEST of
 *   the kill chain (a code, a card, a transfer, a screen share, a reported loss…) is NEVER
 *   discounted, however sure the model is: a bare request has few words around it to read as
 *   benign, and a model trained on more of our legitimate requests read a caller's bare code request
 *   ("您看一下短信上写的几位数，说一下") at p = 0.008 (issue 8 §2, session 6, fault (a)). Where the
 *   rules read a request in legitimate text, the rule is fixed, not hidden by the model;
 * - it reads the counterpart's words only, never the citizen's own (src/model/voice.ts).
 * The curve and its parameters were chosen on development data (EVALUATION.md, "The model").
 */
import type { SignalHit, SignalProvider, TurnSignalInput } from '../signals/types.ts';
import { singleMessage } from '../playbook/single-message.ts';
import { modelAvailable, scoreText } from './classifier.ts';
import { counterpartWords } from './voice.ts';
import { modelText } from './text.ts';

import { MODEL_SIGNAL_ID } from './id.ts';

export { MODEL_SIGNAL_ID };

/** The scam threshold of both playbooks: at or above it the verdict is `scam` and the level `block`. */
const SKIP_AT_RISK = 70;

export interface ModelWeightParams {
  /** Below this probability the model adds nothing. */
  floor: number;
  /** Weight added at p = 1 (linear in p above the floor). */
  maxWeight: number;
  /** Only fire once a playbook tactic (not this signal) has fired (unless `aloneFloor` is reached). */
  requireRuleEvidence: boolean;
  /**
   * With `requireRuleEvidence`: at or above this probability the model fires even when no rule has
   * (a stricter floor than `floor`, since nothing else backs it). Absent or above 1: never alone.
   */
  aloneFloor?: number;
  /** Points when the model fires alone (default: the linear weight); 40 reaches `suspicious`. */
  aloneWeight?: number;
  /** Only turns before this index may fire alone (default `maxTurn`): scam scripts announce themselves early. */
  aloneMaxTurn?: number;
  /** Turns shorter than this are not scored (greetings say nothing). */
  minChars: number;
  /**
   * Only turns before this index are scored. Every scored turn is one more draw at a false alarm,
   * and a long real conversation (a 200-turn meeting) would get hundreds; scam scripts show early.
   */
  maxTurn: number;
  /** At or below this probability, a scored turn after a rule hit is discounted; 0 turns it off. */
  benignBelow?: number;
  /** Points subtracted by a benign reading (a positive number). */
  discount?: number;
  /**
   * When the only rules fired are weak contact cues (WEAK_CONTACT_CUES: an official-looking sender,
   * a request for contact details, a number to call back), the model adds points only from this
   * probability on, and then as if no rule had fired (`aloneWeight` when set). Absent or above 1:
   * never. Real notices carry those cues as often as scams do (issue 8 §2, session 6, fault (b)).
   */
  weakCueFloor?: number;
  /**
   * When the only rules fired are contact cues (CONTACT_CUES: who claims to write or call — a claimed
   * platform agent, desk or staff member —, a promised call-back, and the weak cues above), the model
   * adds points only from this probability on, and then as if no rule had fired (`aloneWeight` when
   * set); weak cues alone keep `weakCueFloor` when it is set. Absent: the weak cues keep `weakCueFloor`
   * and the other contact cues the shared curve. A
   * claimed identity or a promised call-back tells no story and asks nothing: "您好，这边是京东售后" and
   * "我在开会，等下给你打电话" open real calls too, so a model reading after them alone is as thin as a
   * model reading with no rule (issue 8 §2, session 7: a pinyin "wo zai kai hui, deng xia gei ni da dian
   * hua" read p 1.00 and reached suspicious 47 through the shared curve).
   */
  contactCueFloor?: number;
  /**
   * When the only rules fired are contact cues and a stranger's OPENER (OPENERS: "加错人了", "看你头像挺有
   * 气质", "交个朋友", "sorry, wrong number" — the first line of a befriending scam, and of a real wrong
   * number, a new neighbour, an old classmate), the model adds points only from this probability on, and
   * then as if no rule had fired (`aloneWeight` when set). An opener asks nothing and moves nowhere: what
   * makes the scam is the request or the move that follows (the composites read them), so the model's
   * reading after an opener is as thin as its reading alone. Absent: the opener takes the shared curve
   * after a rule (issue 8 §2, session 8: "不好意思加错人了，不过看你头像挺有气质的" read p 0.984 and the curve
   * added 34 points to the opener's 15: suspicious 49).
   */
  openerFloor?: number;
  /**
   * In ONE message (a non-call channel's first turn) written as a seller's own promotion — the
   * playbooks' one `promotion` rule (src/playbook/promotion.ts: a seller's marks, "尊敬的用户", "回T退订",
   * 特价, 开业…, and no other rule evidence than its own channels and an advert's words), read by the
   * engine with the score's function — the model adds points only from this probability on, linearly
   * to `maxWeight` at p = 1. Absent: `floor`. The score reads such a message as a promotion
   * (src/score/score.ts `promotionReading`: its own channels count for nothing, its words half) until
   * the model speaks, so the model's reading is the whole case for a flag, and a
   * promotion shares its words with the scam scripts the model learned (issue 8 §2, session 7: on the
   * never-read test half of real SMS the model added 5 flags to the rules' 20).
   */
  advertFloor?: number;
  /**
   * In ONE message (a non-call channel's first turn): at or below this probability the benign reading
   * (`discount`) applies also to a message with a link, a number or a QR code and to one whose requests
   * are all ORDINARY (src/playbook/single-message.ts: not `neverAsked`, `standalone`, `reports` or
   * `anyStory`) — never to a control shift. Absent: such a message is never discounted.
   */
  messageBenignBelow?: number;
}

/**
 * The shipped rule, chosen on development data only (`npx tsx scripts/model-compare.ts baseline "s9 "`,
 * EVALUATION.md "The model", session 9, with the text model of scripts/train.ts RECIPE): after a rule hit
 * the model adds from p = 0.95 up to 50 points at p = 1; with no rule hit, after weak contact cues only
 * (`weakCueFloor`) or after a stranger's opener only (`openerFloor`) it needs p ≥ 0.999 and then adds 40
 * (`suspicious` at most on its own); after contact cues only (a claimed agent, a promised call-back) from
 * p = 0.98 (`contactCueFloor`: 0.995 and 0.999 lost dev scams and moved no legitimate line); after a rule
 * hit p ≤ 0.2 takes 15 points off (never on a request, a control shift or a turn with an indicator); one
 * message that is only a seller's promotion gets points from p = 0.97 (`advertFloor`, session 7). Against
 * the weights shipped until session 9 on dev: customer-service scams 1,291 → 1,294, other-kind requests
 * 4,861 → 4,995, real SMS at risk ≥ 20 36 → 16, meetings at risk ≥ 20 4 → 3, no new `scam` on our text.
 * Session 13 (sms13): in one message the benign reading at p ≤ 0.2 (`messageBenignBelow`, the same line as
 * `benignBelow`, whose A-half real SMS at risk ≥ 20 sit at p 0.16–0.18) also discounts the sender's own channels and
 * MESSAGE_READABLE_REQUESTS. Dev (eval --split dev): real SMS at risk ≥ 20 A 5 → 3 / B 9 → 5, ≥ 30 B 4 → 2, flagged
 * 1 → 1; customer-service recall unchanged (109/497/688); other kinds with a request texts-8 3,253 → 3,251 (two
 * task-lure SMS with only a group and a link, p 0.06 and 0.14); our own legit SMS at risk ≥ 20 117 → 98.
 */
export const MODEL_WEIGHT_PARAMS: ModelWeightParams = {
  floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.999, aloneWeight: 40, minChars: 8, maxTurn: 20, benignBelow: 0.2, discount: 15,
  weakCueFloor: 0.999, contactCueFloor: 0.98, openerFloor: 0.999, advertFloor: 0.97, messageBenignBelow: 0.2,
};

/**
 * Risk points the model gives for probability `p`: `maxWeight` × (p − floor) / (1 − floor) at or
 * above the floor; −discount at or below `benignBelow` when rules fired; otherwise 0.
 */
export function modelEvidenceWeight(p: number, params: ModelWeightParams = MODEL_WEIGHT_PARAMS, rulesFired = true): number {
  if (Number.isNaN(p)) return 0;
  if (p >= params.floor) {
    const span = 1 - params.floor;
    const share = span <= 0 ? 1 : (p - params.floor) / span;
    return Math.round(params.maxWeight * Math.min(1, share) * 10) / 10;
  }
  if (rulesFired && (params.discount ?? 0) > 0 && p <= (params.benignBelow ?? 0)) return -(params.discount ?? 0);
  return 0;
}

/** A tactic id's kill-chain stage, from its name (`<stage>.<name>`; `extract.` is the extraction stage: test/model/voice-discount.test.ts checks every playbook). */
const STAGE_OF_PREFIX: Readonly<Record<string, string>> = { contact: 'contact', pretext: 'pretext', shift: 'shift', extract: 'extraction', cover: 'cover' };
const stageOf = (id: string): string | undefined => STAGE_OF_PREFIX[id.slice(0, id.indexOf('.'))];

/** A single-message class (src/playbook/single-message.ts): ids, `<prefix>.*` and `stage:<stage>` selectors. */
function selects(selectors: readonly string[]): (id: string) => boolean {
  const ids = new Set<string>(), prefixes: string[] = [], stages = new Set<string>();
  for (const s of selectors) {
    if (s.startsWith('stage:')) stages.add(s.slice(6));
    else if (s.endsWith('.*')) prefixes.push(s.slice(0, -1));
    else ids.add(s);
  }
  return (id) => ids.has(id) || stages.has(stageOf(id) ?? '') || prefixes.some((p) => id.startsWith(p));
}
const isRequest = selects([...singleMessage.requests, ...singleMessage.standalone, ...singleMessage.reports]);
/**
 * The requests a sender makes of its own service in a message, read benign when the model reads the whole
 * message as benign (`messageBenignBelow`): an ID or a name and address (a school, a courier, an office), the
 * account to pay a refund or payout into, a biller's payment link, a price quoted. Every other request — money
 * asked of the reader, a code, a card, control, a loss reported — is never discounted; a new request is not here
 * until measured.
 */
export const MESSAGE_READABLE_REQUESTS: ReadonlySet<string> = new Set([
  'extract.identity', 'extract.personal-info', 'extract.personal-details', 'extract.payout-account', 'extract.bill-link', 'extract.fee-quoted',
]);

/**
 * Does the evidence hold a REQUEST of the kill chain (a code, a card, a password, a transfer, a fee, a
 * screen share, a look-alike link, a report of a loss: the one-message rule's `requests`,
 * `standalone` and `reports`, src/playbook/single-message.ts)?
 */
export function holdsRequest(rules: Iterable<string>): boolean {
  for (const id of rules) if (isRequest(id)) return true;
  return false;
}

/**
 * Contact cues too weak to back the model's positive reading (fault (b) of issue 8 §2, session 6):
 * a sender's 【bracket】 or salutation, a request for name and phone, a number to call back. Real
 * notices carry them (a carrier's prize notice asking for the ID by reply read p = 0.999 with a
 * retrained model and took `contact.asks-details` from 10 to suspicious 59): with only these fired,
 * the model needs `weakCueFloor`.
 */
export const WEAK_CONTACT_CUES: ReadonlySet<string> = new Set(['contact.asks-details', 'contact.call-back-number', 'contact.official-sender']);

/**
 * Contact cues (`contactCueFloor`): the weak cues, a claimed identity (a platform's agent, a desk, a
 * member of staff) and a promised call-back. Each says who is writing or when they will call, none
 * tells what happened to you or asks for anything; with only these fired, the model's positive
 * reading is one class with its own floor. A relative's or a boss's claim (contact.acquaintance) is
 * not here: it is the story of the fake-boss and fake-relative scams.
 */
export const CONTACT_CUES: ReadonlySet<string> = new Set([
  ...WEAK_CONTACT_CUES, 'contact.impersonation', 'contact.claimed-desk', 'contact.claimed-staff', 'contact.promised-callback',
]);

/**
 * A stranger's opener (`openerFloor`): the befriending first line of the romance and pig-butchering
 * scripts ("不好意思加错人了", "看你头像挺有气质", "sorry, wrong number"), which a real wrong number, a new
 * neighbour or a classmate writes too. A story with no ask and no move: only with a request, a move or
 * a money story (the composites: online-romance-plus-money, wrong-number plus an investment pitch) is it
 * the scam. Tactic ids of both playbooks.
 */
export const OPENERS: ReadonlySet<string> = new Set(['pretext.online-romance', 'contact.wrong-number',
  // A relative's or a friend's new number with nothing asked ("舅，我是小军，我换号了，这是新号，存一下"): the impostor's
  // first line and every real family's; the ask that follows (打钱, 借我) is what the composites read (nc11-fp kind L3:
  // the model's 34 points carried the rules' 20 to suspicious 54).
  'contact.new-number']);

/**
 * Who the opener's writer claims to be, read with the opener as part of it: a relative or a friend on a new number
 * (contact.acquaintance beside contact.new-number). Alone, without an opener, it is the fake relative's story.
 */
export const OPENER_CLAIMS: ReadonlySet<string> = new Set(['contact.acquaintance']);

/**
 * A shift of control: the caller walks you through your phone in words (shift.guided-operation: "我教你在
 * 手机上操作", "你按我说的点"), watches your screen or takes it over. Like a request of the kill chain it is
 * never discounted by a benign reading (issue 8 §2, session 7: "control in words" calls lost their
 * `scam` verdict). Screen share and remote access are requests of the one-message rule already.
 */
export const CONTROL_SHIFTS: ReadonlySet<string> = new Set(['shift.guided-operation', 'shift.screen-share', 'shift.remote-access']);

/**
 * Is this one message a seller's own promotion (the playbooks' ONE `promotion` rule,
 * src/playbook/promotion.ts, read by the engine with the score's own function `promotionReading` and
 * passed as `input.promotion`)? A turn of a call, or a later turn of a conversation, never is; nor a turn
 * where no rule fired (`rules`: the rule ids fired so far, not the model's).
 */
export function advertOnly(rules: readonly string[], input: Pick<TurnSignalInput, 'channel' | 'turn' | 'promotion'>): boolean {
  if (rules.length === 0 || input.turn !== 0 || input.channel === undefined || input.channel === 'call') return false;
  return input.promotion === true;
}

const DESCRIPTION = { zh: '文本模型：话术与已知诈骗脚本相似', en: 'text model: reads like known scam scripts' };
const BENIGN = { zh: '文本模型：这段话读起来像正常的服务或提醒信息，降低了规则命中的分量', en: 'text model: reads like an ordinary service message or warning; the rule hits count for less' };

export function makeModelSignal(params: ModelWeightParams = MODEL_WEIGHT_PARAMS, score: (text: string, rules?: Iterable<string>) => number = scoreText): SignalProvider {
  return (input: TurnSignalInput): SignalHit[] => {
    if (input.text.length < params.minChars || input.turn >= params.maxTurn) return [];
    // The counterpart's words only: never the citizen's own turn, question or report (src/model/voice.ts).
    if (!counterpartWords(input.speaker, input.channel, input.normalisedText ?? input.text)) return [];
    // Once the conversation reads as a scam (risk ≥ 70, level block, which never falls), more model
    // evidence changes no verdict and no alert: skip the classifier's cost.
    if ((input.riskSoFar ?? 0) >= SKIP_AT_RISK) return [];
    const rules: string[] = [];
    for (const id of input.firedSoFar) if (id !== MODEL_SIGNAL_ID) rules.push(id);
    const alone = rules.length === 0;
    const aloneFloor = params.aloneFloor ?? 2;
    if (params.requireRuleEvidence && alone && (aloneFloor > 1 || input.turn >= (params.aloneMaxTurn ?? params.maxTurn))) return [];
    // The model reads what the rules read: an obfuscated spelling (spaced out, traditional,
    // look-alike letters, the playbook's variant spellings: src/model/text.ts) must not hide a scam
    // from it any more than from them.
    const p = score(modelText(input.normalisedText ?? input.text), rules);
    if (params.requireRuleEvidence && alone && p < aloneFloor) return [];
    // The model judges words, not indicators: a turn that carries a link, a number or a QR code is
    // never discounted (a look-alike domain in a polite sentence is still a look-alike domain).
    const indicators = input.urls.length > 0 || input.phones.length > 0 || input.qr.length > 0;
    // Only weak contact cues fired (a rule or a score-only frame such as the official sender's
    // salutation): they do not back a positive reading; the model must be very sure.
    let weakCue = false;
    for (const id of input.framesSoFar ?? []) if (WEAK_CONTACT_CUES.has(id)) weakCue = true;
    const weakOnly = rules.every((id) => WEAK_CONTACT_CUES.has(id)) && (weakCue || !alone);
    // Only contact cues fired (who writes, a promised call-back): with `contactCueFloor` one class.
    const cueOnly = params.contactCueFloor !== undefined && rules.every((id) => CONTACT_CUES.has(id)) && (weakCue || !alone);
    // Only contact cues and a stranger's opener fired (no request, no move, no other story): with `openerFloor` as if alone.
    const openerOnly = params.openerFloor !== undefined && !alone && rules.some((id) => OPENERS.has(id))
      && rules.every((id) => OPENERS.has(id) || CONTACT_CUES.has(id) || OPENER_CLAIMS.has(id));
    let weight: number;
    if (openerOnly && p >= params.floor) {
      weight = p < (params.openerFloor ?? 2) ? 0 : params.aloneWeight ?? modelEvidenceWeight(p, params, false);
    } else if ((weakOnly || cueOnly) && p >= params.floor) {
      // Weak cues alone keep their own floor when one is set (a real notice carries them as often as a scam).
      const cueFloor = (weakOnly ? params.weakCueFloor : undefined) ?? params.contactCueFloor ?? 2;
      weight = p < cueFloor ? 0 : params.aloneWeight ?? modelEvidenceWeight(p, params, false);
    } else {
      // One message that holds only an advert's marks: the model's lift starts later (`advertFloor`).
      const curve = params.advertFloor !== undefined && params.advertFloor > params.floor && advertOnly(rules, input) ? { ...params, floor: params.advertFloor } : params;
      const noControl = !rules.some((id) => CONTROL_SHIFTS.has(id));
      // One message the model reads as clearly benign: its own link or number and an ordinary request are discounted too.
      // Never when a checker flagged the turn's own link, number or QR code (a look-alike, an IP address, a
      // spoofed number): `fanzha url` calls it suspicious, and so must every surface (issue 8 §1.2).
      const message = params.messageBenignBelow !== undefined && p <= params.messageBenignBelow && input.turn === 0
        && input.channel !== undefined && input.channel !== 'call' && rules.length > 0 && noControl
        && input.flaggedThisTurn !== true
        && rules.every((id) => !isRequest(id) || MESSAGE_READABLE_REQUESTS.has(id));
      weight = alone && params.aloneWeight !== undefined && p >= aloneFloor
        ? params.aloneWeight
        : modelEvidenceWeight(p, message ? { ...curve, benignBelow: Math.max(curve.benignBelow ?? 0, params.messageBenignBelow ?? 0) } : curve,
          message || (rules.length > 0 && !indicators && !holdsRequest(rules) && noControl));
    }
    if (weight === 0) return [];
    return [{
      id: MODEL_SIGNAL_ID,
      stage: 'contact',
      weight,
      description: weight > 0 ? DESCRIPTION : BENIGN,
      detail: `model: ${p.toFixed(2)}`,
      // The model reads the whole turn, so there is no span to highlight: an empty span at the turn's
      // start names the turn, and the detail ("model: 0.93") explains it. Highlighting the whole
      // text would drown the rules' precise evidence on the page.
      evidence: [{ turn: input.turn, start: 0, end: 0, text: '' }],
    }];
  };
}

/** The provider the engine registers (DEFAULT_SIGNALS) when the model is enabled. */
export const modelSignal: SignalProvider = makeModelSignal();
export { modelAvailable };
