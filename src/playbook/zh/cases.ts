/**
 * Whole-engine cases for the Chinese playbook: hard negatives that must stay `safe` (real notices,
 * family chats, work meetings, anti-fraud bulletins full of scam words) and full scams that must
 * not. All text written for this project; call transcripts are `caller:` / `user:` lines.
 */
import type { PlaybookCaseDef } from '../schema.ts';

export const zhCases: PlaybookCaseDef[] = [
  // ---------- hard negatives: must stay safe ----------
  {
    name: 'genuine agent call that says what it does NOT need',
    channel: 'call',
    text: [
      'caller: 您好，我是京东客服，您上周申请的电饭煲退货退款已经处理好了。',
      'user: 哦，那我要做什么吗？',
      'caller: 不需要您做任何操作，我们不需要您提供银行卡号和验证码，也不用下载软件，钱会原路退回到您的支付账户。',
      'caller: 您可以在京东APP的我的订单里查看退款进度。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'bank OTP SMS with do-not-share warning',
    channel: 'sms',
    text: '【建设银行】您正在进行网上支付，验证码为583021，5分钟内有效。切勿将验证码告知他人，谨防诈骗。',
    expect: 'safe',
  },
  {
    name: 'platform refund-approved notice',
    channel: 'sms',
    text: '【淘宝】亲，您的退款申请商家已同意，退款298.00元将在1-3个工作日内原路退回至您的支付宝，请注意查收。',
    expect: 'safe',
  },
  {
    name: 'genuine customer-service call that sends you to the official app and asks for nothing',
    channel: 'call',
    text: [
      'caller: 您好，我是京东客服，工号3312，您昨天反馈的电饭煲少了配件的问题我们核实了。',
      'user: 哦对，少了个蒸笼。',
      'caller: 给您两个方案，补发配件或者退货，您在京东APP我的订单里点申请售后选一下就行，我们不需要您提供任何信息。',
      'user: 好的，我自己去APP里操作。',
      'caller: 好的，感谢您的耐心，祝您生活愉快。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'anti-fraud bulletin SMS that mentions every scam word',
    channel: 'sms',
    text: '【反诈中心提醒】凡是自称电商客服，说您商品有质量问题要退款理赔、信用分不足要刷流水、误开通会员要扣费，让您加QQ群、共享屏幕、下载APP、提供验证码、银行卡号密码、借呗贷款转账到安全账户的，均为诈骗！',
    expect: 'safe',
  },
  {
    name: 'police tips paragraph',
    text: '警方提醒：真正的退款不需要您先付款，客服不会让您开启屏幕共享或下载会议软件，任何索要验证码的都是骗子。',
    expect: 'safe',
  },
  {
    name: 'family chat about returning clothes',
    channel: 'chat',
    text: [
      'user: 妈，你给我买的那件毛衣起球太厉害了',
      'caller: 那就退了吧，淘宝上点申请退款，有运费险的',
      'user: 我已经申请了，快递员明天上门取件',
      'caller: 好，退款到了跟我说一声',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'work meeting that shares a screen',
    channel: 'chat',
    text: [
      'caller: 下午两点腾讯会议开项目周会，会议号发群里了',
      'user: 收到，我来共享屏幕讲一下方案',
      'caller: 好的，记得把PPT准备好',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'loan repayment reminder',
    channel: 'sms',
    text: '【微粒贷】尊敬的客户，您本期应还款1586.20元，还款日为6月18日，请确保银行卡余额充足，逾期将影响个人征信。',
    expect: 'safe',
  },
  {
    name: 'courier delivery SMS',
    channel: 'sms',
    text: '【顺丰速运】您的快件SF1406628719302已由快递员王师傅派送，预计今天18点前送达，请保持电话畅通。',
    expect: 'safe',
  },
  {
    name: '12306 ticket refund notice',
    channel: 'sms',
    text: '【铁路12306】您已成功退票，G1024次列车车票退票款182.5元将在15个工作日内原路退回您的支付账户。',
    expect: 'safe',
  },
  {
    name: 'bank account credit notice',
    channel: 'sms',
    text: '【招商银行】您账户尾号5521于05月12日14:03收到转账入账3000.00元，余额12846.33元。',
    expect: 'safe',
  },
  {
    name: 'user refuses to give the code',
    channel: 'chat',
    text: '我不会告诉你验证码的，我要去APP里自己查。',
    expect: 'safe',
  },
  {
    name: 'in-app chat: customer asks about a refund, agent points to the order page',
    channel: 'chat',
    text: [
      'user: 我买的鞋子开胶了，能退吗',
      'caller: 亲亲，非常抱歉，您在订单页面点退货退款，上传照片就可以，运费险会自动理赔哦',
      'user: 好的谢谢',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'friends add each other on WeChat',
    channel: 'chat',
    text: [
      'caller: 上次聚会的照片我都存着呢',
      'user: 发我呗',
      'caller: 你加我微信，我传给你',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'video membership auto-renewal notice',
    channel: 'sms',
    text: '【视频会员】您的连续包月会员将于明日自动续费25元，如需取消，可随时在APP设置中关闭自动续费。',
    expect: 'safe',
  },
  {
    name: 'shopping advisor recommends the official app',
    channel: 'chat',
    text: [
      'caller: 这款空气炸锅现在八折，送一套烤盘',
      'user: 能退货吗',
      'caller: 支持七天无理由退货，有质量问题我们包运费，您在官方APP下单就行',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'grandchild explains a login code to grandma',
    channel: 'chat',
    text: [
      'user: 奶奶，你手机刚才是不是收到一条验证码？',
      'caller: 是啊，一串数字，干啥的',
      'user: 那是我用你手机号登录视频会员，没事的，你别管它',
    ].join('\n'),
    expect: 'safe',
  },

  // ---------- complete refund-scam calls: must be scam ----------
  {
    name: 'article case 1: milk powder, credit too low, QR turnover',
    channel: 'call',
    text: [
      'caller: 您好，请问是王女士吗？我是某电商平台飞鹤旗舰店的客服，工号2086。',
      'user: 是我，什么事？',
      'caller: 您在3月2号在我们店买了两罐奶粉，订单编号是3091 2288 4410，对吧？这批奶粉被查出存在质量问题，我们要给您退款。',
      'user: 对，是买过。',
      'caller: 退款已经打到您的支付宝了，您看一下到了没有。',
      'user: 没看到啊。',
      'caller: 那是因为您的信用积分不够，钱款被冻结了，需要刷流水来提高信用积分才能解冻。',
      'caller: 您扫一下我发给您的二维码，刷一笔流水，钱后期会自动返还到您的账户。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'article case 2: QQ claims group, screen share, loans',
    channel: 'call',
    text: [
      'caller: 你好，我是平台客服，你买的卸妆棉有质量问题，我们给你理赔。',
      'caller: 麻烦把订单号发给我，我加一下你的扣扣。',
      'caller: 我把你拉进理赔中心群了，我们开个群语音。',
      'caller: 操作比较复杂，你打开屏幕分享，我一步步教你。',
      'caller: 你的芝麻信用积分不足，不能退款，需要提高积分。',
      'caller: 打开借呗，把额度借出来转到我们的验证账户，后面会全额返还。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'article case 3: refund link, card number and password, virtual expense',
    channel: 'call',
    text: [
      'caller: 您好，我是电商平台的客服，您之前买的东西交易不成功，需要给您退款。',
      'caller: 退款网址我短信发您了，您点进去填写一下对应的信息就能退款。',
      'user: 要填什么？',
      'caller: 填写您的姓名、银行卡号和密码，三分钟内退到您的信用卡里。',
      'user: 我收到银行短信说信用卡支出了9063元！',
      'caller: 您别担心，那是系统虚拟的支出，不会真正扣钱的。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'mistaken VIP enrolment, meeting app, code',
    channel: 'call',
    text: [
      'caller: 您好，这里是抖音客服中心，由于工作人员失误，误将您升级成了VIP会员，不取消的话每月会从您账户扣费八百元。',
      'user: 我没开过啊，那怎么取消？',
      'caller: 您下载一个腾讯会议，会议号是 536 882 194，我们帮您操作。',
      'caller: 进去以后点屏幕共享，然后把手机收到的验证码念给我。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'courier lost parcel, double compensation, refund app, card',
    channel: 'call',
    text: [
      'caller: 你好，我是中通快递理赔专员，你的包裹在运输途中丢件了，我们双倍赔偿。',
      'caller: 你在应用商店下载一个退款软件，用手机号注册。',
      'caller: 在软件里填写你的银行卡号和身份证号，系统会自动打款。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'SMS refund scam with link',
    channel: 'sms',
    text: '【拼多多】亲，您购买的商品批次质量不合格，可享受三倍赔偿，请点击 http://pdd-lipei.top/r 填写银行卡号领取理赔款。',
    expect: 'scam',
  },
  {
    name: 'frozen account, safe account transfer, secrecy',
    channel: 'call',
    text: [
      'caller: 您好，我是淘宝售后客服，您的店铺因为交易异常，账户资金将被冻结。',
      'caller: 为了解冻，您需要先把钱转到我们的指定账户做验证，验证完原路返还。',
      'caller: 这件事不要告诉家里人，银行打电话来问你就说是自己转的。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'obfuscated spelling: 薇信, spaces, traditional characters',
    channel: 'chat',
    text: [
      'caller: 親，我是天貓旗艦店售後，您買的面膜有瑕疵，給您退款',
      'caller: 您加一下我們的薇信，拉您進理賠群',
      'caller: 把收到的驗 證 碼報給我，馬上給您退',
    ].join('\n'),
    expect: 'scam',
  },

  // ---------- other scam kinds: must not read safe ----------
  {
    name: 'task scam (刷单) asking for a transfer',
    channel: 'chat',
    text: [
      'caller: 兼职刷单，一单返佣金二十，做完任务本金和佣金一起返还。',
      'caller: 第一单你先垫付三百，扫这个收款码付款就行。',
    ].join('\n'),
    expect: 'not-safe',
  },
  {
    name: 'fake police (冒充公检法) asking to move money to a safe account',
    channel: 'call',
    text: [
      'caller: 我是市公安局刑侦支队的民警，你名下的银行卡涉嫌洗钱，马上会被冻结。',
      'caller: 你要把卡里的钱转到安全账户接受资金清查，案件涉密，不能告诉任何人。',
    ].join('\n'),
    expect: 'not-safe',
  },
  {
    name: 'romance scam (杀猪盘) asking for a code',
    channel: 'chat',
    text: [
      'caller: 宝贝，我帮你在平台注册了账号，一起投资赚钱。',
      'caller: 你手机会收到一个验证码，发给我一下，我帮你登录。',
    ].join('\n'),
    expect: 'not-safe',
  },
  {
    name: 'loan scam: deposit before disbursement',
    channel: 'chat',
    text: '您的贷款已审批，需要先交一笔2000元保证金验证还款能力，交完立即放款。',
    expect: 'not-safe',
  },
  {
    name: 'user reports having already paid',
    channel: 'chat',
    text: 'user: 有个自称客服的说我信用分不够退不了款，我按他说的已经转了两万多，现在打不通了',
    expect: 'not-safe',
  },
  {
    name: 'fake bank asking for card number and CVV',
    channel: 'call',
    text: [
      'caller: 您好，这里是银行信用卡中心，您的卡片有一笔异常交易。',
      'caller: 请报一下您的信用卡卡号，还有卡背面的三位安全码和有效期。',
    ].join('\n'),
    expect: 'not-safe',
  },
  // ---------- hard negatives added from false-positive patterns seen in development ----------
  {
    name: 'insurance agent advert listing loans and credit cards',
    channel: 'sms',
    text: '新年好！本人在保险公司工作，可办理车险、医疗险、信用卡、信用贷款、储蓄卡开户等业务，有需要随时联系我。',
    expect: 'safe',
  },
  {
    name: 'inbound call: agent explains how to use their own app',
    channel: 'call',
    text: [
      'caller: 感谢您的来电，我是出行平台的客服代表，请问有什么可以帮您？',
      'user: 我想第一次用你们的服务，不知道怎么叫车。',
      'caller: 您在手机应用商店下载我们的应用，注册后选好起点终点就可以叫车了，遇到问题在应用里投诉就行。',
      'user: 明白了，谢谢。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'family chat: borrowing a little money from mum',
    channel: 'chat',
    text: [
      'user: 妈，这个月房租交完有点紧，能不能借点钱，下个月发工资就还你',
      'caller: 行，晚上给你转过去，别乱花',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'advisor suggests keeping savings in a fixed deposit',
    channel: 'call',
    text: [
      'caller: 欢迎致电客服中心，我是客服专员，请问有什么可以帮您？',
      'user: 我刚拿到一笔养老金，怎么存比较好？',
      'caller: 建议把大部分资金存入银行定期存款，确保本金安全，少量可以买低风险理财。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'news item about a solved money-laundering case',
    channel: 'text',
    text: '据警情通报，市公安局近日破获一起洗钱案件，犯罪嫌疑人已被抓获，案件正在进一步审理中。',
    expect: 'safe',
  },
  {
    name: 'real agent calls back as the user asked and walks them through the official app',
    channel: 'call',
    text: [
      'caller: 您好，我是京东客服，您上午留言说想退掉那台空气炸锅，我给您回个电话。',
      'user: 对，我不太会操作。',
      'caller: 没关系，我一步一步教您，您打开京东APP，点我的订单，找到这台空气炸锅，点申请售后。',
      'user: 好，点了。',
      'caller: 选退货，快递员明天上门取件，退款审核后原路退回，我们不需要您提供任何信息。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'inbound agent greeting at a mall service desk',
    channel: 'call',
    text: [
      'caller: 您好，我是商场的客服代表，有什么可以帮您的吗？',
      'user: 我上周买的鞋开胶了，能换吗？',
      'caller: 三十天内质量问题可以换，请您带上小票到一楼服务台，按照我说的步骤前往服务台办理就行。',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'carrier real-name notice asking you to come in person',
    channel: 'sms',
    text: '【中国联通】尊敬的客户，根据实名制要求，请您携带身份证原件到就近营业厅配合办理实名信息补登记，感谢支持。',
    expect: 'safe',
  },
  {
    name: 'store promotion: spend a set amount, get a gift',
    channel: 'sms',
    text: '【某某百货】年货节全场购物满指定金额即赠保温杯一只，会员再享九折，回T退订。',
    expect: 'safe',
  },
  {
    name: 'carrier advertising its own client app with a link',
    channel: 'sms',
    text: '【中国移动】下载掌上营业厅客户端，每日签到领流量，点击链接立即下载安装 https://example.com/app ，回TD退订。',
    expect: 'safe',
  },
  {
    name: 'student asks a parent for the month\'s living money',
    channel: 'chat',
    text: [
      'caller: 妈，这个月生活费你转账给我吧，我要交教材费',
      'user: 好，晚上给你转，记得好好吃饭',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'class rep collects the class fund in the parents\' group',
    channel: 'chat',
    text: '班费还差一点，麻烦家长们尽快转账给我，每人50元，收到后我会在群里公示明细。',
    expect: 'safe',
  },
  // ---------- other scam kinds added in development: must not read safe ----------
  {
    name: 'fake son with a new number asks for money',
    channel: 'sms',
    text: '爸，我是你儿子，手机掉水里了，这是我新号。我朋友出了车祸急需用钱，你先转五千到这个账户。',
    expect: 'not-safe',
  },
  {
    name: 'task scam moves you to a group',
    channel: 'sms',
    text: '【兼职】在家给视频点赞就能赚取丰厚佣金，日结工资，加QQ群了解详情。',
    expect: 'not-safe',
  },
  {
    name: 'fake police move you to QQ for a warrant',
    channel: 'sms',
    text: '我是市公安局的警官，您的身份证涉嫌一起洗钱案件，请添加我们的QQ查看通缉令并配合调查。',
    expect: 'not-safe',
  },
  {
    name: 'courier desk opens with a lost parcel and a claim',
    channel: 'sms',
    text: '您好，这里是快递公司客服，我们发现您的包裹在运输途中遗失了，我们会为您进行全额理赔。',
    expect: 'not-safe',
  },
  {
    name: 'desk with no brand opens with a problem and takes control of the phone',
    channel: 'sms',
    text: '您好，我是客服代表。我们注意到您开通的一项服务没有关闭，后续每月会扣费，请您配合我们的工作人员一步一步操作关闭。',
    expect: 'not-safe',
  },
  {
    name: 'fake grandson hurt someone and needs money wired now',
    channel: 'sms',
    text: '外婆，我是你外孙，喝酒把人打伤了，对方要私了，现在需要汇款两万元才能摆平，你帮我转到对方的卡上，别告诉我妈。',
    expect: 'not-safe',
  },
  {
    name: 'scammer pretends not to want the code, then asks for it',
    channel: 'call',
    text: [
      'caller: 您好，我是淘宝客服，您买的面膜有质量问题，给您办理理赔。',
      'caller: 您放心，我们不会索要验证码的，现在您把手机收到的验证码念一下，我这边核对理赔。',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'reverse refund: overpaid by mistake, send the difference back',
    channel: 'call',
    text: [
      'caller: 您好，我是店铺售后，刚才给您退款的时候系统出错，多退了三千元。',
      'user: 啊？我看一下。',
      'caller: 麻烦您把差额转回来，转到我发给您的这个账户就行。',
    ].join('\n'),
    expect: 'scam',
  },
];
