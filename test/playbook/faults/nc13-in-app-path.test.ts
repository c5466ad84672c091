/**
 * nc13-fp kind F1: a platform's own notice of a service the reader has on (月付, 先用后付, 自动续费, 连续包月) that names the
 * way out as a path through its own app's menus ("如需关闭，可在抖音-我-钱包-抖音月付-设置中关闭") read as a mistaken
 * enrolment, `suspicious` 40 alone. The in-app path was already the tactic's `unless` (IN_APP_PATH), but written with its
 * hyphens, which the normaliser drops between two Chinese characters (a spacing trick, "微-信"): only a path with a Latin
 * "APP-" in it kept one. The path as the matcher reads it (menu names run together, "…设置中关闭") is now in IN_APP_PATH.
 * The scam of the kind has a stranger's line, an agent to "help close", a link, a screen share or a payment: it still reads.
 * Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, callerCall, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind F1: a platform notice whose way out is a path in its own app (siblings of our own)', () => {
  run([
    { name: 'a pay-later charge, path through the wallet', input: sms('【抖音】您开通的抖音月付本期已自动扣款52元，如需关闭，可在抖音-我-钱包-抖音月付-设置中关闭。'), expect: 'safe' },
    { name: 'buy now pay later, my wallet', input: sms('【快手】您开通的先用后付服务已扣款19.9元，如需关闭，可在快手-我的-钱包-先用后付中关闭。'), expect: 'safe' },
    { name: 'a music membership renewed', input: sms('【网易云音乐】您开通的黑胶VIP连续包月已扣费15元，如需取消，可在网易云音乐-我的-设置-自动续费中取消。'), expect: 'safe' },
    { name: 'a video membership, personal centre', input: sms('【优酷】您开通的会员自动续费已扣款25元，如需关闭，请在优酷-我的-设置中关闭。'), expect: 'safe' },
    { name: 'a deduction service of a ride app', input: sms('【滴滴出行】您开通的免密支付已扣款18元，如需关闭，可在滴滴-我的-钱包-支付设置中关闭。'), expect: 'safe' },
    { name: 'a food app monthly pass', input: sms('【饿了么】您开通的超级吃货卡已自动续费10元，如需取消，可在饿了么-我的-会员中心中取消。'), expect: 'safe' },
    { name: 'a cloud storage renewal', input: sms('【夸克】您开通的网盘会员连续包月已扣费12元，可在夸克-我-设置-自动续费管理中关闭。'), expect: 'safe' },
    { name: 'a pay-later line, the whole path in one word', input: sms('【美团】您开通的美团月付已扣款88元，如需关闭，可在美团-我的-钱包-月付设置中关闭。'), expect: 'safe' },
    { name: 'the charge then its own sentence for the path', input: sms('【京东】您开通的京东白条自动还款已扣款300元。如需关闭，可在京东-我的-钱包-白条-设置中关闭。'), expect: 'safe' },
    { name: 'a reading app', input: sms('【微信读书】您开通的付费会员已自动续费19元，如需取消，可在微信-我-服务-钱包-支付设置中关闭。'), expect: 'safe' },
    { name: 'a friend says where she turned it off', input: sms('那个抖音月付我在抖音-我-钱包-设置中关闭了，你的也去关一下，省得乱扣钱。'), expect: 'safe' },
    // The scam of the kind: their line, their agent, their link, a screen share: still not safe.
    { name: 'an agent to help close, a WeChat', input: sms('您好，我是抖音客服，您开通的抖音月付会员每月将扣费800元，如需关闭，请添加客服微信kf2231，我指导您操作。'), expect: 'not-safe' },
    { name: 'a call to cancel', input: callerCall('您好，这边是快手平台的，您开通了先用后付，每个月要扣您六百，不取消的话会影响征信', '您下载一个会议软件，共享屏幕我教您在钱包里关闭'), expect: 'not-safe' },
    { name: 'a mistaken enrolment and their number', input: sms('【抖音】系统误将您开通抖音月付会员，每月扣费598元，如非本人操作请致电 0571-8866 2319 取消。'), expect: 'not-safe' },
    { name: 'a link to cancel', input: sms('您的百万保障服务已开通，每月自动扣费，不关闭将持续扣款，关闭请点 http://dy-quxiao.top'), expect: 'not-safe' },
  ]);
});
