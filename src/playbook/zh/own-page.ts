/**
 * The platform's own app or page, opened by the reader (fa12 kind 2, session 12): typing a code into the app or site
 * you yourself opened is how codes are used ("登录中国移动APP选择礼品后，在页面输入收到的验证码即可完成兑换", "验证码请只
 * 在页面输入", "请在本页面的输入框里填写"); giving it to a person or typing it into a page somebody sent is not. Read as
 * the tactics' `ordinary` (src/playbook/schema.ts): a sentence with an OWN_PAGE word is no request unless the turn
 * holds a SENT_OR_ASKED word or a link anywhere (a sent page, a download, the code handed on, a scam's pretext).
 */

/** The app or page the reader is on or opens by name: an app (中国移动APP, 官方APP, app内), this page, a mini-program. */
export const OWN_PAGE = ['app', '本页面', '当前页面', '此页面', '该页面', '只在页面', '仅在页面', '只能在页面', '客户端', '小程序'];

/** Somebody else's page or app, the code handed on, or a scam's pretext anywhere in the turn: the page is no longer the reader's own. */
export const SENT_OR_ASKED = [
  // A page or an app somebody sent or had installed.
  '下载', '安装', '链接', '网址', '网站', '网页', '我发', '发您', '发你', '发给您', '发给你', '指定', '共享', '屏幕', '会议',
  '添加', '加我', '微信号', 'qq',
  // The code handed on (告诉我, 发给客服, 报给他, 念一下, 回复给, 截图); not 回复 alone ("回复TD退订" is an opt-out keyword).
  '告诉', '告知', '发给', '发送给', '发到', '发我', '发过来', '发一下', '给我', '给他', '给她', '给对方', '交给', '报给', '报一下',
  '念', '读给', '回复至', '回复给', '回复到', '回复验证码', '回复收到', '截图', '提供', '转发', '说一下',
  // A scam's pretext for the code: refund, claim, unfreezing, cancelling a charge, credit, a loan.
  '退款', '理赔', '赔付', '补偿', '退税', '解冻', '冻结', '解绑', '关闭', '取消', '扣费', '保障', '征信', '额度', '贷款', '借款',
  '流水', '保证金', '激活', '异常', '客服', '退费', '群', '推荐的',
];

/**
 * The sender's own app with its menu path after it ("请在太平洋保险APP-理赔-补充材料中上传", "APP>我的>理赔"): a platform
 * sending you through its own menus to upload claim documents (newcomer15: an insurer's ID and card photos, suspicious 60).
 * A scammer moves you off the platform, to a link, a download or a chat; a menu path is the platform's own way in.
 */
export const OWN_APP_MENU = ['app-', 'app—', 'app>', 'app→', 'app->', 'app－', 'app＞'];

/**
 * What takes the menu path's upload off the platform or past what a claim needs: the thing handed to a person, a
 * download, a link, a chat, a shared screen, or a secret no insurer asks (a password, the card's security code, a code).
 * Read anywhere in the turn (`ordinary.but`): "您在APP-理赔里看不到的话，直接把银行卡号发给我" still asks.
 */
export const OWN_APP_MENU_BUT = [
  '发给', '发送给', '发到', '发我', '发过来', '给我', '交给', '报给', '报一下', '告诉', '告知', '念', '读给', '截图', '说一下',
  '下载', '安装', '链接', '网址', '网页', '微信', 'qq', '加我', '添加', '共享', '屏幕', '会议',
  '密码', '安全码', '有效期', '验证码', 'cvv', '背面',
];

/**
 * A phone line's own service password (服务密码) and the carrier's own short numbers (sms16 kind A): the key to the carrier's
 * own hall, typed at its login ("登录掌上营业厅，输入手机号+服务密码即可领取流量", "使用手机号码和服务密码登录网上营业厅"), or
 * a command texted to the carrier itself ("发送“MMXG 原密码 新密码”到10086"): no bank card's password, and the carrier's short
 * number reaches no stranger. The real-SMS source holds these registers (carriers' own prompts, LLM rewrites of them), and a
 * carrier's login prompt beside a link read scam 80. Typed it is a noun of the grammar (lexicon.ts `nouns`); handed to a person
 * ("把服务密码告诉我", "请提供您的手机号和服务密码") it is still asked: extract.card-credentials reads SERVICE_PASSWORD_HANDED.
 */
export const SERVICE_PASSWORD = ['服务密码', '的服务密码', '手机服务密码', '号码服务密码', '客服密码'];
/**
 * The reader's own account login named by its two fields, the phone number and its password (sms16 kind D): "登录后输入您的
 * 手机号和密码即可领取话费券", "登录时请输入您的手机号及密码，登录成功后即可参与抽奖", "使用注册手机号和登录密码登录" — how a shop's,
 * a carrier's or an app's own login is described, no bank card's password (the brief's 'login with phone + password', one of
 * the session-12 test `scam` kinds). A noun of the grammar like SERVICE_PASSWORD; handed to a person it is still asked, and a
 * payment's or a card's password beside the phone (手机号和支付密码, 手机号和银行卡密码) is none of these forms.
 */
// Written from 机号 on (手机号, 本机号码): the phone number word itself stays readable (contact.details-request reads 手机号),
// only the password after it is covered; 账号和密码 (a bank account's) is none of these forms.
export const PHONE_LOGIN_PASSWORD = ['机号', '机号码']
  .flatMap((p) => ['和', '及', '与', '+', '＋', '、', '加'].flatMap((j) => ['密码', '登录密码', '登陆密码'].map((w) => `${p}${j}${w}`)));
/** The service password handed on: before it a give, after it a tell or send toward someone (extract.card-credentials). */
export const SERVICE_PASSWORD_GIVE = ['提供', '告诉我', '告知', '报一下', '发我', '发给'];
export const SERVICE_PASSWORD_HANDED = ['告诉', '告知', '发给', '发送给', '发我', '发过来', '报给', '报一下', '念给', '读给', '提供给', '回复给', '回复至', '回复到', '说一下', '给我', '给客服', '给工作人员'];
/** The carriers' own short numbers a command is texted TO ("发送…到10086"): the carrier reads it, nobody else. */
export const CARRIER_COMMAND = ['10086', '10010', '10000', '10001', '1008611'].flatMap((n) => ['到', '至', '给'].map((v) => `${v}${n}`));

/**
 * The payer's own wallet asking for its payment password to complete a payment the reader makes (sms17 kind P): "扫码后在
 * 支付页面输入支付密码即可完成付款", "在微信支付页面输入支付密码完成缴费", "出场请扫码缴费，在支付页面确认金额并输入支付密码" — how
 * paying by a scanned code works at a shop, a car park, a hospital or a charging post (a shop's, a canteen's and a wallet's own
 * instructions in the real-SMS registers; sms17's own lines read scam 80 and suspicious 40). The password is typed into the
 * reader's own payment app's page, given to nobody. One noun of the grammar (lexicon.ts `nouns`): the 输入 and the 支付密码
 * inside are no card-credential ask. Not a bare 页面 ("在页面输入支付密码": a page somebody sent), and not to RECEIVE money
 * (PAY_PAGE_RECEIVE: "扫码后在支付页面输入支付密码即可领取奖金/收到退款" — receiving never needs a password): extract.card-credentials
 * reads that pair as the ask again.
 */
export const PAY_PAGE_PASSWORD = ['支付页面', '付款页面', '收银台页面', '收银台', '支付宝页面', '支付宝支付页面', '微信支付页面', '微信付款页面', '云闪付页面',
  '支付界面', '付款界面', '支付宝界面', '微信支付界面']
  .flatMap((page) => ['输入', '上输入', '中输入', '里输入', '内输入', '确认金额并输入', '确认金额后输入', '核对金额后输入', '核对无误后输入', '核对收款方后输入']
    .flatMap((v) => ['支付密码', '付款密码'].map((p) => `${page}${v}${p}`)));
/** Money coming TO the reader beside the payment page's password: a refund, a prize, a payout, an unfreezing, a collection. */
export const PAY_PAGE_RECEIVE = ['领取', '收到退款', '收款', '退款', '退费', '奖金', '奖品', '赔偿', '赔付', '理赔', '返还', '返现', '解冻', '激活', '提现', '补贴', '到您的账户', '打到您'];

/**
 * The reader's own order's page in the platform's app, named as where to agree or confirm (ncfp17 kind H): "您在订单页面点一
 * 下同意退款就行", "已经在淘宝订单里发起了退款申请，您在订单页面点一下同意就行" — a shop refunding a sold-out or recalled item
 * through the platform's own refund, which the buyer accepts in their order (newcomer17: suspicious 69, "点一下…页面" read as
 * a link to open, shift.link, with the refund as its context). The order is the buyer's own, reached in the app they bought
 * in; nobody sent it. One noun of the grammar (lexicon.ts `nouns`): the 页面 inside names no link. A link or a URL beside it is
 * still one ("在订单页面点一下这个链接", "进入订单页面 http://…"), and so is a page with no order ("退款页面", "理赔页面": shift.link).
 */
export const OWN_ORDER_PAGE = ['订单页面', '订单页', '订单详情页', '订单详情页面', '订单的页面', '订单管理页面', '我的订单页面'];
