/**
 * The kill -9 test: the real server as a child process, turns streaming in from several calls,
 * SIGKILL while requests are in flight, restart on the same file: every alert that was answered
 * must be there, and the interrupted calls carry on from their snapshots.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL } from './helpers.ts';

const ADMIN = 'durability-admin-key-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'fanzha-kill-'));
const dbPath = join(dir, 'fanzha.db');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function serve(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--db', dbPath, '--rate-per-minute', 'off'], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { ...process.env, FANZHA_ADMIN_KEY: ADMIN, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 45_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${out}`)); });
  });
  return { child, base };
}

describe('no answered alert is lost on SIGKILL', () => {
  it('kill -9 mid-stream, restart, every answered alert is stored', async () => {
    const first = await serve();
    const sessionIds: string[] = [];
    for (let i = 0; i < 8; i++) sessionIds.push((await call(first.base, 'POST', '/v1/sessions', { json: { channel: 'call' } })).body.id);

    const answered = new Set<string>();
    const answeredTurns = new Map<string, number>();
    let killed = false;
    // Each call streams its turns; the process is killed while they are in flight.
    const streams = sessionIds.map(async (id, i) => {
      for (let round = 0; round < 50 && !killed; round++) {
        const turn = SCAM_CALL[(round + i) % SCAM_CALL.length]!;
        try {
          const r = await call(first.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
          if (r.status === 200) {
            answeredTurns.set(id, r.body.turn + 1);
            if (r.body.alert?.id) answered.add(r.body.alert.id);
          }
        } catch { return; /* connection died with the process */ }
      }
    });
    const killer = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (answered.size >= 8) { clearInterval(check); killed = true; first.child.kill('SIGKILL'); resolve(); }
      }, 5);
    });
    await Promise.race([killer, Promise.all(streams).then(() => { throw new Error('streams ended before the kill'); })]);
    await Promise.allSettled(streams);
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(answered.size).toBeGreaterThanOrEqual(8);

    const second = await serve();
    for (const id of answered) {
      const r = await call(second.base, 'GET', `/v1/alerts/${id}`, { key: ADMIN });
      expect(r.status, `alert ${id}`).toBe(200);
    }
    // Every answered turn is there too, and a call carries on from where it was.
    for (const [id, turns] of answeredTurns) {
      const s = await call(second.base, 'GET', `/v1/sessions/${id}`);
      expect(s.body.turns).toBeGreaterThanOrEqual(turns);
    }
    const before = await call(second.base, 'GET', `/v1/sessions/${sessionIds[0]}`);
    expect(['warn', 'block']).toContain(before.body.level);
    const next = await call(second.base, 'POST', `/v1/sessions/${sessionIds[0]}/turns`, { json: { speaker: 'caller', text: '还在吗' } });
    expect(next.status).toBe(200);
    expect(next.body.turn).toBe(before.body.turns);
    expect(next.body.state.level).toBe(before.body.level); // restored from the snapshot, not started over
    expect(next.body.state.tactics.length).toBeGreaterThan(0);

    second.child.kill('SIGTERM');
    const code = await exited(second.child);
    expect(code).toBe(0); // graceful shutdown on SIGTERM
  }, 120_000);
});
