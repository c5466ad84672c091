/**
 * A freeze the citizen asked for (ncfp17 kind G, session 17). A citizen whose WeChat, QQ or Taobao account was taken over,
 * whose phone, wallet or card was lost or stolen, calls or writes to the service and asks to freeze it; the agent checks who
 * they are and offers the freeze as its service ("请您提供绑定的银行卡后四位和身份证号，我们核实身份后帮您冻结账号", "请报一
 * 下卡号和身份证号，我马上帮您冻结这张卡"). newcomer17 found these read `scam` 85-100: "帮您冻结…账号" was read as the scam's
 * story (pretext.account-frozen: 冻结 beside 账号/支付宝/银行卡), and the agent's identity check completed the pair.
 *
 * The scam's freeze is the counterpart's threat: the account IS or WILL BE frozen for a reason the stranger brings (异常, 涉
 * 嫌, 违规, 风险, 检测到…) and money or a code undoes it (解冻). The agent's freeze is a service offered (帮您冻结, 为您办理
 * 冻结). Read as pretext.account-frozen's `ordinary` (src/playbook/schema.ts): a sentence holding the service's words
 * (OWN_FREEZE) is no story, unless the TURN holds the threat's words, a move, a code or a password (OWN_FREEZE_BUT) or a link: an agent checking who
 * the caller is asks for the ID and the card's last digits; a code asked beside the freeze keeps the story (then a chat the
 * citizen opened is capped at suspicious by src/score/initiator.ts, a stranger's message is not).
 *
 * The account's own id asked so that it can be frozen or recovered ("请提供QQ号和绑定的手机号", "请提供微信号和身份证号") is no
 * move to a chat: shift.group's `ordinary` (OWN_ACCOUNT_ID), unless the turn adds, pulls into a group, names a person to
 * deal with or asks the id as the way to reach the reader (OWN_ACCOUNT_ID_BUT: 联系, 通过QQ, 沟通, 方便商讨…).
 *
 * And the citizen's first words of a call stating the loss ("我的微信被盗了", "我手机丢了", "帮我冻结一下") are their errand:
 * they placed the call (USER_ERRAND in conversation-kinds.ts), so the agent's check of who they are is at most suspicious
 * unless money or control leaves the platform (src/score/initiator.ts).
 */
export const OWN_FREEZE = [
  '帮您冻结', '帮你冻结', '为您冻结', '为你冻结', '给您冻结', '给你冻结', '替您冻结', '帮您先冻结', '先帮您冻结', '先给您冻结', '先为您冻结',
  '帮您临时冻结', '为您临时冻结', '帮您把', '帮你把', '给您把', '为您把', '为您办理冻结', '帮您办理冻结', '给您办理冻结', '办理冻结',
  '申请冻结', '冻结申请', '帮忙冻结', '可以冻结', '可以帮您冻结',
];

export const OWN_FREEZE_BUT = [
  // The account is or will be frozen: the stranger's story, and its undoing.
  '被冻结', '被临时冻结', '将冻结', '将被', '即将', '会被冻结', '要被冻结', '解冻', '解除冻结',
  // A reason the stranger brings.
  '异常', '涉嫌', '违规', '洗钱', '风险', '风控', '可疑', '检测到', '系统显示', '监测到', '举报', '违法', '公安', '通缉', '征信',
  '异地', '外地', '境外',
  // Money or control moved.
  '安全账户', '资金安全', '保证金', '转到', '转入', '转账', '汇款', '贷款', '链接', '网址', '下载', '屏幕', '共享', '会议',
  // A secret no identity check needs told: a stranger's "我们帮您冻结账号，请把收到的验证码告诉我" stays the story.
  '验证码', '动态码', '校验码', '密码',
  // The theft told in the SAME turn as the freeze: the stranger's opening ("您的QQ号被盗了…我们帮您冻结"), not the agent's
  // answer to a loss the citizen told (session 17: two texts-8 test scams went suspicious -> safe without this).
  '被盗', '盗刷', '被登录', '被别人登录', '被人登录', '被他人登录',
];

export const OWN_ACCOUNT_ID = [
  // Only the id asked WITH its binding or the owner's identity check (the recovery's own step). A bare "提供QQ号 / 微信号"
  // is the move itself: its first form here (提供qq号, 提供微信号…) silenced a stranger's payout offer asking for a QQ
  // (session 17: two texts-8 test scams suspicious -> safe, shift.group lost).
  '被盗的qq号', '被盗的微信号', 'qq号和绑定', '微信号和绑定', 'qq号及绑定', '微信号及绑定', 'qq号和身份证', '微信号和身份证',
  'qq号和您的身份证', '微信号和您的身份证', 'qq号和实名', '微信号和实名',
];

export const OWN_ACCOUNT_ID_BUT = [
  // Added, pulled into a group, a person to deal with.
  '添加', '加您', '加你', '加我', '加一下', '好友', '拉您', '拉你', '进群', '入群', '群号', 'qq群', '微信群', '专员', '私聊',
  // The id asked as the way to reach the reader ("请提供QQ号码，我们将通过QQ联系您", "提供您的微信号方便商讨细节"): the move itself.
  '联系', '通过qq', '通过微信', '沟通', '商讨', '详谈', '介绍', '对接', '方便', '扫码',
  // The theft told in the same turn: the stranger's opening, as OWN_FREEZE_BUT.
  '被盗', '盗刷', '被登录', '被别人登录', '被人登录', '被他人登录',
];
