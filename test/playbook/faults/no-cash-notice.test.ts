/**
 * Session 12 (sms12): a biller's, an office's or a school's notice that its staff take no cash ("工作人员不会上门收取
 * 现金") read extract.cash-pickup (45, suspicious): 取现/取现金 sit inside 收取现金, and 收取 is the pick-up's other
 * word. The tactic's withdrawal words are now whole (去取现, 取出现金, 取出来…), so the notice is quiet and the
 * scam that has you withdraw cash for a courier still reads. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';
import { it } from 'vitest';


describe('kind: "our staff take no cash" in a notice (siblings of our own)', () => {
  run([
    { name: 'a gas company', input: sms('【某某燃气】本月燃气费请在“某某燃气”公众号缴纳，工作人员不会上门收取现金。'), expect: 'safe' },
    { name: 'a heating company', input: sms('【某某热力】供暖费已开始收缴，可在小程序缴纳，我司员工不会上门收取现金。'), expect: 'safe' },
    { name: 'a water company changing meters', input: sms('【某某水务】本周更换智能水表，换表免费，抄表员不会收取现金或个人转账。'), expect: 'safe' },
    { name: 'a carrier\'s broadband renewal', input: sms('【某某电信】您的宽带下月到期，续费请到营业厅或APP办理，装维人员不会上门收取现金。'), expect: 'safe' },
    { name: 'a property office\'s parking fee', input: sms('【某某物业】车位管理费请到物业前台刷卡或小程序缴纳，保安和保洁不收取现金。'), expect: 'safe' },
    { name: 'a school\'s fees', input: sms('【某某小学】本学期午餐费通过学校缴费平台收取，班主任不收取现金和个人转账。'), expect: 'safe' },
    { name: 'an insurer\'s home visit', input: sms('【某某人寿】您预约的保全服务将由代理人上门办理，办理过程中不收取任何现金。'), expect: 'safe' },
    { name: 'a neighbourhood office\'s health insurance', input: sms('【某某社区】城乡居民医保请在医保服务平台或银行缴纳，社区工作人员不会上门收取现金。'), expect: 'safe' },
    { name: 'a power company\'s meter reader', input: sms('【某某供电】电费请通过网上国网APP缴纳，抄表员上门只核对电表读数，不收取现金。'), expect: 'safe' },
    { name: 'a hospital\'s ward', input: sms('【某某医院】住院费用请到收费处或自助机缴纳，护士和护工不收取现金。'), expect: 'safe' },
    // The scam of the kind: withdraw cash for someone sent to collect it.
    { name: 'a fake officer sends someone for the cash', input: sms('我是公安局的，你的账户涉嫌洗钱，马上去银行取出现金，我们派人上门收取核查。'), expect: 'not-safe' },
    { name: 'a fake son\'s friend collects the money', input: sms('爸，我出事了，你先去取现五万，我同事去你家拿，别告诉妈。'), expect: 'not-safe' },
    { name: 'gold bought and left for a courier', input: sms('您的资金需要核查，请去买金条，到时候有人来取。'), expect: 'not-safe' },
    { name: 'cash from the ATM handed to a worker', input: sms('你去ATM取现两万，交给我们的工作人员，办完就给你解冻。'), expect: 'not-safe' },
  ]);
});
