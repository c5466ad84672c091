/**
 * A family meeting about money (issue 8 §4, session 9: our own "家庭会议" transcripts read `scam`): three or
 * more named voices, the meeting convened in its opening turns (人都齐了, 开个家庭会议), a parent's near-loss
 * retold and the family deciding what to do (我想的是, 轮流, 就这么定了). Its form is a meeting's — several
 * people deciding together, not a counterpart leading the listener — though no work class (figures,
 * departments) is in it. Both ways: a scam acted by several voices, or a two-party call that says the
 * same words, still warns.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type TurnInput } from '../../src/index.ts';

const v = (voice: string, text: string): TurnInput => ({ speaker: 'caller', voice, text });
const meeting = (turns: TurnInput[]) => analyze({ channel: 'call', turns });

describe('a family meeting convened about money is a meeting', () => {
  const meetings: TurnInput[][] = [
    [v('大姐', '好了 人都齐了 今天咱们开个家庭会议 说说妈那笔钱的事'), v('二弟', '什么钱'),
      v('大姐', '妈上个月取了三万块钱 说是要给一个什么客服 说她买的电热毯有问题 要给她理赔 但是要先交手续费'),
      v('三妹', '那交了没有'), v('大姐', '柜员拦下来了'), v('二弟', '我想的是 我们三个轮流每天给妈打个电话'), v('三妹', '行 就这么定了')],
    [v('大哥', '人都到了，开个家庭会议，说一下爸被骗的事'), v('二姐', '爸接到电话，说是淘宝客服，让他在备用金里借钱转过去'),
      v('小弟', '我想的是把爸手机上的借款功能关了'), v('大哥', '那就这么定了，小弟周末去办')],
    [v('爸爸', '人都齐了，咱们开个家庭会，说说你奶奶的事'), v('妈妈', '奶奶前天接到电话说快递丢了，让她报银行卡号和验证码'),
      v('儿子', '我的想法是给奶奶装个反诈APP'), v('女儿', '我来轮流陪她去银行'), v('爸爸', '行，就这么定')],
    [v('老大', '今天人都在，开个家庭会议，商量妈的养老钱怎么放'), v('老二', '妈说有人打电话让她把存款转到安全账户'),
      v('老三', '我想的是存成定期，转账限额调低'), v('老大', '好，这么定了')],
    [v('大姐', '都到齐了，开个小会，说说爸那个理赔电话'), v('二哥', '对方说是保险公司的，让爸先交五百手续费才能赔'),
      v('小妹', '我觉得还要跟爸说清楚，交钱的都是骗子'), v('二哥', '我想的是咱们轮流给爸打电话'), v('大姐', '就这么定了')],
    [v('妈妈', '人都齐了，开个家庭会议，说说外婆那笔钱'), v('爸爸', '外婆说有个客服让她扫码付保证金，退款双倍'),
      v('女儿', '我的想法是外婆的手机支付额度调低'), v('儿子', '我和姐姐轮流去看外婆'), v('妈妈', '那就这么办')],
    [v('大伯', '人都到了，咱们开个家庭会，商量一下爷爷的事'), v('二伯', '爷爷昨天差点把银行卡密码告诉一个说退款的'),
      v('堂哥', '我想的是把爷爷的卡放我这里'), v('大伯', '这么定了，有事先打电话')],
    [v('姐姐', '人都齐了，开个家庭会议，说说妈买保健品的事'), v('弟弟', '那个卖保健品的让妈先转两千定金到他个人账户'),
      v('妹妹', '我想的是以后大额支出都问我们'), v('姐姐', '那就这么定了')],
    [v('爸', '都到齐了，开个家庭会议，商量一下你们舅舅借钱的事'), v('妈', '舅舅说要借五万，让转到他卡上'),
      v('儿子', '我的想法是先问清楚干什么用'), v('女儿', '我们轮流跟舅舅打电话问'), v('爸', '行，就这么办')],
    [v('大哥', '人都在，开个家庭会，说说妈被骗那三千块'), v('二姐', '妈说对方冒充快递理赔，让她下载会议软件开了屏幕共享'),
      v('三弟', '已经报警了，我想的是把妈的手机换成老人机'), v('二姐', '我觉得还要给她设支付密码'), v('大哥', '这么定了')],
  ];
  for (const turns of meetings) {
    it(`not flagged: ${turns.map((t) => t.text).join(' / ').slice(0, 80)}`, () => {
      expect(meeting(turns).verdict).toBe('safe');
    });
  }

  // A two-party scam call with the same words, and a scam acted by several voices where the listener speaks.
  const scams: TurnInput[][] = [
    [{ speaker: 'caller', text: '您好，我是淘宝客服，您买的电热毯有质量问题，要给您理赔' }, { speaker: 'user', text: '好' },
      { speaker: 'caller', text: '我想的是先给您办退款，您先交五百手续费，就这么定了' }],
    [{ speaker: 'caller', voice: '客服', text: '人都齐了，您好，我是京东客服，您的学生账户要注销' }, { speaker: 'user', text: '怎么注销' },
      { speaker: 'caller', voice: '主管', text: '我是客服主管，您下载会议软件，开启屏幕共享，把验证码告诉我' },
      { speaker: 'caller', voice: '专员', text: '那就这么定了，您在借呗里借出五万转到安全账户' }],
    [{ speaker: 'caller', text: '家人们，人都齐了，今天老师带大家赚钱' }, { speaker: 'caller', voice: '助理', text: '先充值五千到平台，跟着老师下单' },
      { speaker: 'caller', voice: '老师', text: '就这么定了，充值的截图发群里' }],
  ];
  for (const turns of scams) {
    it(`still warns: ${turns.map((t) => t.text).join(' / ').slice(0, 80)}`, () => {
      expect(meeting(turns).verdict).not.toBe('safe');
    });
  }
});
