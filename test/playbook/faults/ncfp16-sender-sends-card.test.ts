/**
 * ncfp16 kind H (session 16, newcomer16's false alarms gc1/gc4/gc7/gc8/gc9): the sender announces that IT will send, or has
 * sent, a card's number and password, a pick-up code or a redeem code to the reader by text ("礼品卡密码将以短信形式发送，请
 * 妥善保管", "卡号和密码将在24小时内以短信形式发送至您的手机", "充值密码会通过短信发给您"): read suspicious 40-69 as an ask
 * for the card's credentials (extract.card-credentials, extract.gift-card-codes). The phrases naming the medium of the
 * sender's send (src/playbook/zh/sender-sends.ts) cover the act inside them in the request grammar and are `unless` words of
 * the two card tactics. Twins: the same cards and codes ASKED (发给我, 拍给我, 告诉我, 用短信发给我), in a sentence of their own
 * or in the same words, stay flagged. First five safe lines are the newcomer's inputs; the rest are written here.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `sender sends safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `card asked flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('ncfp16 kind H: a card password or code the sender sends by text is delivered, not asked', () => {
  runWithAndWithoutModel([
    ...safe([
      '尊敬的用户，为回馈新老客户，即日起至DIGIT月底，充值DOLLAR元即送价值DOLLAR元的礼品卡，礼品卡密码将以短信形式发送，请妥善保管。',
      '【沃尔玛】您的购物卡已充值成功，卡号和密码将在24小时内以短信形式发送至您的手机，请注意查收并妥善保管。',
      '【盒马】您的提货卡已激活，提货码和密码已通过短信发送，请凭码到门店提货，请妥善保管勿转发他人。',
      '尊敬的客户，您参与活动获得的话费充值卡，充值密码会通过短信发给您，收到后请自行在营业厅APP充值。',
      '您好，您购买的电影兑换券已出票，兑换码与密码将以短信方式发送，请在影院自助机上使用。',
      '【永辉超市】您在会员日购买的超市卡已开通，卡号和密码将以短信的形式发送给您，请妥善保存，切勿外借。',
      '尊敬的会员，您兑换的京东E卡卡密将于三个工作日内通过短信下发至您的手机，请注意查收。',
      '【中国石化】您购买的加油卡电子券已生成，卡号和密码将通过短信的方式发送到您预留的手机号上。',
      '感谢您参加本次问卷调查，DOLLAR元购物卡的卡号与密码会以短信形式发给您，请留意短信。',
      '【某某影城】您兑换的观影券已生效，兑换码和密码稍后以短信方式发至您的手机，凭码到前台即可取票。',
      '亲爱的NAME，您在PLACE门店充值DOLLAR元获赠的礼品卡，卡号和密码已通过短信发送至您的手机CELLPHONE，请查收。',
      '您好，单位工会发放的节日购物卡，卡号和密码统一通过短信发送给各位职工，请注意查收并妥善保管。',
      '您购买的视频会员兑换卡已发货，激活码和密码将以电子邮件形式发送，请在官网个人中心使用。',
    ]),
    ...caught([
      '您好，您中奖获得的话费充值卡，卡号和密码已通过短信发送。请把卡号和密码发给我们客服，我们帮您激活。',
      '【沃尔玛】您的购物卡已充值成功，卡号和密码将以短信形式发送。收到后请把卡号和密码拍照发给我核对。',
      '领导让你去买五张京东E卡，卡密会通过短信发你，收到后把卡密拍给我。',
      '我是你们王总，你马上去买十张购物卡，买好后把卡号和密码拍照发给我。',
      '帮我买五张苹果卡，卡号和密码发我，以短信形式发给我也行。',
      '您的购物卡已被冻结，请把卡号和密码通过短信发给我们的客服专员解冻。',
      '您好，我是超市客服，您的储值卡积分即将清零，请把完整的卡号和密码报给我办理兑换。',
      '充值密码会通过短信发给您。收到后请把充值密码发给我，我帮您充值到账。',
      '您好，您的超市卡需要验证，请以短信形式把卡号和密码发给我们的客服。',
      '你把购物卡的卡号和密码用短信发给我，我帮你充值。',
      '礼品卡密码将以短信形式发送给您。收到后请把卡号和密码发给我，我帮您兑换成现金。',
    ]),
  ]);
});
