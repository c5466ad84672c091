/**
 * The payee a bank is about to pay, against what was said in the conversation. The scam's last
 * step is a transfer to an account the "customer service" reads out ("转到这个安全账户", "退款
 * 专用账户"), so a payee account that the other side of the call named is the strongest signal a
 * bank can get. Only the other side counts: turns whose speaker is `caller` or `unknown` (an SMS
 * or chat text), never the `user` reading out their own card.
 *
 * Account numbers said in a live session are kept as HMAC-SHA256 digests under a per-database
 * secret, never in clear (the caller may equally read out the victim's own card). A digest of a
 * 16-digit number can be brute-forced by whoever holds the database and its secret: it keeps the
 * number out of logs, exports and answers, not out of reach of someone who owns the host.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { extractEntities, normalise } from '../index.ts';
import type { Sql } from '../store/sql.ts';

/** Entity kinds that can be a payee account: bank cards, other long digit runs, and phone numbers (Alipay and WeChat accounts). */
const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['bank-card', 'card-number', 'order-number', 'phone', 'id-number']);

export interface PayeeFields {
  account?: string | undefined;
  name?: string | undefined;
  bank?: string | undefined;
}

export interface PayeeMatch {
  /** The payee account is one the other side said. */
  account: boolean;
  /** The payee name is one the other side said. */
  name: boolean;
  /** The payee bank is one the other side named. */
  bank: boolean;
}

export const counterpartSpeaks = (speaker: string | undefined): boolean => speaker !== 'user';

/** Digits (and letters, for IBAN-style accounts) of an account as written, upper-cased. */
export function accountKey(account: string): string {
  return normalise(account).text.replace(/[^0-9a-z]/g, '').toUpperCase();
}

/** Account-like numbers in a text, as account keys. */
const DIGIT_LIKE = /[0-9０-９零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两]/g;

export function accountsIn(text: string): string[] {
  // Most turns carry no number at all: one cheap count before the normaliser (an account or phone has 10+ digits).
  if ((text.match(DIGIT_LIKE)?.length ?? 0) < 10) return [];
  const out = new Set<string>();
  const n = normalise(text).text;
  for (const e of extractEntities(n)) if (ACCOUNT_KINDS.has(e.kind)) out.add(e.value.toUpperCase());
  // Any other unbroken run of 10+ digits (an account that is neither a card nor a phone); one linear scan.
  for (const m of n.matchAll(/[0-9]{10,34}/g)) out.add(m[0]);
  return [...out];
}

/** A name or bank as compared: normalised (width, traditional → simplified, case) and without spaces. */
const nameKey = (s: string): string => normalise(s).text.replace(/\s+/g, '');

/** Names and banks of at least two characters found in the counterpart's texts (each text scanned once per field). */
export function namedIn(texts: readonly string[], value: string | undefined): boolean {
  if (!value) return false;
  const v = nameKey(value);
  if (v.length < 2) return false;
  return texts.some((t) => nameKey(t).includes(v));
}

/** Matches a payee against an inline conversation (the texts and accounts the counterpart said). */
export function matchPayee(payee: PayeeFields | undefined, counterpartTexts: readonly string[], saidAccount: (key: string) => boolean): PayeeMatch {
  const key = payee?.account ? accountKey(payee.account) : '';
  return {
    account: key.length >= 6 && saidAccount(key),
    name: namedIn(counterpartTexts, payee?.name),
    bank: namedIn(counterpartTexts, payee?.bank),
  };
}

/** The digests of accounts said in live sessions (table session_accounts, migration 0022). */
export class SessionAccounts {
  private constructor(private readonly sql: Sql, private readonly secret: Buffer) {}

  /** The secret is made once per database (the first process to start wins) and shared by every process. */
  static async load(sql: Sql): Promise<SessionAccounts> {
    await sql.run('INSERT INTO partner_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', ['account-digest', randomBytes(32).toString('hex')]);
    const row = await sql.get<{ value: string }>('SELECT value FROM partner_secrets WHERE name = ?', ['account-digest']);
    return new SessionAccounts(sql, Buffer.from(row!.value, 'hex'));
  }

  digest(key: string): string {
    return createHmac('sha256', this.secret).update(key).digest('hex');
  }

  /** Records the accounts the counterpart said in one turn. */
  async record(sessionId: string, turn: number, speaker: string, text: string, now: number): Promise<void> {
    if (!counterpartSpeaks(speaker)) return;
    for (const key of accountsIn(text)) {
      await this.sql.run('INSERT INTO session_accounts (session_id, digest, turn, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (session_id, digest) DO NOTHING',
        [sessionId, this.digest(key), turn, now]);
    }
  }

  /** A predicate over the accounts said in the session so far (one query, then in memory). */
  async saidIn(sessionId: string): Promise<(key: string) => boolean> {
    const rows = await this.sql.all<{ digest: string }>('SELECT digest FROM session_accounts WHERE session_id = ?', [sessionId]);
    const said = new Set(rows.map((r) => r.digest));
    return (key: string) => said.has(this.digest(key));
  }
}
