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

export class PartnerStore {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      setOwner: db.prepare('UPDATE sessions SET owner_key_id = ?, token_hash = ? WHERE id = ?'),
      getOwner: db.prepare('SELECT owner_key_id, token_hash FROM sessions WHERE id = ?'),
      sessionsOfKey: db.prepare(`SELECT * FROM sessions WHERE owner_key_id = @key AND created_at < @before
        AND (@status IS NULL OR status = @status) ORDER BY created_at DESC, id DESC LIMIT @limit`),
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
}
