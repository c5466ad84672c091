import { defineTactic } from '../../schema.ts';
import { CARRIER_COMMAND, OWN_APP_MENU, PAY_PAGE_PASSWORD, PAY_PAGE_RECEIVE, OWN_APP_MENU_BUT, PHONE_LOGIN_PASSWORD, SERVICE_PASSWORD_GIVE, SERVICE_PASSWORD_HANDED } from '../own-page.ts';
import { SENDER_SENDS } from '../sender-sends.ts';


export default defineTactic({
  id: 'extract.card-credentials',
  stage: 'extraction',
  description: {
    zh: '索要或让您在页面填写银行卡号、密码、信用卡背面安全码和有效期',
    en: 'Asks for, or has you fill in, your card number, password, card security code or expiry date',
  },
  weight: 40,
  cues: [
    // The request grammar (lexicon.ts): give / tell / send / fill in / type × card or password.
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.fill', 'act.type'], object: ['obj.card', 'obj.password'] } },
    { any: ['完整的卡号', '卡的背面', '三位安全码', '卡号和密码', '卡号密码'] },
    // The number by where it is printed ("把正面那一排数字报给我", "卡上的号码说一下", "存折卡的号码念给我"), with the card
    // named in the sentence: newcomer15 kind 2 (lexicon.ts CARD_FACE).
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.fill', 'act.type'], object: ['obj.card-face'] }, context: ['ctx.card-held'] },
    // The card itself to fill in or to have at hand, said without 号 (newcomer12: "登录一下这个网页填一下银行卡", "你先把你的银行卡
    // 拿出来"): the page will take its number, the caller will have it read out. A bank asks you to BRING it (携带, 柜台: unless).
    {
      any: [
        '填一下银行卡', '填写银行卡', '填银行卡', '填上银行卡', '填下银行卡', '输入银行卡', '输一下银行卡', '录入银行卡', '登记一下银行卡', '登记银行卡',
        '你的银行卡拿出来', '您的银行卡拿出来', '把你的银行卡拿出', '把您的银行卡拿出', '拿出你的银行卡', '拿出您的银行卡', '银行卡准备好', '准备好你的银行卡',
        '准备好您的银行卡', '准备一张银行卡', '银行卡放在身边', '银行卡拿在手上',
      ],
    },
    // A phone line's service password handed to a person ("请把您的服务密码告诉我", "请提供您的手机号和服务密码"; sms16 kind A):
    // typed at the carrier's own login it is a noun of the grammar (own-page.ts SERVICE_PASSWORD), handed on it is still the ask.
    // The same for the phone number and its login password (sms16 kind D: "请把您的手机号和密码发给我", "请提供手机号和登录密码").
    { all: [['服务密码', ...PHONE_LOGIN_PASSWORD], SERVICE_PASSWORD_HANDED], within: 10, ordered: true },
    { all: [SERVICE_PASSWORD_GIVE, ['服务密码', ...PHONE_LOGIN_PASSWORD]], within: 10, ordered: true },
    // The payment page's password to RECEIVE money (sms17 kind P): typed on one's own wallet to pay it is a noun of the grammar
    // (own-page.ts PAY_PAGE_PASSWORD); "扫码后在支付页面输入支付密码即可领取奖金" still asks.
    { all: [PAY_PAGE_PASSWORD, PAY_PAGE_RECEIVE], within: 30 },
  ],
  unless: [
    // A command texted to the carrier's own short number ("发送“CZMM 身份证号码 新密码”到10086即可重置服务密码"; sms16 kind A).
    ...CARRIER_COMMAND,
    '切勿', '请勿', '不要透露', '不要泄露', '不要提供', '不要输入', '不要告诉任何人', '不会索要', '不会向', '不会要求', '不会问',
    '保管好', '我不会', '我不能给', '凭什么', '忘记密码', '找回密码', '重置密码', '修改密码', '携带', '带上', '柜台', '网点', '本人到',
    // A shop's or a petrol station's loyalty card, however spelt ("回员卡号发我一下", "加油卡号"): no bank card
    // (sms12, session 12: the tenth author's family lines topping up points).
    '入账', '余额为', '会员卡', '回员卡', '加油卡', '油卡号', '积分卡', '最后四位', '后四位', '开锁', '门锁', 'wifi', '无线网', '密码锁', '输入不完整', '输入错误', '不正确',
    // The speaker forgot their own and asks a family member ("银行卡密码我忘了，你记得是多少吗"): not asked of you.
    '我忘了', '我忘记了', '我给忘了', '我记不清', '我记不得', '我想不起来', '密码忘了',
    // Someone else told to do it, reported ("客户说收到短信让他点链接重新填银行卡"), or the trick named false ("…都是假的").
    '让他', '让她', '叫他', '叫她', '都是假的', '是假的',
    // The sender's own send of the card's number and password by text, its medium named ("卡号和密码将以短信形式发送至您的
    // 手机"): delivered TO the reader; an ask in a sentence of its own still counts (sender-sends.ts, ncfp16 kind H).
    ...SENDER_SENDS,

  ],
  // Uploaded through the sender's own app menus (an insurer's claim documents, newcomer15): the platform's own way in,
  // unless the turn hands it to a person, sends a link or a download, or asks a secret (own-page.ts OWN_APP_MENU_BUT).
  ordinary: { words: OWN_APP_MENU, but: OWN_APP_MENU_BUT, butEntities: ['url'] },
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '为了把退款打给您，需要您提供一下完整的银行卡号',
      '在页面上填写您的姓名、身份证号和银行卡号，再输入取款密码',
      '信用卡背面那三位数字是多少？还有有效期念一下',
      '你把银行卡号和密码发过来，我帮你退',
      '麻烦您把支付密码告诉我，我这边帮您操作退款',
      '请报一下你的储蓄卡卡号，我们核实一下',
      '您把网银密码输入到这个页面里',
      '稍后页面会让您填写卡片信息，包括背面三位数',
      '请您提供一下支付信息，以便我们把款项退回',
      '麻烦告知我卡号，我们好给您转账',
      '把您的银行账户信息发过来，我给您处理退款',
      '您的开户行和卡号报一下，理赔款马上打过去',
      '请在页面完善银行账号和交易密码',
      '你登录一下这个网页填一下银行卡，理赔款就能到账',
      '我现在帮你关掉，你先把你的银行卡拿出来',
      '请把您的服务密码告诉我，我帮您在后台办理话费返还',
    ],
    negative: [
      '您好，退款已经原路返回，我们不需要您提供银行卡号和密码',
      '银行工作人员不会索要您的密码，请勿透露给他人',
      '我忘记密码了，要怎么找回密码',
      '请携带本人身份证到柜台办理',
      '您尾号3316的储蓄卡于今日入账500元',
      '切勿在陌生网页输入银行卡号',
      '我不会把卡号给你的',
      '你的身份证放在抽屉里，出门记得带上',
      '这张信用卡额度太低了，想换一张',
      '支付信息已加密保存，请放心使用',
      '卡号后四位已告知银行柜员',
      '警方提醒：骗子会让您“填写银行卡号和密码”，千万别信',
      '我已经把卡号发给他了',
      '凡是要求提供银行卡密码的，一定是诈骗',
      '办理时请携带银行卡和身份证到柜台',
      '登录掌上营业厅，输入手机号+服务密码即可领取流量',
      '修改方式：发送“MMXG 原密码 新密码”到10086',
    ],
  },
});
