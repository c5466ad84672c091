/**
 * conv17 kind D (session 17, issue 8 §4): an advance among colleagues, classmates and friends, paid back the ordinary way
 * ("下午团建的奶茶你先帮忙垫付一下，一共236元，回头走报销我转你", "明天请客户吃饭你先用自己的卡垫付一下，发票抬头写公司，下周
 * 财务给你报", "这个月水电费我先垫付了，一共312，每人78") read as a money ask: extract.transfer's bare '垫付一下' / '先垫付'
 * weighs 45 (the held-out authors' legitimate chat 65). Now (src/playbook/zh/payback.ts) the `ordinary` of extract.transfer
 * and extract.money-request: a sentence that says how the advance comes back to the listener (走报销, 提交报销, 报销单,
 * 给你报, 财务给你, 发票抬头, AA, 平摊, 班费) does not count unless the turn names where the money goes (an account, a card,
 * a code, a link), a third person (朋友, 领导, 供应商, X总), who they are, urgency or secrecy, the task ladder (任务, 返,
 * 佣金) or the scams' fees; and extract.transfer's unless += the speaker's own advance told done (我先垫付了, 帮你们垫付了).
 * Before → after on conv17's 16 (data/corpus/gen-conv17-zh.jsonl c17-dl-*): 7 flagged (2 scam) → 2 (1 scam). Left: a
 * friend's "车费你先垫付一下，我晚上回来还你" (scam 73) and "打印店的钱你先帮我垫一下，我手机没电了…" (55): with the asker's
 * own 还你 among the words, four own-corpus scams of the fake relative and romance kinds went scam -> suspicious or safe
 * (g-ot-0479 '你先微信转我一千，到了还你', w12ts-0039, w14ds-0189, c-dlg-zh-034): tried and dropped.
 * Twins (flagged): the fake boss, the task ladder, a new number, a third person's card, a teacher's private account, and
 * the reimbursement words beside an account, a friend's card, an 'X总' or a task.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe } from 'vitest';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';
import { analyze, type AnalyzeInput } from '../../../src/index.ts';

const ROWS = new Map(readFileSync(new URL('../../../data/corpus/gen-conv17-zh.jsonl', import.meta.url), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as { id: string; channel: 'chat' | 'call'; turns: { speaker: 'user' | 'caller'; text: string }[] })
  .map((r) => [r.id, { channel: r.channel, turns: r.turns } as AnalyzeInput]));
const row = (id: string): AnalyzeInput => ROWS.get(id)!;
const chat = (text: string): AnalyzeInput => ({ channel: 'chat', text });

const LEGIT = ['01', '03', '04', '05', '06', '07', '09', '10', '11', '13', '14', '15', '16'].map((n) => `c17-dl-${n}`);
const LEGIT_LINES = [
  '团建的水果你先垫付一下，回来走报销',
  '出差住宿你先垫付一下，回来提交报销',
  '客户的快递费你先垫付一下，报销单我来签',
  '这次聚餐AA，我先垫付了，每人86',
  '班级活动的横幅你先垫付一下，从班费里出',
  '会议室的茶歇你先垫付一下，发票抬头开公司，财务给你报',
];
const SCAMS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((n) => `c17-ds-${n}`);
const SCAM_LINES = [
  '你先垫付一下，回头走报销，钱转到这个账户6222021234567890123',
  '团建费用你先垫付一下，走报销，打到我朋友的卡上',
  '我是王总，你先垫付一下五万给供应商，回头走报销',
  '这单任务你先垫付一下，走报销，完成后返佣金',
];

describe('conv17 kind D: an advance among colleagues and friends, paid back the ordinary way', () => {
  // The engine and the text model load once before the cases (a shared machine may take longer than one test's timeout).
  beforeAll(() => { analyze('你好'); }, 120_000);
  runWithAndWithoutModel([
    ...LEGIT.map((id): FaultCase => ({ name: `safe: ${id}`, input: row(id), expect: 'safe' })),
    ...LEGIT_LINES.map((t): FaultCase => ({ name: `safe: ${t}`, input: chat(t), expect: 'safe' })),
    ...SCAMS.map((id): FaultCase => ({ name: `flagged: ${id}`, input: row(id), expect: 'not-safe' })),
    ...SCAM_LINES.map((t): FaultCase => ({ name: `flagged: ${t}`, input: chat(t), expect: 'not-safe' })),
  ]);
});
