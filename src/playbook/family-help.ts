import type { PlaybookDef } from './schema.ts';

/**
 * ONE rule for a close relative helping on the phone (conv17, session 17): a son or a daughter asks a parent to
 * share the screen or open a remote-help app so they can see where the parent is stuck ("妈你把屏幕共享打开我帮你看
 * 看"; "爸你打开电脑上的ToDesk，我远程帮你装驱动"; "姑姑你下个腾讯会议…点共享屏幕"). Read by src/score/score.ts
 * `familyHelpReading` as the zh playbook's `familyHelp` (a register rule: src/playbook/schema.ts), over the whole
 * evidence of ONE message or a conversation.
 *
 * It holds when the frame fired (contact.family-help: a kin name right before the screen or the remote app, with no
 * identity claim, new number, secrecy, desk or money in its sentence) and every other positively weighted tactic is
 * one of its `words` (the screen share or remote control: shift.screen-share; the app to install: shift.app-download).
 * Then those weigh nothing and no composite reads them: the help is family talk. Anything else fired anywhere in the
 * conversation — who they claim to be (contact.acquaintance, contact.new-number), a desk (contact.impersonation), a
 * story (pretext.*), a code, a card, money asked or moved, secrecy — and everything counts in full. The text model's
 * word is read as usual (likelihood, not a step: it keeps its weight).
 *
 * Why: the held-out authors' legitimate conversations (a son's and a grandson's screen sharing, issue 8 §4: 0 `scam`
 * on any legitimate text) read `scam`; conv17's own sixteen family-help conversations read 16 flagged, 7 `scam` (the
 * screen share 55 alone, 85–100 with the text model or an app). What the scams of this register carry is what the
 * frame and the rule exclude: a stranger's polite address (阿姨您好), a fake relative's new number, and the money,
 * code or card the screen was shared for.
 */
export const familyHelp: NonNullable<PlaybookDef['familyHelp']> = {
  frames: ['contact.family-help'],
  words: ['shift.screen-share', 'shift.app-download'],
  // The text model's word is likelihood, not a step: it keeps its weight, and neither ends the reading nor is dropped.
  modelBreaks: false,
  examples: {
    familyHelp: [
      '妈你把屏幕共享打开，我帮你看看医保凭证哪一步不对',
      '外婆你开一下屏幕共享，我看看你的健康码为什么打不开',
      '爸你开着屏幕共享，我看着你设置，密码你自己输',
      '老婆，你把手机屏幕共享给我，我教你在网上国网交电费',
      '姑姑你下个腾讯会议，进来点共享屏幕，我看你卡在哪一步',
    ],
    notFamilyHelp: [
      '阿姨您好，我是淘宝客服，您把微信视频打开，点屏幕共享，我帮您操作退款',
      '妈，我换号了，这是我新微信，你开一下屏幕共享',
      '奶奶，我是你孙子，你开屏幕共享，我教你转钱给律师',
      '妈你开一下屏幕共享，然后把收到的验证码发我',
      '您好我是银行客服，请下载向日葵，把识别码告诉我',
    ],
  },
};
