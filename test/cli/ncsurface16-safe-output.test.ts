/**
 * ncsurface16 kind 7 (newcomer16 K6): a safe answer printed "证据：" with bullets under 未发现诈骗迹象 for the
 * README's own refund notice (its done-notice and in-process components: what made it safe, not signs). The
 * text output of a safe verdict lists only signs that weigh: none → the verdict line alone, as the README tour
 * shows; some → "暂未达到预警，但有下列可疑之处". A flagged answer keeps its evidence. `--json` keeps every tactic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const QUIET = [
  '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。',
  '【京东】您的退款申请已审核通过，退款金额128.00元将原路退回，预计1-7个工作日到账，可在京东APP-我的-退换/售后查看进度。',
  '【苏宁易购】您的退款89元已原路退回至您的支付账户，请注意查收。',
  '【拼多多】您的退款已原路退回，金额36.80元，请在微信零钱中查看。',
  '【美团】您的订单已取消，退款23.50元将原路退回您的支付账户。',
  '【唯品会】您的退货已签收，退款199元已原路退回，预计1-3个工作日到账。',
  '【滴滴出行】您的行程费用已退款15元，原路退回至您的支付账户。',
  '【天猫】您购买的商品已完成退款，金额299元原路退回，如有疑问请在订单页联系商家。',
  'Amazon: Your refund of $23.99 for order 112-3345678-1234567 has been issued to your original payment method.',
  '【饿了么】您的订单退款已完成，18元已退回原支付账户。',
];
const FLAGGED = [
  '您好，我是淘宝客服，您的订单需要退款，请把收到的验证码告诉我',
  '我是京东客服，您买的商品有质量问题，我们双倍赔偿，请下载腾讯会议共享屏幕操作退款',
  '您的快递丢失，我们三倍理赔，请添加理赔专员微信并提供银行卡号和验证码',
  '【淘宝】您的退款失败，请登录 http://tb-refund.top 填写银行卡信息重新办理',
  '您好，您的抖音百万保障服务即将扣费，请下载会议软件，开启屏幕共享关闭服务',
  'This is Amazon support. We owe you a refund; read me the code we texted you.',
  '亲，您的退款需要先开通备用金，把额度借出来转到我们的账户，我们再退给您',
  '您的订单退款已原路退回失败，请把支付宝收到的验证码发给客服',
  '您好这边是拼多多售后，退款需要您先扫码支付99元激活退款通道',
  '我是美团客服，您的会员自动扣费，请把银行卡号和收到的验证码报给我取消',
];

describe('a safe answer lists no evidence unless a sign weighs (newcomer16 K6)', () => {
  // The model loads on first use: not inside a case's time limit on a loaded machine.
  beforeAll(async () => { await runCli(['check', '--json', '你好']); }, 120_000);
  it.each(QUIET)('%s: the verdict line alone', async (text) => {
    const r = await runCli(['check', '--no-color', text]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/证据|Evidence/);
    expect(r.out).toMatch(/^(结论：未发现诈骗迹象|Verdict: no sign of a scam)/);
    // The machine output keeps every tactic, components included.
    expect(JSON.parse((await runCli(['check', '--json', text])).out).verdict).toBe('safe');
  }, 30_000);
  it.each(FLAGGED)('%s: flagged, with its evidence', async (text) => {
    const r = await runCli(['check', '--no-color', text]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/证据：|Evidence:/);
  }, 30_000);
  it('a safe answer with a sign that weighs still shows it, under the "note the signs" head', async () => {
    const r = await runCli(['check', '--no-color', '--json', '您好，请问明天方便来取一下快递吗？我是楼下驿站的。']);
    const j = JSON.parse(r.out) as { verdict: string; tactics: { weight: number }[] };
    const text = (await runCli(['check', '--no-color', '您好，请问明天方便来取一下快递吗？我是楼下驿站的。'])).out;
    if (j.verdict === 'safe' && j.tactics.some((t) => t.weight > 0)) expect(text).toMatch(/暂未达到预警，但有下列可疑之处[\s\S]*证据/);
    else if (j.verdict === 'safe') expect(text).not.toContain('证据');
  }, 30_000);
});
