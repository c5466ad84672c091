/**
 * The paths by which ONE message reaches `scam` (src/playbook/single-message.ts; issue 8 §4: "0 `scam`
 * on any real legitimate text"), each with the evidence a notice or a warning cannot carry. Session 8
 * (smsfp4): a control ask read twice is one ask — a mixed warning ("no real platform will ask you to
 * share your screen. 有人让你“开启屏幕共享”…") paired zh shift.screen-share with en shift.remote-access
 * (never-asked request × move) and read scam 85; a control ask still pairs with an app or a code.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const CONTROL: FaultCase[] = [
  { name: 'a mixed warning: the screen share in both languages is one ask', expect: 'at-most-suspicious',
    input: sms('Remember: no real platform will ask you to share your screen. 有人让你“开启屏幕共享”，请马上挂断并拨打96110。') },
  { name: 'remote app and an access code: still a scam', expect: 'scam', input: sms('We need you to download UltraViewer and share the access code.') },
  { name: 'a meeting app and a screen share for a refund: still a scam', expect: 'scam',
    input: sms('【淘宝客服】您的订单退款异常，请下载腾讯会议APP并开启屏幕共享，我们指导您办理退款。') },
];

describe('a control ask and a control move are one ask; with another kind they pair', () => {
  it.each(CONTROL.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
