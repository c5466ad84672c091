/**
 * Session 11's request-grammar kinds (grammar11), each with the input and siblings of our own writing,
 * positives and hard negatives:
 *  1. a code handed on with its direction ("发过去", "报给他", "交给工作人员", "告诉对方") is the grammar's own
 *     act class (lexicon.ts act.hand-on: every verb × every receiver), read against the code object;
 *  4. money the reader RECEIVES (退税, 退税款, 退押金…) is no fee quoted; a fee to receive it still is one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { chat, why } from './faults/helpers.ts';

const ids = (r: ReturnType<typeof analyze>): string[] => r.tactics.map((t) => t.id);

describe('1. a code handed on, said with its direction, is asked for', () => {
  const CODE = 'extract.verification-code';
  const ASKED = [
    '快递理赔的人让我把收到的验证码发过去',
    '你把验证码报给他就行',
    '验证码交给工作人员',
    '把收到的验证码念给专员听一下',
    '你把动态码告诉对方就可以退款了',
    '稍后您会收到一个校验码，直接报过去就行',
    '你把收到的验证码读给理赔员',
    '把验证码回复给他就好',
    '短信验证码直接告知工作人员，我们马上给您办理',
    '您把手机收到的确认码传给我同事',
    '验证码说给操作员听，他帮您解除',
  ];
  it.each(ASKED)('asks for the code: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(CODE);
  });

  const NOT_ASKED = [
    '我已经把验证码发过去了',
    '验证码千万不要发给对方',
    '任何人让你把验证码报给他，都是骗子',
    '验证码别告诉他们',
    '你把照片发过去给他看看',
    '把文件交给工作人员就行',
    '把发票拍照发给客服',
    '验证码不能告诉工作人员，银行不会要',
    '把作业交给老师',
    '这个消息你转告他一下',
  ];
  it.each(NOT_ASKED)('no code asked: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(CODE);
  });
});

describe('4. money received is no fee quoted', () => {
  const FEE = 'extract.fee-quoted';
  const RECEIVED = [
    '【个人所得税】您的2025年度汇算退税款1860元已审核通过，将退至您的银行卡，请注意查收',
    '您有一笔退税款3200元待领取，请登录个人所得税APP查看',
    '您的退税1500元已到账',
    '退税款两千三百元已退回您尾号6621的银行卡',
    '您申请的个税退税860元已办理完毕',
    '您的个税退税款已退还，金额1200元，请查收',
  ];
  it.each(RECEIVED)('no fee: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).not.toContain(FEE);
    expect(r.verdict, why(r)).toBe('safe');
  });

  const FEES = [
    '您有一笔退税款3200元待领取，领取需先交手续费300元',
    '领取退税需先交手续费',
    '您有一笔补贴2000元待领取，需先缴纳个人所得税200元',
    '您的退税款3000元已冻结，需缴纳税费500元解冻',
    '返还款5000元待领取，请先支付保证金1000元',
    '中奖奖金需先交税800元才能发放',
  ];
  it.each(FEES)('a fee to receive it: %s', (text) => {
    const r = analyze(chat(text));
    expect(ids(r), why(r)).toContain(FEE);
  });
});
