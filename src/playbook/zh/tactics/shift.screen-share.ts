import { defineTactic } from '../../schema.ts';


export default defineTactic({
  id: 'shift.screen-share',
  stage: 'shift',
  description: {
    zh: '要您开启屏幕共享、进入会议软件或远程协助，从而看到您的验证码和操作',
    en: 'Asks you to share your screen, join a meeting app or allow remote control, so they see your codes and steer you',
  },
  // 55: a stranger asking for the screen or a meeting app is `suspicious` on its own (issue 8, newcomer's
  // probes: "请您下载一个云视讯，打开共享屏幕" read safe 30); with any pretext or a claimed staff
  // identity the composite screen-share-with-story makes it `scam`. Real meetings are in `unless`.
  weight: 55,
  cues: [
    {
      any: [
        '屏幕共享', '共享屏幕', '屏幕分享', '分享屏幕', '共享您的屏幕', '共享你的屏幕', '共享一下屏幕', '共享一下您的屏幕',
        '开启共享', '打开共享', '点一下共享', '远程协助', '远程控制您', '远程控制你', '远程帮您', '远程帮你', '远程操作您', '会议号', '会议id', '会议码', '入会密码',
        // Screen-mirroring apps and "join our video meeting": the same control, other names.
        // (not 视频会议/会议室: real meetings talk about them all day)
        '投屏', '乐播', '云会议', '加入我们的会议', '进入会议',
      ],
    },
    // The request grammar (lexicon.ts): open / share a screen; get into meeting or remote-control software.
    { request: { act: ['act.open', 'act.share'], object: ['obj.screen'] }, actor: 'any' },
    { request: { act: ['act.download', 'act.install', 'act.open', 'act.join', 'act.login'], object: ['obj.meeting'] }, actor: 'any' },
    // Remote control said in words ("手机给我远程看一下", "我远程帮您看一下"): the same control, no app named.
    { request: { act: ['act.show'], object: ['obj.remote'] }, actor: 'any' },
  ],
  unless: [
    '开会', '例会', '周会', '组会', '方案', '汇报', 'ppt', '课件', '同事', '领导', '老师', '上课', '讲课', '项目', '评审', '培训',
    '答辩', '网课', '客户演示', '面试', '讲座', '直播课', '家长会', '班会', '部门',
    // A colleague's meeting logistics ("会议改成线上了…记得提前测试屏幕共享").
    '改成线上', '线上会议', '参会', '提前测试',
    // A speaker addressing a room, or sharing their own screen, or sending the meeting link to the
    // team's group, is a meeting, not a stranger's one-to-one request (own meeting talk read scam 75–80
    // once this weight went to 55).
    '大家', '各位', '到齐', '我先共享', '我来共享', '我共享一下', '我这边共享', '发群里', '发到群里', '发在群里', '群里发', '会议改', '智能', '家电', '空调', '门锁', '摄像头', '不要共享', '切勿', '请勿', '不会让', '不会要求', '陌生人', '电视', '电影', '追剧',
    // A warning's own advice in the sentence ("屏幕共享不要开", "对方若要求您共享屏幕，请立即挂断"), in either language.
    '不要开', '不能开', '别开', '勿开', '不可开', '立即挂断', '马上挂断', '直接挂断', '对方若', '若自称', '如果对方', '口诀',
    'hang up', 'scammer', 'scammers',
  ],
  // The meeting platform's own invitation or reminder ("【腾讯会议】张经理邀请您参加“季度复盘会”，会议号：551-278-903",
  // "您预约的会议“年终总结会”将于10:00开始"): a named meeting the reader was invited to or booked (writer15's w13tl-0619 read
  // scam 75 on 会议号 alone). It counts again when the turn holds what a stranger's "meeting" is for: the screen, a refund
  // or claim, an agent, a code or a card, a loan ("理赔专员邀请您参加会议，进入后请开启屏幕共享" stays a scam).
  ordinary: {
    words: ['邀请您参加', '邀请你参加', '邀您参加', '邀请您加入会议', '邀请你加入会议', '您预约的会议', '你预约的会议', '预约的会议', '会议主题', '会议时间'],
    but: ['共享', '屏幕', '远程', '投屏', '退款', '理赔', '赔付', '赔偿', '客服', '专员', '售后', '贷款', '征信', '验证码', '银行卡', '转账',
      '安全账户', '公安', '警官', '民警', '注销', '扣费', '会员', '退费', '冻结', '解冻', '指导', '教您', '教你', '现在', '客户服务',
      '金条', '白条', '借呗', '花呗', '额度', '利率', '账户安全', '资金'],
  },
  guards: ['warning'],
  negatable: true,
  advice: ['no-screen-share', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '您点一下屏幕共享，我这边帮您看着操作',
      '下载一个腾讯会议，会议号我短信发给您',
      '因为步骤比较多，您开启屏 幕 分 享，我一步步教您',
      '进入会议以后点最下面的共享屏幕按钮',
      '你下载个ZOOM，我们远程协助你退款',
      '麻烦您把手机屏幕共享给我，我看看您那边的页面',
      '打开向日葵，把识别码念给我，我远程帮您操作',
      '先装一个钉钉会议，输入会议ID 882 316 517',
      '您手机上装一个投屏软件，我这边就能看到您的页面',
      '请下载软视通云会议，我们在线指导您办理',
    ],
    negative: [
      '下午三点腾讯会议开周会，我来共享屏幕讲方案',
      '老师上网课的时候会共享屏幕放课件',
      '银行和平台客服不会要求您共享屏幕',
      '切勿与陌生人进行屏幕共享',
      '我把项目进度表共享到群文件了',
      '这个手机屏幕摔裂了，换一块多少钱',
      '孩子用平板看动画片，屏幕太亮伤眼睛',
      '明天的客户演示用飞书会议，链接已发到工作群',
      '周五上午十点在三楼会议室开例会',
      '电视投屏看电影效果不错，孩子很喜欢',
      '好，人都到齐了，我先共享一下屏幕，大家能看到吗？',
      '小王，你把屏幕共享一下，把你那边的报表打开给大家看看',
      '各位，我来共享一下屏幕，先过一遍上周的数据',
      '会议链接我发群里，用腾讯会议，到时候点链接进会就行',
    ],
  },
});
