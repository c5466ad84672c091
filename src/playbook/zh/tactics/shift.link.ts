import { defineTactic } from '../../schema.ts';
import { OWN_PAGE, SENT_OR_ASKED } from '../own-page.ts';

export default defineTactic({
  id: 'shift.link',
  stage: 'shift',
  description: {
    // Neutral: a link to act on serves every kind (refund, ETC, 社保, loan), the pretext tells which.
    zh: '通过短信或聊天发来网址，让您点开链接填写信息或操作',
    en: 'Sends a link by SMS or chat and asks you to open it and fill in your details or act there',
  },
  weight: 20,
  cues: [
    {
      entity: 'url',
      near: [
        '退款', '理赔', '填写', '填好', '领取', '赔付', '补偿', '退税', '解冻', '认证', '激活', '点击', '点开', '登录',
        // "点 air-tuigai.cc 绑定", "提取地址：tqtk.site/get", "关闭点 ks-vipclose.com": the link is where to act.
        '点', '戳', '绑定', '提取', '登记', '关闭', '取消', '处理', '办理', '验证', '核验', '地址', 'verify',
      ],
      within: 24,
    },
    // The request grammar (lexicon.ts): open / log in / fill in / operate on a link or page, next to a refund or claim word.
    { request: { act: ['act.open', 'act.login', 'act.fill', 'act.type', 'act.operate'], object: ['obj.link'] }, context: ['ctx.refund', 'ctx.claim'], actor: 'any' },
    // "点击链接填写信息": opened to fill something in (the fill word is another word than the click).
    { request: { act: ['act.open', 'act.login'], object: ['obj.link'] }, context: ['act.fill', 'act.type'], actor: 'any' },
    // "请在我们指定的网站上处理": a site the caller picked, not the platform's own app.
    { any: ['指定的网站', '指定网站', '指定的网址', '指定网址', '指定的链接', '指定链接', '退款链接', '理赔链接', '退款网址', '理赔网址', '退款页面', '理赔页面', '退款入口', '理赔入口', '领取链接'] },
  ],
  unless: [
    '不要点击', '请勿点击', '切勿点击', '不要点', '陌生链接', '不明链接', '可疑链接', '陌生网址', '不会发送', '不会通过短信',
    '我的订单', 'app内', 'app里',
    // The app's own page, the one the citizen is on ("在APP理赔页面上传凭证", "按页面提示操作"): no link was sent.
    '本页面', '当前页面', '此页面', '该页面', '页面提示', 'app理赔', 'app退款', 'app售后', 'app中', 'app首页', '官方app',
  ],
  // A page inside the reader's own app (fa12 kind 2, src/playbook/zh/own-page.ts): no link was sent.
  ordinary: { words: OWN_PAGE, but: SENT_OR_ASKED, butEntities: ['url'] },
  guards: ['warning'],
  advice: ['check-domain', 'never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '退款网址已经短信发到您手机上了，点进去填写信息就可以',
      '【理赔中心】您的快递丢失理赔已受理，请点击 http://sf-lipei.top/r 领取补偿',
      '您打开我发的链接，在页面里填好姓名和银行卡就能退款',
      '亲，退款入口在这，https://refund-tb.vip 登录后按提示操作',
      '打开网页以后把信息填一下，系统自动理赔',
      '这是您的专属退款链接，24小时内有效',
      '点开短信里的网址，进行实名认证后就能解冻',
      '您的机票退改款因未绑定银行卡无法退回，点 air-tuigai.cc 绑定',
      '您的退款已退回至平台保证金账户，需手动提取，提取地址：tqtk.site/get',
      '领取链接：t.cn/Ab3xY9 请尽快填写',
      '建议您立即在我们的指定网站上进行查询和处理',
    ],
    negative: [
      '陌生链接不要点，很多是钓鱼网站',
      '退款请在京东APP里的我的订单中操作',
      '平台不会通过短信发送退款链接',
      '你把那个菜谱的网址发我一下',
      '【中国移动】您的话费账单已出，详情请登录官方APP查看',
      '这个网站打开特别慢，是不是服务器坏了',
      '孩子学校的报名页面要填好多信息，好麻烦',
      '我把会议纪要的链接放在群公告了',
      '请勿访问非指定网站购买车票，谨防受骗',
      '您只需要在APP理赔页面上传购买凭证即可，不需要提供银行卡信息',
      '解冻时需要验证您的身份，按页面提示操作即可',
      '请在本页面点击“申诉找回”，按提示填写注册信息',
    ],
  },
});
