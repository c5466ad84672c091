/**
 * The paid small task (刷单返利's bait, recall14 kind T) read as a COMBINATION of two word classes rather
 * than a list of set phrases: a trivial act done for a stranger (like, follow, favourite, a five-star review,
 * watching short videos, voting, a task) and money paid for it (commission, a fee per piece, cash back,
 * "earn", withdraw). Any word of one class within a short stretch of any word of the other is the story,
 * however it is worded ("点个关注就能拿5到20元报酬", "刷刷视频点点赞就能赚取现金", "收藏商品一单结算一次报酬").
 * An officer extends either list; each new word covers every pairing with the other class.
 *
 * Not in the classes on purpose: 红包 and bare 奖励 (a shop's "关注公众号领红包", "晒单评价获得京豆奖励" are
 * real promotions), 注册 and 下载 as the act (every app advert), 评价 (a platform's own review prompt), 录入
 * (a clerk's job), 转发 and 截图 (转发好运, a carrier's 转一转), a bare 赚 (赚流量, 赚积分). Our own writing; siblings and hard negatives in test/engine/recall14-kinds.test.ts.
 */

/** A trivial act for a stranger: a like, a follow, a favourite, a good review, watching, voting, "a task". */
export const PAID_TASK_ACTS = [
  '点赞', '点个赞', '点点赞', '点关注', '加关注', '关注一下', '点个关注', '关注店铺', '关注主播', '关注几个', '关注账号', '关注博主',
  '收藏', '加购', '好评', '写好评', '刷视频', '刷短视频', '刷刷视频', '看视频', '看短视频', '看广告', '看直播', '浏览商品',
  '投票', '打榜', '做任务', '完成任务', '接任务', '领任务', '参与任务', '做单', '接单', '打字', '评论',
];

/** Money for it: commission, a fee, cash back, earnings, withdrawal. */
export const PAID_TASK_PAY = [
  '佣金', '报酬', '返现', '返利', '现金', '工资', '提成', '赚钱', '赚取', '赚现金', '赚零花', '能赚', '可赚', '就赚', '挣钱', '能挣', '可挣', '就挣', '收益', '结算', '提现', '奖励金', '现金奖励', '奖金',
  '元一单', '元一个', '元一条', '元一次', '块一单', '块一个', '块一条', '块钱一', '一单给', '一个给', '一条给', '一次给', '每单', '每条给', '每个给',
];

/** The combination as a cue: one word of each class within this many characters. */
export const PAID_TASK_CUE = { all: [PAID_TASK_ACTS, PAID_TASK_PAY], within: 20 };
