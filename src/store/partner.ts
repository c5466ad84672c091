/**
 * The partner API's reads and writes (session ownership, idempotency, payee indicators, payment
 * outcomes, retention), kept apart from store.ts so parallel work on the store does not collide.
 * Same rule as the store: values come in already masked or hashed.
 */
import type { Db } from './db.ts';
import type { SessionRow } from './store.ts';

export interface OwnerRow {
  owner_key_id: string | null;
  token_hash: string | null;
}

export interface PaymentCheckRow {
  id: string;
  key_id: string;
  session_id: string | null;
  decision: string;
  rules_json: string;
  created_at: number;
  amount: number | null;
  payee_match: string | null;
  outcome: string | null;
  outcome_at: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A payment check as the API shows it (`GET /v1/payment-checks/{id}`). */
export function paymentCheckView(r: PaymentCheckRow) {
  return {
    id: r.id, sessionId: r.session_id, decision: r.decision, rules: JSON.parse(r.rules_json) as string[],
    amount: r.amount, currency: 'CNY' as const, outcome: r.outcome, outcomeAt: iso(r.outcome_at), createdAt: iso(r.created_at) as string,
  };
}

export class PartnerStore {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      setOwner: db.prepare('UPDATE sessions SET owner_key_id = ?, token_hash = ? WHERE id = ?'),
      getOwner: db.prepare('SELECT owner_key_id, token_hash FROM sessions WHERE id = ?'),
      sessionsOfKey: db.prepare(`SELECT * FROM sessions WHERE owner_key_id = @key AND created_at < @before
        AND (@status IS NULL OR status = @status) ORDER BY created_at DESC, id DESC LIMIT @limit`),
      paymentDetails: db.prepare('UPDATE payment_checks SET amount = ?, payee_match = ? WHERE id = ?'),
      getPaymentCheck: db.prepare('SELECT * FROM payment_checks WHERE id = ?'),
      paymentOutcome: db.prepare('UPDATE payment_checks SET outcome = ?, outcome_at = ? WHERE id = ?'),
    };
  }

  setOwner(sessionId: string, keyId: string | null, tokenHash: string | null): void {
    this.s.setOwner.run(keyId, tokenHash, sessionId);
  }

  getOwner(sessionId: string): OwnerRow | undefined {
    return this.s.getOwner.get(sessionId) as OwnerRow | undefined;
  }

  /** A key's sessions, newest first, created before `before` (epoch ms; the cursor for the next page). */
  sessionsOfKey(keyId: string, opts: { before: number; status: string | null; limit: number }): SessionRow[] {
    return this.s.sessionsOfKey.all({ key: keyId, ...opts }) as SessionRow[];
  }

  setPaymentDetails(id: string, amount: number, payeeMatch: { account: boolean; name: boolean; bank: boolean }): void {
    this.s.paymentDetails.run(amount, JSON.stringify(payeeMatch), id);
  }

  getPaymentCheck(id: string): PaymentCheckRow | undefined {
    return this.s.getPaymentCheck.get(id) as PaymentCheckRow | undefined;
  }

  /** The latest outcome wins (a transfer that went ahead may be reported later). */
  setPaymentOutcome(id: string, outcome: string, now: number): void {
    this.s.paymentOutcome.run(outcome, now, id);
  }
}
