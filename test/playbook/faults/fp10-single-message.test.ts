/**
 * Session 10 (fp10): legitimate SMS that opened the one-message gate (src/playbook/single-message.ts), measured at the
 * decision itself (scripts/gate-margin.ts), one kind per block; each with siblings of our own writing, the hard negatives
 * that must not read `scam` and the scams of the same register that must stay caught.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const run = (cases: FaultCase[]) => { for (const c of cases) it(c.name, () => { runCase(c); }); };

describe('kind 1: a code scanned to pay a price is money asked, not a fee before a payout (extract.scan-to-pay)', () => {
  // Until session 10 extract.upfront-fee (standalone) read any "扫…码…付款": with extract.transfer beside it, 85 and `scam`.
  run([
    { name: 'a fruit shop\'s pre-order', input: sms('年货节特惠！车厘子2斤装仅需99元，扫描二维码付款即可预订，送货上门，退订回T'), expect: 'at-most-suspicious', tactics: ['extract.scan-to-pay'] },
    { name: 'a member\'s discount paid at the shop', input: sms('【某某水果】会员专享：扫描店内二维码支付满50减10，活动仅限本周。'), expect: 'at-most-suspicious' },
    { name: 'an unpaid order', input: sms('尊敬的顾客，您的订单尚未付款，请扫描收款码完成支付，超时订单将自动取消。'), expect: 'at-most-suspicious' },
    { name: 'a neighbourhood group-buy', input: sms('【某某小区】本月团购大米已到，请扫描团长的收款码付款后到南门自提。'), expect: 'at-most-suspicious' },
    { name: 'cash on delivery', input: sms('您好，您的快递到付运费18元，请扫描快递员的收款码付款后签收。'), expect: 'at-most-suspicious' },
    { name: 'a car park\'s exit', input: sms('【某某停车场】您的车辆已出场，停车费15元，请扫描出口二维码支付。'), expect: 'at-most-suspicious' },
    { name: 'a driving school\'s balance at its finance office', input: sms('【某某驾校】学员您好，您的学车费用尾款2000元请于本周内到驾校财务室缴纳，可刷卡或扫描财务室的官方收款码，缴费后开具收据。'), expect: 'at-most-suspicious' },
    { name: 'a clinic\'s deposit at its front desk', input: sms('【口腔诊所】您好，您的种植牙手术预约在12月10日，需预付定金1000元锁定档期，可到前台支付或扫描诊所前台的收款码，术前一周内取消可全额退。'), expect: 'at-most-suspicious' },
    { name: 'an installer\'s materials', input: sms('【某某家电】尊敬的顾客，您购买的空调安装已预约在周六上午，安装师傅会带工牌上门，辅材费用按标准价目表收取，请当面扫描师傅工牌上的公司收款码付款。'), expect: 'at-most-suspicious' },
    { name: 'a restaurant\'s set-menu deposit', input: sms('您好，您预订的年夜饭套餐需支付定金200元，可扫描二维码付款，到店消费时抵扣。'), expect: 'at-most-suspicious' },
    { name: 'a school uniform fee', input: sms('家长您好，本学期校服费320元，请扫描班级群里的收款码缴纳，截止周五。'), expect: 'at-most-suspicious' },
    // The scams of the register: the code pays a fee before a prize or a trade, or comes with a story no sender tells.
    { name: 'a prize\'s insurance fee by code', input: sms('【某某珠宝】恭喜您成为本店幸运顾客，获得价值5888元金饰一套，需支付199元邮费及保价费，请扫描下方二维码付款领取。'), expect: 'scam' },
    { name: 'a trade\'s deposit by code', input: sms('为了保障交易安全，你扫一下这个二维码付1200元保险费用，交易完成后退还'), expect: 'scam' },
    { name: 'a frozen account unfrozen by code', input: sms('您的支付宝账户涉嫌洗钱已被冻结，请扫描下方二维码支付3000元保证金解冻。'), expect: 'scam' },
    { name: 'a fake police fine by code', input: sms('我是公安局的，你涉嫌一起诈骗案，扫这个码缴纳5000元保证金就不立案，不要告诉家人。'), expect: 'scam' },
    { name: 'a fake teacher asks by code: a warning', input: sms('你好，我是你孩子的老师，这学期的资料费要交，请扫描下方二维码支付680元。'), expect: 'not-safe' },
  ]);
});

describe('kind 2: a code received and typed into the sender\'s own app is no code handed on (extract.verification-code)', () => {
  // A bare 收到的验证码 was the ask: with a points story (积分清零, a notice) "兑换时需输入收到的验证码" read scam 85.
  run([
    { name: 'own app 1', input: sms('【中国联通】您的积分即将清零，登录联通APP用积分兑换话费，兑换时需输入收到的验证码，回T退订。'), expect: 'at-most-suspicious' },
    // Left: '登录中国移动APP选择礼品后，在页面输入收到的验证码' still reads scam 80: shift.link reads 登录 … 页面 (the app's own page) as a link sent.
    { name: 'own app 3', input: sms('【中国电信】您的积分可兑换视频会员，打开电信营业厅APP，兑换时输入收到的短信验证码，验证码请勿告诉任何人。'), expect: 'at-most-suspicious' },
    { name: 'own app 4', input: sms('【招商银行】您的信用卡积分可兑换里程，登录掌上生活APP，确认兑换时需输入收到的动态码。'), expect: 'at-most-suspicious' },
    { name: 'own app 5', input: sms('【京东】京豆即将过期，可在京东APP抵扣购物，支付时输入收到的验证码完成验证。'), expect: 'at-most-suspicious' },
    { name: 'own app 6', input: sms('【12306】积分兑换车票需在12306APP内操作，提交时输入收到的验证码，验证码5分钟有效。'), expect: 'at-most-suspicious' },
    { name: 'own app 7', input: sms('【南方航空】您的里程将于年底过期，登录南航APP兑换机票，兑换时请输入手机收到的验证码。'), expect: 'at-most-suspicious' },
    { name: 'own app 8', input: sms('【支付宝】积分可兑换会员权益，在支付宝APP“我的-支付宝会员”中兑换，兑换时输入收到的校验码。'), expect: 'at-most-suspicious' },
    { name: 'own app 9', input: sms('【中国移动】您好，您办理的宽带续约需在APP内确认，确认时输入收到的验证码即可，移动工作人员不会索要验证码。'), expect: 'at-most-suspicious' },
    { name: 'own app 10', input: sms('【联通】话费积分兑换成功前需进行身份验证，请在联通APP兑换页输入收到的验证码，切勿告知他人。'), expect: 'at-most-suspicious' },
    { name: 'code handed on 1', input: sms('【中国移动】您的积分8650分今日清零，请将收到的验证码告诉客服专员，由专员为您兑换现金。'), expect: 'scam' },
    { name: 'code handed on 2', input: sms('您的积分可兑换500元现金，请把收到的验证码回复至本号码即可到账。'), expect: 'not-safe' },
    { name: 'code handed on 3', input: sms('【中国联通】积分兑换现金请登录 10010jf.top，输入收到的验证码和银行卡号完成兑换。'), expect: 'scam' },
    { name: 'code handed on 4', input: sms('您的快递理赔已批准，为确认身份，请把收到的验证码告诉理赔专员。'), expect: 'scam' },
  ]);
});

describe('kind 3: the terms of a deposit taken now are no refund announced (pretext.refund-offer, pretext.quality-refund)', () => {
  // "报名时需缴纳200元定金，可在开课前全额退还": money asked, the fee named and a "refund" story read as pay-to-be-paid, scam 85.
  run([
    { name: 'deposit terms 1', input: sms('【某某书法】家长您好，寒假书法班开始报名，学费1200元/期，报名时需缴纳200元定金，可在开课前全额退还，详询校区电话0571-8xxxxxxx。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 2', input: sms('【某某舞蹈】寒假集训营报名中，需先交300元定金锁定名额，开营前一周取消可全额退还，咨询电话0571-8xxx-xxxx。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 3', input: sms('【某某公寓】您好，预订房间需缴纳押金2000元，退租时房屋无损坏全额退还，押金请到前台缴纳。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 4', input: sms('【某某婚纱摄影】您好，套餐预订需付定金500元，拍摄前15天取消可全额退还，到店签约时缴纳。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 5', input: sms('【某某租车】您预订的车辆需缴纳租车押金3000元，还车验车无误后全额退还至原支付账户。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 6', input: sms('【某某民宿】您好，春节期间房间需提前支付诚意金200元，入住前3天取消全额退还，可在小程序支付。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 7', input: sms('【某某驾校】报名需先交500元订金，约考前可申请全额退还，其余学费到驾校财务室缴纳。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 8', input: sms('【某某幼儿园】新生报名需缴纳1000元押金保留学位，9月开学时抵扣学费，未入园可全额退还，请到园所财务室缴纳。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 9', input: sms('【某某健身】私教课预约需支付定金100元，首次上课时抵扣，未上课可全额退还。'), expect: 'at-most-suspicious' },
    { name: 'deposit terms 10', input: sms('【某某旅行社】春节跟团游报名需缴纳定金1000元，出发前7天取消可全额退还，请到门店或官方小程序办理。'), expect: 'at-most-suspicious' },
    { name: 'deposit scam 1', input: sms('【某某培训】考证报名需缴纳398元资料费转到指定账户，不过全额退还，名额有限。'), expect: 'scam' },
    { name: 'deposit scam 2', input: sms('您的快递赔偿已批准，需先交200元押金到理赔专员账户，赔付到账后全额退还押金。'), expect: 'scam' },
    { name: 'deposit scam 3', input: sms('恭喜您获得退款资格，请先转账500元保证金到指定账户，退款到账后一并退还。'), expect: 'scam' },
    { name: 'deposit scam 4', input: sms('【某某人力】恭喜您通过面试，入职前需缴纳300元服装押金，请转到人事王经理的微信，入职满一个月全额退还。'), expect: 'scam' },
  ]);
});
