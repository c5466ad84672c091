/**
 * surface17 kind B: a file's path given to `fanzha check` as its TEXT was checked as the message.
 *
 * Before (main 9aaf979): `fanzha check docs/tour/call.txt` read the 18 characters "docs/tour/call.txt" as an SMS
 * and said 未发现诈骗迹象 (safe 0), exit 0, with no hint — a newcomer following the README's tour (which replays
 * that file) believes the call was checked and is safe. The help promises TEXT is the message and a file goes
 * in `--file F` (or `fanzha replay F`), so the path is not read as the file either.
 *
 * After (src/cli/commands/check.ts pathInsteadOfText): one argument that names an existing regular file, or ends
 * in a file ending (.txt, .json, .jsonl, .csv, .tsv, .log, .md) with no Chinese, no space and no link shape, is
 * refused on stderr with the way to read it (`--file PATH`, `fanzha replay PATH`, or pipe the words in), exit 2.
 *
 * The twins protect: links that end in such an ending (a host before the first "/", a scheme, www.), a Chinese
 * message that mentions a file name, several words, a number, a word that is a directory's name, and the file
 * read the documented ways (--file, standard input).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fanzha-check-path-'));
const noEnding = join(dir, 'chatlog');
writeFileSync(noEnding, '客服：您好，我是京东客服\n我：嗯\n');

const REFUSED = [
  'docs/tour/call.txt',
  './docs/tour/call.txt',
  'README.md',
  'package.json',
  noEnding, // an existing file with no ending
  'missing/chat.txt',
  'chat-export.csv',
  '/tmp/surface17-no-such-file.json',
  '../call.txt',
  'exports/wechat.jsonl',
  'C:\\Users\\me\\chat.txt',
  'sms.log',
];

const READ_AS_TEXT: [string, number][] = [
  ['jd-tuikuan.vip', 1],
  ['http://jd-tuikuan.vip/r.json', 1],
  ['evil.top/a.json', 0],
  ['www.example.com/data.csv', 0],
  ['聊天记录.txt', 0],
  ['17012345678', 1],
  ['hello', 0],
  ['src', 0], // a directory's name is no file
  ['收到一条短信说退款，文件名是call.txt', 0],
  ['call.txt 是我存的通话记录', 0],
];

describe('fanzha check with a file path as its text', () => {
  for (const arg of REFUSED) {
    it(`refuses "${arg}" with a hint, exit 2`, async () => {
      const r = await runCli(['check', arg]);
      expect(r.code, r.out + r.err).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`--file ${arg}`);
      expect(r.err).toContain('fanzha replay');
      expect(r.err).toMatch(/names a file|looks like a file path/);
    });
  }

  for (const [arg, code] of READ_AS_TEXT) {
    it(`checks "${arg}" as the message`, async () => {
      const r = await runCli(['check', arg, '--lang', 'zh']);
      expect(r.err).toBe('');
      expect(r.code, r.out).toBe(code);
      expect(r.out).toContain('结论');
    });
  }

  it('several words are the message even if one is a path', async () => {
    const r = await runCli(['check', 'docs/tour/call.txt', '是', '什么']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('reads the file with --file, as the help says', async () => {
    const r = await runCli(['check', '--file', 'docs/tour/call.txt', '--json']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).verdict).not.toBe('safe');
    expect(r.code).toBe(1);
  });

  it('checks the words themselves when piped in', async () => {
    const r = await runCli(['check', '--json'], 'docs/tour/call.txt');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).verdict).toBe('safe');
  });
});
