/**
 * newcomer7 kind 3: "cancel this charge" — a membership, a 百万保障/医疗保障 or a 月付 credit line about to
 * charge, and THEIR line, QQ or meeting app to cancel it through ("如非本人意愿请回复TD或联系客服 4006 998 321
 * 关闭", "月付额度异常…上报征信，请下载'云视讯'联系专员") read safe; and the opposite false alarm: a real renewal
 * RECEIPT that sends you to the app's own settings ("可在微信-我-服务-钱包-支付设置-自动续费中关闭") read
 * suspicious 69 and accused the sender of "谎称误将您升级为会员". The kinds: a path through the app's own menus
 * (IN_APP_PATH in pretext.subscription-renewal) is a receipt's cancel path, never the scam's; TD as the
 * message's own opt-out (回复TD退订) is not "TD or call us"; a number to call between the charge and 取消 is
 * their cancel path; the carriers' and clouds' meeting apps (云视讯, 华为云会议…) are meeting apps; and the
 * advice for such a message opens with the shopping-app advice, never 公检法 (police advice needs a police,
 * court or office story: adviceNeeds). The first inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, sms, chat, why, type FaultCase } from './helpers.ts';

const CHARGES_TO_CANCEL: FaultCase[] = [
  { name: '【抖音】您开通的百万医疗保障将于明日扣费，年费2400元，如非本人意愿请回复TD', expect: 'not-safe', input: sms('【抖音】您开通的百万医疗保障将于明日扣费，年费2400元，如非本人意愿请回复TD或联系客服 4006 998 321 关闭') },
  { name: '【抖音】您的抖音月付额度异常，需在今日内完成关闭，否则将每月产生利息并上报征信，', expect: 'not-safe', input: sms('【抖音】您的抖音月付额度异常，需在今日内完成关闭，否则将每月产生利息并上报征信，请下载"云视讯"联系专员处理') },
  { name: '【京东】您开通的京东金融会员将于今日自动扣费800元/月，如非本人操作请致电客服', expect: 'not-safe', input: sms('【京东】您开通的京东金融会员将于今日自动扣费800元/月，如非本人操作请致电客服取消 0755-2233 1188，逾期将持续扣费') },
  { name: '【微信支付】您的百万保障服务试用期已满，明日起每月扣除保费599元，如需关闭请联', expect: 'not-safe', input: sms('【微信支付】您的百万保障服务试用期已满，明日起每月扣除保费599元，如需关闭请联系客服 17065439921') },
  { name: '温馨提示：您开通的"百万保障"已生效，本月起每月从您的零钱扣除500元保费，关闭', expect: 'not-safe', input: sms('温馨提示：您开通的"百万保障"已生效，本月起每月从您的零钱扣除500元保费，关闭请拨打4008-123-456转人工') },
  { name: '【快手】您的快手月付额度异常，今日内未处理将上报征信，请下载云视讯联系专员关闭', expect: 'not-safe', input: sms('【快手】您的快手月付额度异常，今日内未处理将上报征信，请下载云视讯联系专员关闭') },
  { name: '【美团】您开通的美团月付存在异常额度，需今日注销，否则影响个人征信，请添加专员Q', expect: 'not-safe', input: sms('【美团】您开通的美团月付存在异常额度，需今日注销，否则影响个人征信，请添加专员QQ 2938477102 处理') },
  { name: '您的百万医疗险明日开始扣费，每年3600元，如非本人开通请致电 0571-886', expect: 'not-safe', input: sms('您的百万医疗险明日开始扣费，每年3600元，如非本人开通请致电 0571-8866 2231 取消') },
  { name: '【支付宝】您的百万保障即将自动扣费，如需关闭请拨打客服 400-612-8839', expect: 'not-safe', input: sms('【支付宝】您的百万保障即将自动扣费，如需关闭请拨打客服 400-612-8839') },
  { name: '【抖音】您开通的直播会员将于今晚自动扣费998元，如非本人操作请回复TD或致电 ', expect: 'not-safe', input: sms('【抖音】您开通的直播会员将于今晚自动扣费998元，如非本人操作请回复TD或致电 021-6123 8890 取消') },
  { name: '您的京东白条额度异常，需关闭后才能正常使用，请下载华为云会议，会议号 882 1', expect: 'not-safe', input: sms('您的京东白条额度异常，需关闭后才能正常使用，请下载华为云会议，会议号 882 113 021，专员指导您操作') },
  { name: '【唯品会】您的超级VIP将于明日续费，年费1580元，不是本人开通请联系客服 1', expect: 'not-safe', input: sms('【唯品会】您的超级VIP将于明日续费，年费1580元，不是本人开通请联系客服 1 8 2 - 1 0 3 3 - 8 8 7 2 关闭') },
  { name: '会员扣费提醒：您的视频会员每月扣除300元，取消请加客服微信 qx-kf2031', expect: 'not-safe', input: sms('会员扣费提醒：您的视频会员每月扣除300元，取消请加客服微信 qx-kf2031') },
];

const RECEIPTS_AND_OTHERS: FaultCase[] = [
  { name: '【腾讯视频】您的连续包月服务已续费成功，扣款25元。如需取消，可在微信-我-服务', expect: 'safe', input: sms('【腾讯视频】您的连续包月服务已续费成功，扣款25元。如需取消，可在微信-我-服务-钱包-支付设置-自动续费中关闭。') },
  { name: '【腾讯视频】您的VIP会员已自动续费成功，扣款30元，如需取消自动续费，可在腾讯', expect: 'safe', input: sms('【腾讯视频】您的VIP会员已自动续费成功，扣款30元，如需取消自动续费，可在腾讯视频APP-个人中心-VIP会员中操作。') },
  { name: '【WPS】您的WPS会员自动续费扣款成功，金额89元。如需取消自动续费，可在微信', expect: 'safe', input: sms('【WPS】您的WPS会员自动续费扣款成功，金额89元。如需取消自动续费，可在微信-我-服务-钱包-支付设置-自动续费中关闭。') },
  { name: '【优酷】您的会员连续包月已续费成功，扣款25元，有效期至2027-01-05。如', expect: 'safe', input: sms('【优酷】您的会员连续包月已续费成功，扣款25元，有效期至2027-01-05。如需取消，请在支付宝-我的-设置-支付设置-免密支付/自动扣款中关闭。') },
  { name: '【爱奇艺】您的黄金VIP会员已自动续费成功，扣款25元，如需取消，可在爱奇艺AP', expect: 'safe', input: sms('【爱奇艺】您的黄金VIP会员已自动续费成功，扣款25元，如需取消，可在爱奇艺APP-我的-设置-自动续费管理中关闭。') },
  { name: '【QQ音乐】您的豪华绿钻已续费成功，扣款15元，如需取消可在QQ音乐-我的-设置', expect: 'safe', input: sms('【QQ音乐】您的豪华绿钻已续费成功，扣款15元，如需取消可在QQ音乐-我的-设置-自动续费管理中关闭。') },
  { name: '【美团】您的美团会员连续包月已续费成功，扣款15元，如需取消请在美团APP-我的', expect: 'safe', input: sms('【美团】您的美团会员连续包月已续费成功，扣款15元，如需取消请在美团APP-我的-会员中心操作。') },
  { name: '【哔哩哔哩】您的大会员自动续费扣款成功，金额25元，可在支付宝-我的-设置-支付', expect: 'safe', input: sms('【哔哩哔哩】您的大会员自动续费扣款成功，金额25元，可在支付宝-我的-设置-支付设置-免密支付/自动扣款中解约。') },
  { name: '【中国移动】您订购的视频彩铃包月业务将于下月1日续订，资费5元/月，如需退订请回', expect: 'safe', input: sms('【中国移动】您订购的视频彩铃包月业务将于下月1日续订，资费5元/月，如需退订请回复TD至10086。') },
  { name: '【众安保险】您在支付宝投保的尊享e生医疗险本月保费32.5元已扣款成功，如需退保', expect: 'safe', input: sms('【众安保险】您在支付宝投保的尊享e生医疗险本月保费32.5元已扣款成功，如需退保可在支付宝-保险-我的保单中操作。') },
  { name: '【Keep】您的会员将于明天自动续费，扣款19元。不想续费可以在App-我的-会', expect: 'safe', input: sms('【Keep】您的会员将于明天自动续费，扣款19元。不想续费可以在App-我的-会员中心关闭自动续费。') },
  { name: '【招联金融】您的借款额度已更新，可在招联金融APP查看', expect: 'safe', input: sms('【招联金融】您的借款额度已更新，可在招联金融APP查看') },
  { name: '我妈的百万医疗险每年扣一次钱，她自己在支付宝里买的', expect: 'safe', input: chat('我妈的百万医疗险每年扣一次钱，她自己在支付宝里买的') },
  { name: '明天开会用云视讯，会议号我发群里', expect: 'safe', input: chat('明天开会用云视讯，会议号我发群里') },
];

describe('a charge to cancel through their line or app (newcomer7 kind 3)', () => {
  for (const c of CHARGES_TO_CANCEL) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  it('the 月付 credit story with a meeting app is scam', () => {
    const r = analyze(sms('【抖音】您的抖音月付额度异常，需在今日内完成关闭，否则将每月产生利息并上报征信，请下载"云视讯"联系专员处理'));
    expect(r.verdict, why(r)).toBe('scam');
  });
  it('the advice for a 百万保障 message opens with the platform\'s own app, never 公检法', () => {
    for (const t of ['【微信支付】您的百万保障服务试用期已满，明日起每月扣除保费599元，如需关闭请联系客服 17065439921', '【抖音】您开通的百万医疗保障将于明日扣费，年费2400元，如非本人意愿请回复TD或联系客服 4006 998 321 关闭']) {
      const r = analyze(sms(t));
      expect(r.advice[0] ?? '', t).not.toMatch(/公安|检察院|法院/);
      expect(r.advice.join(''), t).not.toMatch(/检察院/);
    }
  });
  it('a fake authority\'s number to call back keeps the police advice', () => {
    const r = analyze(sms('【社保局】您的社保卡已被冻结，请致电 0755-28340011 核实'));
    expect(r.advice.join('\n'), why(r)).toMatch(/公安、检察院、法院/);
  });
});

describe('a renewal receipt that sends you to the app\'s own settings is safe (newcomer7 kind 3)', () => {
  for (const c of RECEIPTS_AND_OTHERS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

