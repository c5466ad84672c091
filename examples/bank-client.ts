/**
 * A bank's client for the fanzha partner API, written from docs/partner-api.md and /openapi.json
 * alone (no import from fanzha): open a session for a call the customer is on, stream its turns,
 * ask at transfer time whether to hold, and report what happened. Node 20+ (global fetch).
 *
 *   npx tsx examples/bank-client.ts http://127.0.0.1:8787 "$FANZHA_PARTNER_KEY"
 *
 * Every request that changes something carries an Idempotency-Key, so a retry after a timeout
 * never opens a second session, counts a turn twice or records two checks.
 */
import { randomUUID } from 'node:crypto';

export type Decision = 'allow' | 'warn' | 'hold';

export interface PaymentAnswer {
  id: string;
  decision: Decision;
  reasons: { rule: string; decision: Decision; reason: string }[];
  advice: string[];
  risk: number | null;
  verdict: 'safe' | 'suspicious' | 'scam' | null;
  payeeMatch: { account: boolean; name: boolean; bank: boolean };
}

export interface TurnAnswer {
  turn: number;
  state: { risk: number; level: 'none' | 'watch' | 'warn' | 'block'; verdict: string };
  alert: { level: string } | null;
  duplicate?: true;
  gap?: { expected: number; received: number; missing: number };
}

export class FanzhaError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly requestId: string | null) {
    super(`${status} ${code}: ${message}${requestId ? ` (request ${requestId})` : ''}`);
  }
}

export class FanzhaClient {
  constructor(private readonly base: string, private readonly key: string, private readonly attempts = 3) {}

  /** One request, retried on network errors, 429 and 5xx with the same Idempotency-Key. */
  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const idempotencyKey = method === 'GET' ? null : randomUUID();
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(this.base + path, {
          method,
          headers: {
            authorization: `Bearer ${this.key}`,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(5_000),
        });
      } catch (err) {
        if (attempt >= this.attempts) throw err;
        continue; // timed out or connection lost: the same key makes the retry safe
      }
      const retryable = res.status === 429 || res.status >= 500 || (res.status === 409 && res.headers.has('retry-after'));
      if (retryable && attempt < this.attempts) {
        await res.body?.cancel();
        await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
        continue;
      }
      const data = (await res.json()) as T & { error?: { code: string; message: string } };
      if (!res.ok) throw new FanzhaError(res.status, data.error?.code ?? 'unknown', data.error?.message ?? '', res.headers.get('x-request-id'));
      return data;
    }
  }

  openSession(callerNumber?: string, claimedIdentity?: string): Promise<{ id: string; token: string }> {
    return this.send('POST', '/v1/sessions', { channel: 'call', ...(callerNumber ? { callerNumber } : {}), ...(claimedIdentity ? { claimedIdentity } : {}) });
  }

  pushTurn(sessionId: string, seq: number, speaker: 'caller' | 'user', text: string): Promise<TurnAnswer> {
    return this.send('POST', `/v1/sessions/${sessionId}/turns`, { speaker, text, seq });
  }

  /** `amount` in yuan (CNY), at most two decimals. */
  checkPayment(sessionId: string, amount: number, payee: { account: string; name?: string; new: boolean }, live: { screenShare: boolean; onCall: boolean }, lang: 'zh' | 'en' = 'zh'): Promise<PaymentAnswer> {
    return this.send('POST', '/v1/payment-check', {
      sessionId, lang, payee,
      transfer: { amount, currency: 'CNY', channel: 'app', screenShareActive: live.screenShare, callActive: live.onCall },
    });
  }

  reportOutcome(checkId: string, outcome: 'proceeded' | 'cancelled' | 'reported'): Promise<{ id: string; outcome: string }> {
    return this.send('POST', `/v1/payment-checks/${checkId}/outcome`, { outcome });
  }
}

/** The whole flow once: a refund-scam call, then a transfer to the account the caller read out. */
export async function demo(base: string, key: string, log: (line: string) => void = console.log): Promise<PaymentAnswer> {
  const fanzha = new FanzhaClient(base, key);
  const session = await fanzha.openSession('+86 170 1234 5678', '京东客服');
  const call: ['caller' | 'user', string][] = [
    ['caller', '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款'],
    ['user', '好的，怎么退？'],
    ['caller', '退款需要先转到我们的理赔专用账户，卡号 6222 0212 3456 7890 128，户名王建国'],
  ];
  for (const [seq, [speaker, text]] of call.entries()) {
    const t = await fanzha.pushTurn(session.id, seq, speaker, text);
    log(`turn ${t.turn}: ${t.state.level} (risk ${t.state.risk})${t.alert ? ` ALERT ${t.alert.level}` : ''}`);
  }
  const answer = await fanzha.checkPayment(session.id, 4999.5, { account: '6222021234567890128', name: '王建国', new: true }, { screenShare: false, onCall: true }, 'en');
  log(`payment ${answer.decision}: ${answer.reasons.map((r) => r.reason).join('; ')}`);
  for (const line of answer.advice) log(`  ${line}`);
  if (answer.decision === 'hold') await fanzha.reportOutcome(answer.id, 'cancelled');
  return answer;
}

// Run directly: npx tsx examples/bank-client.ts BASE KEY
if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, key] = process.argv.slice(2);
  if (!base || !key) {
    console.error('usage: npx tsx examples/bank-client.ts BASE_URL PARTNER_KEY');
    process.exit(2);
  }
  demo(base, key).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
