/**
 * Scams a newcomer found read as safe in session 11 (newcomer11, 432 inputs of its own), each fixed as a
 * KIND: siblings written here, scams and legitimate texts in the same words (src/playbook/zh/recall-kinds.ts,
 * shift.private-trade, contact.new-number; the English obj.card). The newcomer's own input leads each list.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const read = (text: string, channel: 'sms' | 'chat' | 'call' = 'sms') => analyze({ channel, text });

function flagged(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).not.toBe('safe'));
}
function scam(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).toBe('scam'));
}
function safe(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).toBe('safe'));
}
function notScam(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'sms'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).not.toBe('scam'));
}

describe('kind 1: money just moved at a stranger\'s word, then "is this a scam?" / "what now?" (extract.loss-asks-help)', () => {
  scam([
    '我爸刚才被人打电话说是医保局的 说他医保卡被冻结了 让他转了两万到一个账户解冻 这是不是骗子',
    '朋友说她被抖音客服骗了 说关闭什么会员 在好几个平台贷款转给对方 现在怎么办',
    '我妈刚才接了个电话，说是快递丢了要赔她钱，她按对方说的在支付宝里借了一万备用金转过去了，说是验证流水，这是不是被骗了',
    '我爸刚才接了个电话说是社保局的，让他转了一万到一个账户解冻，这是不是骗子',
    '朋友说她被冒充快递的骗了，刚在两个平台贷款转给对方，现在怎么办',
    '老公今天接到电话说是公安局的，转了八万到安全账户，会不会是诈骗',
    '我姐刚才被人说服转了两万到一个账户，说是解冻费，这是不是骗局',
    '我奶奶上午接到个电话说孙子出事了 她转了五万过去 是不是被骗了',
    '同事刚被自称淘宝客服的加了微信，在微粒贷贷了三万转给他，还能追回来吗',
    '爸爸说有个医保局的人打电话，他按人家说的转了六千到一个账户，这会不会是骗子啊',
    '我弟说有个客服打电话说他开了百万保障，他刚把验证码告诉对方了，现在怎么办',
  ], 'a loss just suffered, asked about, is the emergency', 'chat');
  notScam([
    '房租转错账号了，怎么办',
    '对方让我转两万，我没转，这是不是骗子',
    '如果已经转了钱，是不是就被骗了',
    '我妈去年转了两万给骗子，现在还没追回来',
    '幸好我没借，差点就被骗了',
    '我爸刚才转了两千给我，说是生活费',
    '我刚转了学费给学校，老师说收到了，怎么办理入学手续',
    '隔壁王阿姨前几天被骗了两万，现在报警了还没追回来',
    '据报道，一名老人转了十万到所谓安全账户，这是不是骗局的新套路',
    '妈，我给你转了两千，你收到了吗',
    '我在淘宝付了款，商家一直不发货，怎么办',
    '刚才那个电话说是银行的，我没理他，这是不是骗子',
    '我有个同学上个月被骗了，说是快递理赔，让她借了网贷转过去，前后被骗了两万，现在报警了还没追回来',
  ], 'no loss now, a loss long past or settled, or no stranger: not the emergency', 'chat');
});

describe('kind 1 (English): a payment just made, then "is this a scam?" (extract.user-paid)', () => {
  scam([
    'So yesterday some guy called me said he is from JD courier, my package lost, he would pay me double, he asked me to open 支付宝 借呗 to verify and transfer, I sent him 8000, is this a scam?',
    'My mom sent 5000 to a man who said he was from the bank, is this a scam?',
    'A woman said my parcel was lost and she would pay me back double, I transferred 3000 to verify my account, was it a scam?',
    'My dad paid a 2000 fee to a caller to unfreeze his card, did he get scammed?',
  ], 'a payment just made and the question whether it was a scam', 'chat');
  safe([
    'I sent my sister 200 for her birthday, is that a scam? lol no',
    'I paid the rent today, can I get it back if I move out early?',
    'Someone asked me to send 500 first, is this a scam? I have not paid.',
    'If I paid them already, is it a scam?',
  ], 'no payment to a stranger, or none made', 'chat');
});

describe('kind 3: damage you are said to have caused, pay the sum now (pretext.damage-claim + extract.damage-pay)', () => {
  flagged([
    '喂你好 我是你们小区物业 你家水管爆了 把楼下淹了 楼下要赔八千 你先转过来我们帮你处理',
    '你好 我是小区物业的 你家的车把别人车刮了 车主要私了 赔两千 你先微信转给我 我帮你处理',
    '我是你楼下的，你家漏水把我家天花板泡了，师傅说维修要三千，你先转我，不然我找物业了',
    '你好，我是物业保安，你家孩子把楼下的车玻璃砸坏了，车主要赔一千二，你先支付宝转给我，我去跟他说',
    '喂，你家卫生间渗水把楼下的吊顶泡坏了，人家要私了三千，你先转过来我替你给他',
    '我是停车场管理员，你的车倒车撞到了一辆宝马，车主要赔五千，你先转我微信，不然他报警',
    '你家狗把邻居小孩咬了，医药费要两千，你先转给我，我拿去给他们',
    '你家空调外机掉下来砸坏了楼下的车，车主要私了，赔三千，你先打给我',
  ], 'a damage claim with the money asked to the caller is at least suspicious', 'call');
  safe([
    '你家好像漏水了，你回来看一下吧',
    '物业通知：3号楼水管爆裂，今天下午停水维修，请提前储水',
    '你的车刮到我了，我们走保险吧',
    '老婆，楼下说咱家漏水把他家泡了，我晚上过去看看，别急着给钱',
    '你家漏水把我家天花板泡了，你下班回来看一下，我们当面商量怎么赔',
    '小心冒充物业让你赔钱的骗子',
    '我家漏水泡了楼下，维修花了两千，我已经赔给他们了',
    '你的车刮了我的车，交警已经到了，等他定责',
    '孩子把同学的眼镜弄坏了，明天我带他当面去赔',
    '妈，你先转过来两千，我周末还你',
  ], 'a neighbour, a notice or a settlement in person stays safe', 'chat');
  // An insurer's own claims call names the damage and the sum too: no damage claim read (the call reads suspicious 40 on
  // main already by contact.impersonation and the model, not by this kind).
  for (const text of ['您好，我是保险公司的理赔员，您报案的剐蹭事故定损1800元，赔款三个工作日内打到您的银行卡']) {
    it(`an insurer's claim call is no damage claim: ${text}`, () => {
      const ids = read(text, 'call').tactics.map((t) => t.id);
      expect(ids).not.toContain('pretext.damage-claim');
      expect(ids).not.toContain('extract.damage-pay');
    });
  }
});

describe('kind 4: the shop "sent the dearer item by mistake", pay the difference (pretext.wrong-item-difference)', () => {
  flagged([
    '亲 你在我们店买的东西我们仓库发错了 发成了贵的那款 麻烦你把差价补一下 或者我发链接你重新拍一下',
    '亲 仓库给你发错了 发了高配版 差价两百 你要么补差价要么退回来 补差价的话加我微信转给我就行',
    '您好，我们给您寄错了型号，寄成了128G的，差价400元，您加一下售后微信补一下差价就行',
    '亲，您的订单我们多发了一件，麻烦您补一下差价，扫这个码付就行',
    '店里发错货了，发了高配的，你补两百块差价就不用退了',
    '您的订单错发成了大瓶装，需补差价45元，转到这个支付宝就行',
    '亲 我们寄错了 寄成了真皮的 差价三百 你微信转我就行',
    '您好，仓库把礼盒装错发给您了，差价168元请您补一下',
  ], 'the shop\'s mistake charged to the buyer is at least suspicious', 'chat');
  safe([
    '亲，仓库发错了颜色，我们给您补发，错发的那件麻烦退回，运费我们出',
    '您要换大号的话需要补差价20元，拍一下补差价链接就行',
    '发错货了实在抱歉，差价不用补，您留着用吧',
    '商品降价了，我们给您退差价，请查收',
    '有骗子冒充客服说发错货让补差价，请注意',
    '我买错尺码了，换大一号要补差价吗',
    '您好，发错的货我们已安排快递上门取件，正确的商品今天发出',
    '快递寄错地址了，我们重新给您寄一份',
    '亲 这款升级成旗舰版需要补差价60元 您确认的话我改一下订单',
    '我们多发了一件赠品，您留着用就好',
  ], 'a shop bearing its mistake, or a buyer\'s own upgrade, stays safe', 'chat');
});

describe('kinds 2 and 6: your number misused and about to be cut off, then a key, a line, a link or an app (pretext.number-cutoff)', () => {
  flagged([
    '您的手机号码涉嫌发送诈骗短信，两小时后将被停机，如有疑问请按9转人工',
    '【通信管理局】您的手机号存在违规使用记录，即将被强制停机，如需申诉请回拨 0898-66123456',
    '【国家反诈中心】您的手机存在涉诈风险，请立即下载最新版反诈APP：http://fz-app.cc 进行检测，否则将限制使用',
    '【工信部】您的手机号码被举报发送骚扰短信，今晚24点前将被注销，申诉请致电 13812345678',
    '您的号码涉嫌违法使用，将在2小时内停机，如有异议请按1转人工',
    '通知：您的手机卡涉嫌非法使用，即将冻结，请点击 http://txgl-appeal.cn 申诉',
    '【反诈中心】检测到您的手机号存在涉诈风险，请下载安全检测APP：http://safe-check.top，否则将停机',
    '您的电话卡存在违规使用，即将强制停用，请加客服微信 tx110kf 处理',
  ], 'the cut-off threat with a channel of theirs is at least suspicious');
  safe([
    '【中国移动】您的话费余额不足，即将停机，请及时充值',
    '【中国联通】您的号码已欠费12.50元，请缴费后恢复使用',
    '【中国电信】根据实名制要求，您的号码需本人携带身份证到营业厅补登记，否则将停机',
    '谨防冒充通信管理局说您的手机号违规要停机的诈骗电话',
    '【中国移动】您的手机号码已成功办理停机保号，月费5元',
    '【国家反诈中心】提醒您：凡是说您的手机号违规要停机、让您按键转人工的都是诈骗',
    '您的号码本月流量已用完，如需继续使用请发送LL到10086',
    '【中国移动】您已成功办理国际漫游，出境后请注意资费',
    '我手机号停机了，明天去营业厅交话费',
    '您好，您的宽带将于本月底到期，续费请在APP内办理',
  ], 'a carrier\'s own notice, a warning or a user stays safe');
});

describe('kind 5: a game item sold outside the trading platform (shift.private-trade)', () => {
  flagged([
    '老铁 我是游戏里的那个 你要的装备我便宜出 500 你直接微信转我就行 别走平台 平台抽成太狠了',
    '装备我有 咱们不走交易猫了 你支付宝转我600 我上线给你',
    '这个号我八百出给你，别走藏宝阁了，手续费太贵，微信转我就行',
    '皮肤我三百卖你，不走平台，你先转我，我马上交易给你',
    '金币我有十万，跳过交易行，你支付宝转我两百，上线就给你',
    '哥们 不用走盼之了 直接转我 账号密码马上发你',
    '你要的那套神装，不走5173了，你先微信转我一半',
    '账号出给你，别通过交易猫，平台扣钱太多，加我微信私聊',
  ], 'a trade moved off the platform is at least suspicious', 'chat');
  safe([
    '游戏账号出售，请在交易猫APP内下单，平台担保',
    '请不要私下交易，平台担保更安全',
    '同城的话不走平台也行，面交验货再付钱',
    '我在藏宝阁上架了，你去那里拍就行',
    '装备我送你了，上线给你',
    '这个号我不走中介，你自己来店里看',
    '我们还是走平台吧，有保障',
    '交易猫上那个号你买了吗',
    '今晚一起打副本，我带你刷装备',
    '私下交易都是骗子的套路',
  ], 'the platform kept, or no trade at all, stays safe', 'chat');
});

describe('kind 7: a teacher\'s or a landlord\'s "new number" with a fee to pay (contact.new-number + new-number-plus-fee)', () => {
  flagged([
    '各位家长好，本学期的资料费每人380元，请扫描下方二维码缴费，老师的号刚换了，加这个新号',
    '各位家长，班主任的微信号换了，请添加新微信号 teacher_li2024，春游费每人150元转给我就行',
    '我是房东，微信换了，这个月房租2800直接转我新号',
    '家长群通知：老师手机号刚换了，加这个新号，练习册的费用每人86元，请扫码缴费',
    '我是你们班主任，换新号了，补课费1200元今天转到这个账户',
    // Dropped in 088eb21 (the fee no longer read); restored by recall12 kind 3: any fee by its noun in 费 (the `fee` entity).
    '家长您好，我是王老师，号换了，请加这个新号，下学期教辅费260元，扫码缴费',
  ], 'a new number with a fee to pay is at least suspicious', 'chat');
  safe([
    '各位家长，老师的号刚换了，请加这个新号，有事随时联系',
    '本学期资料费每人380元，请登录学校缴费平台缴纳',
    '王老师的号换了，新号码已经发在班级群公告里',
    '房东说微信换了，让我们存一下新号',
    '新学期校服费请在学校公众号缴费平台缴纳，勿向个人转账',
    '老师说资料费不用交了，学校统一发',
    '我的新号码是13912345678，旧号不用了',
    '各位家长请注意，有人冒充老师换号收费，请勿转账',
    '班主任的手机号换了，新号码在家长群公告里',
    '下周一交资料费，具体在学校APP里看',
  ], 'a number change alone or a fee in the school\'s own system stays safe', 'chat');
});

describe('kind 8 (English): a flight cancelled, compensation for your bank card (obj.card += bank card)', () => {
  flagged([
    'Dear passenger, your flight CZ3456 is cancelled. For rebooking and compensation of RMB 300 please contact our agent at +86 17012345678 and provide your bank card.',
    'Your flight MU2288 is cancelled. To receive the RMB 500 delay compensation, reply with your bank card number and name.',
    'Flight CA1831 cancelled. Compensation RMB 400: please confirm your bank card and the code we send you.',
    'Hello, this is the airline. For your cancelled flight refund please provide your bank card number to our agent.',
  ], 'a bank card asked for a flight compensation is at least suspicious');
  safe([
    'Your flight is cancelled. Please rebook in the airline app; compensation is paid to your original payment method automatically.',
    'I lost my bank card yesterday, I called the bank to freeze it.',
    'Your bank card ending 4432 was charged RMB 58.00 at Starbucks.',
    'Remember to bring your bank card to open the account at the branch.',
    'Never give your bank card number to anyone who calls about a flight.',
    'Your flight CZ3456 is delayed by 2 hours. We apologise for the inconvenience.',
  ], 'notices, warnings and one\'s own card stay safe');
});
