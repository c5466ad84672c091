/**
 * ncrecall16 kind C (newcomer16's misses): pay to be hired: a job offered or granted, then a course, a photo shoot,
 * equipment or a starter kit to buy from the "employer" first ("邀请你做主播，只需要先购买1980元的培训课程", "签约前需要先拍
 * 一套形象照，拍摄费2980元", "录用为兼职配音员，入职需先购买配音设备和教程套餐1680元", "selected as a brand ambassador! To get
 * started, purchase our starter kit for $199", "hire you as a mystery shopper… before your first assignment, buy our training
 * certification for $89"). zh extract.upfront-fee: the job (邀请你做/成为, 录用为, 通过面试, 签约前, 入职需, 上岗前, 做主播…), a
 * pay-first verb and the thing bought (课程, 拍摄费, 形象照, 设备, 教程, 套餐, 培训费, 押金…) within 60; en extract.fee's job cue
 * += to get started, ambassador, hire you, mystery shopper, first assignment / our starter kit, purchase our, training
 * certification, training course. Twins: real hires (no fee, free training, a laptop provided), a school's 录取 and a course's
 * 学费 paid at the desk, a friend's news, warnings, a free ambassador programme, a reimbursed mystery shop, all safe.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const flagged = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `flagged: ${t}`, input: sms(t), expect: 'not-safe' }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall16 kind C: a course, a shoot, equipment or a kit bought from the employer before the job', () => {
  runWithAndWithoutModel([
    ...flagged([
      // newcomer16's inputs
      '你好，我们是某直播平台，邀请你做主播，只需要先购买1980元的培训课程，包教包会，月入过万。',
      '恭喜您通过模特公司面试，签约前需要先拍一套形象照，拍摄费2980元，拍完公司会给您安排通告，一个月就能赚回来。',
      '恭喜您被我们公司录用为兼职配音员，入职需先购买配音设备和教程套餐1680元，接单后一个月即可回本。',
      "Congratulations, you've been selected as a brand ambassador! To get started, purchase our starter kit for $199, and you'll earn 30% commission on every sale.",
      "We'd like to hire you as a mystery shopper, $400 per assignment. Before your first assignment, buy our training certification for $89.",
      // siblings of our own
      '您好，恭喜您通过面试，成为我们的签约主播，签约前需要先购买2680元的直播设备套餐。',
      '我们平台诚邀您成为主播，只需先交1280元培训费，三个月包签约。',
      '您已被我司录用为线上客服，入职需先购买580元的培训教程，培训后立即上岗。',
      '面试已通过，上岗前需先缴纳800元资料费和工牌押金，周一开始工作。',
      '恭喜您被选为平面模特，签约前先拍一套写真，费用3680元，拍完就能接广告。',
      '兼职配音招募：试音通过，需先购买399元的配音课程套餐才能接单。',
      'Congratulations, you have been selected as a product tester! To get started, purchase our starter kit for $149.',
      "We'd like to hire you as a remote assistant. Before you start, buy our training course for $120.",
      "You've been selected for our influencer program. To get started, pay for the course ($79) and start earning.",
      'Mystery shopper position confirmed! Before your first assignment, purchase our evaluation kit for $60.',
    ]),
    ...safe([
      '恭喜您通过面试，请于周一上午9点携带身份证到公司人事部报到，入职无需缴纳任何费用。',
      '您好，您已被我司录用，入职前请完成线上培训课程，培训免费，公司提供设备。',
      '恭喜您被我校录取，请在开学前通过学校缴费平台缴纳学费。',
      '您报名的会计培训课程需在本周五前缴纳学费1980元，可到前台刷卡。',
      '王姐，我被那家公司录用了，下周一入职，公司还给配了电脑。',
      '【反诈提醒】凡是招聘要求先交培训费、购买设备或拍形象照的，都是诈骗。',
      "Congratulations, you've been hired! To get started, complete the onboarding forms in Workday; the company provides your laptop.",
      'Welcome to the brand ambassador program! It is free to join, no purchase needed.',
      "We'd like to hire you as a mystery shopper. Your first assignment is on Friday; we reimburse every purchase.",
      'Our training course starts on Monday, the fee is covered by your employer.',
      "Reminder: No legit employer will ask you to prepay for tasks or buy a starter kit. If a 'job' asks you to deposit money first, it's a scam.",
    ]),
  ]);
});
