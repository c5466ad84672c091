/**
 * A shop's stored value filled at its own counter (sms17 kind S, session 17). The old masked adverts and their LLM rewrites
 * in the real-SMS source offer "充值X送Y" at a salon, a gym, a laundry, a bookshop or a petrol station, the bonus "可提现" and
 * the till named as where to do it ("【xx洗衣】充值xxx送xx，余额可提现可退卡，欢迎到店办理", "健身中心充值DIGIT元返DIGIT元，返现可
 * 随时提现，详询前台", "加油卡充值1000元返50元，返现可提现，仅限本站柜台办理"): sms17's own lines read scam 85 with no advert mark
 * and suspicious 69 with one (extract.transfer and extract.platform-topup: 充值 x 提现, the task scam's top-up that earns).
 * A platform that "earns" takes the money on its app, a link, a transfer or a private contact, never over a shop's counter.
 *
 * Read as the two tactics' `ordinary` (src/playbook/schema.ts): a sentence naming the counter (SHOP_COUNTER) is no top-up
 * asked, unless the TURN holds what no shop's till says (SHOP_COUNTER_BUT): a story (frozen, failed, a prize, suspected),
 * a fee before the payout (保证金, 手续费, 激活, 解冻, 验证), a task or a return (任务, 佣金, 返利, 平台), a move (an app, a
 * download, a WeChat, a QQ, a group, a link, a personal account, the owner's own payment code), a card or a code.
 */
export const SHOP_COUNTER = [
  '到店办理', '到店即可办理', '到店扫码', '到店充值', '到店参与', '到店即可参与', '到店即享', '欢迎到店', '到店咨询',
  '前台办理', '前台充值', '详询前台', '咨询前台', '到前台', '收银台办理', '收银台充值', '到收银台',
  '柜台办理', '本站柜台', '门店办理', '门店充值', '详询门店', '咨询门店', '门店店员', '到门店', '服务台办理', '到服务台',
];

export const SHOP_COUNTER_BUT = [
  // A story no till tells.
  '冻结', '解冻', '失败', '异常', '涉嫌', '洗钱', '中奖', '领奖', '恭喜', '资格', '退款', '理赔', '赔偿',
  // A fee or a step before the payout.
  '保证金', '手续费', '激活', '验证', '流水', '先充', '需先', '才能提现', '才可提现', '方可提现', '解锁',
  // A task, a return, a platform.
  '任务', '佣金', '返利', '收益', '平台', '理财', '投资', '刷单', '做单', '派单',
  // A move off the counter: an app, a link, a private contact, a personal account or payment code.
  'app', '下载', '链接', '网址', '微信', 'qq', '群', '私下', '个人账户', '个人卡', '收款码', '店长发', '转账', '汇款',
  // A card or a code.
  '银行卡', '卡号', '密码', '验证码',
];
