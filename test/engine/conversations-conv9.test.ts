/**
 * Our own legitimate conversations that still read `scam` (issue 8 §4, session 9), each kind with
 * siblings written here, both ways: the same shape from a stranger asking NOW still warns.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createSession, restoreSession, SessionSnapshotSchema } from '../../src/index.ts';
import type { Speaker } from '../../src/types.ts';

type Line = [Speaker, string];
const conv = (channel: 'call' | 'chat', lines: Line[], initiator?: 'user' | 'counterpart') =>
  analyze({ channel, turns: lines.map(([speaker, text]) => ({ speaker, text })), ...(initiator ? { initiator } : {}) });

describe('a retelling whose frame word is in an earlier turn of the teller', () => {
  // The frame (被骗, 诈骗, 报警, 幸好…) opens the story; the third person's requests come a turn or two later,
  // after the listener's "咋回事". Written for session 9; none is a line of any data file.
  const stories: Line[][] = [
    [['caller', '我同事上个月被骗了，说起来也是离谱'], ['user', '咋回事'], ['caller', '有人打电话说她网购的衣服甲醛超标，要三倍赔偿，让她把借呗里的钱借出来转到一个验证账户']],
    [['caller', '老婆，今天办公室里大家都在说那个诈骗的事'], ['user', '什么事'], ['caller', '有人接到电话说是抖音客服，说他开了直播会员每个月扣八百，让他下载会议软件共享屏幕']],
    [['user', '我跟你说，楼下王阿姨差点被骗了'], ['caller', '怎么了'], ['user', '有个人说是快递理赔的，说她的包裹丢了，让她加一个QQ群，在群里填银行卡号领赔偿']],
    [['caller', '妈，你听我说，我朋友前天被骗了'], ['user', '啊？'], ['caller', '对方说是淘宝客服，说她买的面膜有问题要退款，让她开屏幕共享，然后把验证码念给他听']],
    [['user', '今天开会领导讲了个诈骗的案例'], ['caller', '讲的啥'], ['user', '一个老人接到电话，说他的医保卡要冻结，让他把存款转到一个安全账户']],
    [['caller', '你表哥昨天差点上当'], ['user', '怎么回事'], ['caller', '有人打电话说他的京东白条要关闭，不关会影响征信，叫他去借呗里借钱转到指定账户']],
    [['user', '爸，隔壁张叔叔上周报警了'], ['caller', '为啥报警'], ['user', '说是有人冒充银行的，说他的卡被盗刷，让他下载一个APP，输入了卡号和密码']],
    [['caller', '我们小区群里都在说，最近骗子专挑老人下手'], ['user', '怎么骗的'], ['caller', '打电话说她买的保健品有质量问题，给她双倍退款，让她扫一个二维码付保证金']],
    [['caller', '我闺蜜差点被骗了，好气人'], ['user', '怎么回事'], ['caller', '那人说她的快递丢了要赔钱，让她下载了一个会议软件，开了共享屏幕']],
    [['user', '姐，我们公司有个同事被骗了'], ['caller', '啥情况'], ['user', '说是他的百万保障要扣费，叫他把支付宝里的钱转到一个对公账户去取消']],
    [['caller', '你舅妈差点被骗，幸好你舅舅在旁边'], ['user', '怎么了'], ['caller', '有个女的打电话说她买的鞋有问题，说给她退款，让她在支付宝里借备用金']],
  ];
  for (const lines of stories) {
    it(`not scam: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      expect(conv('call', lines).verdict).not.toBe('scam');
    });
  }

  // The same turns with the request made to the listener now: no third person, or the teller turns to ask.
  const asks: Line[][] = [
    [['caller', '最近骗子很多，您要注意'], ['user', '嗯'], ['caller', '我是京东客服，您的订单有质量问题要给您退款，请您开启屏幕共享，把验证码念给我']],
    [['caller', '现在诈骗电话多，我们是淘宝官方客服'], ['user', '哦'], ['caller', '您的会员每个月要扣八百，请您下载会议软件共享屏幕，我帮您取消']],
    [['caller', '我同事上个月被骗了'], ['user', '咋回事'], ['caller', '先不说这个，您把借呗里的钱借出来转到我给您的账户，我帮您验证']],
    [['user', '我朋友前两天被骗了'], ['caller', '嗯，您好，我是抖音客服，您开通的直播会员要扣费'], ['caller', '请您下载这个会议软件，开启屏幕共享，我教您关闭']],
    [['caller', '您好，我们是反诈中心，提醒您注意防骗'], ['user', '好的'], ['caller', '您的账户涉嫌洗钱，请您把钱转到安全账户配合调查']],
    [['user', '我妈说最近骗子多'], ['caller', '您好，这里是快递理赔中心'], ['caller', '您的包裹丢了，请加我们的QQ群，在群里填银行卡号和密码领赔偿']],
    [['caller', '被骗的人太多了，我们平台在做退款核实'], ['user', '嗯'], ['caller', '麻烦您把收到的验证码告诉我，我马上给您退款']],
    [['caller', '骗子才会让你加群，我们是正规客服'], ['user', '哦'], ['caller', '您现在打开支付宝，把余额转到我发您的账户，退款马上到账']],
  ];
  for (const lines of asks) {
    it(`still warns: ${lines.map((l) => l[1]).join(' / ')}`, () => {
      expect(conv('call', lines).verdict).not.toBe('safe');
    });
  }

  // The citizen relays a request made to them NOW (a pasted chat: no speaker labels), after a frame
  // word of their own: "让我" is the other side's ask, and the retelling carried in does not cover it.
  const relayed: string[][] = [
    ['我同事上次被骗过', '刚才客服让我把借呗里的钱转到他给的账户，说是验证，我该不该转'],
    ['刚才有人打电话说是淘宝客服，要给我退款', '他让我下载一个会议软件共享屏幕，我该不该弄'],
    ['我妈说最近骗子特别多', '刚才有个客服打电话说给我退款，让我下载一个会议软件共享屏幕'],
    ['听说好多人被骗了', '现在有个快递理赔的让我加QQ群，在群里填银行卡号和密码，要填吗'],
  ];
  for (const texts of relayed) {
    it(`still warns: ${texts.join(' / ')}`, () => {
      const r = analyze({ channel: 'chat', turns: texts.map((text) => ({ speaker: 'unknown' as const, text })) });
      expect(r.verdict).not.toBe('safe');
    });
  }
});

describe('the retelling survives a session snapshot', () => {
  it('a live call restored between the frame and the story reads the story the same', () => {
    const lines: Line[] = [['caller', '我同事上个月被骗了，说起来也是离谱'], ['user', '咋回事'], ['caller', '有人打电话说她网购的衣服甲醛超标，要三倍赔偿，让她把借呗里的钱借出来转到一个验证账户']];
    const live = createSession({ channel: 'call' });
    for (const [speaker, text] of lines) live.push({ speaker, text });
    const s = createSession({ channel: 'call' });
    s.push({ speaker: lines[0]![0], text: lines[0]![1] });
    s.push({ speaker: lines[1]![0], text: lines[1]![1] });
    const snap = SessionSnapshotSchema.parse(JSON.parse(JSON.stringify(s.snapshot())));
    expect(snap.retelling).toEqual(['caller']);
    const restored = restoreSession(snap);
    restored.push({ speaker: lines[2]![0], text: lines[2]![1] });
    expect(restored.state().verdict).toBe(live.state().verdict);
    expect(restored.state().risk).toBe(live.state().risk);
    expect(live.state().verdict).not.toBe('scam');
  });

  it('a turn of the teller that tells nothing closes the retelling', () => {
    const story = '有人打电话说她的快递丢了要理赔，让她下载会议软件开屏幕共享';
    expect(conv('call', [['caller', '我同事上个月被骗了'], ['user', '嗯'], ['caller', story]]).verdict).toBe('safe');
    // "好的。" between them tells nothing: the story after it is no longer inside the retelling.
    expect(conv('call', [['caller', '我同事上个月被骗了'], ['user', '嗯'], ['caller', '好的。'], ['caller', story]]).verdict).toBe('scam');
  });
});
