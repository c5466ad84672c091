/**
 * Scams recall14 found missed on the dev halves in session 14, each fixed as a KIND (our own siblings, never dataset
 * text): scams and legitimate texts in the same words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

type Channel = 'sms' | 'chat' | 'call';
const read = (text: string, channel: Channel = 'sms') => analyze({ channel, text });

function flagged(texts: string[], title: string, channel: Channel = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).not.toBe('safe'));
}
function safe(texts: string[], title: string, channel: Channel = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).toBe('safe'));
}

describe('T: a trivial act paid for (like, follow, favourite, review, watch, vote) and a move to an app, a group or a link', () => {
  it('the story is read by the combination of the two word classes (src/playbook/zh/paid-task.ts)', () => {
    const r = read('给指定的店铺点个关注就能拿5到20元报酬');
    expect(r.tactics.map((t) => t.id)).toContain('pretext.easy-money');
  });
  flagged([
    '【新任务】点击链接下载星河APP，完成任务可获得现金返现',
    '只需要每天刷刷短视频点点赞就能赚取现金，扫码下载软件即可开始',
    '动动手指收藏商品，一单结算一次报酬，加我微信带你做',
    '帮商家的视频点赞评论，每条给3元，提现秒到，进群领任务',
    '在家看视频做任务，一天能挣两三百，下载这个软件注册就行',
    '给店铺写好评截图发我，每单返现8元，加QQ群接单',
    '我们招人在手机上做关注任务，每单结算佣金，加微信了解',
    '网上打字，按字数结算工资，先下载办公软件',
    '给主播投票就有报酬，一票两块钱，进群了解详情',
    '宝妈在家就能做，关注主播一个给2块，下载快赚APP领任务',
    '你好，我们在招点赞员，给短视频点赞一条结算一元，添加老师微信安排',
    '亲，浏览商品满30秒就有佣金，一天能赚一两百，进群跟着管理员做',
  ], 'paid small task plus a move');
  safe([
    '【抖音】创作者激励计划上线，发布视频获得点赞即可瓜分现金奖励，打开抖音APP-创作中心参与',
    '【淘宝联盟】您的推广佣金已结算，请登录淘宝联盟APP查看明细',
    '亲，确认收货后给个五星好评，截图联系客服可返现3元哦',
    '【快手】您的作品收益已到账，可在快手APP-我的钱包中提现',
    '我们公司招聘新媒体运营，负责抖音账号点赞评论维护，月薪五千，有意请加微信详谈',
    '妈，帮我在群里给我们班的节目投票，投完截图发我',
    '小王，这个月你负责的直播间提成已经结算，下载钉钉查看工资条',
    '【美团众包】骑手朋友您好，本周跑单奖励金已发放，请在美团众包APP内查看',
    '视频点赞过万，收益也就几十块，做自媒体真不容易',
    '警方提示：所有点赞返佣金、做任务赚钱的都是诈骗，不要下载陌生APP',
    '【中国电信】看视频赚流量活动上线，下载天翼视讯参与，退订回T',
    '新年新气象，转发好运。在我们平台下载应用赚流量、抢红包，欢迎来营业厅领取',
    '【拼多多】给商品写评价可获得积分，打开APP我的订单查看',
    '【美团】新用户注册即领30元红包，戳 dpurl.cn/a1 拒收请回复R',
    '兼职家教，按课时结算报酬，有意者联系李老师',
  ], 'real task pay, platform incentives in their own app, a friend, a warning');
});
