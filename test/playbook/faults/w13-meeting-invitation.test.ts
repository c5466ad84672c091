/**
 * writer15's dev line w13tl-0619: a meeting platform's own invitation — "【腾讯会议】张经理邀请您参加“季度复盘会”，会议号：
 * 551-278-903，请提前安装腾讯会议客户端" — read scam 75 on 会议号 alone (shift.screen-share 55 + an install). A named meeting
 * the reader was invited to or booked (邀请您参加, 您预约的会议, 会议主题, 会议时间) is shift.screen-share's
 * `ordinary`, unless the turn holds what a stranger's "meeting" is for (the screen, a refund or claim, an agent, a code,
 * a card, a loan). Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('a meeting platform\'s own invitation or reminder stays safe', () => {
  run([
    { name: 'writer15\'s line', input: sms('【腾讯会议】张经理邀请您参加“季度复盘会”，时间：12月5日14:00，会议号：551-278-903，请提前安装腾讯会议客户端。'), expect: 'safe' },
    { name: 'a booked meeting with its link', input: sms('【腾讯会议】您预约的会议“年终总结会”将于10:00开始，会议号：832-119-442，入会链接 https://meeting.tencent.com/dm/x8Qz1aP'), expect: 'safe' },
    { name: 'a parents\' meeting on DingTalk', input: sms('【钉钉】王老师邀请您参加“三年级家长会”，会议时间12月3日19:30，会议号 268 331 905。'), expect: 'safe' },
    { name: 'Feishu subject and time', input: sms('【飞书】会议主题：Q4预算评审，会议时间：周四15:00，会议号 778 221 004，请准时参会。'), expect: 'safe' },
    { name: 'a webinar', input: sms('【腾讯会议】华东区销售部邀请您参加“新品发布线上说明会”，会议号：903-556-118，届时请用手机或电脑入会。'), expect: 'safe' },
    { name: 'an interview booking', input: sms('【XX科技】您好，您的二面已安排，会议时间：12月8日10:00，腾讯会议号：446-902-337，请提前十分钟进入。'), expect: 'safe' },
    { name: 'a reminder starting soon', input: sms('【腾讯会议】您预约的会议“社区志愿者培训”15分钟后开始，会议号：127-883-660。'), expect: 'safe' },
    { name: 'a Zoom invite in Chinese', input: sms('李老师邀请您参加“论文开题讨论”，会议时间：周三19:00，Zoom会议号 834 2291 0076，密码 6621。'), expect: 'safe' },
    { name: 'a church group', input: chat('弟兄姐妹们平安，主日分享改线上，会议主题“感恩节聚会”，会议号 551 903 227，晚上七点见。'), expect: 'safe' },
    { name: 'a bank\'s investor class', input: sms('【招商银行】邀请您参加“年末理财规划”线上讲堂，会议时间12月10日20:00，会议号 338-205-771，详情咨询您的客户经理。'), expect: 'safe' },
  ]);
});

describe('a stranger\'s "meeting" for the screen, a refund or a code stays flagged', () => {
  run([
    { name: 'an invitation to share the screen for a claim', input: sms('【腾讯会议】理赔专员邀请您参加会议，会议号：551-278-903，进入后请开启屏幕共享，我们指导您退款。'), expect: 'scam' },
    { name: 'meeting time is now', input: chat('您好我是京东客服，您的理赔需要视频核实，会议时间就现在，您下载腾讯会议，会议号我发您'), expect: 'scam' },
    { name: 'a booked meeting to cancel a membership', input: chat('您好，您开通的会员要扣费，给您预约的会议“会员注销”，会议号 226 118 903，进来后我教您关闭。'), expect: 'not-safe' },
    { name: 'a police "meeting"', input: chat('我是公安局民警，邀请您参加视频笔录，会议号 551 228 907，进入后把屏幕打开配合调查。'), expect: 'not-safe' },
    { name: 'a loan review', input: chat('您的贷款审核需要视频面签，会议时间现在，腾讯会议号 338 201 776，进来后共享一下手机屏幕。'), expect: 'not-safe' },
    { name: 'the code in the meeting', input: chat('邀请您参加售后核实会议，会议号 903 115 226，进会后把收到的验证码念给我们的专员。'), expect: 'not-safe' },
    { name: 'a call with an invitation', input: callerCall('您好我是抖音客服，您的直播会员要自动扣费了', '我这边邀请您参加一个会议，会议号是 112 998 330，您进来我远程帮您关闭'), expect: 'not-safe' },
    { name: 'a card in the meeting', input: chat('会议主题：退款核对，会议号 661 204 887，进会后请准备好您的银行卡，按专员提示操作。'), expect: 'not-safe' },
    { name: 'unfreeze', input: sms('您的账户已冻结，邀请您参加解冻会议，会议号：778-203-114，请按指导您操作的步骤进行。'), expect: 'not-safe' },
    { name: 'a refund meeting with a title', input: chat('淘宝售后邀请您参加会议“订单退款处理”，会议号 229 806 551，进来后开一下屏幕共享。'), expect: 'not-safe' },
  ]);
});
