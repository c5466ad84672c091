/**
 * ncrecall17 kind 2 (a newcomer's reading, session 17): two openings of the Taiwan-style "解除分期" scam, also written in
 * simplified Chinese, read safe 0 at main.
 *  (a) "Your order was SET TO instalments / your membership set to a wholesale dealer, a monthly debit follows, the bank
 *      will call to cancel it" ("您上次的订单被设定成分期付款，每个月会从您的账户扣款，等一下会有银行人员打电话给您，协助您解除分期设定",
 *      "系统升级时把您的会员等级设定为批发商，每个月会自动扣款，银行专员等下会打电话指导您取消"): pretext.mistaken-enrolment read 误设为
 *      but not 设定成/设定为/设置成/被改成 + 分期/批发/经销商/代理 + a monthly debit + a cancellation within 60; and
 *      contact.promised-callback did not read "银行人员打电话给您" / "会打电话" / "来电协助". Now both: 0 -> suspicious 49-69
 *      (an SMS that tells a story and announces the call asks nothing yet: suspicious, as the gate rules).
 *  (b) A store or an account frozen and "add LINE" ("【蝦皮】您的賣場因未完成金流認證已被凍結，請加LINE官方客服 @shp-verify…"):
 *      LINE was no private contact (shift.group read 加微信/加QQ only) and 賣場/金流 no frozen account. Now LINE_CONTACT
 *      (src/playbook/zh/lexicon-contact.ts: 加LINE, LINE官方, LINE客服, LINE好友, LINE帳號, LINE群, LINE ID…, never the
 *      bare letters inside online/hotline/deadline) and 卖场/金流 in pretext.account-frozen: 0 -> suspicious 50-69.
 * Twins (must not change): real instalment approvals and bill-instalment notices, an auto-renewal with its in-app path, a
 * carrier's and a water company's monthly debit with their own way out, a husband's car-loan debit, a courier's and a
 * refund notice's "会打电话给您", a family LINE account, a class reunion's LINE group, a shop's "加入LINE好友領取折價券",
 * "online"/"hotline"/"deadline", and Shopee's own warning about LINE: all safe. With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const flagged = (tactic: string, texts: string[]): FaultCase[] =>
  texts.map((t) => ({ name: `not safe: ${t}`, input: sms(t), expect: 'not-safe', tactics: [tactic] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall17 kind 2: set to instalments with the bank to call, and a store frozen with LINE', () => {
  runWithAndWithoutModel([
    ...flagged('pretext.mistaken-enrolment', [
      // the brief's inputs
      '您上次的订单被设定成分期付款，每个月会从您的账户扣款，等一下会有银行人员打电话给您，协助您解除分期设定',
      '系统升级时把您的会员等级设定为批发商，每个月会自动扣款，银行专员等下会打电话指导您取消',
      // siblings of our own
      '您上次的訂單被設定成分期付款，每個月會從您的帳戶扣款，等一下會有銀行人員打電話給您，協助您解除分期設定',
      '您好，这里是网购平台客服，因为系统错误您的订单被设定为批发订单，每月会扣款三千，银行会来电帮您取消',
      '您好，我们这边是博客来，您的订单被设置成了12期分期付款，每个月会从您的信用卡扣款，请接听银行专员来电办理解除',
      '王小姐您好，因为店员操作失误，您的会员被设为经销商，每月会自动扣费，稍后邮局人员会联系您协助取消',
      '您在本店的订单因系统问题被设定为重复订购，每个月会扣款一次，稍后银行客服会来电协助您解除',
      '您好，您的账户被设定成代理商，每个月自动扣除999元，需要银行人员指导您在ATM上解除设定',
      '您的订单被改成了分期付款，每个月都会扣款，请留意银行人员来电，他会帮您取消分期',
      '先生您好，因为工作人员疏失，您的帐号被设定为批发商会员，每月将从您的帐户扣款，请配合银行人员解除',
      '您好，系统显示您的会员资格被升级成经销商，按月扣费，银行会打电话教您取消',
      '您好，我是蝦皮客服，您的訂單被設定為批發商，每個月會自動扣款，稍後會有銀行專員來電協助您取消設定',
    ]),
    ...flagged('shift.group', [
      // the brief's input
      '【蝦皮】您的賣場因未完成金流認證已被凍結，請加LINE官方客服 @shp-verify 辦理解凍',
      // siblings of our own
      '【蝦皮購物】您的帳戶因異常交易已被凍結，請立即加LINE客服 @shopee-tw888 處理',
      '您的賣場金流已被凍結，請加入LINE官方帳號 @shp123 完成驗證',
      '親，您的訂單退款失敗，請加我LINE：kf8899 幫您處理',
      '【露天拍賣】您的賣家帳號違規已被凍結，加LINE客服 ID: ruten-help 申訴',
      '您好，這邊是網銀客服，您的帳戶被凍結，請加LINE好友 @bank-svc 辦理解凍',
      '您的店铺保证金账户已被冻结，请添加LINE客服 @tb-seller 办理解冻',
    ]),
    // A carrier's and a water company's monthly debit with their own way out: rules alone read these 40 at main already
    // (pretext.subscription-renewal; mistaken-enrolment's 代扣 x 每月自动扣 x 取消), not this kind's cue. Left; kept unchanged.
    ...['【XX电信】您的套餐已设置为按月扣费，如需取消请回复TD或到营业厅办理', '您好，您的水费已设置为银行代扣，每月自动扣款，如需取消请到营业厅办理']
      .map((t): FaultCase => ({ name: `at most suspicious: ${t}`, input: sms(t), expect: 'at-most-suspicious' })),
    ...safe([
      '【XX银行】您已成功将订单设定为分期付款，分12期，每月10日扣款，如需提前还款请登录手机银行',
      '【XX银行】您申请的账单分期已设置成功，分6期，每月还款520元，详情请查询手机银行APP',
      '您已开通自动续费，每月扣费25元，可在APP“我的-设置”中随时取消',
      '老婆，我把车贷设置成按月自动扣款了，你那张卡别取消',
      '我们公司的批发商政策改了，每月结算一次，如需取消合作请联系商务',
      '【XX信用卡】您的分期申请已通过，每月扣款826元，如有疑问请致电信用卡背面客服电话',
      '提醒：系统设置为每月1号自动扣款，如需关闭请在支付宝-设置-支付设置中操作',
      '我把闹钟设成每个月提醒一次交房租了，你不用取消',
      '【台新銀行】您的分期申請已核准，每月扣款2,350元，如需提前清償請洽官方客服',
      '【全家】加入LINE好友領取50元折價券',
      '我的LINE帳號換了，新的ID是 amy0912，記得加我',
      '這週末同學會的LINE群已經建好了，大家記得進',
      '我们的online课程明天开始，请准时加入直播间',
      '请拨打我们的hotline咨询，deadline是周五',
      '快递员到了会打电话给您，请保持手机畅通',
      '您的退款已原路退回，如有疑问客服会打电话给您',
      '【蝦皮購物】提醒您：蝦皮不會要求您加LINE或私下匯款，請勿相信',
      '妈，你的LINE帐号我帮你注册好了，密码写在本子上',
    ]),
  ]);
});
