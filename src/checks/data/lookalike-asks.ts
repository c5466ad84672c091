/**
 * What a look-alike page is sent FOR, said beside its link: log in, update or renew a certificate,
 * verify, fill in or complete card and identity details, upload an ID, pay a fee. On a brand's
 * look-alike (abc-kb.cc signed 【农业银行】, taobao-refund.vip) the ask is the phishing itself: the page
 * takes what you type. Read only next to a link the link checker (or the message's signer:
 * src/checks/sender.ts) calls a brand's look-alike, never next to an unknown or official link (a real
 * insurer's own claim page, a bank's own site). Author's list from the phishing SMS kinds: bank
 * certificates (K宝/U盾/网银盾 "即将过期，请登录…更新"), points for cash, refunds and claims to fill in,
 * customs and redelivery fees, ETC and 12123 (police warnings on 仿冒网站 SMS).
 */
export const LOOKALIKE_ASKS: readonly string[] = [
  '登录', '登陆', '更新', '升级', '认证', '验证', '填写', '补全', '补填', '补充', '完善', '绑定', '上传', '输入', '激活', '解除',
  '缴纳', '缴费', '补缴', '支付', '付款', '领取', '兑换', '申请', '提交',
  'log in', 'login', 'sign in', 'verify', 'update', 'confirm', 'enter your', 'pay ', 'claim',
];

/**
 * Words beside the link that make the message a warning about the page, not the page's ask ("不要登录",
 * "诱导登录 abc-kb.cc 等假网站，请勿点击", "10086-jfdh.cc 不是移动网站"): read in the same two windows.
 */
export const LOOKALIKE_ASK_UNLESS: readonly string[] = [
  '不要', '切勿', '请勿', '勿', '别', '谨防', '警惕', '假', '仿冒', '冒充', '钓鱼', '诈骗', '诱导', '不是', '并非', '非官方',
  'never', "don't", 'do not', 'fake', 'scam', 'not our', 'not from',
];

/** Characters read before the link's start and after its end for an ask (one phrase: "请尽快登录 X 更新"). */
export const LOOKALIKE_ASK_BEFORE = 10;
export const LOOKALIKE_ASK_AFTER = 16;

/**
 * Words beside a link that NAME it as the fake a warning is about (fa12 kind 3, session 12: "【工商银行】风险提示：近期出现
 * 仿冒网站 icbc-vip.top，请勿登录", "如收到 ccb-jf.cc 等链接请直接删除", "Citi: citi-secure.co is not our site"): the
 * signer warns of the page, it does not send it, so the link is no look-alike sent (src/checks/signals.ts). Stricter
 * than LOOKALIKE_ASK_UNLESS: an act on the link negated (请勿登录, not 请勿 alone: "请勿错过，登录 X" is the ask), the
 * page called fake or phishing, a list of such links (X 等链接), or the advice to delete it.
 */
export const LINK_NAMED_FAKE: readonly string[] = [
  '仿冒', '假冒', '假网站', '假链接', '假网址', '钓鱼', '冒充', '非官方', '不是官方', '并非官方', '不是本行', '不是我行', '非本行', '不是我们的',
  '请勿登录', '不要登录', '切勿登录', '勿登录', '请勿点击', '不要点击', '切勿点击', '勿点击', '请勿访问', '不要访问', '切勿访问', '请勿打开', '不要打开',
  '等链接', '等网址', '等网站', '等陌生', '等可疑', '直接删除', '谨防', '警惕',
  'fake', 'phishing', 'scam', 'not our', 'not from', 'do not click', "don't click", 'do not open', 'do not log', 'never',
];
