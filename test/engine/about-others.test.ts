/**
 * Talk ABOUT others among several voices (session 11, conv11 item 1; ABOUT_OTHERS in
 * src/playbook/zh/conversation-kinds.ts): three or more labelled voices talking with each other, nobody speaking as
 * the protected person, and every move told of a third party, the speaker's own story or the group's own business —
 * no move said to someone present (你/您). Lawyers on a client's case, a bank's risk meeting, a family deciding a loan,
 * a shop's after-sales meeting: not flagged, even without a meeting's cue words. Both ways: a scam acted or diarised
 * with several voices asks the victim (您/你) and still warns; a row of voices each pitching once (a group's shills)
 * is no exchange; a voice's own loss reported is still the emergency. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type TurnInput } from '../../src/index.ts';
import { ABOUT_OTHERS } from '../../src/playbook/zh/conversation-kinds.ts';

const v = (voice: string, text: string): TurnInput => ({ speaker: 'caller', voice, text });
const talk = (turns: TurnInput[]) => analyze({ channel: 'call', turns });

describe('talk about others among three or more voices is not flagged', () => {
  const talks: TurnInput[][] = [
    [v('张律师', '我们过一下刘女士这个案子，小陈先说一下经过。'),
      v('陈助理', '刘女士接到自称快递理赔的电话，对方让她下载会议软件，开了屏幕共享，又让她在网贷平台借了八万转到对方账户。'),
      v('王律师', '她报案了吗？'), v('陈助理', '报了，派出所已经立案，冻结了一部分。'),
      v('张律师', '那先整理转账记录，再给贷款平台发函，看能不能停息。')],
    [v('主任', '下午说一下赵先生的案子，他被冒充客服骗了十二万。'),
      v('律师甲', '对方先说他的百万保障要扣费，让他把钱转到监管账户，再让他贷款。'),
      v('律师乙', '能不能起诉放贷平台？'), v('主任', '先收集证据，把聊天记录和转账凭证都要过来。'), v('律师甲', '好，明天约他。')],
    [v('风控经理', '上周拦下来的可疑转账，小赵说一下。'),
      v('分析员小赵', '一共三十二笔，有一笔是老人要把二十万转到所谓的安全账户，柜员拦住了。'),
      v('柜台主管', '那个老人后来说对方让他把验证码也报过去了，卡已经挂失。'), v('风控经理', '嗯，这类的收款账户都报给公安。'),
      v('分析员小赵', '好，明天报。')],
    [v('大哥', '表弟要借十万买车，大家看看怎么弄。'), v('二姐', '他让直接转到他卡上，说下个月还一半。'),
      v('小妹', '先让他写个借条，转账备注借款。'), v('大哥', '行，我转五万，二姐转五万，借条我来收。'), v('二姐', '好，明天转。')],
    [v('店长', '说一下这周的售后，退款有多少单？'), v('售后小刘', '二十三单，有两个客人要求先退款不退货。'),
      v('客服小周', '还有个客人说接到冒充我们的电话，让他加QQ群领理赔，还让他把银行卡号发过去。'),
      v('店长', '在店铺首页挂个公告，我们不会打电话让人加群退款。'), v('售后小刘', '好的，退款都在后台原路退。')],
    [v('培训员', '今天讲一下接单安全。'), v('司机老龚', '上周有乘客说没带现金，让司机先转钱给他朋友。'),
      v('培训员', '这种都不要转，车费在APP里付。'), v('司机小毕', '还有人让司机加微信领感谢费。'), v('司机老龚', '那个也是骗人的。')],
    [v('女儿', '爸，把昨天那个电话再说一遍。'), v('爸爸', '那个女的说是淘宝客服，让我打开备用金借钱，还要我刷流水。'),
      v('儿子', '那你借钱了吗？'), v('爸爸', '没借，我觉得不对就挂了。'), v('女儿', '做得对，我把你的转账限额调低一点。')],
    [v('组长', '过一下本周的欺诈工单。'), v('质检小孙', '有三单是用户被引导在钓鱼网站输入了卡号和有效期。'),
      v('技术小吴', '钓鱼域名已经报给网信了。'), v('组长', '好，给这三个用户打电话提醒换卡。'), v('质检小孙', '收到。')],
    [v('村支书', '说一下王大爷那个事。'), v('会计', '王大爷说有人让他扫码交五百块，说交了就能领补贴。'),
      v('网格员', '他交了吗？'), v('会计', '没交，儿子拦下了。'), v('村支书', '下周开会再跟大家讲一遍。')],
    [v('妈妈', '外婆说卖保健品的人让她先转两千定金到个人账户。'), v('爸爸', '转了没有？'),
      v('女儿', '没有，我让外婆先别转了。'), v('妈妈', '那我们周末去看看外婆。'), v('爸爸', '好。')],
  ];
  for (const turns of talks) {
    it(`not flagged: ${turns.map((t) => t.text).join(' / ').slice(0, 90)}`, () => {
      const r = talk(turns);
      expect(r.verdict).toBe('safe');
    });
  }
  for (const e of ABOUT_OTHERS.positive) {
    it(`not flagged (playbook example): ${e.note}`, () => expect(analyze({ channel: 'call', turns: e.turns.map((t) => ({ ...t })) }).verdict).toBe('safe'));
  }
});

describe('several voices that ask someone present, pitch in a row or report a loss still warn', () => {
  const scams: TurnInput[][] = [
    [v('发言人1', '您好，我是抖音客服，您开通了百万保障，不取消每月扣费。'), v('发言人2', '我没开过啊。'),
      v('发言人3', '您好，我是理赔部主管，您下载一个会议软件，开启屏幕共享，把余额转到这个账户验证流水。'), v('发言人2', '好的。')],
    [v('客服', '你好，我是淘宝客服，你买的面膜有质量问题，给你三倍理赔。'), v('顾客', '怎么办理？'),
      v('主管', '你把收到的验证码报给我，再把钱转到理赔账户。'), v('顾客', '好。'), v('客服', '转了跟我说一声。')],
    [v('发言人1', '您好，京东金融，您的学生账户要注销。'), v('发言人2', '怎么注销？'),
      v('发言人3', '您在借呗里借出五万，转到我们的监管账户，注销完退给您。'), v('发言人2', '好的我试试。'), v('发言人1', '借好了告诉我。')],
    [v('老师', '今天带大家看一个稳赚的项目。'), v('助理', '上个月跟单的都赚了三成。'), v('群友甲', '我充了五万已经翻倍了。'),
      v('群友乙', '我也赚了，充值在APP里。')],
    [v('甲', '这个平台每天返百分之五，稳赚不赔。'), v('乙', '充值五千起步，保本保息。'), v('丙', '我上周投了两万，已经提现了。'),
      v('丁', '名额有限，先充先得。')],
    [v('大姐', '说一下这个月的账。'), v('二哥', '我刚被冒充客服的骗了两万，转到了对方的安全账户，怎么办？'),
      v('小妹', '赶紧报警！'), v('大姐', '我陪你去派出所。')],
    [v('发言人1', '您好，我是平安银行的，您的账户有风险。'), v('发言人2', '那怎么办？'),
      v('发言人3', '我是主管，您把卡号和密码报一下，我们帮您冻结。'), v('发言人2', '好。')],
    [v('客服', '您好，我是快递理赔专员，您的包裹丢了，给您双倍赔偿。'), v('用户', '好啊。'),
      v('同事', '您先加一下理赔群，群里有人教您操作。'), v('客服', '您扫一下群里的二维码付一块钱验证。')],
    [v('专员', '你好，你的医保卡被人冒用了。'), v('阿姨', '啊？'), v('警官', '你的账户涉嫌洗钱，需要把钱转到安全账户配合调查。'),
      v('阿姨', '好的好的。'), v('警官', '这件事不要告诉家人。')],
    [v('发言人1', '您好，您的信用卡要降额。'), v('发言人2', '为什么？'),
      v('发言人3', '您下载这个APP，开一下屏幕共享，我们帮您处理。'), v('发言人2', '开了。')],
  ];
  for (const turns of scams) {
    it(`flagged: ${turns.map((t) => t.text).join(' / ').slice(0, 90)}`, () => expect(talk(turns).verdict).not.toBe('safe'));
  }
  for (const e of ABOUT_OTHERS.negative) {
    it(`flagged (playbook example): ${e.note}`, () => expect(analyze({ channel: 'call', turns: e.turns.map((t) => ({ ...t })) }).verdict).not.toBe('safe'));
  }
});
