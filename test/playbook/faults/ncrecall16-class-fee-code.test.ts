/**
 * ncrecall16 kind D (newcomer16's misses): a "class teacher" collecting a per-head fee by a code in the parents' chat
 * ("我是您孩子的班主任…每人368元，请扫描下方二维码缴费，今天截止", "@所有人 …保险费每人150元，请家长扫码支付", "扫码付款，付款
 * 后截图私发给我"). extract.scan-to-pay read only 扫 + a code noun (二维码, 收款码) + a payment context word: 扫码 names no
 * code for the grammar and 缴费 was no ctx.payment word, so most of these read safe 0-10. Now also: the class (班主任, 老师,
 * 各位家长, 请家长, 家长群), a scan or a code, a pay word (缴费, 付款, 支付, 截图发我) and a per-head fee (每人, 每位学生)
 * within 60: suspicious (ask the school; schools collect through their own platform). Twins: the class app (班级小管家),
 * the school's payment platform or public account, a sign-in code, a parent's payment told done, a parent's question and
 * warnings, all safe. With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const flagged = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `flagged: ${t}`, input: sms(t), expect: 'not-safe', tactics: ['extract.scan-to-pay'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall16 kind D: a class fee per head paid by a code the "teacher" sends', () => {
  runWithAndWithoutModel([
    ...flagged([
      // newcomer16's inputs
      '您好，我是您孩子的班主任，学校统一订购新学期教辅资料，每人368元，请扫描下方二维码缴费，今天截止。',
      '各位家长，我是三年级二班班主任，学校统一收取下学期资料费每人286元，请扫描群里的收款码缴费，今天下午5点前完成，缴费后截图发我。',
      '@所有人 学校通知：本学期保险费每人150元，请家长扫码支付，逾期孩子将不能参保。——班主任 王老师',
      '家长们注意：学校统一购买校服，每人280元，请在今晚8点前扫码付款，付款后截图私发给我，过期不候。',
      '通知：本学期研学活动费用每人680元，请各位家长扫描我发的二维码缴费，名额有限，先交先得。班主任',
      '各位家长晚上好，我是班主任刘老师，下学期的教材费、资料费一共每人356元，请大家扫描下面的收款码缴纳，缴完在群里接龙。',
      '我是孩子的班主任，学校新出的智能手环每人199元，为了孩子的安全必须统一配备，扫码缴费后拉你进手环群。',
      // siblings of our own
      '家长您好，我是二年级一班的数学老师，本学期练习册每人95元，请扫描下方二维码缴费，缴完截图发我。',
      '各位家长：学校组织春游，每人费用230元，请今天之内扫码支付，逾期视为自动放弃。王老师',
      '@全体成员 班级订购课外读物每人158元，请家长扫描群里的收款码付款，付完在群里回复孩子姓名。班主任',
      '家长们好，本周五前交纳校服费每人260元，扫一扫我发的收款码即可，截图私发给我核对。',
      '我是班主任李老师，学校统一办理学生意外险，每人100元，请扫描二维码缴纳，今晚12点截止。',
      '各位家长，期末考试复习资料每位学生88元，请扫码付款后截图发我，明天统一发放。',
    ]),
    ...safe([
      '社区提醒：近期有不法分子冒充老师在家长群发收款码收取资料费，学校所有收费均通过官方平台，请家长不要扫码付款。',
      '各位家长好，本学期教辅资料费每人120元，请通过班级小管家缴费，学校统一开具收据。',
      '【XX小学】本学期课后服务费已开通缴费，请家长登录学校官方缴费平台缴纳，不收现金，不向个人转账。',
      '【XX中学】春游费用每人150元，请家长在学校公众号的校园缴费栏目缴纳，学校不通过个人收款码收费。',
      '各位家长，明天上午家长会，请扫描二维码签到，每人限一位家长参加。',
      '王老师您好，资料费每人80元我已经扫码付款了，截图发您了。',
      '家长们注意，有骗子冒充班主任在群里发收款码让每人交资料费，请不要扫码付款，学校收费只走官方平台。',
      '老师，我家孩子的校服费每人多少钱？是扫码缴费还是在小管家里交？',
      '各位家长，本学期资料费每人120元，请扫码进入班级小管家缴费，学校统一开具收据。',
      '各位家长，下周一体检，每人请带好体检表，扫描二维码查看注意事项。',
    ]),
  ]);
});
