/**
 * conv17 kind E (session 17, issue 8 §1.6 / §4): a landlord returning the deposit in a chat the tenant opened, paying by
 * scanning the tenant's OWN collection code ("我没加你微信，你把收款码发给我，我扫码转给你"), read `scam` 99 (conv17's own
 * c17-el-08; the held-out authors' deposit refund read 85): extract.scan-for-payout read '退给你…扫码' as the refund scam's
 * "scan my code to receive", and shift.group read the WeChat NOT added. Scanning a code pays its owner: a payer who scans the
 * reader's code is paying the reader. Now (src/playbook/zh/payer-scans.ts) the `ordinaryAlso` of extract.scan-for-payout,
 * extract.transfer and extract.finances (schema `ordinaryAlso`: a tactic's second ordinary errand, each with its own `but`):
 * a sentence where the speaker scans the reader's code (我扫码转, 我扫码给你, 我扫码付, 我扫你的, 我扫一下你的) does not
 * count unless the turn moves the talk off the platform or tells the private-compensation story (加我, 加微信, QQ, 私人,
 * 私下, 投诉, 快递, 理赔, 截图, 激活…: own corpus w8ts-0026, the 'courier' who pays privately to avoid a complaint, stays
 * scam 100); shift.group's unless += 没加你微信. Before → after on conv17's 16 landlord chats (c17-el-*): 3 flagged (1 scam)
 * → 2 (0 scam; left: the landlord asking the tenant's card number and bank to pay the deposit back reads extract.card-
 * credentials 40, the same words as the refund scam's '把您的银行账户信息发过来，我给您处理退款', issue 8 §1.3).
 * Twins (flagged): the refund scam's own code to scan, the sum typed on their code, the 'courier' paying privately over
 * WeChat, and conv17's landlord scams (c17-es-*: fees, links, screen share, a code, a new card, a loan, card and password;
 * es-09, a QQ handed over, reads only suspicious with the model and safe without: left).
 */
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';
import type { AnalyzeInput } from '../../../src/index.ts';

const ROWS = new Map(readFileSync(new URL('../../../data/corpus/gen-conv17-zh.jsonl', import.meta.url), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as { id: string; channel: 'chat' | 'call'; turns: { speaker: 'user' | 'caller'; text: string }[] })
  .map((r) => [r.id, { channel: r.channel, turns: r.turns } as AnalyzeInput]));
const row = (id: string): AnalyzeInput => ROWS.get(id)!;
/** A chat the reader opened with a question, answered by the other side. */
const asked = (question: string, answer: string): AnalyzeInput => ({ channel: 'chat', turns: [{ speaker: 'user', text: question }, { speaker: 'caller', text: answer }] });

const LEGIT = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '11', '12', '13', '14', '16'].map((n) => `c17-el-${n}`);
const PAYERS: [string, string][] = [
  ['押金什么时候退？', '押金我退给你，你把收款码发给我，我扫码转给你'],
  ['上次的饭钱不用急', '上次的饭钱我还你，你把收款码发我，我扫一下你的'],
  ['自行车你还要吗？', '二手自行车我买了，你把收款码发给我，我扫码付给你'],
  ['定金能退吗？', '定金退给你，我扫你的收款码'],
  ['班费多交了怎么办？', '多的退给你，你把收款码发我，我扫码转给你'],
  ['房东，多交的水电费呢？', '多收了你86块，我扫一下你的收款码退给你'],
  ['阿姨，押金的事怎么样了？', '房子我看过了，没问题，你把收款码发我，我扫码转给你2000'],
];
const SCAMS = ['01', '02', '03', '04', '05', '07', '08', '10', '11', '12'].map((n) => `c17-es-${n}`);
const SCAN_TWINS: [string, string][] = [
  ['押金什么时候退？', '押金退给你，你扫一下我发的码确认收款'],
  ['我的快递呢？', '你的快递丢了 赔你 扫码'],
  ['退款呢？', '我加你微信把钱退给你，你扫一下我发的码'],
  ['理赔怎么弄？', '理赔款给你，你扫我这个码，输入金额确认'],
  ['押金呢？', '押金退给你，你把收款码发我，然后扫一下我发的这个码激活'],
  ['我的快递怎么还没到？', '你好，你的快递我不小心弄丢了，我私人赔你，不要投诉我，你加我微信，我扫你的码转给你，你先把收款码发我。'],
];

describe('conv17 kind E: the payer scanning the reader\'s own collection code', () => {
  runWithAndWithoutModel([
    ...LEGIT.map((id): FaultCase => ({ name: `safe: ${id}`, input: row(id), expect: 'safe' })),
    // The text model alone may still find some of these scam-like (suspicious at most): no step of the rules reads them.
    ...PAYERS.map(([q, a]): FaultCase => ({ name: `not scam: ${a}`, input: asked(q, a), expect: 'at-most-suspicious' })),
    ...SCAMS.map((id): FaultCase => ({ name: `flagged: ${id}`, input: row(id), expect: 'not-safe' })),
    ...SCAN_TWINS.map(([q, a]): FaultCase => ({ name: `flagged: ${a}`, input: asked(q, a), expect: 'not-safe' })),
    { name: 'scam: the courier paying privately, as an SMS', expect: 'scam',
      input: { channel: 'sms', text: '快递员：你好，你的快递我不小心弄丢了，我私人赔你，不要投诉我，你加我微信，我扫你的码转给你，你先把收款码发我。' } },
  ]);
});
