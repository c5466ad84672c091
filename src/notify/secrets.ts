/**
 * Secrets the service keeps outside its database: the key that seals warning recipients and the
 * webhook signing secret. Each comes from the environment / options when given, else from a file
 * next to the database (created on first start with mode 0600), else (an in-memory database) is
 * made up for this process only.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sql } from '../store/sql.ts';

/**
 * A secret as text: `given` when set (environment or option), else the file `name` in `dir`
 * (its first line), else a new one from `make()` written there with mode 0600. With no `dir`
 * (an in-memory database) a new one for this process only.
 */
export function secretText(dir: string | null, name: string, make: () => string, given?: string): string {
  if (given) return given;
  if (dir === null) return make();
  const path = join(dir, name);
  if (existsSync(path)) {
    const s = readFileSync(path, 'utf8').split('\n', 1)[0]!.trim();
    if (s.length === 0) throw new Error(`${path} is empty; delete it to make a new secret`);
    return s;
  }
  mkdirSync(dir, { recursive: true });
  const s = make();
  // Written whole under a private name, then published by link(): another process starting at the
  // same moment sees either no file or the complete one, never an empty file being written.
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, s + '\n', { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, path);
  } catch (e) {
    // Another process made it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path, 'utf8').split('\n', 1)[0]!.trim();
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
  return s;
}

/** The 32-byte key that seals recipients (FANZHA_RECIPIENT_KEY: 32 bytes in base64), or var/recipient.key. */
export function recipientKey(dir: string | null, given?: string): Buffer {
  const text = secretText(dir, 'recipient.key', () => randomBytes(32).toString('base64url'), given);
  const key = Buffer.from(text, 'base64url');
  if (key.length !== 32) throw new RecipientKeyError('the recipient key must be 32 bytes in base64 (e.g. openssl rand -base64 32)');
  return key;
}

/** The webhook signing secret (FANZHA_WEBHOOK_SECRET / --webhook-secret), or var/webhook.secret: `whsec_` + 32 random bytes. */
export function webhookSecret(dir: string | null, given?: string): string {
  return secretText(dir, 'webhook.secret', () => 'whsec_' + randomBytes(32).toString('base64url'), given);
}

/** The directory for secrets: the database's own directory, or null for `:memory:`. */
export const secretsDirFor = (dbPath: string): string | null => (dbPath === ':memory:' ? null : dirname(dbPath));

/** AES-256-GCM: `v1.` + base64url(iv ‖ tag ‖ ciphertext). Authenticated: a changed byte fails to open. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return 'v1.' + Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}

/** The plaintext of `seal`'s output; throws when the key is wrong or the text was altered. */
export function unseal(key: Buffer, sealed: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('unknown sealed format');
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
}

/** The recipient key from a file (its first line, 32 bytes in base64); a clear error when unreadable or malformed. */
export function recipientKeyFromFile(path: string): Buffer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').split('\n', 1)[0]!.trim();
  } catch (e) {
    throw new RecipientKeyError(`cannot read the recipient key file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const key = Buffer.from(text, 'base64url');
  if (key.length !== 32) throw new RecipientKeyError(`${path} must hold 32 bytes in base64 (e.g. openssl rand -base64 32)`);
  return key;
}

/** A process may not seal or open recipients with the key it has (missing, malformed, or not the shared store's). */
export class RecipientKeyError extends Error {}

/** The settings row that remembers which key seals the shared store's recipients (never the key itself). */
const FINGERPRINT_KEY = 'recipient_key_fingerprint';

/** A one-way fingerprint of the key: HMAC-SHA256 of a fixed label, 16 hex digits; reveals nothing usable. */
export const recipientKeyFingerprint = (key: Buffer): string => createHmac('sha256', key).update('fanzha recipient key fingerprint v1').digest('hex').slice(0, 16);

/**
 * With a shared store every process must seal and open recipients with one key: the first process
 * records the key's fingerprint in the store (centre_settings); a later process with another key
 * is refused here (RecipientKeyError) rather than sealing what the others cannot open.
 */
export async function checkRecipientKey(sql: Sql, key: Buffer): Promise<void> {
  const mine = recipientKeyFingerprint(key);
  await sql.run('INSERT INTO centre_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [FINGERPRINT_KEY, JSON.stringify(mine)]);
  const row = await sql.get<{ value_json: string }>('SELECT value_json FROM centre_settings WHERE key = ?', [FINGERPRINT_KEY]);
  const theirs = row ? JSON.parse(row.value_json) as unknown : mine;
  if (theirs !== mine) {
    throw new RecipientKeyError(`this recipient key (fingerprint ${mine}) is not the one the shared store's recipients are sealed with (fingerprint ${String(theirs)}): give every fanzha serve and worker the same FANZHA_RECIPIENT_KEY or --recipient-key-file`);
  }
}
