/**
 * A platform's own hotline is not a stranger's channel (session 8, debts8 item 2). "【京东PLUS】…如需取消
 * 请致电客服950618" (JD's published line) read suspicious 40 as the cancel-the-charge scam's opening: the
 * number was no entity at all (a 6-digit line) and the tactic could not tell a published line from the
 * scammer's. Now the number checker's data (src/checks/data/official-numbers.ts, service-numbers.ts)
 * makes a published line a phone number whatever its length, a line with an extension ("95188-6") is
 * that line, `fanzha number` says whose line it is, and a tactic marked `ownLine` does not count a
 * sentence whose only channel is such a line. A stranger's number stays suspicious: a mobile signed
 * "京东客服", an unlisted 400 line, a look-alike with a digit glued on (9506188) or a letter for a digit
 * (95O618), or a published line beside a private chat id. Our own writing, siblings both ways.
 */
import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../../src/checks/number/check.ts';
import { extractEntities } from '../../../src/entities/entities.ts';
import { maskPII } from '../../../src/entities/mask.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';

const OWN: FaultCase[] = [
  { name: 'JD PLUS renewal, JD\'s line (the reported case)', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服950618'), expect: 'safe' },
  { name: 'JD PLUS renewal, JD\'s line spaced out', input: sms('【京东PLUS】您的PLUS会员将于12月5日自动续费99元，如需取消请致电客服 950 618'), expect: 'safe' },
  { name: 'Alipay renewal, its line with an extension', input: sms('【支付宝】您开通的自动续费服务将于明日扣款，如需关闭请致电95188-6'), expect: 'safe' },
  { name: 'Taobao 88VIP renewal, Taobao\'s line', input: sms('【淘宝】您的88VIP会员将于12月5日自动续费88元，如需取消请拨打9510211'), expect: 'safe' },
  { name: 'WeChat Pay renewal, Tencent\'s line', input: sms('【微信支付】您的视频会员将自动续费，如需取消请致电95017'), expect: 'safe' },
  { name: 'JD renewal, JD\'s published 400 line', input: sms('【京东】您的PLUS会员年卡将自动续费，如需取消请致电400-606-5500'), expect: 'safe' },
  { name: 'a carrier\'s monthly package, its own 10086', input: sms('【中国移动】您的视频彩铃包月业务将自动续费，如需取消请拨打10086'), expect: 'safe' },
];

const STRANGER: FaultCase[] = [
  { name: 'a mobile signed JD customer service', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电京东客服13812345678'), expect: 'not-safe' },
  { name: 'JD\'s line with a digit glued on', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服9506188'), expect: 'not-safe' },
  { name: 'JD\'s line with a letter O for a zero', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服95O618'), expect: 'not-safe' },
  { name: 'an unlisted 400 line', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电400-123-4567'), expect: 'not-safe' },
  { name: 'an unlisted 95 line of six digits', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服950619'), expect: 'not-safe' },
  { name: 'the published line beside a private WeChat', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请加客服微信 jdkf2288 或致电950618'), expect: 'not-safe' },
  { name: 'the real line, and a private WeChat in the next sentence', input: sms('【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电950618。也可添加专属客服微信 jdkf2288 办理'), expect: 'not-safe' },
  { name: 'a mistaken enrolment cancelled through a landline of theirs', input: sms('检测到您开通了分期付款服务，月扣498元，取消请致电0571-86651234'), expect: 'not-safe' },
];

describe('a platform\'s own published line is its own channel', () => {
  for (const c of OWN) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
describe('a stranger\'s line stays a warning', () => {
  for (const c of STRANGER) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('the number checker says whose line it is', () => {
  it('950618 is JD\'s, 95188-6 is Alipay\'s with an extension, 9510211 Taobao\'s', () => {
    expect(checkNumber('950618')).toMatchObject({ verdict: 'official', officialFor: 'jd' });
    expect(checkNumber('95188-6')).toMatchObject({ verdict: 'official', officialFor: 'alipay', extension: '6' });
    expect(checkNumber('95188转6')).toMatchObject({ verdict: 'official', officialFor: 'alipay', extension: '6' });
    expect(checkNumber('9510211')).toMatchObject({ verdict: 'official', officialFor: 'taobao' });
  });
  it('a look-alike is nobody\'s line, and a claimed brand on it is a mismatch', () => {
    expect(checkNumber('9506188').verdict).not.toBe('official');
    expect(checkNumber('9506188').officialFor).toBeNull();
    expect(checkNumber('9506188').findings.map((f) => f.id)).toContain('padded-lookalike');
    // A carrier's real sub-line is no look-alike: only platforms' lines of six digits or more are.
    expect(checkNumber('1008611').findings.map((f) => f.id)).not.toContain('padded-lookalike');
    expect(checkNumber('95O618').verdict).not.toBe('official');
    expect(checkNumber('13812345678', { claims: '京东客服' }).findings.map((f) => f.id)).toContain('claims-mismatch');
    // An extension only follows a listed line: a mobile with a hyphen is that mobile, no extension.
    expect(checkNumber('138-1234-5678').extension).toBeUndefined();
    expect(checkNumber('138-1234-5678').verdict).not.toBe('official');
  });
  it('a published line of any length is a phone number in a message, and is not masked as a person\'s', () => {
    const phones = (t: string) => extractEntities(t).filter((e) => e.kind === 'phone').map((e) => e.value);
    expect(phones('请致电客服950618')).toEqual(['950618']);
    expect(phones('请致电9510211取消')).toEqual(['9510211']);
    expect(phones('请致电95188-6')).toEqual(['95188']);
    expect(phones('请致电9506188')).toEqual([]);
    expect(phones('2023-12-25 到期')).toEqual([]);
    expect(maskPII('如需取消请致电客服950618')).toContain('950618');
  });
});
