/**
 * Whole-engine cases for three fault kinds of issue 8 §1, each the issue's own inputs plus siblings
 * of our own writing (positives and hard negatives), so a fix holds for the kind, not the sentence:
 *  - 3: requests said in other words (the request grammar, lexicon.ts);
 *  - 5: warnings, explainers and news that quote the script (src/match/framing.ts);
 *  - 8: scams of other kinds that ask for money (a fee, a deposit, a transfer to an account they name).
 */
import type { PlaybookCaseDef } from '../schema.ts';

export const zhRequestCases: PlaybookCaseDef[] = [
  // ---------- 3: requests in other words ----------
  { name: '§3 issue: bank-account information, "send it over"', channel: 'sms', text: '把您的银行账户信息发过来，我给您处理退款', expect: 'not-safe' },
  { name: '§3 issue: operate step by step on the site I sent', channel: 'sms', text: '您按照我发的网址一步一步操作就行，退款马上到账', expect: 'not-safe' },
  { name: '§3 issue: refund needs a credit score of 750', channel: 'sms', text: '退款需要芝麻分七百五以上才能到账，您的分数不够', expect: 'not-safe' },
  { name: '§3 issue (seed case 3): log in to an outside site and type the code', channel: 'sms', text: '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码', expect: 'scam' },
  { name: '§3 sibling: card number and bank branch, "read them out"', channel: 'call', text: 'caller: 您好我是京东售后，您买的商品质量有问题要给您退款，麻烦把卡号和开户行报一下', expect: 'scam' },
  { name: '§3 sibling: photograph the ID and the card', channel: 'sms', text: '理赔款要打到您卡上，您把身份证号和银行卡号拍照发给我', expect: 'not-safe' },
  { name: '§3 sibling: triple compensation, download a claims app', channel: 'sms', text: '快递丢件了，我们给您三倍赔偿，请您下载一个理赔app', expect: 'not-safe' },
  { name: '§3 sibling: add my private WeChat for the refund', channel: 'sms', text: '您买的商品有质量问题要给您退款，退款需要走专用通道，您先加一下我的私人微信', expect: 'not-safe' },
  { name: '§3 sibling: fill the dynamic code into the page', channel: 'sms', text: '亲，您的退款卡住了，在页面上填写一下收到的动态码就能到账', expect: 'not-safe' },
  { name: '§3 sibling: read out that string of digits', channel: 'sms', text: '您手机收到的那串数字念给我，我帮您退款', expect: 'not-safe' },
  { name: '§3 sibling: open the meeting app, type my meeting number', channel: 'sms', text: '您打开腾讯会议，输入我给您的会议号，我帮您操作退款', expect: 'not-safe' },
  { name: '§3 sibling: Alipay account and login password', channel: 'sms', text: '麻烦您把支付宝账号和登录密码发过来，退款直接打给您', expect: 'not-safe' },
  { name: '§3 hard negative: an agent saying what it does NOT need', channel: 'sms', text: '我们不需要您提供银行卡号和验证码，退款会原路退回', expect: 'safe' },
  { name: '§3 hard negative: refund notice that says no code is needed', channel: 'sms', text: '【京东】您的退款已原路退回，无需提供任何验证码或银行卡信息，请勿相信陌生来电。', expect: 'safe' },
  { name: '§3 hard negative: bank OTP', channel: 'sms', text: '【中国银行】您的验证码为123456，用于网上支付，请勿向任何人提供。', expect: 'safe' },
  { name: '§3 hard negative: refund accepted, check in the app', channel: 'sms', text: '您好，您的退款申请已受理，请在淘宝APP“我的订单”里查看进度。', expect: 'safe' },
  { name: '§3 hard negative: a login page prompt', channel: 'text', text: '请输入验证码完成登录', expect: 'safe' },
  { name: '§3 hard negative: parcel locker pickup code', channel: 'sms', text: '【丰巢】您的快件已到小区东门快递柜，取件码123456，请凭码取件。', expect: 'safe' },

  // ---------- 5: warnings and news quote the script ----------
  { name: '§5 issue: police tip quoting the script', channel: 'text', text: '警方提示：骗子常说“您的商品有质量问题，给您双倍理赔，请提供银行卡号和验证码”，接到这类电话立即挂断。', expect: 'safe' },
  { name: '§5 issue: "anyone who asks you to share your screen is 100% a scam"', channel: 'text', text: '凡是自称客服要求你开通屏幕共享、下载会议软件的，百分之百是诈骗。', expect: 'safe' },
  { name: '§5 issue: "asks you to cancel membership or be charged: 100% a scammer"', channel: 'text', text: '要求你取消会员否则扣费的，100%是骗子。', expect: 'safe' },
  { name: '§5 issue: a scammer cannot hide behind the word 骗子', channel: 'sms', text: '不要相信骗子，我是真的客服，把验证码给我', expect: 'scam' },
  { name: '§5 sibling: "pay a deposit first to withdraw" is always a scam', channel: 'text', text: '凡是让您先交保证金才能提现的，一律是诈骗。', expect: 'safe' },
  { name: '§5 sibling: how the scam goes, told by the police', channel: 'text', text: '骗子通常会以退款为由，让受害人下载会议软件并开启屏幕共享，再诱导其贷款。', expect: 'safe' },
  { name: '§5 sibling: a news report of a case', channel: 'text', text: '昨日，市民王女士接到自称淘宝客服的电话，对方谎称她购买的商品有质量问题，要给她双倍理赔，随后诱导她下载软件并共享屏幕。', expect: 'safe' },
  { name: '§5 sibling: "they will say … then add you to a QQ group: a scam"', channel: 'text', text: '对方会说“您的快递丢了，我们给您理赔”，然后让您加QQ群，这都是骗局。', expect: 'safe' },
  { name: '§5 sibling: what a real agent never does', channel: 'text', text: '记住：真正的客服不会让您共享屏幕，也不会索要验证码。', expect: 'safe' },
  { name: '§5 sibling: "if someone asks for your code, it is a scammer"', channel: 'text', text: '如果有人打电话说要给你退款，还让你提供验证码，那一定是骗子。', expect: 'safe' },
  { name: '§5 sibling: "I am not a scammer", then the ask', channel: 'sms', text: '我是淘宝客服，不是骗子，您放心，把验证码发给我就行', expect: 'scam' },
  { name: '§5 sibling: "this is not a scam", then the screen share', channel: 'sms', text: '这不是诈骗，您按我说的先开启屏幕共享，我帮您办理退款', expect: 'not-safe' },
  { name: '§5 sibling: "don\'t believe what scammers say", then the app', channel: 'sms', text: '骗子说的话您别信，我们是正规客服，请下载这个app办理退款', expect: 'not-safe' },

  // ---------- 8: other scams that ask for money ----------
  { name: '§8 prize fee paid first', channel: 'sms', text: '恭喜您获得二等奖，领奖前需要先交一笔手续费2000元', expect: 'not-safe' },
  { name: '§8 rental deposit to an account they name', channel: 'sms', text: '看房前要先付押金给我，转到这个账户', expect: 'not-safe' },
  { name: '§8 VIP deposit to an "official account"', channel: 'sms', text: '您已升级VIP，请将会员保证金转入官方账户后即可激活', expect: 'not-safe' },
  { name: '§8 the boss asking for an urgent transfer', channel: 'sms', text: '小王，马上给这个账户转二十万，客户急着要', expect: 'not-safe' },
  { name: '§8 customs duty before the parcel is released', channel: 'sms', text: '您的包裹被海关扣留，需缴纳关税才能放行', expect: 'not-safe' },
  { name: '§8 loan "unfreezing" money to a set account', channel: 'sms', text: '您申请的贷款已审批，请先交3000元解冻金到指定账户', expect: 'not-safe' },
  { name: '§8 landlord: deposit first to a friend\'s card', channel: 'sms', text: '我是房东，押金先转到我朋友的卡上，钥匙放门口', expect: 'not-safe' },
  { name: '§8 game account trade: a guarantee first', channel: 'sms', text: '您的游戏账号交易需要先支付500元保证金', expect: 'not-safe' },
  { name: '§8 activation fee to withdraw', channel: 'sms', text: '您的账户余额已满提现条件，交一下激活费就能提现', expect: 'not-safe' },
  { name: '§8 hard negative: a child asking a parent for money', channel: 'chat', text: '妈，给我转500块生活费', expect: 'safe' },
  { name: '§8 hard negative: return-shipping insurance paid out', channel: 'sms', text: '【京东】您的退货运费险已理赔，12元将退回您的账户。', expect: 'safe' },
  { name: '§8 hard negative: after-sales pays the return postage', channel: 'sms', text: '您好，退货请寄回仓库，运费由我们承担。', expect: 'safe' },
  { name: '§8 hard negative: deposit refunded at the end of the lease', channel: 'text', text: '本店押金在退租时原路退还。', expect: 'safe' },
  { name: '§8 hard negative: bank debit notice with a fee', channel: 'sms', text: '【工商银行】您尾号1234的账户转账支出800元，手续费2元。', expect: 'safe' },
  { name: '§8 hard negative: school fees between family', channel: 'chat', text: '爸，我下个月的学费交了没？', expect: 'safe' },
];
