/**
 * Customer-service SMS that ask nothing a bank would call dangerous (issue 8 §1.3/§4, kinds read from
 * the DEV half of telecom-fraud-texts-8 / 冒充客服 misses; every input here is our own writing):
 *  - a story out of nowhere (a complaint "received", a lost or vaguely troubled parcel, a faulty
 *    product, a refund, a charge) that asks you to send your order number, name, phone, address or
 *    account name straight back (`contact.asks-details`, composite `story-plus-details`);
 *  - the same story announcing the call that follows ("客服会尽快与您联系，请保持电话畅通":
 *    `contact.promised-callback`, composite `story-plus-callback`).
 * Hard negatives of the same shape: a courier's or a shop's own notice pointing to its app or
 * hotline, a delivery or pick-up being arranged, a marketing SMS, an agent's question inside a
 * conversation the customer opened, a family member asking for an address.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase, sms } from './helpers.ts';


const DETAILS: FaultCase[] = [
  { name: 'complaint "received", then order number and name', expect: 'not-safe', tactics: ['contact.complaint-followup', 'contact.asks-details'],
    input: sms('您好，我们收到您的投诉，请您提供订单号和姓名，我们尽快为您处理退款。') },
  { name: 'lost parcel, then name, phone and address by reply', expect: 'not-safe', tactics: ['contact.asks-details'],
    input: sms('尊敬的客户，您的快递在运输途中丢失，请回复您的姓名、手机号和收货地址以便理赔。') },
  { name: 'refund request "received" said the other way round, then the account holder', expect: 'not-safe', tactics: ['contact.complaint-followup'],
    input: sms('您的退款申请我们已收到，请提供您的银行卡开户名和手机号，我们给您办理。') },
  { name: 'an odd charge noticed, then account name and member number', expect: 'not-safe', tactics: ['contact.unsolicited-problem', 'contact.asks-details'],
    input: sms('我们注意到您的会员出现异常扣款，请您提供账户名称、手机号码、会员编号。') },
  { name: 'quality problem, then the consignee by reply', expect: 'not-safe', tactics: ['pretext.quality-refund', 'contact.asks-details'],
    input: sms('您购买的商品存在质量问题，请回复收货人姓名和联系电话，我们安排赔付。') },
  { name: 'a refund request "received", then a business licence upload', expect: 'not-safe', tactics: ['contact.asks-details'],
    input: sms('我们收到了您的退款请求，需要您上传一份营业执照以便核实身份。') },
  { name: 'a vague parcel problem, then the order number and the shop account', expect: 'not-safe', tactics: ['pretext.parcel-damaged', 'contact.asks-details'],
    input: sms('您好，我们这里是圆通快递，您的包裹在运输途中出现了一些问题，请告诉我们您的订单号和拼多多账户名。') },
  { name: 'an accident on the way, then name and contact for a claim', expect: 'not-safe', tactics: ['pretext.parcel-damaged'],
    input: sms('您好！由于物流过程中出现了意外，我们需要您提供姓名和联系方式以便进行理赔。') },
  { name: 'a complaint followed up, then phone and WeChat nickname', expect: 'not-safe',
    input: sms('尊敬的客户，我们收到您的反馈并深表歉意。请您回复以下内容：您的手机号码是什么？您的微信昵称是什么？') },
  { name: 'complaint about a refund, then goods, order number and payment method', expect: 'not-safe',
    input: sms('尊敬的客户，我们收到您关于退款的投诉，请您提供您购买的商品名称、订单号以及您所使用的支付方式。') },
  { name: 'a parcel held up, then the tracking number by reply', expect: 'not-safe',
    input: sms('您的包裹因故滞留在转运中心，为给您办理赔付，请直接回复快递单号和收件人姓名。') },
];

const DETAILS_NEGATIVES: FaultCase[] = [
  { name: 'hard negative: after-sales asks for the return tracking number in its app', expect: 'safe',
    input: sms('【京东】您的售后申请已受理，请在京东APP“我的订单-售后”中填写退货快递单号。') },
  { name: 'hard negative: refund approved, tracking number in the app', expect: 'safe',
    input: sms('【淘宝】您的退款申请已通过，请在淘宝APP“我的订单”中填写退货物流单号。') },
  { name: 'hard negative: courier asks for a phone number in its mini program', expect: 'safe',
    input: sms('【顺丰速运】您好，您寄出的快件需补充收件人手机号，请在顺丰小程序内修改。') },
  { name: 'hard negative: pick-up code by the last digits of the phone', expect: 'safe',
    input: sms('您好，快递到了放驿站，取件码8-3-1123，请凭手机号后四位取件。') },
  { name: 'hard negative: an agent asks for the order number (no story)', expect: 'safe',
    input: sms('亲，您好，麻烦提供一下订单号，我帮您查一下物流。') },
  { name: 'hard negative: a complaint recorded, result in the app', expect: 'safe',
    input: sms('感谢您的反馈，我们已记录您的投诉，处理结果将在APP消息中心通知您。') },
  { name: 'hard negative: marketing with an opt-out to the phone number', expect: 'safe',
    input: sms('感谢您一直以来对本店的支持，回复“v”即可获得专属感恩券，退订服务将通过短信发送至您的手机号码。') },
  { name: 'hard negative: a booking desk on a call asks for name and phone', expect: 'safe',
    input: { channel: 'call', turns: [
      { speaker: 'caller', text: '您好，这里是体检中心预约服务，请问您要预约哪天？' },
      { speaker: 'user', text: '下周五上午。' },
      { speaker: 'caller', text: '好的，我们收到您的预约申请了，请您提供姓名和联系方式以便我们确认。' },
    ] } },
  { name: 'hard negative: family asking for an address', expect: 'safe',
    input: sms('妈，我收到你的反馈了，把你的新收货地址发给我，我给你寄点年货。') },
  // The new tactics stay quiet here (a conversation, not a message); the story's own weights plus the
  // model already reach `suspicious` (43) before this change, so the bound is "never scam".
  { name: 'hard negative: the customer opened the chat about a lost parcel', expect: 'at-most-suspicious',
    input: { channel: 'chat', initiator: 'user', turns: [
      { speaker: 'user', text: '我的快递显示丢失了，怎么办？' },
      { speaker: 'caller', text: '非常抱歉，您的包裹在运输途中丢失，请提供一下订单号和收件人姓名，我帮您登记理赔。' },
    ] } },
  { name: 'hard negative: a warning that lists the asks', expect: 'safe',
    input: sms('警方提醒：骗子常以快递丢失为由，让您回复姓名、手机号和订单号，接到此类短信请勿回复。') },
];

const CALLBACK: FaultCase[] = [
  { name: 'lost parcel, an agent will call', expect: 'not-safe', tactics: ['contact.promised-callback', 'pretext.parcel-damaged'],
    input: sms('您好！很抱歉听到您的快递丢失了，我们的客服会尽快与您联系，提供相关解决方案。请您耐心等待我们的回复。') },
  { name: 'complaint received, lost parcel, will contact you', expect: 'not-safe', tactics: ['contact.complaint-followup', 'contact.promised-callback'],
    input: sms('您好！我是展迅通客服。我们收到您的投诉并深表歉意。我们正在尽力核实您的快递丢失情况，并会尽快与您联系解决问题。') },
  { name: 'faulty product, a claims officer will phone', expect: 'not-safe',
    input: sms('尊敬的客户，您购买的面膜存在质量问题，我们的理赔专员将在今天与您电话联系，请保持电话畅通。') },
  { name: 'damaged parcel, answer the call', expect: 'not-safe',
    input: sms('您好，您的包裹在运输途中破损，理赔专员稍后会致电您，请注意接听。') },
  { name: 'complaint received, please wait, we will contact you', expect: 'not-safe', tactics: ['contact.promised-callback'],
    input: sms('我们收到您的投诉，很抱歉给您带来了不便。我们正在调查此事，请您耐心等待，我们会尽快联系您。') },
  { name: 'milk powder recalled, watch for the call', expect: 'not-safe',
    input: sms('您好，您网购的奶粉被检测出质量问题，稍后会有专员联系您办理退款，请留意来电。') },
  { name: 'parcel lost, agent will get in touch about compensation', expect: 'not-safe',
    input: sms('亲，您的包裹丢件了，客服会尽快跟您取得联系，为您处理赔偿事宜。') },
  { name: 'refund failed, staff will call within a day', expect: 'not-safe',
    input: sms('尊敬的用户，您的订单退款失败，工作人员将于24小时内与您联系，请保持手机畅通。') },
  { name: 'a parcel stopped on the way, wait for our call', expect: 'not-safe', tactics: ['pretext.parcel-damaged'],
    input: sms('您好，您购买的包裹因故停运，我们会尽快与您取得联系办理运费险理赔。') },
  { name: 'a quality complaint received, wait for the result', expect: 'not-safe',
    input: sms('尊敬的客户，我们收到您关于眼霜存在质量问题的投诉，我们将尽快处理退款事宜，请您耐心等待我们的处理结果。') },
];

const CALLBACK_NEGATIVES: FaultCase[] = [
  { name: 'hard negative: courier\'s damage notice points to its app and 95 number', expect: 'safe',
    input: sms('【中通快递】很抱歉您的快件破损，理赔进度请在中通快递APP查看或拨打官方客服95311咨询。') },
  { name: 'hard negative: courier delay, driver will deliver', expect: 'safe',
    input: sms('【顺丰速运】您的快件延误，我们深表歉意，快递员将尽快为您派送，请保持电话畅通。') },
  { name: 'hard negative: a damage registered, pick-up call arranged', expect: 'safe',
    input: sms('【京东】您反馈的商品破损问题已登记，售后专员会在24小时内联系您上门取件，退款将原路退回。') },
  { name: 'hard negative: delivery call', expect: 'safe',
    input: sms('您好，快递员会在下午联系您送货，请保持电话畅通。') },
  { name: 'hard negative: operator complaint acknowledged, progress in its app', expect: 'safe',
    input: sms('【中国移动】尊敬的客户，您的投诉已受理，我们将在48小时内联系您，您也可在中国移动APP查询处理进度。') },
  { name: 'hard negative: a teacher will call back', expect: 'safe',
    input: sms('王老师您好，关于孩子的情况我们会尽快联系您。') },
  { name: 'hard negative: a hotline call closing with "we will get back to you"', expect: 'safe',
    input: { channel: 'call', turns: [
      { speaker: 'caller', text: '客服代表小李为您服务，请问有什么问题？' },
      { speaker: 'user', text: '我的账单上有一笔不认识的扣费，三百块。' },
      { speaker: 'caller', text: '这可能是未经授权的交易，已经为您提交调查并冻结了账户，我们会在三个工作日内给您回复。' },
    ] } },
  { name: 'hard negative: operator promotion that names a VIP manager and its own site', expect: 'safe',
    input: sms('尊敬的VIP客户，爱家套餐火热办理中，欢迎加入客户QQ群咨询，请致电您的VIP经理或登录网上营业厅办理。') },
  { name: 'hard negative: a shop answering a question the customer asked', expect: 'safe',
    input: { channel: 'chat', initiator: 'user', turns: [
      { speaker: 'user', text: '我买的杯子有裂纹，能退吗？' },
      { speaker: 'caller', text: '亲，非常抱歉商品有质量问题，售后同事会尽快与您联系处理退款。' },
    ] } },
  { name: 'hard negative: a hospital appointment', expect: 'safe',
    input: sms('【市一医院】您预约的体检已确认，如有变动工作人员会与您联系，请保持电话畅通。') },
  { name: 'hard negative: a news item about the trick', expect: 'safe',
    input: sms('反诈提示：骗子常先发短信说您的快递丢失、客服会联系您，随后冒充客服来电，请务必在官方APP核实。') },
];

describe('SMS: a story out of nowhere, then your details by reply (sms-cs)', () => {
  for (const c of DETAILS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of DETAILS_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('SMS: a story out of nowhere announcing the call that follows (sms-cs)', () => {
  for (const c of CALLBACK) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of CALLBACK_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

/**
 * A stranger's message asking for your ID number with your name or phone (composite `identity-by-reply`).
 * Not "回复…身份证号" alone: a carrier's prize notice in texts-5 正常短信 (dev) asks that way.
 */
const IDENTITY: FaultCase[] = [
  { name: 'name, ID number and contact "to help you"', expect: 'not-safe', tactics: ['contact.asks-details', 'extract.identity'],
    input: sms('您好！为了更好地帮助您，我们需要您提供一些必要的信息。请问您能否提供您的姓名、身份证号码和联系方式？') },
  { name: 'give name and ID number to register', expect: 'not-safe',
    input: sms('请直接提供您的姓名和身份证号，我们为您登记补贴。') },
  { name: 'send the ID number and phone for verification', expect: 'not-safe',
    input: sms('为核实身份，请把您的身份证号和手机号码发给我们。') },
  { name: 'ID number with the account name', expect: 'not-safe',
    input: sms('请提供账户名称和身份证号码，以便我们为您处理。') },
  { name: 'ID and the home address', expect: 'not-safe',
    input: sms('麻烦您提供一下身份证号码和家庭住址，我们需要备案。') },
  { name: 'tell the real name and ID number', expect: 'not-safe',
    input: sms('请告诉我们真实姓名和身份证号完成认证。') },
  { name: 'ID number and contact number for the claim', expect: 'not-safe',
    input: sms('您好，请提供您的身份证号码和联系电话，我们为您办理。') },
  { name: 'ID number, name and bank-account holder', expect: 'not-safe',
    input: sms('请将您的姓名、身份证号、开户名发送过来，我们尽快处理。') },
  { name: 'ID number and WeChat', expect: 'not-safe',
    input: sms('请提供您的身份证号和微信号，稍后专员与您核实。') },
  { name: 'ID and phone to "unlock" something', expect: 'not-safe',
    input: sms('您的账号需要核验，请发送身份证号码和手机号码给客服。') },
  { name: 'hard negative: a bank says it never asks for the ID number', expect: 'safe',
    input: sms('【工商银行】本行不会通过短信要求您提供姓名、身份证号码和手机号，请勿泄露。') },
  { name: 'hard negative: a hospital asks you to bring your ID card', expect: 'safe',
    input: sms('【市一医院】请携带身份证和手机号到一楼窗口办理入院手续。') },
  { name: 'hard negative: a hotel booking asks you to fill in the ID in its app', expect: 'safe',
    input: sms('【华住会】入住前请在华住会APP内填写入住人姓名和身份证号，办理更快捷。') },
  { name: 'hard negative: a carrier prize notice asking for the ID by reply (as in real SMS)', expect: 'safe',
    input: sms('尊敬的用户，恭喜您获得话费奖励，请尽快回复您的姓名、电话号码及身份证号以便我们寄送奖品。') },
  { name: 'hard negative: a call with a booking desk', expect: 'at-most-suspicious',
    input: { channel: 'call', turns: [
      { speaker: 'user', text: '你好，我想订一张明天去北京的火车票。' },
      { speaker: 'caller', text: '好的，请提供乘车人的姓名和身份证号码。' },
    ] } },
];

/** A threat on the phone itself, then their app (cold open of the remote-control script). */
const PHONE_THREAT: FaultCase[] = [
  { name: 'unknown software found, install ours', expect: 'not-safe', tactics: ['contact.unsolicited-problem', 'shift.app-download'],
    input: sms('您好！我们发现您手机上有未知的软件安装，需要您帮忙清除一下。请您下载并安装我们的软件，然后按照提示操作即可。') },
  { name: 'a virus found, download a cleaner', expect: 'not-safe',
    input: sms('我们检测到您的手机存在病毒，请立即下载我们提供的安全软件进行清理。') },
  { name: 'a trojan on the phone, install remote help', expect: 'not-safe',
    input: sms('系统检测到您的手机被植入木马，请下载向日葵，我们远程帮您处理。') },
  { name: 'a security hole, open the link to fix', expect: 'not-safe',
    input: sms('我们发现您的账户存在安全隐患，请点击链接 http://sec-check.top 完成认证。') },
  { name: 'hard negative: a phone maker\'s own security notice in its settings', expect: 'safe',
    input: sms('【华为】您的手机安全补丁已更新，可在“设置-系统更新”中查看详情。') },
  { name: 'hard negative: the user asks a friend', expect: 'safe',
    input: sms('我手机好像中病毒了，你帮我看看怎么弄？') },
];

/** "请您提供以下信息：…": the list after the colon is the ask. */
const LIST_AFTER_COLON: FaultCase[] = [
  { name: 'an odd charge noticed, then the list after a colon', expect: 'not-safe', tactics: ['contact.unsolicited-problem', 'contact.asks-details'],
    input: sms('尊敬的客户，我们注意到您的账户出现了异常扣款情况，请您提供以下信息以便我们更好地处理您的投诉：账户名称、手机号码、会员编号。') },
  { name: 'a complaint received, then the list', expect: 'not-safe',
    input: sms('我们收到您关于退款的投诉，请您回复以下资料：姓名、订单号、支付方式。') },
  { name: 'hard negative: a form in the app', expect: 'safe',
    input: sms('【招商银行】办理业务前，请在掌上生活APP内准备以下资料：身份证、银行卡。') },
];

describe('SMS: your ID number by reply, a threat on the phone, the list after a colon (sms-cs)', () => {
  for (const c of [...IDENTITY, ...PHONE_THREAT, ...LIST_AFTER_COLON]) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
