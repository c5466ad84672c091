/**
 * conv17 kind C (session 17, issue 8 §4: 0 `scam` on any legitimate text): the bank's own fraud check and the police's
 * dissuasion call, warning in the conditional ("您刚才有一笔转账，是否本人操作？如果有人让您转到安全账户那是诈骗"), read
 * suspicious 45 on the 安全账户 it warned of (extract.transfer's any-cue): the 'warning' guard list knew 都是诈骗, 就是诈骗
 * but not the conditional's consequence 那是诈骗. Now zh WARNING_WORDS += the consequence right after the move it names
 * (账户, 保证金, 验证码, 手续费, 屏幕共享, 贷款, 转账 + 那是诈骗 / ，那是诈骗 / 那就是诈骗 / ，那是骗子…), never a bare 那是诈骗
 * ("银行说，那是诈骗，您别信，请把钱转到安全账户" is the scammer dismissing a warning and stays read). Before → after on
 * conv17's 16 bank and police calls (data/corpus/gen-conv17-zh.jsonl c17-cl-*): 4 flagged → 3 (left: a bank asking about a
 * transfer at the ATM reads extract.atm-operation 45; a police officer naming the game-account trade's 'pay outside the
 * platform' reads pretext-plus-shift 50; an anti-fraud centre naming a 'top-up' on an investment site reads
 * extract.platform-topup 40). Twins (flagged): conv17's 12 fake bank, police and anti-fraud-centre calls (c17-cs-*) and
 * the dismissal.
 */
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';
import type { AnalyzeInput } from '../../../src/index.ts';

const ROWS = new Map(readFileSync(new URL('../../../data/corpus/gen-conv17-zh.jsonl', import.meta.url), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as { id: string; channel: 'chat' | 'call'; turns: { speaker: 'user' | 'caller'; text: string }[] })
  .map((r) => [r.id, { channel: r.channel, turns: r.turns } as AnalyzeInput]));
const row = (id: string): AnalyzeInput => ROWS.get(id)!;
const call = (...turns: [('user' | 'caller'), string][]): AnalyzeInput => ({ channel: 'call', turns: turns.map(([speaker, text]) => ({ speaker, text })) });

const LEGIT = ['01', '02', '03', '04', '05', '06', '07', '08', '10', '13', '14', '15'].map((n) => `c17-cl-${n}`);
const SCAMS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((n) => `c17-cs-${n}`);

describe('conv17 kind C: a bank\'s or the police\'s warning in the conditional', () => {
  runWithAndWithoutModel([
    ...LEGIT.map((id): FaultCase => ({ name: `safe: ${id}`, input: row(id), expect: 'safe' })),
    { name: 'safe: the brief\'s bank check', expect: 'safe',
      input: call(['caller', '您好，这里是建设银行，您刚才有一笔转账，是否本人操作？如果有人让您转到安全账户那是诈骗'], ['user', '是我自己转给我妈的'], ['caller', '好的，没问题，打扰您了']) },
    { name: 'safe: a deposit named in the warning', expect: 'safe',
      input: call(['caller', '您好，这里是邮储银行，您刚才给一个陌生账户转了三千，是否本人操作？'], ['user', '是的，交的保证金'], ['caller', '请您先不要再转了。如果有人让您先交保证金才能退款或者放款，那就是诈骗，请您拨打96110核实。']) },
    { name: 'safe: a police officer on a screen share', expect: 'safe',
      input: call(['caller', '您好，我是派出所民警，刚才有人给您打电话了吗？'], ['user', '有，说要帮我退款'], ['caller', '要是有人让您开屏幕共享，那是骗子，您千万不要开，直接挂断。']) },
    ...SCAMS.map((id): FaultCase => ({ name: `flagged: ${id}`, input: row(id), expect: 'not-safe' })),
    { name: 'flagged: the scammer dismissing the warning', expect: 'not-safe',
      input: call(['caller', '银行说，那是诈骗，您别信，请把钱转到安全账户']) },
    { name: 'flagged: a warning, then the safe account asked', expect: 'not-safe',
      input: call(['caller', '您好这里是银行风控中心，如果有人让您转到陌生账户，那是诈骗。'], ['user', '那我的钱怎么办'], ['caller', '为了资金安全，请您把卡里的余额先转到我们的安全账户，核实后再给您转回。']) },
  ]);
});
