/**
 * The partner API's reads and writes (session ownership, idempotency, payee indicators, payment
 * outcomes, retention), kept apart from store.ts so parallel work on the store does not collide.
 * Same rule as the store: values come in already masked or hashed.
 */
import type { Sql } from './sql.ts';
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
  constructor(readonly sql: Sql) {}

  /** On `q` when given: the session's insert and its owner in one transaction. */
  async setOwner(sessionId: string, keyId: string | null, tokenHash: string | null, q: Sql = this.sql): Promise<void> {
    await q.run('UPDATE sessions SET owner_key_id = ?, token_hash = ? WHERE id = ?', [keyId, tokenHash, sessionId]);
  }

  getOwner(sessionId: string): Promise<OwnerRow | undefined> {
    return this.sql.get<OwnerRow>('SELECT owner_key_id, token_hash FROM sessions WHERE id = ?', [sessionId]);
  }

  /** A key's sessions, newest first, created before `before` (epoch ms; the cursor for the next page). */
  sessionsOfKey(keyId: string, opts: { before: number; status: string | null; limit: number }): Promise<SessionRow[]> {
    // A bare `? IS NULL` has no type for PostgreSQL to infer: the status filter is added only when given.
    const byStatus = opts.status === null ? '' : 'AND status = ?';
    const params = opts.status === null ? [keyId, opts.before, opts.limit] : [keyId, opts.before, opts.status, opts.limit];
    return this.sql.all<SessionRow>(`SELECT * FROM sessions WHERE owner_key_id = ? AND created_at < ? ${byStatus}
      ORDER BY created_at DESC, id DESC LIMIT ?`, params);
  }

  async setPaymentDetails(id: string, amount: number, payeeMatch: { account: boolean; name: boolean; bank: boolean }, q: Sql = this.sql): Promise<void> {
    await q.run('UPDATE payment_checks SET amount = ?, payee_match = ? WHERE id = ?', [amount, JSON.stringify(payeeMatch), id]);
  }

  getPaymentCheck(id: string): Promise<PaymentCheckRow | undefined> {
    return this.sql.get<PaymentCheckRow>('SELECT * FROM payment_checks WHERE id = ?', [id]);
  }

  /** The latest outcome wins (a transfer that went ahead may be reported later). */
  async setPaymentOutcome(id: string, outcome: string, now: number): Promise<void> {
    await this.sql.run('UPDATE payment_checks SET outcome = ?, outcome_at = ? WHERE id = ?', [outcome, now, id]);
  }
}
