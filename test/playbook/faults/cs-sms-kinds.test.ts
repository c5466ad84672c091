/**
 * Customer-service refund SMS by KIND (issue 8 §4: texts-8 SMS recall; cs-sms, session 5). Found in
 * the misses of our own SMS (data/corpus/gen-scam-cs-sms-zh.jsonl, gen-scam-cs-zh.jsonl) and the second
 * author's training text (gen-w2-scam-zh); every input here is our own writing, a sibling of those
 * lines, never a corpus line itself:
 *  - a payout collected through the sender's own channel, with no other story (pretext.refund-off-platform);
 *  - a membership that renews by itself and where to cancel it, in one breath (pretext.subscription-renewal);
 *  - the bank alert's "如非本人操作" copied to point at the scammer's own line (guard `warning-story`);
 *  - the scam's own 请勿 ("请勿错过来电", "请勿继续使用") and its counterfeit goods (假冒商品) silenced the story.
 * Hard negatives: the platforms' own refund, renewal and security notices.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const OFF_PLATFORM: FaultCase[] = [
  { name: 'refund, add customer service QQ', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('您的订单库存不足已关闭，退款请添加客服QQ 2871003396') },
  { name: 'claim, a WeChat handle with no colon', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('快递理赔请加专员微信 kdlp-2026，备注单号') },
  { name: 'compensation, a private mobile only', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('补偿金发放咨询：18977203156') },
  { name: 'refund fee back, join a group by number', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('培训费退费已批，入群办理，群号 66120893') },
  { name: 'overcharge refunded through a WeChat', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('【某出行】您的订单多收了35元，平台为您退款，请添加客服微信领取：cx-tk09') },
  { name: 'claim registration and an outside link is scam', expect: 'suspicious', tactics: ['pretext.refund-off-platform', 'shift.link'],
    input: sms('退货运费赔付领取 yfx-pf.top/k 今日失效') },
  { name: 'hard negative: refund back by itself, see the app', expect: 'safe',
    input: sms('【拼多多】您的退款已原路退回，可在拼多多APP“我的订单”中查看退款详情。') },
  { name: 'hard negative: a courier\'s claim on its published line', expect: 'safe',
    input: sms('【中通快递】您的理赔已完成，赔付款已退回寄件账户，如有疑问请拨打95311。') },
  { name: 'hard negative: the customer asks for the shop\'s WeChat', expect: 'safe',
    input: chat('我想退款，你们店有微信吗') },
  { name: 'hard negative: a warning names the move', expect: 'at-most-suspicious',
    input: sms('提醒：退款不会让您加客服QQ或微信，请勿相信陌生人发来的理赔群号。') },
];

const CANCEL_CHARGE: FaultCase[] = [
  { name: 'live-stream VIP renews, cancel at a link', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('直播VIP到期自动续费980/月，退订点 zb-vip-td.cc') },
  { name: 'membership charge, cancel on a landline', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('您的会员将按月扣费399元，取消请拨打 0512-6620 1187') },
  { name: 'continuous annual plan, cancel through WeChat', expect: 'suspicious', tactics: ['pretext.subscription-renewal'],
    input: sms('【某视频】您开通了超级会员连续包年，今日扣费1888元，退订请加客服微信 sp-td01') },
  { name: 'hard negative: the platform\'s renewal, cancel in its app', expect: 'safe',
    input: sms('【优酷】您的VIP会员将于12月9日自动续费20元，如需取消可在优酷APP“我的-会员中心”中关闭。') },
  { name: 'hard negative: a carrier\'s monthly plan with its opt-out', expect: 'safe',
    input: sms('【中国联通】您订购的视频会员包月业务10元/月已生效，退订请回复TD。') },
  { name: 'hard negative: the user turned it off', expect: 'safe',
    input: chat('我已经把那个会员的自动续费取消了，以后不会再扣费') },
];

const NOT_ME: FaultCase[] = [
  { name: 'mistaken enrolment, "如非本人操作" then a landline', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'],
    input: sms('【某音】您被误开通月付会员，下月起每月扣费699元，如非本人操作请致电 0531-8820 1176 取消。') },
  { name: '"如非本人操作" then a mobile for the refund', expect: 'not-safe', tactics: ['pretext.refund-off-platform', 'shift.claims-line'],
    input: sms('检测到您开通了影视连续包月，如非本人操作，请联系 17720931184 办理退款。') },
  { name: 'hard negative: a bank alert with the phrase and its published line', expect: 'safe',
    input: sms('【农业银行】您尾号5521的账户已开通快捷支付，如非本人操作请致电95599。') },
  { name: 'hard negative: a login code with the phrase', expect: 'safe',
    input: sms('【某音】验证码 447201，用于登录，如非本人操作请忽略本短信。') },
];

const OWN_WARNING_WORDS: FaultCase[] = [
  { name: 'compensation agreed, "请勿错过来电"', expect: 'not-safe', tactics: ['pretext.payout-offer', 'contact.promised-callback'],
    input: sms('【投诉处理中心】您反映的商品问题已核实，商家同意赔偿，专员将电话联系您，请勿错过来电。') },
  { name: 'recall, "请勿继续使用", the agent will call', expect: 'not-safe', tactics: ['pretext.quality-refund'],
    input: sms('【售后部】您购买的暖手宝被列入召回范围，请勿继续使用，客服今天会致电您办理退款。') },
  { name: 'counterfeit goods, ten times compensation, a mobile', expect: 'not-safe', tactics: ['pretext.payout-offer'],
    input: sms('您购买的假冒名牌包已被查实，可获得十倍赔偿，请联系专员 18620013377') },
  { name: 'an emoji for QQ', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的包裹丢失，理赔请加🐧：2283017764') },
  { name: 'hard negative: a refund notice with a warning\'s 请勿', expect: 'safe',
    input: sms('【京东】您的退款已原路退回，请勿相信任何以退款为由索要验证码的来电。') },
  { name: 'hard negative: news about fake couriers', expect: 'at-most-suspicious',
    input: sms('近期有人假冒快递员来电，以“包裹丢失赔偿”为由添加微信，请提高警惕。') },
];

const MASKED_LINK: FaultCase[] = [
  { name: 'compensation, verify yourself on the link (link masked)', expect: 'not-safe', tactics: ['extract.verify-on-link'],
    input: sms('您好，我是京东客服，您的赔付申请已受理，请点击链接进行身份验证：XXXX，验证后赔偿款即到账。') },
  { name: 'account safety, bind your card through the link', expect: 'not-safe', tactics: ['extract.verify-on-link'],
    input: sms('尊敬的用户，您的退款账户存在风险，请点击下方链接绑定您的银行卡以便退款到账。') },
  { name: 'hard negative: a bank tells you where the real page is', expect: 'safe',
    input: sms('【工商银行】请勿点击短信中的链接绑定银行卡，绑卡请在工商银行APP内操作。') },
];

describe('cs-sms kinds: a payout collected through their own channel', () => { for (const c of OFF_PLATFORM) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-sms kinds: a charge to cancel, and where', () => { for (const c of CANCEL_CHARGE) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-sms kinds: "如非本人操作" copied by the scam', () => { for (const c of NOT_ME) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-sms kinds: the scam\'s own 请勿 and its counterfeit goods', () => { for (const c of OWN_WARNING_WORDS) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-sms kinds: the link masked, the ask on it', () => { for (const c of MASKED_LINK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
