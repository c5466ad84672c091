/**
 * newcomer15 kind 8: an insurer's (or a courier's, a bank's) own notice that sends the reader through ITS app's menus to
 * upload claim documents — "请在太平洋保险APP-理赔-补充材料中上传" the ID card and bank card photos — read as a card and ID
 * request (suspicious 60). A menu path after "APP" (APP-理赔-…, APP>理赔>…) is the platform's own way in: such a sentence
 * does not count for extract.card-credentials, extract.identity or contact.agent-request, unless the turn hands the
 * documents to a person, sends a link or a download, moves to a chat, or asks a secret no insurer asks (a password, the
 * card's security code, a code): src/playbook/zh/own-page.ts OWN_APP_MENU / OWN_APP_MENU_BUT, read as the tactics'
 * `ordinary`. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 8: claim documents uploaded through the sender\'s own app menus stay safe', () => {
  run([
    { name: 'the newcomer\'s input', input: sms('【太平洋保险】您好，您报案的车险需上传银行卡照片及身份证照片用于赔款支付，请在太平洋保险APP-理赔-补充材料中上传。'), expect: 'safe' },
    { name: 'a path with >', input: sms('【人保财险】您的车险理赔需补充银行卡正面照片和身份证照片，请打开中国人保APP>理赔>我的案件>补充材料上传。'), expect: 'safe' },
    { name: 'medical claim', input: sms('【泰康】您申请的住院医疗理赔需补充身份证正反面和收款银行卡照片，请在泰康泰生活APP-理赔服务-补充资料中提交。'), expect: 'safe' },
    { name: 'an arrow path', input: sms('【中国平安】您的意外险理赔资料不全，请在平安金管家APP→理赔→进度查询中补传身份证及银行卡照片。'), expect: 'safe' },
    { name: 'a courier\'s claim', input: sms('【顺丰速运】您申请的保价理赔需补充收款银行卡照片，请在顺丰速运APP-我的-理赔中上传，审核后3个工作日内赔付。'), expect: 'safe' },
    { name: 'a phone-screen insurance', input: sms('【碎屏险】您的碎屏理赔待补充：身份证照片、银行卡照片、维修发票，请在APP-保单-理赔申请中上传。'), expect: 'safe' },
    { name: 'a pet insurance', input: sms('【众安保险】宠物医疗险理赔需补充病历和银行卡照片，请登录众安保险APP-我的保单-理赔中补充。'), expect: 'safe' },
    { name: 'an employer\'s group plan', input: sms('【员工福利】您提交的门诊报销需补充身份证和本人银行卡照片，请在福利APP-报销-待补充中上传。'), expect: 'safe' },
    { name: 'a travel delay claim', input: sms('【携程】您的航班延误险理赔需补充身份证照片和收款银行卡信息，请在携程APP-我的-保险-理赔中填写。'), expect: 'safe' },
    { name: 'a bank\'s card replacement', input: sms('【招商银行】您申请的换卡需补传身份证照片，请在招商银行APP-我的-证件更新中上传。'), expect: 'safe' },
    { name: 'spoken by the insurer on a call the user placed', input: { channel: 'call', initiator: 'user', turns: [{ speaker: 'user', text: '我的理赔怎么还没到账' }, { speaker: 'caller', text: '您好，您这边还差银行卡照片，麻烦您在我们APP-理赔-补充材料里上传一下就可以了。' }] }, expect: 'safe' },
  ]);
});

describe('kind 8: the same words off the platform or with a secret stay flagged', () => {
  run([
    { name: 'a download link', input: sms('【平安保险】您的理赔需要上传银行卡照片和身份证，请下载理赔专用APP上传，下载地址 http://pa-lipei.cc/app'), expect: 'scam' },
    { name: 'send it to me instead', input: chat('您好我是保险公司理赔员，您在APP-理赔里面看不到的话，直接把银行卡号和身份证号发给我就行'), expect: 'scam' },
    { name: 'the password in the menu', input: sms('【某保险】理赔需您提供银行卡号及密码，请在APP-理赔中填写'), expect: 'not-safe' },
    { name: 'the card\'s back', input: chat('理赔这边需要您在APP-理赔里上传银行卡正反面，背面三位数也拍清楚，然后截图发给我核对。'), expect: 'not-safe' },
    { name: 'a link to the menu', input: sms('您的快递理赔待补充银行卡照片，请点击 http://sf-claim.top/app-lipei 进入APP-理赔上传。'), expect: 'not-safe' },
    { name: 'add my WeChat', input: chat('APP-理赔那里上传太慢了，您加我微信，把身份证和银行卡照片发我，我加急处理。'), expect: 'not-safe' },
    { name: 'a code after the upload', input: chat('您在APP-理赔上传完银行卡照片后，会收到一个验证码，把验证码告诉我就能到账。'), expect: 'not-safe' },
    { name: 'a screen share', input: callerCall('您好我是快递理赔专员，您的包裹丢了给您赔偿', '您打开APP-理赔页面，再开个屏幕共享，我看着您上传银行卡信息'), expect: 'not-safe' },
    { name: 'read the card out', input: callerCall('我是保险公司的，您的理赔款要打给您', '您APP-理赔那个页面打不开没关系，把银行卡号念给我，我帮您登记'), expect: 'not-safe' },
    { name: 'install an app', input: sms('【理赔中心】您的赔付需要验证银行卡，请安装“理赔助手”后在APP-理赔中填写卡号和有效期。'), expect: 'not-safe' },
    { name: 'a QQ group', input: chat('理赔资料在APP-理赔里上传不了的，请加理赔QQ群，把银行卡号和身份证号发到群里。'), expect: 'not-safe' },
  ]);
});
