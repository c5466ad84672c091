/**
 * Legitimate conversations and retellings read as the scam (issue 8 §4: "0 `scam` on any real
 * legitimate text"): someone else's loss told as a story, a retelling that ends in the teller's
 * reaction or the call's end, an officer's or a relative's "don't scan / don't transfer". Each kind
 * with siblings written here, both ways: the same shape told by the victim NOW still warns.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const sms = (text: string) => analyze({ channel: 'sms', text });
const chat = (text: string) => analyze({ channel: 'chat', text });

describe('someone else\'s loss, told as a story, is not the reader\'s emergency', () => {
  const stories = [
    '我表姐之前就是接到说要退款的电话，被骗了两万，所以今天有人让我下载软件退款的时候，我直接挂了',
    '我们单位今天开了反诈会，讲了一个案例：财务人员接到老板的QQ消息，要求紧急转账给某公司，结果被骗了二十多万。',
    '银行柜员跟我说，最近好多老人来转账，都说是客服让转的，柜员一问就知道被骗了，赶紧拦下来。',
    '我邻居去年就是这样被骗了三万，你们一定要小心',
    '有个客户上个月交了两千手续费，后来打客服电话问才知道被骗了',
    '我同学前年就是被冒充京东客服的人骗了，说注销学生账户，结果转了一万多',
    '老师，最近是不是又有同学被骗了',
    '听说楼下阿姨被骗了五万，是冒充快递理赔的',
    '网友说他按客服说的转了钱才发现被骗了，大家别信这种电话',
    '我同事之前被骗了，说是抖音客服帮她关百万保障，让她借了备用金转过去',
    '给妈换一个老人机，不能上网的那种，就不会被骗了',
  ];
  for (const text of stories) {
    it(`not scam: ${text}`, () => {
      const r = sms(text);
      expect(r.verdict).not.toBe('scam');
      expect(r.tactics.map((t) => t.id)).not.toContain('extract.user-paid');
    });
  }

  const losses = [
    '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
    '我被骗了，他让我扫码付了三次',
    '我妈已经转给他们两万，现在电话打不通',
    '我朋友刚被骗了两万，怎么办',
    '我表姐被骗了五万，怎么办，钱还能追回',
    '我同事现在被骗了，他按客服说的转了三千',
    '有人冒充快递客服，我按他说的操作，卡里少了五千',
    '我上个月按客服说的转了两万，一直没退回来',
    '我老公被骗了，按对方说的在借呗借了三万转过去了',
    '爸爸按照客服说的转了两笔，说是保证金',
  ];
  for (const text of losses) {
    it(`the speaker's or the family's loss now stays scam, 110/96110 first: ${text}`, () => {
      const r = sms(text);
      expect(r.verdict).toBe('scam');
      expect(r.tactics.map((t) => t.id)).toContain('extract.user-paid');
      expect(r.advice[0]).toMatch(/110|96110/);
    });
  }
});

describe('a caller who warns "don\'t scan, don\'t transfer" is not asking for it', () => {
  const warnings = [
    '别扫，那是付款码不是收款码。您把他删了，以后陌生人说给您钱的都要先问家里人。',
    '那是付款码，扫了钱就没了。您扫过没有？',
    '千万别扫他发的二维码，那是付款码',
    '不要扫陌生人发的付款码，扫了钱就没了',
    '阿姨，您先别转，那个账户是骗子的',
    '切勿扫描陌生人发来的二维码付款',
    '别点他发的链接，那是假的退款页面',
    '不要转账到任何所谓的安全账户',
    '妈，别借备用金，那是骗子让你借的',
    '您千万不要把钱转到他说的账户',
  ];
  for (const text of warnings) {
    it(`not scam: ${text}`, () => {
      expect(sms(text).verdict).not.toBe('scam');
    });
  }

  const asks = [
    '您扫一下这个付款码，输入金额就能激活退款',
    '请马上把钱转到安全账户，不然钱就没了',
    '您不要扫别的码，扫我发的这个码付款就行',
    '不要挂电话，您先把钱转到这个账户，理赔马上到账',
    '别担心，您扫一下我发的二维码，付款后退款原路返回',
  ];
  for (const text of asks) {
    it(`still warns: ${text}`, () => {
      expect(sms(text).verdict).not.toBe('safe');
    });
  }
});

describe('a retelling that ends in the teller\'s reaction or the call\'s end', () => {
  const retold = [
    '我老公今天接到说他开通了百万保障的电话，对方让他在微粒贷上借钱转过去，他说要先问问我，对方就挂了，太吓人了。',
    '我妈刚接到一个电话，说她买的保温杯有问题要退款，让她加微信，她没弄，对方就挂了',
    '今天我爸接到个电话，说他的快递丢了要赔他，让他扫一个码，吓死我了',
    '我姐接到电话说她开了直播会员，让她下载会议软件共享屏幕，好险',
    '邻居大爷接到电话，对方让他把养老金转到安全账户，他就挂了，太吓人了',
    '我婆婆说有人打电话让她在借呗借钱刷流水，她说要问儿子，他就挂了',
    '我舅舅接到自称淘宝客服的电话，让他提供银行卡号和验证码，真险',
    '我同学说有人让他开屏幕共享退款，他觉得不对，对方就挂了',
    '我奶奶接到电话，对方让她去银行转钱，好险她先给我打了电话',
    '我老婆今天接了个电话，说她的会员要扣费，让她下载一个APP，太吓人了',
  ];
  for (const text of retold) {
    it(`not scam: ${text}`, () => {
      expect(sms(text).verdict).not.toBe('scam');
    });
  }

  const ongoing = [
    '刚才客服让我把钱转到他给的账户，说转了就退款，我该不该转',
    '他让我在借呗借钱转过去，说是验证流水，我现在要不要借？',
    '客服说我开通了百万保障，让我下载一个会议软件共享屏幕，我正在下载',
    '您好，我是淘宝客服，您的订单有质量问题，请下载会议软件开启屏幕共享，我教您退款',
    '对方说要给我理赔，让我把验证码告诉他，我要告诉他吗',
  ];
  for (const text of ongoing) {
    it(`still warns: ${text}`, () => {
      expect(chat(text).verdict).not.toBe('safe');
    });
  }
});
