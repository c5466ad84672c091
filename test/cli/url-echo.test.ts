/**
 * `fanzha url` echoes the link it checked, but a padded 60k-character link is the scammer's padding: the
 * text report shows its first 200 characters and says how long it was (newcomer probe, session 6), while
 * `--json` keeps the whole input for staff.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const long = `http://jd-tuikuan.vip/r?${'a'.repeat(60_000)}`;

describe('fanzha url on a very long link', () => {
  it('prints a short line with the length, not the whole link', async () => {
    const r = await runCli(['url', long, '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeLessThan(2_000);
    expect(r.out).toContain(`共 ${long.length} 个字符`);
    expect(r.out).toContain('jd-tuikuan.vip');
  });

  it('says the length in English too', async () => {
    const r = await runCli(['url', long, '--lang', 'en']);
    expect(r.out).toContain(`(${long.length} characters)`);
  });

  it('echoes a short link whole', async () => {
    const r = await runCli(['url', 'http://jd-tuikuan.vip/r/8']);
    expect(r.out.split('\n')[0]).toBe('http://jd-tuikuan.vip/r/8');
  });

  it('keeps the whole input in --json for staff', async () => {
    const r = await runCli(['url', long, '--json']);
    expect(r.out).toContain(long);
  });
});
