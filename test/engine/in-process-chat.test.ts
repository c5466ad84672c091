/**
 * An after-sale chat the CUSTOMER opened, where the money stays in the platform's own process (issue 8
 * §1.6 and §4, session 9: our own legitimate chats read `scam` on "先垫付运费"), both ways: a payee, a code,
 * a contact, an app or a loan in the same chat, or the same words from a stranger who called, still warn.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import type { Speaker } from '../../src/types.ts';

type Line = [Speaker, string];
const conv = (channel: 'call' | 'chat', lines: Line[]) =>
  analyze({ channel, turns: lines.map(([speaker, text]) => ({ speaker, text })) });

describe('an after-sale chat the customer opened, where the money stays in the platform\'s process', () => {
  // Return postage paid on posting and refunded, a difference paid in the order, money back to the
  // customer's own balance, goods sent again: the agent's everyday answers. Written for session 9.
  const chats: Line[][] = [
    [['user', '退货运费谁出'], ['caller', '您好，我是店铺售后，您有运费险，退货时先垫付运费，理赔款会自动退到您的支付账户']],
    [['user', '我之前申请的售后，运费我先垫吗'], ['caller', '是的，您先垫付，寄件后把快递单号填到售后单里，我们收到货后会连同运费一起退给您']],
    [['user', '换货的话运费怎么算'], ['caller', '亲，寄回时运费您先垫付一下，仓库签收后运费补贴会原路退回']],
    [['user', '我想换个大一码的，价格不一样'], ['caller', '好的亲，差价在订单里补一下就可以，系统会自动重新计算，新的一件给您补发']],
    [['user', '收到的杯子碎了一个'], ['caller', '非常抱歉，您拍照提交售后单，我们给您重新补发，运费我们出，不用您垫付']],
    [['user', '我退货寄出去三天了，钱什么时候退'], ['caller', '仓库签收后24小时内原路退回，运费会一起退到您的支付账户，您先付的快递费不会让您承担']],
    [['user', '你们的赔付什么时候到'], ['caller', '您好，平台的赔付款会打到您的账户余额，预计两个小时内到账，请在app内查看']],
    [['user', '我要退这件外套'], ['caller', '可以的，您选择上门取件，取件时快递员收运费，您先付一下，寄件后运费险会补贴给您']],
    [['user', '少发了一个配件'], ['caller', '亲，抱歉，这边给您补发一个，您不用付运费，快递单号稍后在订单里可以看到']],
    [['user', '换货要我先付钱吗'], ['caller', '需要您先垫付寄回的运费，退货单提交后我们收到货会连同运费一起返还']],
    [['user', '我买贵了，别家便宜二十'], ['caller', '亲，我们支持价保，差价会原路退回到您的支付账户，您在订单页面申请就行']],
  ];
  for (const lines of chats) {
    it(`safe: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      const r = conv('chat', lines);
      expect(r.verdict).toBe('safe');
    });
  }

  // The same chats where the money leaves the process: a payee named, a code to scan, a private contact,
  // an app, a loan — or the same words from a stranger who called first.
  const leaves: Line[][] = [
    [['user', '退货运费谁出'], ['caller', '您先垫付运费，运费请转到这个账户 6222 0212 3456 7890 128，寄件后一起退给您']],
    [['user', '运费我先垫吗'], ['caller', '是的，您先扫我发的收款码付一下运费，寄件后我们连同运费一起退给您']],
    [['user', '换货的话运费怎么算'], ['caller', '亲，运费险理赔要加我微信，我发您一个链接，在里面填银行卡号和密码']],
    [['user', '我想换个大一码的'], ['caller', '差价您不用在订单里补，直接转到我的支付宝账户就行，我这边给您补发']],
    [['user', '你们的赔付什么时候到'], ['caller', '赔付款要先验证账户，请您下载这个会议软件，开启屏幕共享，我教您操作']],
    [['user', '退款什么时候到'], ['caller', '您的退款被冻结了，需要您在借呗里借出五千转到验证账户，验证后原路退回']],
    [['user', '少发了一个配件'], ['caller', '亲，补发要先交200元保证金，扫码付款后给您补发']],
    [['user', '我退货寄出去三天了'], ['caller', '您的退货单异常，请把收到的验证码告诉我，我帮您把钱原路退回']],
    [['user', '运费险怎么理赔'], ['caller', '运费险理赔请加我们的QQ群，群里有专员帮您把运费转到您的账户']],
    [['user', '换货要我先付钱吗'], ['caller', '需要您先付，运费和手续费一共三百，转给我们的财务，退货单提交后一起返还']],
  ];
  for (const lines of leaves) {
    it(`still warns: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      expect(conv('chat', lines).verdict).not.toBe('safe');
    });
  }

  // A stranger who calls first with the same words: the after-sale process is no cover.
  const calls: Line[][] = [
    [['caller', '您好，我是淘宝店铺售后，您的订单运费险理赔失败了'], ['user', '啊？'], ['caller', '退货时先垫付运费，您先扫码付三百，寄件后会连同运费一起退给您']],
    [['caller', '您好，我是京东客服，您买的衣服有质量问题，给您双倍赔偿'], ['user', '好'], ['caller', '您先垫付一下手续费，转到我们的对公账户，赔付款会打到您的账户余额']],
  ];
  for (const lines of calls) {
    it(`a stranger's call still scam: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      expect(conv('call', lines).verdict).toBe('scam');
    });
  }
});
