/**
 * Customer-service SMS kinds the playbook missed (issue 8 §4, read from the DEV half of
 * telecom-fraud-texts-8 / 冒充客服 and #refund-talk; every input here is our own writing):
 *  - a refund (退费, 清退, "退款资格", "之前的退款未成功") announced unasked, then a QQ group, an app or
 *    an ID request: `pretext.refund-offer`;
 *  - a status you never asked for costing a monthly fee ("绑定会员后每月将扣除500元，如需解绑请按指示
 *    操作"): `pretext.mistaken-enrolment`;
 *  - a credit line to be "cleared" for your credit record ("清零所有贷款额度"), a student status to be
 *    "changed": `pretext.loan-account-cancel`.
 * Hard negatives: a real refund notice, a shop's refund policy, a school's own refund rule, a member's
 * renewal notice, an operator's bill crediting you ("作为充值赠款返还给您", which read as a transfer).
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const CASES: FaultCase[] = [
  { name: 'training fee refund, then a QQ group', expect: 'not-safe', tactics: ['pretext.refund-offer', 'shift.group'],
    input: '【启航教育】学员您好，您报名的教师资格证培训班现在可以申请退费了，请加入QQ群 6677889 联系老师办理。' },
  { name: 'refund eligibility, then an app', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: '恭喜您获得退款资格！只需下载“安心退”APP并完成注册，退款将直接到账。' },
  // A refund offered and the ID asked: a school's or a shop's 退费 notice may ask the same (session 9: an ordinary
  // request with a notice's story is `suspicious` in one message, single-message.ts).
  { name: 'an "earlier refund failed", then the ID number', expect: 'suspicious', tactics: ['pretext.refund-offer', 'extract.identity'],
    input: '您好，系统显示您之前的退款未成功，请提供您的姓名和身份证号码，我们为您重新发起退款。' },
  { name: 'investment clean-up refund, then a group', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: '尊敬的客户，您符合退款条件，我们将退还您之前的投资款项，请添加群号 12345678 与清退专员联系。' },
  { name: 'rent refund, then a group link', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: '尊敬的租客，您的房租可以退了！为了尽快处理，请加入我们的微信群，在群里登记。' },
  { name: 'customer-service desk with a refund plan', expect: 'not-safe', tactics: ['contact.impersonation', 'pretext.refund-offer'],
    input: '您好，我是淘宝客服，我们推出了一项退款计划，之前购买过这款面霜的用户都可以申请退费。' },
  { name: 'member status with a monthly fee, cancel by following us', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'],
    input: '您好，您的抖音账号绑定了商家会员，每月将扣除人民币600元。如需解绑，请按照我们的指示操作。' },
  { name: 'seller status with a monthly fee', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'],
    input: '我是快手客服，您被设置成了推广员，每月需要扣除300元费用，我们指导您取消。' },
  { name: 'credit line to clear for your credit record', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: '这里是京东金条客服，为了保障您的征信不受影响，请立即清零所有贷款额度，并将款项存入指定账户。' },
  { name: 'student status to change', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: '您好，我是支付宝客服，我们发现您的账号目前还是学生状态，需要帮您更改为成年状态，否则会影响使用。' },
  { name: 'an unasked "you were made a member by mistake" from a stranger', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'],
    input: '您好，我们是优选商城工作人员，后台操作出现错误，导致您被误认为是会员，我们会尽快处理取消会员的操作，请提供您的手机号码。' },
  { name: 'a debt to clear or your credit suffers', expect: 'not-safe', tactics: ['contact.impersonation', 'pretext.loan-account-cancel'],
    input: '这里是京东白条客服，您的账户存在未清偿的贷款，如果不及时清除这些债务，将会对您的个人信用产生严重影响。' },
  { name: 'money into their "clearing platform"', expect: 'scam', tactics: ['extract.transfer'],
    input: '我是金条客服，为了您的征信不受影响，请把所有的贷款额度清零，并将款项存入指定的清算平台。' },
  { name: 'a desk under an unknown brand, a refund, then the ID number', expect: 'scam', tactics: ['contact.impersonation', 'extract.identity'],
    input: '您好！我们安诚网客服已收到您的退款申请，为了尽快退还您的费用，请您提供账号信息及身份证号码。' },
  { name: 'a parcel "to be destroyed", a claim, then your details', expect: 'not-safe', tactics: ['pretext.parcel-or-flight'],
    input: '您好，您的快递与阳性患者接触后需要销毁，我们将为您提供理赔，请您提供身份证号码和银行卡号。' },
  { name: 'a ticket change made the reason to verify you', expect: 'scam', tactics: ['pretext.parcel-or-flight', 'extract.identity'],
    input: '您好，由于您本次改签流水过多，需要额外的身份验证，请您提供身份证号码，我们将为您开通特殊渠道。' },
  { name: 'an unnamed problem with the parcel, a claim, an app', expect: 'not-safe', tactics: ['pretext.quality-refund'],
    input: '我们这里是中通快递客服，您的包裹在运输途中出现了一些问题，我们需要为您办理理赔，请下载理赔APP完成申请。' },
  { name: 'a desk that "looked up your failed refund", then your name and number', expect: 'not-safe', tactics: ['contact.impersonation', 'pretext.refund-offer'],
    input: '您好！我们是爱家客服中心。我们发现您之前的退款未成功，已经为您查询到未退款的金额，请回复姓名和手机号码。' },
  { name: 'a refund that waits on installing their apps', expect: 'not-safe', tactics: ['pretext.refund-offer', 'shift.app-download'],
    input: '您好，很抱歉平台卡住了无法发货，我们可以协商退款。请下载以下几个应用程序：安心付、易连，我们会尽快为您退款。' },
  { name: 'a refund "in cooperation with" a platform, then a group', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: '【星火教育】尊敬的学员，因资金问题我们与京东合作退费，请加QQ群 778899 了解详情。' },
  { name: 'hard negative: a refund followed in the shop\'s own app', expect: 'safe',
    input: '【唯品会】您的退款申请已提交，下载唯品会APP查看进度。' },
  { name: 'hard negative: where to follow your refund', expect: 'safe',
    input: '【京东】您的退款正在处理中，登录APP即可查询退款进度。' },

  { name: 'hard negative: a notice footer naming its customer service', expect: 'safe',
    input: '尊敬的用户，您的流量包已生效。如有任何疑问，请随时联系我们的客服团队，我们收到后会尽快回复。' },
  { name: 'hard negative: an airline\'s own rebooking notice', expect: 'safe',
    input: '【东方航空】您的航班MU5101改签成功，新航班12月3日08:00起飞，请在APP内查看行程。' },
  { name: 'hard negative: a property advert with rate news', expect: 'safe',
    input: '【阳光城】央行降息，贷款利率下调，月供更轻松，二十套优质户型限时优惠，欢迎到售楼处咨询。' },
  { name: 'hard negative: the citizen cancelling her own membership', expect: 'safe',
    input: '我想把快手的会员解绑了，每月扣除三十块太不划算。' },
  { name: 'hard negative: a real refund notice', expect: 'safe',
    input: '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户。' },
  { name: 'hard negative: a shop\'s refund policy with a link', expect: 'safe',
    input: '【XX旗舰店】本店支持七天无理由退货，不满意全额退款，新品上架点击 https://shop.m.tmall.com/abc 查看。' },
  { name: 'hard negative: a school\'s own refund rule', expect: 'safe',
    input: '【某某大学】退学学生的学费按学校规定退还，请到教务处办理相关手续。' },
  { name: 'hard negative: a real membership renewal notice', expect: 'safe',
    input: '【爱奇艺】您的VIP会员每月扣费25元，可在APP“我的-会员”中随时取消自动续费。' },
  { name: 'hard negative: an operator\'s bill crediting you', expect: 'safe',
    input: '【中国移动】您上月应结而未结算的费用将作为充值赠款返还给您，可用来抵扣下月账单。如需查询请下载官方APP。' },
  { name: 'hard negative: a refund already credited', expect: 'safe',
    input: '【美团】您的订单退款成功，45元已原路返还至您的银行卡，请注意查收。' },
  { name: 'hard negative: the citizen asking for a fee refund', expect: 'safe',
    input: '我想申请退费，培训班的课程跟宣传的不一样，在哪里办？' },
];

describe('customer-service SMS kinds: refund offers, unasked charges, credit clean-ups (detect-sms)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
