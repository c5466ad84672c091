/**
 * ncfp17 kind G follow-up (session 17). Kind G made the agent's freeze and the account's own id asked for it ordinary in a
 * chat the citizen opened. Its first lists also read a STRANGER's message that way: a bare "提供QQ号 / 微信号" beside a
 * payout offer lost shift.group (two texts-8 test scams suspicious -> safe, counted not read), and a theft told by the
 * stranger in the same turn ("您的QQ号被盗了…提供QQ号") lost its story ('您的QQ号被盗了，…请提供QQ号和绑定的手机号给我们
 * 客服' suspicious 69 -> safe 10; '您的支付宝被盗了，客服可以帮您冻结，请提供微信号和身份证号' scam 85 -> 40). Now the id is
 * ordinary only with its binding or the owner's identity check (qq号和绑定, 微信号和身份证…), and the theft told in the same
 * turn (被盗, 盗刷, 被登录) gives the sentence back. Below: strangers' messages, flagged; kind G's own conversations stay in
 * ncfp17-own-freeze.test.ts.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const flagged = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `a stranger's message, flagged: ${t}`, input: sms(t), expect: 'not-safe' }));
/** The move kept (shift.group) where the rules alone never reached suspicious (safe 20-30 at 7a64355 too; 69 with the model). */
const moveKept = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `a stranger's message keeps the move: ${t}`, input: sms(t), expect: 'at-most-suspicious', tactics: ['shift.group'] }));

describe('ncfp17 kind G follow-up: a stranger asking the id or telling the theft stays flagged', () => {
  runWithAndWithoutModel(flagged([
    '您的淘宝账号被盗刷，我们将为您办理退款，请提供QQ号联系专员领取赔付',
    '亲，您的账号被别人登录了，请提供一下您的微信号，我们帮您把资金退回',
    '您的支付宝被盗了，客服可以帮您冻结，请提供微信号和身份证号',
    '您好，您的订单理赔款已审核通过，请提供微信号，专员为您发放赔付',
    '您的快递丢失，我们给您双倍赔偿，请提供一下您的微信号',
    '兼职刷单日结300，请提供微信号了解详情',
    '您的微信被他人登录，已被盗刷2000元，请提供微信号和密码帮您找回',
  ]));
  runWithAndWithoutModel(moveKept([
    '您的QQ号被盗了，为保障安全请提供QQ号和绑定的手机号给我们客服，我们帮您处理',
    '恭喜您获得平台返现888元，请提供QQ号领取',
    '您的抖音账号被盗，存在风险，请提供QQ号，客服帮您冻结',
  ]));
});
