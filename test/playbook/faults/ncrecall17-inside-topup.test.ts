/**
 * ncrecall17 kind 1 (a newcomer's reading, session 17): a sweetheart, a friend, a sibling or a "mentor" urges a top-up on
 * a platform or an app for an INSIDE bonus (pig-butchering): "亲爱的，平台今天有内部活动，充值5万返2万，你赶紧充，晚了就没名额了",
 * "兄弟，内部消息，这个平台充值10万返3万，明天就截止了，赶紧上车", "导师说今晚充值满5万返2万" all read safe 0-15 at main
 * (the bonus "5万返2万" is no earnings word for extract.platform-topup; 你赶紧充 / 你快去充 name no object). Now
 * extract.platform-topup reads an inside word + a top-up + a sum's bonus within 40 (src/playbook/zh/inside-topup.ts), and
 * the component contact.inside-deal with the top-up makes inside-deal-plus-topup (scam 85). Before -> after: the five
 * brief inputs 0/0/0/0/15 -> scam 85-87; siblings safe -> scam (one under a 周年庆 advert mark: suspicious 69).
 * Twins (must not change): a supermarket's, a gym's and a petrol station's signed member-day top-up, a company canteen's
 * "内部福利" top-up, a warning and a police notice quoting the script, a relative's retelling, a student's 导师, a phone
 * credit top-up at the staff price, "内部消息" about a bonus at work: all safe. A signed shop's advert that says only old
 * members know is at most suspicious (the seller's gate). With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, chat, type FaultCase } from './helpers.ts';

const scam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `scam: ${t}`, input: chat(t), expect: 'scam', tactics: ['extract.platform-topup'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall17 kind 1: the inside top-up bonus on a platform', () => {
  runWithAndWithoutModel([
    ...scam([
      // the brief's inputs
      '亲爱的，平台今天有内部活动，充值5万返2万，你赶紧充，晚了就没名额了',
      '宝，那个平台今晚内部充值1万返5千，只有老会员知道，你快去充',
      '姐，我在的那个APP今天内部福利，充2万送1万，能随时提现，你快充点进去',
      '兄弟，内部消息，这个平台充值10万返3万，明天就截止了，赶紧上车',
      '导师说今晚充值满5万返2万，名额有限',
      // siblings of our own
      '老公，那个交易平台今天内部福利，入金3万送1万，只有VIP知道，你今晚就充',
      '宝贝，导师通知今晚平台有活动，充值2万返8千，过了十二点就没了',
      '哥，我们那个APP内部渠道开了，充5千返2千，随时能提现，你抓紧',
      '妹妹，内部名额就剩三个了，这个平台充值3万返1万，我给你留了一个',
      '亲爱的，这是我们平台的内部优惠，不对外的，你充1万进去就送3000',
      '老铁，内部消息，这个币今晚充值5万返1万5，明天就截止',
      '导师让我们今晚都入金，充10万返3万，你也赶紧充',
      '宝，只有老会员才知道这个活动，那个网站充值2万返1万，你快去',
      '亲，内部通道今天开放，平台充值8万返2万，稳赚，你快充',
      '姐，这个软件内部充值活动：充三万返一万，你先充进去',
      '兄弟，这个平台的内部人员跟我说，今晚充值5万送2万，别告诉别人',
      '叔，带单老师说明天充值满10万多送3万，只剩五个名额',
    ]),
    {
      name: 'not safe: the inside bonus under an anniversary (an advert mark)',
      input: chat('亲爱的，今天是平台周年庆的内部活动，充值5万返2万，你赶紧充，晚了就没名额了'),
      expect: 'not-safe',
      tactics: ['extract.platform-topup'],
    },
    {
      name: 'at most suspicious: a signed beauty salon says only old members know (the seller\'s gate)',
      input: sms('【XX美容】老会员才知道的福利：充值3000送1000，回T退订'),
      expect: 'at-most-suspicious',
    },
    ...safe([
      '【XX超市】会员日充值500返50，详询服务台',
      '【XX健身】老会员专享：充值2000送500，详询前台',
      '【XX美容】老会员专属福利：充值3000送1000，回T退订',
      '公司内部通知：食堂饭卡充值满200送20，请到行政处办理',
      '我们单位内部福利：食堂充值100送10，大家去办',
      '小心！骗子常说“平台有内部活动，充值5万返2万”，这都是杀猪盘',
      '警方提醒：凡是网友说有内部消息、充值返现的投资平台都是诈骗',
      '妈，我们公司内部员工价，手机充值100送20话费，要不要给你充',
      '亲爱的，今晚内部聚餐，我晚点回家',
      '老婆，我们小区超市会员充值1000送100，要不要充一点',
      '宝，导师说这周要交论文初稿，别忘了',
      '兄弟，内部消息，下周公司要发年终奖了',
      '【XX加油站】会员充值1000送50，仅限本站柜台办理',
      '导师说论文答辩前要把校园卡充值50元打印费，别忘了',
      '我表姐被骗了，网友说平台有内部活动充值5万返2万，她充了就提不出来了',
    ]),
  ]);
});
