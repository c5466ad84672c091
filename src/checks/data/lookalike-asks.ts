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
