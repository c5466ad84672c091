/**
 * Kinds a newcomer found (issue 8, probes at a1fc6b1), each with siblings of our own:
 *  2. a phishing link and its ask: a link the checker flags (look-alike of an official or platform
 *     domain) or an outside link in a message naming a sender, asking to verify, bind, activate or
 *     complete card or identity details ("补全银行卡信息" is fill-in × card info) is `scam`
 *     (extract.verify-on-link, composites lookalike-link-asks-details / outside-link-asks-verification);
 *  3. a stranger asking for a screen share or a meeting app is `suspicious` on its own and `scam` with
 *     any story or a claimed staff identity (composite screen-share-with-story).
 * Hard negatives: official sites, advice to verify in a branch or the official app, real meetings.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

describe('a phishing link that asks to verify, bind or complete card details (issue 8 §1.2)', () => {
  const CASES: FaultCase[] = [
    { name: 'ETC re-bind on an outside link', expect: 'scam', tactics: ['extract.verify-on-link'], input: sms('尊敬的车主，您的ETC因系统升级需重新绑定银行卡，点 etcbd.cc 操作，否则将无法通行') },
    { name: '人社局 subsidy: 补全银行卡信息', expect: 'scam', tactics: ['extract.card-credentials'], input: sms('【人社局】您的社保卡有一笔补贴待领取，因信息不完整暂未发放，请点击 rsj-butie.top 补全银行卡信息') },
    { name: 'bank account frozen: 认证 on a look-alike', expect: 'scam', input: sms('【工商银行】尊敬的客户，您的账户因长期未实名认证将于今日冻结，请登陆 icbc-renzheng.vip 完成认证') },
    { name: 'ETC card expired: 认证 on a look-alike', expect: 'scam', input: sms('【ETC服务】您的ETC卡已失效，请及时登录 etc-jihuo.cn 进行认证，逾期将停止使用') },
    { name: '医保 card to verify on a site (the sender is not recognised: suspicious)', expect: 'not-safe', input: sms('【医保局】您的电子医保卡尚未认证，请访问 ybj-rz.top 完成认证，逾期将停用') },
    { name: 'a carrier asks to re-verify identity', expect: 'scam', input: sms('【中国移动】您的号码实名信息不全，将于24小时内停机，请登录 10086-sm.top 重新认证') },
    { name: 'a courier asks to complete card info for a claim', expect: 'scam', input: sms('【顺丰速运】您的快件丢失，理赔款已到账待领取，请点击 sf-lp.cc 补全银行卡信息') },
    { name: 'a pension top-up asks to bind a card', expect: 'scam', input: sms('【社保中心】您的养老金补发待领取，请点 sbzx-bf.top 绑定银行卡') },
    { name: 'a fill-in of card info on a link with a refund story', expect: 'scam', input: sms('您的订单退款失败，请点击 tb-tk.vip 补填银行卡信息重新提交') },
    { name: 'a credit card limit on an outside link: complete your details', expect: 'not-safe', input: sms('【招商银行】您的信用卡提额申请已通过，请登录 cmb-tie.top 完善资料') },
    { name: 'hard negative: a carrier\'s data package to activate from a link', expect: 'at-most-suspicious', input: sms('尊敬的用户，我们邀请您下载管家客户端，点击以下链接进行安装：http://url.plus/34r56u。次月1日前完成登录并激活账户才能获得赠送的流量') },
    // Hard negatives: the official site, a branch, the official app, no link.
    { name: 'hard negative: a carrier sends to its official site', expect: 'safe', input: sms('【中国移动】您的号码尚未完成实名认证，请登录 10086.cn 或到营业厅办理') },
    { name: 'hard negative: a bank sends to the branch', expect: 'safe', input: sms('【工商银行】您的身份证件已过期，请携带有效证件到就近网点更新，详询95588') },
    { name: 'hard negative: 补充 documents for a loan at the counter', expect: 'safe', input: chat('您的房贷资料还需要补充一份收入证明，明天带到柜台就行') },
    { name: 'hard negative: a warning about 认证 links', expect: 'safe', input: sms('反诈提醒：请勿点击短信里的ETC认证链接，ETC不会通过短信要求绑定银行卡') },
    { name: 'hard negative: an app-only renewal notice', expect: 'safe', input: sms('【支付宝】您的实名信息即将到期，请在支付宝APP“我的-设置”中更新') },
    { name: 'hard negative: a colleague shares a docs link', expect: 'safe', input: chat('会议资料我放在 https://docs.qq.com/doc/abc 了，大家补充一下各自的部分') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('a screen share or meeting app from a stranger (issue 8 §1.3)', () => {
  const CASES: FaultCase[] = [
    // 云视讯 is a meeting app (newcomer7 kind 3): download it and share the screen reads as 腾讯会议 does (a control
    // step and the app it is done in: scam by the one-message rule).
    { name: 'download 云视讯 and share the screen', expect: 'not-safe', tactics: ['shift.screen-share'], input: sms('您好，为了给您处理，请您下载一个云视讯，打开共享屏幕') },
    { name: 'share the screen to close a membership', expect: 'not-safe', input: chat('你那个会员要关掉的话，你先把手机屏幕共享给我看一下') },
    { name: 'open screen share so I can guide you', expect: 'not-safe', input: chat('亲，我这边看不到您的页面，您打开一下屏幕共享，我指导您点') },
    { name: 'a claimed bank staff and a meeting app', expect: 'scam', input: sms('我是建设银行工作人员，您的账户有风险，请下载腾讯会议，共享屏幕我帮您处理') },
    { name: 'a claimed customer service and screen share', expect: 'scam', input: sms('我是京东客服，请您打开屏幕共享，我帮您关闭扣费') },
    { name: 'a police story and a meeting app', expect: 'scam', input: sms('你涉嫌一起洗钱案件，现在下载钉钉会议，打开屏幕共享配合调查') },
    { name: 'a loan story and remote control', expect: 'scam', input: sms('您的贷款额度已审批，需要您下载向日葵远程协助，我帮您操作放款') },
    { name: 'a parcel story and 投屏', expect: 'scam', input: sms('您的包裹丢失了，给您理赔，请打开手机投屏，我一步步教您') },
    { name: 'a stranger just asks for the meeting number to be joined', expect: 'not-safe', input: chat('您先下载一个小鱼易连，进入会议以后点共享屏幕') },
    { name: 'a refund story and zoom', expect: 'scam', input: sms('您的订单商品有质量问题，给您退款，请下载zoom开启共享屏幕') },
    // Hard negatives: real meetings and classes.
    { name: 'hard negative: a colleague moves a meeting online', expect: 'safe', input: chat('小刘，明天的会议改成线上了，用腾讯会议，会议号我一会发群里，记得提前测试屏幕共享') },
    { name: 'hard negative: a job interview on a meeting app', expect: 'at-most-suspicious', input: sms('请下载腾讯会议参加明天下午的面试，会议号稍后发您') },
    { name: 'hard negative: a teacher shares slides in class', expect: 'safe', input: chat('老师上网课的时候会共享屏幕放课件') },
    { name: 'hard negative: a warning rhyme', expect: 'safe', input: sms('防骗口诀：验证码、密码不外传，屏幕共享不要开，96110随时问') },
    { name: 'hard negative: a parents\' meeting online', expect: 'safe', input: chat('今晚七点家长会在钉钉会议开，班主任会共享屏幕讲成绩') },
    { name: 'hard negative: TV mirroring at home', expect: 'safe', input: chat('电视投屏看电影效果不错，孩子很喜欢') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
