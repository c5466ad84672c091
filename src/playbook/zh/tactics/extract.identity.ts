import { defineTactic } from '../../schema.ts';
import { CARRIER_COMMAND, OWN_APP_MENU, OWN_APP_MENU_BUT } from '../own-page.ts';

export default defineTactic({
  id: 'extract.identity',
  stage: 'extraction',
  description: {
    zh: '索要身份证号、身份证正反面照片或要您刷脸认证',
    en: 'Asks for your ID number, photos of your ID card or a face scan',
  },
  // Weaker than card credentials: hospitals, schools and hotels ask for an ID number every day.
  // Together with a refund pretext or a channel shift the composites still make it a scam.
  weight: 20,
  cues: [
    // The request grammar (lexicon.ts): give / tell / send / fill in × ID or account.
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.fill'], object: ['obj.identity', 'obj.account'] } },
    { any: ['身份证正反面', '手持身份证', '对着镜头刷脸', '人脸识别认证', '把身份证'] },
  ],
  unless: [
    '切勿', '请勿', '不要透露', '不要泄露', '不要提供', '不会索要', '不会向', '不会要求', '我不会', '凭什么', '携带', '带上', '带好',
    '柜台', '网点', '营业厅', '前台', '预约', '挂号', '报名', '入住', '就诊', '体检', '考试', '办卡', '派出所',
    // A command texted to the carrier's own short number ("发送“CZMM 身份证号码 新密码”到10086"; sms16 kind A).
    ...CARRIER_COMMAND,

  ],
  // Uploaded through the sender's own app menus (an insurer's claim documents, newcomer15): the platform's own way in,
  // unless the turn hands it to a person, sends a link or a download, or asks a secret (own-page.ts OWN_APP_MENU_BUT).
  ordinary: { words: OWN_APP_MENU, but: OWN_APP_MENU_BUT, butEntities: ['url'] },
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '为了给您办理理赔，请报一下您的身份证号码',
      '你把身份证正反面拍照发过来，我们做个登记',
      '对着镜头刷脸一下，完成认证就能退款',
      '在页面上填写您的姓名和身份证号',
      '还需要一张手持身份证的照片',
      '你的身份证号是多少？我这边核实一下',
      '把身份证号码发我，系统才能解冻',
      '请提供身份证号，我们为您注销那个会员',
      '请您提供一下支付宝账号，以便我们打理赔款',
    ],
    negative: [
      '预约体检请提供姓名和身份证号',
      '请携带本人身份证到营业厅办理',
      '平台不会向您索要身份证照片',
      '我不会把身份证给陌生人',
      '明天考试别忘了带好身份证和准考证',
      '入住时请在前台出示身份证',
      '我的身份证快过期了，得去派出所换',
      '身份证丢了怎么办？',
      '支付宝账号忘了，预约后去营业厅查一下',
    ],
  },
});
