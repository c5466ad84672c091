import { defineFrame } from '../../schema.ts';

/**
 * A close relative helping on the phone with a shared screen or a remote-help app (conv17, issue 8 §1.6: the held-out
 * authors' legitimate conversations): "妈你把屏幕共享打开我帮你看看", "爸你打开电脑上的ToDesk…我远程帮你装驱动",
 * "姑姑你下个腾讯会议…点共享屏幕，我看你卡在哪一步". The child calls the parent by what they call them (妈, 爸, 奶奶,
 * 外婆, 老婆…), right before the screen or the remote app: who speaks is known to the reader, and says so by how
 * they call them, not by "我是…". Weight 0, a frame the score reads (src/playbook/family-help.ts, src/score/score.ts
 * familyHelpReading): where nothing else fired but the screen share and the app, those weigh nothing.
 *
 * Not a stranger's polite address (阿姨, 叔叔, 大爷, 姐: a fake agent says 阿姨您好 too), and not in a sentence that says
 * who they are (我是你孙子), a new number, secrecy, a customer-service desk or money: the fake relative's lines. Any
 * other step anywhere (a transfer, a code, a card, a story, an identity claim) ends the rule's reading. Examples our own.
 */
const KIN = ['妈', '妈妈', '老妈', '爸', '爸爸', '老爸', '奶奶', '爷爷', '姥姥', '姥爷', '外婆', '外公', '老婆', '老公', '媳妇', '姑姑', '舅舅', '舅妈', '小姨', '姨妈', '大姨', '婆婆', '公公'];

export default defineFrame({
  id: 'contact.family-help',
  description: {
    zh: '家人称呼您（妈、爸、奶奶……）后请您共享屏幕或打开远程协助：家人帮忙操作手机',
    en: 'A relative, calling you by what family calls you, asks you to share your screen or open a remote-help app: family helping with a phone',
  },
  cues: [
    {
      all: [
        // The kin name addressing the listener, then 你 or a pause: "妈你", "妈，", "外婆你".
        KIN.flatMap((k) => [`${k}你`, `${k}，`]),
        // The screen or the remote app the helper asks for.
        ['屏幕共享', '共享屏幕', '共享给我', '向日葵', 'todesk', '远程', '腾讯会议', '识别码'],
      ],
      within: 40,
      ordered: true,
    },
  ],
  unless: [
    // Who they claim to be, a new number: the fake relative's opening. (Secrecy is cover.secrecy's to read: it ends the
    // rule's reading wherever it fires; "密码你自己输，别告诉我" is a parent told to keep the password, no secrecy.)
    '我是', '是我', '换号', '新号', '新微信', '换了微信', '这个号', '手机丢', '听不出',
    // A desk, an office, a case: the impostor's stories.
    '客服', '工作人员', '警察', '公安', '民警', '法院', '老师', '领导', '理赔', '退款', '中奖', '征信', '会员', '注销',
    // Money in the same breath.
    '转账', '转钱', '转到', '汇款', '付款', '收款', '余额', '借', '贷', '钱', '元', '块',
  ],
  examples: {
    positive: [
      '妈你把屏幕共享打开，我帮你看看',
      '爸你打开电脑上的ToDesk，把设备代码发我，我远程帮你装驱动',
      '外婆你开一下屏幕共享，我教你把字调大',
      '姑姑你下个腾讯会议，我发你会议号，你进来点共享屏幕',
      '老婆，你把手机屏幕共享给我，我教你交电费',
    ],
    negative: [
      '阿姨您好，您把微信视频打开，点屏幕共享，我帮您操作退款',
      '妈，我换号了，你开一下屏幕共享',
      '奶奶，我是你孙子，你开屏幕共享，我教你转钱',
      '妈你开一下屏幕共享，我教你把钱转到我这张卡上',
      '妈你开屏幕共享，我在外面借了点钱',
    ],
  },
});
