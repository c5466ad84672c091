import { describe, expect, it } from 'vitest';
import { ConfigError, parseServeArgs } from '../../src/server/config.ts';

describe('fanzha serve settings', () => {
  it('defaults to loopback 8787 and ./var/fanzha.db', () => {
    const c = parseServeArgs([], {});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8787, dbPath: './var/fanzha.db', keep: 'transcript', sync: 'NORMAL', sessionIdleMs: 30 * 60_000 });
    expect(c.rateLimit).not.toBe(false);
  });

  it('takes flags over environment variables', () => {
    const env = { PORT: '9000', HOST: '0.0.0.0', FANZHA_DB: '/data/a.db', FANZHA_KEEP: 'evidence', FANZHA_RATE: 'off' };
    expect(parseServeArgs([], env)).toMatchObject({ port: 9000, host: '0.0.0.0', dbPath: '/data/a.db', keep: 'evidence', rateLimit: false });
    expect(parseServeArgs(['--port', '9100', '--db=/tmp/b.db'], env)).toMatchObject({ port: 9100, dbPath: '/tmp/b.db' });
  });

  it('refuses unknown flags and bad values with a one-line message', () => {
    expect(() => parseServeArgs(['--bogus'], {})).toThrow(ConfigError);
    expect(() => parseServeArgs(['--port', '99999'], {})).toThrow(/port/);
    expect(() => parseServeArgs(['--keep', 'everything'], {})).toThrow(/keep/);
    expect(() => parseServeArgs(['--webhook', 'ftp://x'], {})).toThrow(/webhook/);
    expect(() => parseServeArgs(['--port'], {})).toThrow(/needs a value/);
  });

  it('--pg / FANZHA_PG put the store in PostgreSQL; SQLite stays the default; a non-PostgreSQL URL is refused', () => {
    expect(parseServeArgs([], {}).pgUrl).toBeUndefined();
    expect(parseServeArgs([], { FANZHA_PG: 'postgres://fanzha@db:5432/fanzha' }).pgUrl).toBe('postgres://fanzha@db:5432/fanzha');
    expect(parseServeArgs(['--pg', 'postgresql://a:b@h/d'], { FANZHA_PG: 'postgres://x@y/z' }).pgUrl).toBe('postgresql://a:b@h/d');
    expect(() => parseServeArgs(['--pg', 'mysql://h/d'], {})).toThrow(/PostgreSQL URL/);
  });
});
