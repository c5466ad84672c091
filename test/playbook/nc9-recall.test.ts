/**
 * Recall kinds a newcomer found on main in session 9 (newcomer9, 203 probes of their own writing), each fixed as a
 * kind, in class or grammar data with its own examples, or in structure. Every case below is our own sibling of a
 * probe, not the probe itself: positives that read safe before the fix and hard negatives that must stay quiet.
 *
 * 1. A card or a code asked with a soft verb, a measure word or in dialect (方便留个卡号吗, 报个卡号, 开个屏幕共享, 发俺,
 *    收滴码): a one-character act is a word with its measure word (lexicon.ts MEASURED_ACT_STEMS); 俺, 阿拉, 滴 are
 *    dialect spellings of 我, 我们, 的 (variants.ts); the code named by the phone it came to is an object word.
 * 3. Link-only and obfuscated links: dots written as ‧ · • ・ (deobfuscate.ts), a host glued to the words around it
 *    (entities.ts), a refund word given with a short link or a throwaway host (shift.refund-link + the link
 *    checker's shift.hidden-link), a code counted in digits said in English (6位code).
 * 5. A typist's near-homophones of the scam's words (推款, 微心, 家我微心, 办里, 陶宝, 京冬): a variant table.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './faults/helpers.ts';

const SOFT_ASKS: FaultCase[] = [
  { name: 'a card asked with 方便留个', input: sms('亲，您的包裹在运输中破损了，我们这边给您赔两百，方便留个银行卡号吗'), expect: 'scam', tactics: ['extract.card-credentials'] },
  { name: 'a card asked with 留一下', input: sms('您好，理赔款要打到您卡上，麻烦留一下卡号和开户行'), expect: 'scam', tactics: ['extract.card-credentials'] },
  { name: 'a card asked with 报个', input: sms('我是顺丰理赔专员，你那个件丢了，赔你四百块，你报个卡号给我'), expect: 'scam', tactics: ['extract.card-credentials'] },
  { name: 'a card asked with 留下', input: sms('快递丢了给您赔付，留下您的银行卡号，我们两小时内打款'), expect: 'scam', tactics: ['extract.card-credentials'] },
  { name: 'northern dialect: 发俺, 收滴码, 告诉俺', input: sms('俺是申通滴，你滴快递整丢了，赔你三百，你把卡号发俺，再把手机收滴码告诉俺'), expect: 'scam', tactics: ['extract.card-credentials', 'extract.verification-code'] },
  { name: 'Shanghainese: 报给阿拉, 发拨我', input: sms('侬好，侬个包裹寄丢了，阿拉赔侬五百块，侬把银行卡号报给阿拉，再把验证码发拨我'), expect: 'scam', tactics: ['extract.card-credentials', 'extract.verification-code'] },
  { name: 'a screen share with 开个', input: sms('您的商品有质量问题要给您退款，您开个屏幕共享，我一步步教您操作'), expect: 'scam', tactics: ['shift.screen-share'] },
  { name: 'a screen share with 开一个', input: sms('淘宝售后：给您理赔三倍，您开一个屏幕共享，我帮您操作领取'), expect: 'scam', tactics: ['shift.screen-share'] },
  { name: 'a code asked with 发个', input: sms('你好我是京东客服，你买的电饭煲有问题，给你退款，你发个验证码给我'), expect: 'scam', tactics: ['extract.verification-code'] },
  { name: 'a code asked with 给个, no story', input: sms('退款需要验证，您给个手机收到的验证码，我这边马上给您退'), expect: 'not-safe', tactics: ['extract.verification-code'] },
];

const SOFT_ASK_NEGATIVES: FaultCase[] = [
  { name: 'an installer: 留个人', input: sms('师傅明天上午上门安装空调，您家里留个人就行'), expect: 'safe' },
  { name: 'a shop asks a review: 给个好评', input: sms('亲，收到货满意的话给个五星好评哦'), expect: 'safe' },
  { name: 'a meeting called: 开个会', input: sms('下午三点开个会，讨论一下双十一的退款数据'), expect: 'safe' },
  { name: 'a parent leaves a number with a teacher', input: sms('老师，我想给孩子报个数学班，留个电话给您'), expect: 'safe' },
  { name: '俺 in a family message', input: sms('俺今天回老家，明天再给你打电话'), expect: 'safe' },
  { name: '阿拉 in a family message', input: sms('侬好，阿拉明朝去外婆屋里吃饭'), expect: 'safe' },
  { name: 'a bank code notice', input: sms('您的验证码为 382915，请勿泄露给他人，客服不会索要'), expect: 'safe' },
  { name: 'a friend asks a location: 发个定位', input: sms('你发个定位给我，我去接你'), expect: 'safe' },
  { name: '开个玩笑', input: sms('开个玩笑，别当真'), expect: 'safe' },
  { name: '留个纪念', input: sms('收到快递了，留个纪念拍了张照'), expect: 'safe' },
];

const LINKS: FaultCase[] = [
  { name: 'a claim word and a shortener only', input: sms('理赔 → dwz.cn/Kx82pA'), expect: 'not-safe', tactics: ['shift.refund-link', 'shift.hidden-link'] },
  { name: 'a refund fee channel on a shortener', input: sms('退费通道：bit.ly/3kQ9xT 今日有效'), expect: 'not-safe', tactics: ['shift.hidden-link'] },
  { name: 'a payout on a throwaway ending', input: sms('快递丢失赔付已审核，点 lp-kd.top 领取'), expect: 'not-safe' },
  { name: 'dots written as middle dots', input: sms('您的退款已到账，请点 tk·jd-refund·xyz 领取'), expect: 'not-safe', tactics: ['shift.lookalike-link'] },
  { name: 'dots written as bullets', input: sms('淘宝理赔中心：tb-lipei•top/r 填写信息领取赔款'), expect: 'not-safe', tactics: ['shift.lookalike-link'] },
  { name: 'dots written as hyphenation points', input: sms('订单退款请复制到浏览器打开 jd-tk‧shop'), expect: 'not-safe', tactics: ['shift.lookalike-link'] },
  { name: 'a look-alike host glued to an English word and a comma', input: sms('【PayPal】您的account被limited，请verify您的identity：paypal-secure-cn.com，24小时内处理'), expect: 'not-safe', tactics: ['shift.lookalike-link'] },
  { name: 'a code counted in digits, said in English', input: sms('您的微信账户在异地login，请立即回复收到的6位code完成验证'), expect: 'not-safe', tactics: ['extract.verification-code'] },
  { name: 'an SMS code said in English', input: sms('您的Apple ID被锁定，为了security请回复短信code解锁'), expect: 'not-safe', tactics: ['extract.verification-code'] },
  { name: 'a refund to collect on a shortener', input: sms('您的退款待领取 t.cn/RkP3qZ'), expect: 'not-safe' },
];

const LINK_NEGATIVES: FaultCase[] = [
  { name: 'Taobao\'s own refund notice', input: sms('【淘宝】您的退款申请已通过，退款金额89.00元将原路退回，请在淘宝APP“我的订单”中查看'), expect: 'safe' },
  { name: 'a carrier\'s usage notice with a shortener', input: sms('【中国移动】您本月流量已用80%，详情 t.cn/A6xk2pQ'), expect: 'safe' },
  { name: 'a friend shares a short link', input: sms('这个做菜视频挺好看的 t.cn/A6xk2pQ'), expect: 'safe' },
  { name: 'a programmer\'s code', input: sms('你把 code 发我看看，这个 bug 我帮你查一下'), expect: 'safe' },
  { name: 'a programmer\'s code, committed', input: sms('我在 github 上提交了 code，你 review 一下'), expect: 'safe' },
  { name: 'a middle dot in a date', input: sms('会员日 9·9 折起，详见门店'), expect: 'safe' },
  { name: 'a middle dot in a time', input: sms('小区通知：明早8·30停水'), expect: 'safe' },
  { name: 'JD\'s own refund notice', input: sms('【京东】您的退款已到账，请在京东APP查看详情'), expect: 'safe' },
  { name: 'a company\'s site', input: sms('公司官网 www.abc-tech.com，欢迎访问'), expect: 'safe' },
  { name: 'a refund warned about beside a short link', input: sms('陌生链接不要点，退款只在APP里办理，t.cn/A6xk2pQ 这种都是骗子发的'), expect: 'safe' },
];

const TYPOS: FaultCase[] = [
  { name: '陶宝, 定单, 问提, 推款, 家我微心, 办里', input: sms('您好我是陶宝客服，您的定单有质量问提，需要推款，请家我微心 tk8823 给您办里'), expect: 'not-safe', tactics: ['shift.group'] },
  { name: '京冬, 陪偿, 佳我微信', input: sms('京冬售后：您的快递丢失，给您陪偿三百，请佳我微信领取'), expect: 'not-safe', tactics: ['shift.group'] },
  { name: '推款, 微新', input: sms('我是拼多多客服你买的衣服有问题要给你推款请加我微新 pdd-kf6'), expect: 'not-safe', tactics: ['shift.group'] },
  { name: '斗音, 推款, 家我微心', input: sms('斗音客服：您的订单异常需要推款，请家我微心处理'), expect: 'not-safe', tactics: ['shift.group'] },
  { name: '淘保, 问提, 理配, 威心', input: sms('你好淘保客服，您购买的商品质量有问提，需要给您理配，请加威心 kf2231'), expect: 'not-safe', tactics: ['shift.group'] },
];

const TYPO_NEGATIVES: FaultCase[] = [
  { name: '到家我', input: sms('到家我给你打电话，微信也行'), expect: 'safe' },
  { name: '回家我 and a 定单', input: sms('今天回家我再看看那个定单'), expect: 'safe' },
  { name: '主推款 (a shop\'s featured model)', input: sms('这款是主推款，质量很好'), expect: 'safe' },
  { name: '在家我妈', input: sms('我在家我妈在做饭'), expect: 'safe' },
  { name: '国家微信公众号', input: sms('请关注国家微信公众号了解政策'), expect: 'safe' },
];

describe('nc9 kind 1: a card or a code asked softly, with a measure word or in dialect', () => {
  for (const c of SOFT_ASKS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of SOFT_ASK_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('nc9 kind 3: link-only and obfuscated links', () => {
  for (const c of LINKS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of LINK_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('nc9 kind 5: a typist\'s near-homophones', () => {
  for (const c of TYPOS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of TYPO_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
