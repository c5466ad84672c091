/**
 * conv17 kind B (session 17, issue 8 §1.6 / §4: 0 `scam` on any legitimate text): a close relative helping on the phone
 * with a shared screen or a remote-help app ("妈你把屏幕共享打开我帮你看看", "爸你打开电脑上的ToDesk…我远程帮你装驱动",
 * "姑姑你下个腾讯会议…点共享屏幕，我看你卡在哪一步") read as the screen-share scam: the held-out authors' son's and
 * grandson's screen sharing was flagged, and conv17's own sixteen family-help conversations (data/corpus/gen-conv17-zh.jsonl
 * c17-bl-*) read 16 flagged, 7 `scam` (shift.screen-share 55 alone; 85–100 with the text model or an app to install).
 * Now a frame (contact.family-help: a kin name — 妈, 爸, 奶奶, 外婆, 老婆, 姑姑… never a stranger's 阿姨/叔叔 — right
 * before the screen or the remote app, with no identity claim, new number, desk, story or money in its sentence) and a
 * register rule over the whole evidence (src/playbook/family-help.ts, score.ts familyHelpReading): when nothing else
 * fired but the screen share and the app, those weigh nothing. Before → after on the 16: 16 flagged (7 scam) → 5 flagged
 * (3 scam: a parent's SMS story told by the parent, the helper's "验证码你自己输" and ToDesk's 临时密码, left).
 * Twins (must stay `scam`): the same screen asked by a desk, an office, a 'grandson' who says who he is, a 'son' on a new
 * number, and the family frame followed by a code or a transfer in a later turn.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe } from 'vitest';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';
import { analyze, type AnalyzeInput } from '../../../src/index.ts';

const ROWS = new Map(readFileSync(new URL('../../../data/corpus/gen-conv17-zh.jsonl', import.meta.url), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as { id: string; channel: 'chat' | 'call'; turns: { speaker: 'user' | 'caller'; text: string }[] })
  .map((r) => [r.id, { channel: r.channel, turns: r.turns } as AnalyzeInput]));
const row = (id: string): AnalyzeInput => ROWS.get(id)!;
const chatOf = (...turns: [('user' | 'caller'), string][]): AnalyzeInput => ({ channel: 'chat', turns: turns.map(([speaker, text]) => ({ speaker, text })) });

const LEGIT = ['01', '02', '03', '04', '05', '06', '07', '11', '12', '14', '15'].map((n) => `c17-bl-${n}`);
const SCAMS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((n) => `c17-bs-${n}`);

describe('conv17 kind B: a relative helping with a shared screen', () => {
  // The engine and the text model load once before the cases (a shared machine may take longer than one test's timeout).
  beforeAll(() => { analyze('你好'); }, 120_000);
  runWithAndWithoutModel([
    ...LEGIT.map((id): FaultCase => ({ name: `safe: ${id}`, input: row(id), expect: 'safe', tactics: ['contact.family-help'] })),
    { name: 'safe: the brief\'s line as one chat message', input: { channel: 'chat', text: '妈你把屏幕共享打开我帮你看看' }, expect: 'safe' },
    { name: 'safe: a grandson on a call', input: { channel: 'call', turns: [{ speaker: 'user', text: '孙子，微信视频怎么切成前面的摄像头？' }, { speaker: 'caller', text: '奶奶你点一下共享屏幕，我看看你点到哪了' }] }, expect: 'safe' },
    ...SCAMS.map((id): FaultCase => ({ name: `scam: ${id}`, input: row(id), expect: 'scam' })),
    { name: 'scam: the family frame, then a code in a later turn', expect: 'scam',
      input: chatOf(['caller', '妈你开一下屏幕共享，我帮你看看'], ['user', '开了'], ['caller', '你把手机银行打开，把刚收到的验证码念给我']) },
    { name: 'scam: the family frame, then a transfer to a card', expect: 'not-safe',
      input: chatOf(['caller', '妈你开下屏幕共享，我看看你的银行APP'], ['user', '开了'], ['caller', '你转五千到这个卡上6222021234567890123，我急用']) },
    { name: 'scam: a stranger\'s polite address with the same words', expect: 'not-safe',
      input: chatOf(['caller', '阿姨你把屏幕共享打开，我帮你看看退款哪一步不对']) },
  ]);
});
