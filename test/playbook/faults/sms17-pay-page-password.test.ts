/**
 * sms17 kind P (session 17, issue 8 §4: real normal SMS flagged): the payment password typed on one's OWN wallet's payment
 * page to complete a payment ("扫码后在支付页面输入支付密码即可完成付款") read as a card credential asked (extract.card-credentials
 * with shift.link on 页面: scam 80 on sms17's own shop line, suspicious 40 on a car park's, a hospital's, a charging post's, a
 * property office's). Paying by a scanned code is how a shop, a car park or a canteen is paid: the password goes into the
 * reader's own payment app, to nobody. Now one noun of the grammar (src/playbook/zh/own-page.ts PAY_PAGE_PASSWORD, in
 * lexicon.ts `nouns`): "<payment page>(确认金额并)输入支付密码". Before -> after (with the model): sms17's own corpus 10 lines
 * scam 80 x2 / suspicious 40 x7 / 45 (the canteen's, which keeps a scan-to-pay reading) -> 0 x9 / 45; the siblings written
 * here 40 -> 0 (9 of 10; one 0 before).
 * Twins: the same page and password to RECEIVE money (a refund, a prize, a payout, an unfreezing, a subsidy, cash for points,
 * a commission: PAY_PAGE_RECEIVE, extract.card-credentials reads the pair as the ask), a bare 页面 (a page somebody sent), the
 * password handed to a person, a card number beside it: all stay flagged. With the model and without.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms17 kind P: the payment password on one\'s own payment page, to pay', () => {
  runWithAndWithoutModel([
    ...safe('own payment page', [
      '【xx超市】扫码后在支付页面输入支付密码即可完成付款，积分自动到账。',
      '【支付宝】您在xx便利店扫码付款，请在支付宝支付页面输入支付密码完成付款，如非本人操作请致电95188。',
      '亲爱的顾客，本店支持微信扫码支付，扫码后在微信支付页面输入支付密码即可，付款成功后积分自动到账。',
      '【xx停车场】出场请扫码缴费，在支付页面确认金额并输入支付密码，付款后道闸自动抬起。',
      '尊敬的用户，PLACE加油站支持扫码支付，扫码后在支付宝页面输入支付密码即可完成加油付款。',
      '【xx物业】物业费可通过小区公众号缴纳，扫码后确认账单，在微信支付页面输入支付密码完成缴费。',
      '【云闪付】扫码支付小贴士：扫码后请核对收款方名称，再在支付页面输入支付密码，谨防诈骗。',
      '【xx医院】门诊缴费可扫描诊间二维码，在支付页面输入支付密码后即完成缴费，无需排队。',
      '【xx充电桩】扫码充电后在微信支付页面输入支付密码即可开始充电，充满自动结算。',
      '【xx便利店】扫码后在微信支付页面输入支付密码，付款完成后小票自动打印。',
      '【xx菜场】本摊位支持扫码支付，扫码后在支付宝页面确认金额并输入支付密码即可。',
      '【xx影院】自助取票机扫码购票，在支付页面输入支付密码后取票。',
      '【xx地铁】扫码购票后在支付界面输入支付密码，出票后请拿好车票。',
      '妈，你扫了收银台的码之后，在支付宝页面输入支付密码就付好了，不用给别人看。',
      '【xx自助洗车】扫码启动洗车机，在微信支付页面输入支付密码即可开始洗车。',
      '【xx售货机】扫码选择商品后在支付页面输入支付密码，出货口取货。',
      '【xx驾校】学费可在前台扫码缴纳，在支付页面核对金额后输入支付密码完成缴费。',
      '【xx药店】医保个账不足部分可扫码支付，在付款页面输入付款密码完成付款。',
      '【xx共享单车】扫码开锁后在支付页面输入支付密码购买骑行卡。',
    ]),
    ...caught('to receive, or handed on', [
      '【xx超市】您的退款需扫码领取，扫码后在支付页面输入支付密码即可收到退款。',
      '恭喜您中奖，扫描二维码后在支付页面输入支付密码即可领取奖金5000元。',
      '【快递理赔】您的包裹丢失，请扫码后在付款页面输入支付密码领取赔偿金。',
      '您的账户已被冻结，扫码后在支付宝页面输入支付密码即可解冻。',
      '客服：您的订单多扣了钱，请扫码，在微信支付页面输入支付密码，多扣的钱会返还到您的账户。',
      '您有一笔补贴待领取，扫码后在支付页面确认金额并输入支付密码即可到账。',
      '【xx银行】您的积分可兑换现金，扫码后在收银台页面输入支付密码领取现金。',
      '您的佣金已结算，扫码进入提现页面，在支付界面输入支付密码即可提现。',
      '您好，我是淘宝客服，商品质量问题给您双倍赔付，扫码后在支付页面输入支付密码收款。',
      '您的退费已审批，请扫描下方二维码，在付款界面输入付款密码，退费即时到账。',
      '请把您的支付密码告诉我，我帮您在支付页面操作退款。',
      '扫码后在支付页面输入银行卡号和支付密码即可领取补贴。',
      '【xx超市】您的订单退款需扫码确认，扫码后在页面输入支付密码即可收到退款。',
      '【支付宝】您的账户存在风险已被冻结，请扫码进入安全中心输入支付密码解冻。',
      '客服：您的理赔款已审批，请扫描我发的二维码，在页面输入支付密码领取赔偿。',
      '【xx物业】您的物业费多交了，退费请扫码后输入支付密码和验证码领取。',
      '亲爱的顾客，中奖领取：扫码后在支付页面输入银行卡号和支付密码即可领取奖金。',
    ]),
  ]);
});
