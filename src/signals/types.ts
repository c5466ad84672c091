/**
 * Signals: evidence that comes from checkers rather than from playbook cues (a look-alike link,
 * a spoofed number, a payment QR code, the statistical model). A provider is a pure function of
 * one turn; the engine turns its hits into tactic hits with the same shape as the playbook's.
 */
import type { Channel, Evidence, Speaker, Stage } from '../types.ts';
import type { UrlReport } from '../checks/url/check.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface TurnSignalInput {
  turn: number;
  speaker: Speaker;
  /** The conversation's channel, when known (an SMS is its sender's; a chat line may be either side's). */
  channel?: Channel;
  /** The turn's original text. */
  text: string;
  /**
   * The text the playbooks read (src/normalise: full-width, traditional, spaced-out and look-alike
   * spellings undone), so a statistical reader sees `加 我 V 信` as the rules do; absent: `text`.
   */
  normalisedText?: string;
  /** URLs and phone numbers the engine's entity extractor found, as spans of the ORIGINAL text. */
  urls: Span[];
  phones: Span[];
  /** Decoded QR payloads that came with the turn. */
  qr: string[];
  /** What the caller claims to be (a platform name, e.g. 京东), when known. */
  claimedIdentity?: string;
  /** The number the call or SMS came from, when known. */
  callerNumber?: string;
  /** Tactic ids fired so far in the conversation (e.g. to raise a payment QR after a refund pretext). */
  firedSoFar: ReadonlySet<string>;
  /**
   * Frames fired so far that only the score reads (`scoreOnly` tactics, e.g. contact.official-sender:
   * a sender addressing its own customers); not evidence, but a reader may weigh its own word by them.
   */
  framesSoFar?: ReadonlySet<string>;
  /**
   * The rules fired so far read as a seller's own promotion (the playbooks' `promotion` rule,
   * src/playbook/promotion.ts, by src/score/score.ts `promotionReading`), so a reader weighs it as the
   * score does; absent: no.
   */
  promotion?: boolean;
  /** Risk before this turn (0–100): a provider whose only output is more risk may skip at 100. */
  riskSoFar?: number;
  /** Indicators confirmed by an anti-fraud centre (`kind:value` → case ref), when the caller gave any. */
  indicators?: ReadonlyMap<string, string>;
  /**
   * The link checker (src/checks/url/check.ts `checkUrl`) as the engine already ran it on this
   * turn's links, so a link is checked once per turn; absent: call `checkUrl` itself.
   */
  checkUrl?: (url: string) => UrlReport;
  /**
   * A provider before this one (the link, number and QR checkers run first: src/signals/index.ts) emitted a hit on
   * this turn at the playbook's `suspicious` threshold or above: a checker flagged the turn's own link or number.
   */
  flaggedThisTurn?: boolean;
}

export interface SignalHit {
  /** `<stage>.<name>` like playbook tactics, e.g. `shift.lookalike-link`. */
  id: string;
  stage: Stage;
  weight: number;
  description: { zh: string; en: string };
  /** Human-readable finding in Chinese, e.g. "taobao.com.refund-service.top: 品牌名出现在子域名中". */
  detail: string;
  /** The same finding in English, shown when the output language is English. */
  detailEn?: string;
  evidence: Evidence[];
}

export type SignalProvider = (input: TurnSignalInput) => SignalHit[];
