/**
 * `fanzha check --model / --no-model`, read as `fanzha eval` reads them (newcomer7): rules only gives
 * the rules' answer with no text-model finding; both flags at once is a usage error (exit 2).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { modelAvailable } from '../../src/model/signal.ts';

const SCAM = '李先生您好，我是京东客服，您的订单交易不成功需要退款，请点击 http://jd.com.tuikuan-service.top/refund 填写银行卡号和密码';
const NOTICE = '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。';

describe('fanzha check --no-model', () => {
  it('answers with the rules alone: no contact.model finding, the rules\' verdict', async () => {
    const plain = await runCli(['check', '--json', '--no-model', SCAM]);
    expect(plain.code).toBe(1);
    const r = JSON.parse(plain.out);
    expect(r.tactics.map((t: { id: string }) => t.id)).not.toContain('contact.model');
    expect(r.verdict).toBe('scam');
    const notice = JSON.parse((await runCli(['check', '--json', '--no-model', NOTICE])).out);
    expect(notice.tactics.map((t: { id: string }) => t.id)).not.toContain('contact.model');
    expect(notice.verdict).toBe('safe');
  });

  it.skipIf(!modelAvailable)('--model keeps the text model\'s finding (as shipped)', async () => {
    const r = JSON.parse((await runCli(['check', '--json', '--model', SCAM])).out);
    expect(r.tactics.map((t: { id: string }) => t.id)).toContain('contact.model');
  });

  it('--model with --no-model is a usage error, and the help names both', async () => {
    const both = await runCli(['check', '--model', '--no-model', SCAM]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--model or --no-model/);
    const help = await runCli(['help', 'check']);
    expect(help.out + help.err).toMatch(/--no-model/);
  });
});
