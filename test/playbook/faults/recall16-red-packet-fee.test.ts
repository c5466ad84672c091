/**
 * recall16 kind R3 (session 16): a red packet asked as the fee read safe 0. "发个888红包激活" (the brief's known miss), "账号解封需要
 * 你先发一个200元的红包验证身份", "贷款审核通过了，先发个500的红包做保证金就放款": 红包 is a WeChat or Alipay transfer, and asked as the
 * price of an activation, an unfreezing, a check, a payout or a rebate it is the fee before what was promised. Now an
 * extract.upfront-fee cue (src/playbook/zh/tactics/extract.upfront-fee.ts): 发个/发一个/包个 + 红包 + an exchange word within 24
 * characters. Red packets among family and friends, festive ones, platforms' coupons, a group's custom, one sent BY the speaker
 * or to test a wallet stay safe.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const caught = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `fee: ${t}`, input: chat(t), expect: 'not-safe', tactics: ['extract.upfront-fee'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `no fee: ${t}`, input: chat(t), expect: 'safe' }));

describe('recall16 kind R3: a red packet asked as the price of what was promised (flagged)', () => {
  runWithAndWithoutModel(caught([
    '发个888红包激活',
    '先给我发个520的红包，我就帮你激活',
    '账号解封需要你先发一个200元的红包验证身份',
    '您的会员资格需要发个66元红包确认，发完马上开通',
    '进群前先发个88的红包给群主，审核通过才能拉你',
    '想解冻的话先发个300红包过来，我这边帮你操作',
    '刷单任务第一单：给我发个50元红包，10分钟返你65',
    '贷款审核通过了，先发个500的红包做保证金就放款',
    '发个1.88元的红包验证一下你的微信是否正常，马上退给你',
    '领奖需要先发个99红包作为手续费',
    '要想我帮你解封账号，先包个188的红包',
    '您的账户需要激活，请先发个200元红包给客服',
  ]));
});

describe('recall16 kind R3: red packets among family, friends and platforms (safe)', () => {
  runWithAndWithoutModel(safe([
    '妈，过年给我发个红包呗',
    '新年快乐！给你发了个红包，记得领',
    '群里发红包了，快来抢',
    '【淘宝】双12红包已发放至您的账户，下单自动抵扣',
    '生日快乐，发个520红包给你',
    '老公，给我发个红包买奶茶',
    '结婚随礼发个红包就行，人不用到',
    '【美团】您有一个10元红包即将过期，下单可用',
    '领导发了个红包激活一下群里气氛',
    '领导让大家发个红包激活一下群里气氛',
    '发个红包给你压压惊',
    '给孩子发个红包当压岁钱',
    '把钱包激活一下，发个红包试试能不能用',
    '我给你发个红包，你看看能不能收到，微信刚实名认证完',
  ]));
});
