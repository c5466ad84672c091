/**
 * ncfp17 kind I (session 17, newcomer17's false alarm x01): a relative registering a public service's own account for a
 * parent asks for the code sent to the parent's phone ("妈，你手机上收到一个验证码没有？我在帮你注册医院的挂号APP，你把验证码
 * 念给我"): read `scam` 80. "帮你注册…APP" fired shift.register-platform (the investment and task scams' "register too and
 * follow me", weight 5) and, with the code, shift-plus-extraction (≥ 80). The same errand in other words (交电费, 预约疫苗)
 * read suspicious 45 on the code alone. An impostor can say the same, so the code asked stays suspicious; what changes is
 * that the word 注册 alone no longer makes it `scam`.
 * Now: a public service named in the sentence (a hospital's booking, medical insurance, social security, the grid's bill,
 * the traffic office, a vaccine booking: shift.register-platform's `unless`) is no platform to follow onto.
 * Before -> after on the siblings: scam 80 x9 / 92 -> suspicious 45-69 (the code asked keeps extract.verification-code).
 * Twins (must stay `scam`): a platform to register with a task, an investment, a top-up, a deposit or an invite code, and
 * a "hospital worker" who claims an office and asks the code with an ID.
 */
import { beforeAll, describe } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runWithAndWithoutModel, chat, type FaultCase } from './helpers.ts';

const SIBLINGS = [
  '妈，你手机上收到一个验证码没有？我在帮你注册医院的挂号APP，你把验证码念给我',
  '爸，我帮你注册一个医保的APP，以后看病不用排队，你把手机上收到的验证码告诉我',
  '奶奶，我在电脑上帮你注册社保的账号，你手机收到的验证码发我一下',
  '妈，我帮你注册个网上国网的账号交电费方便，你把刚收到的验证码念一下',
  '爷爷，我帮你注册一个挂号的软件，你看看手机上的短信验证码是多少，告诉我',
  '妈，我帮你注册一个预约疫苗的APP，你把手机收到的六位数验证码发我',
  '姥姥，我帮你注册医院的小程序账号，你把验证码读给我听',
  '老妈，我帮你注册个社区医院的平台，一会儿你手机会收到验证码，你告诉我',
  '爸，帮你注册了一个医院的APP，你把收到的验证码发给我就行',
  '小姨，我帮你注册一个医保的账户，你手机上的验证码发我一下',
];

const TWINS = [
  '你也注册一个账号吧，我带你做任务，验证码发我帮你激活',
  '我帮你注册一个理财平台的账号，你把验证码告诉我，充值五千就能开始赚钱',
  '帮你注册一个投资APP，把收到的验证码发我，导师带你操作',
  '您好我是医院工作人员，帮你注册一个挂号平台，请把验证码和身份证号发给我',
  '亲，帮你注册一个账户，把验证码发我，然后转500元保证金就能提现',
  '我帮你注册一个兼职平台的账号，验证码给我，做任务就有佣金',
  '你也注册一个这个APP，填我的邀请码，注册好把验证码发我，我带你投',
  '帮你注册一个刷单平台的账号，你把手机验证码发给我',
  '你去注册这个平台，把验证码发我，我帮你充值一千开始做单',
  '我帮你注册个博彩平台账号，验证码发过来，稳赚不赔',
];

describe('ncfp17 kind I: a relative registering a public service for a parent', () => {
  // The playbooks compiled and the model loaded once, under the hook's longer timeout (a loaded machine).
  beforeAll(() => { analyze('你好'); });
  runWithAndWithoutModel([
    ...SIBLINGS.map((t): FaultCase => ({ name: `public service registered: ${t}`, input: chat(t), expect: 'at-most-suspicious', tactics: ['extract.verification-code'] })),
    ...TWINS.map((t): FaultCase => ({ name: `twin scam: ${t}`, input: chat(t), expect: 'scam' })),
  ]);
});
