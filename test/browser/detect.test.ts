/**
 * What the home page sends where (public/js/detect.js): a number with a NAME goes to the number
 * check; a sentence that ends with a number is a message and is analysed (newcomer, session 5:
 * "给您退款，请把验证码发到 13812345678" went to the number check alone and showed green).
 */
import { describe, expect, it } from 'vitest';

type Classified = { kind: string; number?: string; claims?: string; numbers?: string[] };
const { classify } = (await import(new URL('../../public/js/detect.js', import.meta.url).href)) as { classify: (t: string) => Classified };

describe('classify: a number and its claimed name, or a message', () => {
  it.each([
    ['17012345678 京东客服', '京东客服'],
    ['京东客服 17012345678', '京东客服'],
    ['95588', undefined],
    ['400-606-5500 京东', '京东'],
    ['Amazon support +1 206 266 1000', 'Amazon support'],
    // Name-shaped but a sentence: checked as a number AND analysed as a message (public/app.js;
    // the browser test asserts the banner is not green).
    ['我是淘宝客服给您退款请打13812345678', '我是淘宝客服给您退款请打'],
  ])('%s is a number lookup', (text, claims) => {
    const c = classify(text);
    expect(c.kind).toBe('number');
    expect(c.claims).toBe(claims);
  });

  it.each([
    ['给您退款，请把验证码发到 13812345678', ['13812345678']],
    ['退款请联系我，13812345678', ['13812345678']],
    ['您的订单退款失败，请致电 4006065500', ['4006065500']],
    ['13812345678 是淘宝客服吗？', ['13812345678']],
    ['13812345678，我是京东客服，给您退款', ['13812345678']],
    // An 800 line in an English message is checked too.
    ['Your refund failed, call 8005551234', ['8005551234']],
    // A platform's own line is checked whole (JD's 950618, Taobao's 9510211); a look-alike with a digit
    // added is checked as the number it is, never as the published line inside it.
    ['【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服950618', ['950618']],
    ['【淘宝】如需取消请拨打9510211', ['9510211']],
    ['【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服9506188', ['9506188']],
  ])('%s is a message that is analysed, its numbers checked too', (text, numbers) => {
    const c = classify(text);
    expect(c.kind).toBe('message');
    expect(c.numbers).toEqual(numbers);
  });
});

describe('classify: pasted lines are a chat unless they say they were a call (nc9-loss)', () => {
  it.each([
    ['客服：亲，您的订单要理赔\n我：好的\n客服：加一下理赔群', 'chat'],
    ['对方：您好，退款需要验证\n我：怎么验证', 'chat'],
    ['来电：您好，我是京东客服\n我：什么事\n来电：给您退款', 'call'],
    ['客服：您好，我是京东客服\n我：什么事\n客服：电话里不方便，加个微信', 'call'],
    ['caller: hello this is Amazon\nme: yes?', 'call'],
  ])('%s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});
