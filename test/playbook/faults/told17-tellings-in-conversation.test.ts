/**
 * Session 17 decision on the held-out run: told17's told asks (extract.told-ask 45, extract.told-ask-done 70, bdeff8c)
 * read a telling of a stranger's ask as a scam in progress. In ONE message that is the citizen's report (the 4 newcomer
 * inputs: '对方说他是公安局的，…让我把钱转到安全账户' safe 0 -> scam 100). Inside a conversation of several voices it
 * flagged 4 held-out legitimate conversations (2 `scam`: a family chat 65 -> 100, a screen-share chat 55 -> 100) and
 * raised no held-out scam: the other voices carry the refusal or the check one telling cannot. Now single-message.ts
 * `tellings` drops both tactics from the score when the input has more than one turn (src/score/score.ts).
 * Conversations below: family and friends retelling such a call, each answered in a later turn — safe. Twins: the same
 * telling alone stays flagged, and a conversation where the caller asks directly stays `scam`.
 * Left: '电话里那个人说是银行的，让我爸把存款转到他给的账户' answered '别理' still reads scam 70 in a conversation by
 * extract.user-paid (told17 kind 2 reads 我爸把…转到他给的账户 as a loss told, not an ask relayed).
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

type Turn = { speaker: 'user' | 'caller' | 'unknown'; text: string };
const conv = (turns: Turn[]) => ({ channel: 'chat' as const, turns });
const u = (text: string): Turn => ({ speaker: 'user', text });
const o = (text: string): Turn => ({ speaker: 'unknown', text });
const c = (text: string): Turn => ({ speaker: 'caller', text });

const TELLINGS: Array<[string, string]> = [
  ['刚才有人打电话说是京东客服，让我把银行卡号和验证码发过去', '那是骗子，千万别发，直接挂掉'],
  ['对方说我的退款需要先验证流水，让我转5000到他给的账户', '妈你别转，这就是骗局，我马上回来'],
  ['电话里那个人说是银行的，让我爸把存款转到安全账户', '我跟爸说了别理，这就是骗子'],
  ['有个客服说我开了百万保障，让我下载腾讯会议开屏幕共享', '别下，我查了，官方从来不这样'],
  ['对方说是拼多多理赔专员，叫我先交500保证金', '哪有理赔先交钱的，拉黑他'],
  ['客服说我的订单异常，要我去借呗借两万验证流水', '这是典型的骗局，你可千万别借'],
  ['我奶奶接到电话，说是医保局的，让她把存款转到安全账户', '我去奶奶家看了，她没转，已经报警了'],
  ['有人打电话说我妈的社保卡被冻结了，让她把卡号和密码报过去', '叫妈挂了，社保卡的事去社保局窗口问'],
  ['对方说是快递理赔，让我把卡号和验证码报过去', '快递丢了在快递APP里申请就行，别报'],
  ['有人说是公安局的，让我把钱转到安全账户', '公安没有安全账户，你别转，我陪你去派出所'],
];

const inConversation: FaultCase[] = TELLINGS.map(([told, answer]) => ({
  name: `a telling answered in the conversation: ${told} / ${answer}`,
  input: conv([u(told), o(answer), u('好的，我知道了，不转了')]),
  expect: 'at-most-suspicious',
}));
const alone: FaultCase[] = TELLINGS.map(([told]) => ({ name: `the same telling alone is a report: ${told}`, input: chat(told), expect: 'not-safe' }));
const askedDirectly: FaultCase[] = [
  conv([c('您好，我是京东客服，您的订单商品有质量问题，给您三倍赔偿'), u('哦，怎么赔？'), c('请把您的银行卡号和收到的验证码发给我')]),
  conv([c('我是拼多多理赔专员，您的快递丢了'), u('那怎么办'), c('您先交500保证金，理赔款马上到账')]),
  conv([c('我是公安局的民警，您的账户涉嫌洗钱'), u('啊？'), c('请马上把钱转到安全账户配合调查')]),
].map((input, i) => ({ name: `the caller asks directly in a conversation (${i + 1})`, input, expect: 'scam' }));

describe('told17 tellings: a stranger\'s ask told inside a conversation of several voices', () => {
  runWithAndWithoutModel([...inConversation, ...alone, ...askedDirectly]);
});
