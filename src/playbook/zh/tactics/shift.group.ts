import { defineTactic } from '../../schema.ts';
import { OWN_ACCOUNT_ID, OWN_ACCOUNT_ID_BUT } from '../own-freeze.ts';
import { LINE_CONTACT } from '../lexicon-contact.ts';

export default defineTactic({
  id: 'shift.group',
  stage: 'shift',
  description: {
    zh: '要您加QQ、微信，或把您拉进对方的群、开群语音',
    en: 'Moves you to QQ or WeChat, into their group, or onto a group voice call',
  },
  weight: 20,
  cues: [
    // The request grammar (lexicon.ts): add / join × a group or a private contact, whoever makes the move.
    { request: { act: ['act.add', 'act.join'], object: ['obj.contact'] }, actor: 'any' },
    // A handle given with no verb ("客服QQ：1592267304", "专员微信：zbtk-7788", "企业微信：jt-tuixi01"): the
    // contact is the move. Written with its colon, so a mention of the apps is not one.
    // The same handle with no colon, after a space or glued to the app's name ("联系我 Q 1234567", "加vx kf8899",
    // "➕🐧88776655", "加我扣扣 1839928811"): an id of 5–20 characters with a digit (src/entities handles()).
    { entity: 'handle' },
    { any: ['qq:', 'qq号:', 'qq群:', '群号:', '微信:', '微信号:', '企业微信:', 'vx:', '微:', '薇:', '微信搜'] },
    // A QR code to scan to reach their "customer service" or group ("请您扫描以下二维码并与我们客服对接"):
    // the same move off the platform, by picture.
    {
      all: [
        ['扫描', '扫一扫', '扫码', '扫一下', '识别', '长按', '点击'],
        ['二维码'],
        ['客服', '对接', '咨询', '专员', '好友', '群', '联系'],
      ],
      within: 20,
    },
    {
      any: [
        '加qq', '加微信', '加个qq', 'qq号', '微信号', '理赔中心群', '理赔群', '退款群', '售后群', '处理群', '维权群',
        'qq群', '微信群里', '群语音', '群视频', 'qq语音', '微信语音', '语音通话', '进群', '入群', '群号',
        '通过qq', 'qq添加', '添加工作人员', '添加一下工作人员', '添加专员', '添加客服', '添加我们的客服',
        // LINE, the private chat of Taiwan, Japan and Thailand ("請加LINE官方客服 @shp-verify", "加入LINE好友"): its handle is no
        // platform's own desk (ncrecall17 kind 2). Not a bare "line" (online, hotline, deadline).
        ...LINE_CONTACT,
      ],
    },
  ],
  // Not 我拉: the scammer's own "我拉您进退款群" (newcomer 6, kind 4); a friend's "我拉你进同学群" is told by the group's name.
  unless: [
    '不会让', '不会要求', '不会邀请', '请勿', '切勿', '陌生人', '不要添加', '不要加', '别加', '公众号', '购物车',
    '家庭群', '家族群', '同学群', '班级群', '工作群', '业主群', '我加', '邀请好友', '银行卡', '支付方式', '绑定银行卡', '绑卡', '绑定手机',
    // Who may take part ("您身边的亲朋好友均可参加"): the 加 of 参加, no contact added.
    '均可参加', '都可参加', '都可以参加', '均可报名参加',
    // A contact NOT added, told ("我没加你微信，你把收款码发给我": a landlord paying the deposit back; conv17 kind E).
    '没加你微信', '没有加你微信', '没加你的微信', '没加您微信',
    // A code scanned to PAY, sent by 客服 ("直播间下单后请扫描客服发的二维码支付运费10元"): extract.scan-to-pay's ask, not a
    // group or a contact reached by the code; read as both, one ask was a move and money (fp11: own legit 60, 80 `scam`).
    '二维码支付', '二维码付款', '二维码缴', '二维码进行支付', '二维码完成支付',
  ],
  guards: ['warning'],
  // The account's own id asked to freeze or recover it (ncfp17 kind G, ../own-freeze.ts): no move to a chat.
  ordinary: { words: OWN_ACCOUNT_ID, but: OWN_ACCOUNT_ID_BUT },
  negatable: true,
  advice: ['no-app-download', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '为了方便给您处理，您加一下我们的理赔专员QQ',
      '我把您拉进理赔中心的群，里面有专人指导',
      '你先加我薇信，号码就是这个手机号',
      '麻烦您加个扣扣 二七六六三一，我们走绿色通道',
      '稍后会邀请您进入退款处理群，请注意查收',
      '进群以后我们开个群语音，一步一步教您操作',
      '打开钉钉，通过我发的群号加入售后中心',
      '您添加一下V信好友，备注订单号',
      '我们建议您通过QQ添加一下工作人员，他指导您操作',
      '加微信发个截图，就能帮您解除绑定',
      '请您扫描以下二维码并与我们客服对接，以便我们为您处理退款',
      '您的退款未能成功，请联系售后处理。客服QQ：1592267304',
      '您的直播打赏可申请退回，专员微信：zbtk-7788',
      '您的订单退款请联系我 Q 1234567',
      '赔200，➕🐧88776655领',
      '退款 加v kf111',
      '亲，您在我家买的羽绒服含甲醛超标，已给您申请退款，麻烦您加下售后微信 kf88812 我拉您进退款群',
      '亲，您的包裏損壞了，可以理賠，加我綠泡泡',
      '我拉您进理赔群，群里专员给您操作',
      '请提供您的微信号，专员会添加您为好友办理理赔',
    ],
    negative: [
      '平台客服不会让您添加QQ或微信处理退款',
      '我把照片发到家庭群了，你看一下',
      '这件衣服先加入购物车，等打折再买',
      '请勿添加陌生人微信，谨防上当',
      '关注我们的官方公众号可以查物流',
      '周末同学聚会，我拉你进同学群',
      '他通过了公务员考试，真厉害',
      '用微信支付还是支付宝都可以',
      '工作人员已添加到值班表，明天开始轮岗',
      '在钱包里添加银行卡，绑定后就能用微信付款',
      '扫描二维码关注公众号，领取电子发票',
      '直播间下单后请扫描客服发的二维码支付运费10元，即可发货',
      '付款方式：微信、支付宝均可',
      '本店回馈新老顾客，您身边的亲朋好友均可参加，名额有限',
      'QQ 2024年度账单已生成',
      '微信 pay 满100减10',
      '请提供QQ号和绑定的手机号，核实后帮您冻结账号',
    ],
  },
});
