/**
 * Hard negatives of our own writing (issue 8 §4: "0 `scam` on any real legitimate text, every hard
 * negative clean"): every text in hard-negatives.data.ts must read `safe`, and a scam said with the
 * same channel moves (a link and an app with a story or a request) must still be caught.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';
import { HARD_NEGATIVES, KNOWN_SUSPICIOUS, MEETING_NEGATIVES, MORE_NEGATIVES } from './hard-negatives.data.ts';
import type { AnalyzeInput } from '../../../src/index.ts';
import type { HardNegative } from './hard-negatives.data.ts';

/** A chat the citizen opened in the platform's app: the agent answers after the user's first turn. */
function inputOf(c: HardNegative): AnalyzeInput {
  if (c.kind === 'customer-chat-user-opened') return { channel: 'chat', turns: [{ speaker: 'user', text: '我的订单有问题' }, { speaker: 'caller', text: c.text }] };
  return { channel: c.channel, text: c.text };
}

const SCAMS: FaultCase[] = [
  // The self-promotion rule (the playbooks' promotion, src/score/score.ts promotionReading): an operator's own link, app and
  // group in its own mass notice is safe; the same moves without that frame, or with a story, are not.
  { name: 'operator promotion: its own link, app and group', expect: 'safe',
    input: { channel: 'sms', text: '尊敬的客户，点击链接 http://189.cn/x 下载电信营业厅APP，加入会员QQ群领取更多优惠。' } },
  { name: 'scam: a salutation over a funnel (an outside link, an app and a group)', expect: 'not-safe',
    input: { channel: 'sms', text: '尊敬的用户，点击链接 http://a8k.top/x 下载APP，进群领取福利' } },
  { name: 'scam: the same funnel under an opt-out', expect: 'not-safe',
    input: { channel: 'sms', text: '新人福利：点击 http://rw-8.top 下载任务APP，加入QQ群领取日结任务，回T退订' } },
  { name: 'promotion: a shop\'s outside link and its app (two moves)', expect: 'safe',
    input: { channel: 'sms', text: '【美团外卖】尊敬的用户，满30减15神券已到账，点击 http://dpurl.cn/a8Kx 领取，或打开美团APP查看，退订回T' } },
  { name: 'scam: link, app and group with no sender frame', expect: 'not-safe',
    input: { channel: 'sms', text: '点击链接 http://aqk.top/x 下载安全APP，进群领取' } },
  { name: 'scam: a copied salutation does not hide a refund story', expect: 'suspicious',
    input: { channel: 'sms', text: '尊敬的用户，您的快递丢失，点击链接 http://kd-lp.top 下载理赔APP领取赔偿' } },
  { name: 'scam: their app and link after a refund story', expect: 'not-safe', tactics: ['shift.app-download'],
    input: '您好，我是淘宝客服，您购买的商品有质量问题，我们给您退款，请点击链接下载我们的理赔APP http://tb-lp.top/a' },
  { name: 'scam: their app, then the code', expect: 'scam',
    input: '您的快递丢失了，请下载理赔APP，点击链接 http://kd-pei.top 注册后把收到的验证码告诉我，马上给您赔付。' },
  { name: 'scam: a group and a link with a task for money', expect: 'not-safe',
    input: '兼职刷单，日赚300元，点击链接 http://jz-rw.top 下载APP，进群领取任务，先垫付后返还本金和佣金。' },
];

describe('hard negatives of our own writing read safe (fp-guard)', () => {
  for (const c of [...HARD_NEGATIVES, ...MORE_NEGATIVES, ...MEETING_NEGATIVES]) {
    it(`safe: ${c.kind}: ${c.text.slice(0, 40)}`, () => { runCase({ name: c.kind, expect: 'safe', input: inputOf(c) }); });
  }
  for (const c of KNOWN_SUSPICIOUS) {
    it(`at most suspicious (known): ${c.kind}: ${c.text.slice(0, 40)}`, () => { runCase({ name: c.kind, expect: 'at-most-suspicious', input: { channel: c.channel, text: c.text } }); });
  }
  for (const c of SCAMS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
