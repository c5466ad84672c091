/**
 * Every command takes the same common flags (newcomer10, session 10: `replay --no-color` was an
 * "unknown option" while `check` took it): `--help`/`-h` and `--no-color` are read by `fanzha`
 * itself before the command runs, so no command can refuse them; the commands that write a report
 * (check, replay, url, number, qr, domains) also take `--json` and `--lang zh|en`. Each command is
 * run with each common flag, and with arguments that make the long-running ones (serve, ingest,
 * worker, eval) stop at their own validation, before they open a port, Redis or a dataset.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.ts';
import { runCli } from './run-cli.ts';

/** Arguments each command runs with quickly: a real answer, or its own (not the flag's) usage error. */
const ARGS: Record<string, string[]> = {
  check: ['--no-model', '您好，我是京东客服，给您退款，请提供验证码'],
  replay: ['--no-model', 'docs/tour/call.txt'],
  url: ['jd.com'],
  number: ['95118'],
  qr: ['https://item.jd.com/1.html'],
  domains: ['permute', 'jd.com'],
  eval: ['--limit', '0'],
  serve: ['--port', 'not-a-port'],
  ingest: ['--partitions', '0'],
  worker: ['--redis', 'redis://127.0.0.1:1', '--lease-ms', 'soon'],
};
const REPORTS = ['check', 'replay', 'url', 'number', 'qr', 'domains'];

describe('common flags', () => {
  it('every command has quick arguments here', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(Object.keys(ARGS).sort());
  });

  it.each(COMMANDS.map((c) => c.name))('fanzha %s takes --no-color, --help and -h', async (name) => {
    const plain = await runCli([name, ...ARGS[name]!]);
    const noColor = await runCli([name, '--no-color', ...ARGS[name]!]);
    expect(noColor.err).not.toMatch(/unknown option/);
    // --no-color changes nothing else: the same exit code and the same kind of answer.
    expect(noColor.code).toBe(plain.code);
    expect(noColor.out).not.toContain('\u001b[');
    for (const help of ['--help', '-h']) {
      const r = await runCli([name, help]);
      expect(r.code, `${name} ${help}`).toBe(0);
      expect(r.out).toMatch(new RegExp(`fanzha ${name}`));
    }
    // The flag anywhere among the command's own arguments.
    const last = await runCli([name, ...ARGS[name]!, '--no-color']);
    expect(last.err).not.toMatch(/unknown option/);
  }, 120_000);

  it.each(REPORTS)('fanzha %s takes --json and --lang en', async (name) => {
    const json = await runCli([name, '--json', ...ARGS[name]!]);
    expect(json.err).toBe('');
    expect([0, 1]).toContain(json.code);
    const lines = json.out.trim();
    expect(() => JSON.parse(lines.includes('\n{') ? lines.split('\n').pop()! : lines)).not.toThrow();
    const en = await runCli([name, '--lang', 'en', '--no-color', ...ARGS[name]!]);
    expect(en.err).toBe('');
    expect([0, 1]).toContain(en.code);
  }, 120_000);

  it('after --, a common flag is the command\'s own argument', async () => {
    const r = await runCli(['check', '--no-model', '--', '--help']);
    expect(r.out).not.toMatch(/^fanzha check/);
    expect([0, 1]).toContain(r.code);
  }, 60_000);

  it('an unknown flag is still an error, with one line and exit 2', async () => {
    for (const name of REPORTS) {
      const r = await runCli([name, '--colour-me-blue', ...ARGS[name]!]);
      expect(r.code, name).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
