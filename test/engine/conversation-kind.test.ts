/**
 * The meeting kind (src/pipeline/conversation-kind.ts, cues in src/playbook/zh/conversation-kinds.ts):
 * several people at work talking about customers, refunds, money and apps are not a counterpart
 * speaking to the citizen — and a scam cannot claim the kind with a word.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createSession, parseInput, stateFromSnapshot, getEngine, type TurnInput } from '../../src/index.ts';
import { MEETING_CUES } from '../../src/playbook/zh/conversation-kinds.ts';
import { foldKind, INITIAL_KIND, isMeeting, turnKindCues } from '../../src/pipeline/conversation-kind.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { SessionSnapshotSchema } from '../../src/session/session.ts';

function meeting(turns: readonly TurnInput[]): boolean {
  let k = INITIAL_KIND;
  turns.forEach((t, i) => { k = foldKind(k, turnKindCues(normalise(t.text).text), t.speaker ?? 'unknown', t.voice, t.text.trim().length > 0, i); });
  return isMeeting(k, turns.length);
}

const call = (turns: readonly TurnInput[]) => analyze({ channel: 'call', turns: [...turns] });

describe('the playbook\'s meeting examples', () => {
  for (const e of MEETING_CUES.positive) {
    it(`is a meeting, and not flagged: ${e.note}`, () => {
      expect(meeting(e.turns)).toBe(true);
      expect(call(e.turns).verdict).toBe('safe');
    });
  }
  for (const e of MEETING_CUES.negative) {
    it(`is no meeting: ${e.note}`, () => {
      expect(meeting(e.turns)).toBe(false);
    });
  }
});

describe('a scam does not hide behind the meeting kind', () => {
  it('the negative examples that are scams still read scam', () => {
    for (const e of MEETING_CUES.negative) expect(call(e.turns).verdict, e.note).toBe('scam');
  });

  it('a two-party refund call that says 大家, 季度 and 同事 (three cues, one listener) is still the scam', () => {
    const r = call([
      { speaker: 'caller', text: '您好，我是京东客服，这个季度我们在做质量问题商品的理赔' },
      { speaker: 'user', text: '哦，什么事' },
      { speaker: 'caller', text: '大家买的这批电饭煲都要退款，我让同事给您办理，您先把银行卡号和验证码告诉我' },
      { speaker: 'user', text: '好的' },
    ]);
    expect(r.verdict).toBe('scam');
  });

  it('a scammer\'s "meeting" in 腾讯会议 with the victim\'s screen shared is still the scam, voices labelled or not', () => {
    const turns: TurnInput[] = [
      { speaker: 'caller', voice: '客服', text: '您好，我是淘宝客服，您的订单有问题需要退款，我们开个会议给您操作' },
      { speaker: 'user', text: '怎么开' },
      { speaker: 'caller', voice: '客服', text: '您下载腾讯会议，输入会议号，进入会议以后打开共享屏幕' },
      { speaker: 'caller', voice: '主管', text: '我是退款部主管，大家都是这样操作的，您打开支付宝借呗把额度借出来' },
      { speaker: 'user', text: '好的' },
    ];
    expect(meeting(turns)).toBe(false);
    expect(call(turns).verdict).toBe('scam');
  });

  it('a lure addressed to a room (家人们) undoes the meeting even after work talk', () => {
    const turns: TurnInput[] = [
      { speaker: 'caller', voice: '发言人1', text: '大家好，先同步一下这个季度的业绩，同比增长了百分之十' },
      { speaker: 'caller', voice: '发言人2', text: '财务那边说预算还够' },
      { speaker: 'caller', voice: '发言人3', text: '家人们，跟着老师下载APP充值，稳赚不赔' },
    ];
    expect(meeting(turns.slice(0, 2))).toBe(true);
    expect(meeting(turns)).toBe(false);
  });

  it('one message is never a meeting', () => {
    const text = '各位同事，这个季度的客诉工单同比下降了，财务那边提醒大家：把验证码发给我，我帮你们转账';
    expect(analyze({ channel: 'sms', text }).verdict).not.toBe('safe');
  });
});

describe('inside a meeting', () => {
  const review: TurnInput[] = [
    { speaker: 'caller', voice: '张经理', text: '好我们开始吧，今天主要过一下上周的客诉工单' },
    { speaker: 'caller', voice: '小王', text: '有个客户说退款一直没到账，我让他加了我们的售后群，在群里跟进' },
    { speaker: 'caller', voice: '张经理', text: '嗯，财务那边说原路退回要三到五个工作日，你跟客户说清楚' },
    { speaker: 'caller', voice: '小李', text: '对了小王，你把后台的验证码发我一下，我登一下商家后台看看订单' },
  ];

  it('a colleague\'s request and a customer\'s reported refund are no warning', () => {
    const r = call(review);
    expect(r.verdict).toBe('safe');
    expect(r.level === 'none' || r.level === 'watch').toBe(true);
  });

  it('the same words from one caller to a listener who answers are read as requests', () => {
    // The verification-code request is the counterpart's when the form is a two-party call.
    const twoParty: TurnInput[] = [
      { speaker: 'caller', text: '您好，我是淘宝客服，您的退款一直没到账，我让您加我们的售后群' },
      { speaker: 'user', text: '好的' },
      { speaker: 'caller', text: '您把收到的验证码发我一下，我登一下后台给您退款' },
    ];
    expect(call(twoParty).verdict).not.toBe('safe');
  });

  it('the kind survives a session snapshot (a live meeting restored mid-way reads the same)', () => {
    const s = createSession({ channel: 'call' });
    for (const t of review) s.push(t);
    const before = s.state();
    const snap = SessionSnapshotSchema.parse(JSON.parse(JSON.stringify(s.snapshot())));
    expect(snap.kind).toBeDefined();
    // Voices are told apart, not named: the stored state keeps no speaker's name.
    expect(JSON.stringify(snap)).not.toContain('张经理');
    const restored = stateFromSnapshot(getEngine(), snap);
    expect(restored.risk).toBe(before.risk);
    expect(isMeeting(restored.kind, restored.turns)).toBe(true);
  });
});

describe('the meeting convened', () => {
  const family: TurnInput[] = [
    { speaker: 'caller', voice: '大哥', text: '人都到了，今天开个家庭会议，主要是商量一下爸的事' },
    { speaker: 'caller', voice: '二姐', text: '爸昨天接到电话，说是淘宝客服，要给他退款，让他打开备用金' },
    { speaker: 'caller', voice: '小弟', text: '我建议把爸手机上的借款功能关掉' },
  ];

  it('counts in the opening turns where several voices speak', () => {
    expect(meeting(family)).toBe(true);
    expect(call(family).verdict).toBe('safe');
  });

  it('does not count when no voices are labelled (one counterpart could be saying "我在开会")', () => {
    expect(meeting(family.map(({ speaker, text }) => ({ speaker, text })))).toBe(false);
  });

  it('does not count later in the conversation (a story told about a gang that "开会分工")', () => {
    const late: TurnInput[] = [
      { speaker: 'caller', voice: '记者', text: '张女士说对方自称客服，要给她退款' },
      { speaker: 'caller', voice: '张女士', text: '他让我下载一个软件' },
      { speaker: 'caller', voice: '民警', text: '这个团伙分工很细' },
      { speaker: 'caller', voice: '民警', text: '他们每天开会，商量一下话术' },
    ];
    expect(meeting(late)).toBe(false);
  });

  it('an older snapshot without the class still restores (its hits padded)', () => {
    const s = createSession({ channel: 'call' });
    for (const t of family) s.push(t);
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    snap.kind.hits = snap.kind.hits.slice(0, 5);
    const parsed = SessionSnapshotSchema.parse(snap);
    expect(parsed.kind!.hits).toHaveLength(6);
    expect(parsed.kind!.hits[5]).toBe(0);
  });
});

describe('pasted meeting transcripts', () => {
  it('发言人N / 主持人 / Speaker N lines are turns with their voice, of neither side', () => {
    const input = parseInput('主持人：大家好，欢迎参加本次电话会议\n发言人2：上半年出货量同比增长百分之二十\n发言人3：我想请教一下下半年的产能\nSpeaker 4: thanks');
    expect('turns' in input && input.turns.map((t) => [t.speaker, t.voice])).toEqual([
      ['unknown', '主持人'], ['unknown', '发言人2'], ['unknown', '发言人3'], ['unknown', 'speaker 4'],
    ]);
  });

  it('a label that is no voice (张三1, 订单12) does not make speaker lines', () => {
    expect('text' in parseInput('订单12：已发货\n请注意查收')).toBe(true);
  });
});

describe('case files', () => {
  it('a dialogue line\'s turns carry their voice, written `voice` or `name`', async () => {
    const { parseJsonlCase } = await import('../../src/eval/case.ts');
    const c = parseJsonlCase(JSON.stringify({
      id: 'm1', label: 'legit', turns: [
        { speaker: 'caller', name: '陈主管', text: '好我们开始吧' }, { speaker: 'caller', voice: '小周', text: '好' }, { speaker: 'caller', text: '嗯' },
      ],
    }), 'x');
    expect(c.turns.map((t) => t.voice)).toEqual(['陈主管', '小周', undefined]);
  });
});
