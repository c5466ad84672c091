import { readFileSync, existsSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { call, chineseId, luhnCard, start, itSqliteFile } from './helpers.ts';

const CARD = luhnCard('622202123456789012');
const ID = chineseId('11010519900307123');
const PHONE = '13812345678';
/** The number that called: the scammer's, kept in full as an indicator for officers (not the victim's). */
const CALLER = '17012340000';

const TURNS = [
  { speaker: 'caller', text: '您好我是淘宝客服，您买的东西有质量问题，给您退款' },
  { speaker: 'caller', text: `请报一下银行卡号，是${CARD}吗？身份证${ID}也要核对` },
  { speaker: 'user', text: `我的手机是${PHONE}，卡号 ${CARD}` },
  { speaker: 'caller', text: '把验证码告诉我，开启屏幕共享' },
];

function rawFiles(dbPath: string): string {
  return [dbPath, `${dbPath}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('utf8')).join('\n');
}

async function runCall(keep: 'transcript' | 'evidence') {
  const lines: string[] = [];
  const logs = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const s = await start({ keep, logLevel: 'info', logDestination: logs });
  const opened = await call(s.base, 'POST', '/v1/sessions', { json: { callerNumber: CALLER, recipient: PHONE } });
  for (const turn of TURNS) expect((await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn })).status).toBe(200);
  // An analysis and a failing request carry PII too; neither may reach the log raw.
  await call(s.base, 'POST', '/v1/analyze', { json: { text: `卡号${CARD}` } });
  await call(s.base, 'GET', `/v1/sessions/${PHONE}`);
  const transcript = await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`, { key: s.keys.staff });
  await s.app.close();
  const stored = rawFiles(s.dbPath);
  rmSync(s.dir, { recursive: true, force: true });
  return { stored, logs: lines.join(''), transcript: transcript.body };
}

describe('card, ID and phone numbers are masked at rest and in logs', () => {
  itSqliteFile('keeps whole transcripts masked', async () => {
    const { stored, logs, transcript } = await runCall('transcript');
    expect(stored).toContain('质量问题'); // the transcript is there…
    for (const secret of [CARD, ID, PHONE]) {
      expect(stored).not.toContain(secret); // …without the numbers
      expect(logs).not.toContain(secret);
    }
    expect(stored).toContain(CARD.slice(-4)); // masked, not dropped: staff can still match a card's last digits
    expect(logs.length).toBeGreaterThan(0);
    expect(transcript.transcript[1].text).toContain('*');
  });

  itSqliteFile('keeps only the evidence spans with FANZHA_KEEP=evidence', async () => {
    const { stored, transcript } = await runCall('evidence');
    for (const secret of [CARD, ID, PHONE]) expect(stored).not.toContain(secret);
    expect(stored).not.toContain('我的手机是'); // a user turn with no evidence is not kept at all
    expect(transcript.transcript.every((t: { text: string | null }) => t.text === null)).toBe(true);
    expect(stored).toContain('屏幕共享'); // the evidence itself is kept
  });
});
