import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, FanzhaClient, FanzhaError } from '../../examples/bank-client.ts';
import { start, type Running, rawDb } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

describe('examples/bank-client.ts against the server', () => {
  it('runs the whole flow: the account the caller read out is held, in English, and the outcome is stored', async () => {
    const lines: string[] = [];
    const answer = await demo(s.base, s.keys.partner, (l) => lines.push(l));
    expect(answer.decision).toBe('hold');
    expect(answer.payeeMatch.account).toBe(true);
    expect(answer.reasons.map((r) => r.rule)).toContain('payee-account-from-refund-call');
    expect(lines.some((l) => l.startsWith('payment hold: '))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/[\u3400-\u9fff]/); // asked in English: reasons and advice entirely English
    const row = (await s.app.store.sql.get<{ outcome: string }>('SELECT outcome FROM payment_checks WHERE id = ?', [answer.id]))!;
    expect(row.outcome).toBe('cancelled');
  });

  it('surfaces errors with their code and request id', async () => {
    const client = new FanzhaClient(s.base, s.keys.partner);
    const err = await client.pushTurn(crypto.randomUUID(), 0, 'caller', '你好').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FanzhaError);
    expect((err as FanzhaError).status).toBe(404);
    expect((err as FanzhaError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs as a command', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/bank-client.ts', s.base, s.keys.partner], { timeout: 60_000 });
    expect(stdout).toMatch(/payment hold/);
  });
});
