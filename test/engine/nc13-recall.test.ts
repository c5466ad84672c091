/**
 * Scams newcomer13 and writer13 found missed or read too low in session 13, each fixed as a KIND: siblings written
 * here, scams and legitimate texts in the same words (src/playbook/zh/nc13-kinds.ts, pretext.promised-return,
 * shift.register-platform, contact.impersonation's roles, the zh act.tell lexicon, pretext.gov-notice and
 * pretext.utility-arrears' regional offices). The newcomer's or the brief's own input leads each list.
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

describe('R1: a friend\'s high-return app, "download it too, here is my invite code" (promised-return + register-platform)', () => {
  flagged([
    '姐我朋友介绍了个理财app 收益一天百分之三 我已经赚了好几千了 你也下一个 我发你邀请码',
    '哥 我同事带我玩的一个平台 收益每天百分之二 提现秒到 你也下一个 我带你',
    '宝 这个软件我投了一个月 回报每周百分之十五 你也下个试试 注册填我的邀请码',
    '舅妈推荐的理财平台，利息一天百分之一点五，我已经提了三千了，我发你邀请码你也弄一个',
    '我表哥在做的数字钱包 收益一天5个点 稳得很 你也下一个 用我的推荐码有奖励',
    '这个app真的能赚 收益每天百分之三 我把邀请链接发你 你也下载一个',
    '老同学，我最近在一个平台理财，每天收益百分之二，你也下一个，我发你邀请码',
    '妹 我闺蜜介绍的投资app 利润一个月百分之三十 我已经回本了 你也下个 填我的邀请码',
    '阿姨 这个养老理财 收益每月百分之八 我发你邀请码 你也来投',
    '我在玩一个挖矿app 收益一天百分之四 你也装一个 输入我的邀请码就行',
    '朋友拉我进的一个平台，分红每周百分之六，你也下一个，用我的邀请码注册',
  ], 'a fixed return per period and the referral onto the platform', 'chat');
  safe([
    '我朋友推荐了个记账app 挺好用的 你也下一个 我发你邀请码 注册送会员',
    '拼多多砍一刀 用我的邀请码 你也下一个 新人有红包',
    '余额宝七日年化百分之一点八 收益一般 但随取随用',
    '这个健身app不错 你也下一个 我发你邀请码 一起打卡',
    '我买的银行理财年化3%，一年下来赚了两千多',
    '姐 那种说收益一天百分之三的理财都是骗子 千万别下',
    '邀请码已发送至您的手机，请勿告诉他人，5分钟内有效',
    '我发你邀请码，打开学习强国扫码加入我们单位的学习组',
    '这个外卖app首单减二十 你也下一个 填我的邀请码我们都有券',
    '孩子学校用的作业app你也下一个，班级邀请码我发你',
  ], 'a referral with no fixed return, a real rate, a warning', 'chat');
});

describe('R2a: a claimed guard of your account asks your code "to protect it" (contact.impersonation roles)', () => {
  scam([
    '你的账号在异地登录存在风险，我是平台安全员，请把收到的短信验证码告诉我帮你冻结账户',
    '您好，我是支付宝安全专员，您的账户有被盗风险，请把刚收到的验证码报给我，我帮您锁定',
    '我是微信风控专员，检测到您的账号异常，请提供短信验证码给我们进行保护',
    '我是银行风控人员，您的卡正在被盗刷，请把收到的验证码念给我，我马上帮您拦截',
    '我是京东安全员，您的白条有异常登录，请把验证码发给我帮您冻结',
    '这里是抖音安全专员，您的账号存在违规，请把短信验证码告诉我们解除风险',
    '我是平台安全专员，您的资金有风险，请告知收到的验证码，我为您做保护',
    '您好我是淘宝安全员，有人在改您的密码，把验证码报一下我帮您拦下来',
    '我是美团风控专员，您的账户在外地被登录，请把验证码发我处理',
    '我是快手安全员，您的账户被举报，需要您把收到的验证码告诉我核实身份',
    '我是银联的风控专员，您的卡正在被盗刷，请回复收到的六位验证码帮您止付',
  ], 'a claimed guard and your code asked');
  safe([
    '【支付宝】验证码482913，您正在登录，安全员不会向您索要验证码，切勿泄露',
    '我是小区的安全员，明天上午检查消防通道，请把楼道里的杂物清走',
    '工地安全员提醒：进入现场必须戴安全帽',
    '【微信】您的账号在新设备登录，如非本人操作请在微信内修改密码',
    '我们公司的风控专员下周到岗，负责审核合同',
    '【招商银行】风控提醒：任何自称安全员、风控专员索要验证码的都是诈骗',
    '学校安全员通知：放学后请家长在校门外接孩子',
    '我是平台安全员，最近冒充客服的多，收到验证码千万别告诉任何人',
    '我是银行的风控人员，这周在培训，周末一起吃饭吧',
    '您好，我是建设银行风控中心的，刚才您的账户有一笔转账，想跟您确认是否本人操作',
    '安全员小李：今天的安全检查已完成，无隐患',
  ], 'a real safety officer, a warning, a platform\'s own notice');
});

describe('R2b: a policy surrendered with all premiums back plus interest (pretext.full-surrender)', () => {
  scam([
    '您好 我是中国人寿 您的保单可以退保返还全部保费加利息 需要您提供银行卡和验证码办理',
    '我是平安保险的，您的分红险可以全额退保，保费加利息一起退，请把银行卡号和验证码发给我',
    '您的保单符合无损退保政策，全部保费返还，请提供收到的验证码办理',
    '这边是泰康的，您那份保险可以零损失退保，全额返还，需要您把银行卡号和密码告诉我',
    '您好，您的保单可以退保了，保费全额退还还加利息，麻烦把验证码报给我',
    '我是保险公司客服，您的重疾险可以全额退保，请把收到的短信验证码告诉我帮您办理',
    '您的寿险保单可以申请全额退保，连本带息退还，请提供银行卡号和验证码',
    '我是新华保险的，您的保单保费可以全部退还加利息，需要您提供验证码确认身份',
    '人保客服：您的保单可办理无损退保，全部保费退回，请回复验证码办理',
    '您好我是太平洋保险，您的保险可以全额退保，请把银行卡和验证码发过来',
  ], 'the surrender bait and a code or a card asked');
  safe([
    '【中国人寿】您的保单（尾号3321）年度保费4800元将于12月15日自动扣缴，请保证账户余额充足。',
    '犹豫期内退保可全额退还保费，超过犹豫期只退现金价值，请通过官方APP办理',
    '警惕“全额退保”骗局：保险公司不会让您提供验证码退保',
    '退保只退保单的现金价值，具体金额请登录APP查询',
    '您的车险理赔款3200元已支付至尾号4455的银行卡',
    '您的保单已过犹豫期，如需退保请本人携带身份证到柜台办理，按现金价值退还',
    '妈，那个说能全额退保加利息的电话是骗子，别理',
    '【平安保险】您的保单已生效，保险期间一年，详情见平安金管家APP',
    '您申请的退保已办理完成，现金价值3,120元将原路退回',
    '我想退保，但听说只能退现金价值，亏得有点多',
  ], 'a real insurer\'s notice, the cooling-off refund, a warning');
});

describe('R2c: a dialect\'s "tell me" (报一记, 讲一记, 报拨我) reads as a request (zh act.tell)', () => {
  scam([
    '喂 侬好 阿拉是淘宝客服 侬买额衣裳有质量问题 阿拉要赔侬钱 侬银行卡号报一记',
    '阿拉是京东售后 侬额快递弄丢脱了 要赔侬三倍 侬手机上额验证码报一记',
    '侬好 阿拉是拼多多客服 侬额商品有质量问题 赔侬钞票 侬卡号讲一记',
    '阿拉是顺丰理赔专员 侬额件子坏脱了 侬额验证码讲拨我听',
    '阿拉是抖音客服 侬开了百万保障 要扣钞票 侬收到额验证码报拨我',
    '侬好 阿拉是银行客服 侬额卡被人盗刷了 侬额验证码报一记',
    '阿拉是淘宝售后 侬额订单退款 侬银行卡号搭开户行报一记',
    '阿拉这里是美团客服 侬额会员要扣费 验证码报一记阿拉帮侬关脱',
    '阿拉是京东金融 侬额校园贷要注销 侬额验证码讲一记',
    '侬好 阿拉是快递公司 侬额包裹丢了赔侬钞票 银行卡号讲拨我',
  ], 'a claimed desk, a story and the code or the card asked in Wu');
  safe([
    '阿拉明朝去报一记名 侬要一道去伐',
    '侬讲一记 今朝夜饭吃啥',
    '老师讲拨我听 明朝考试改到下午了',
    '侬额快递到了 放勒门卫间',
    '阿拉姆妈讲一记 周末回来吃饭',
    '侬报一记名字 阿拉帮侬登记体检',
    '验证码勿要报拨任何人 阿拉银行勿会问侬要',
    '阿拉是小区物业 明朝停水 侬早点放水',
    '侬把地址报一记 我寄点年货拨侬',
    '伊讲拨我听 伊明朝勿来了',
  ], 'Wu talk with no card or code asked, or a warning', 'chat');
});

describe('R3a: a health product\'s "refund" collected by bringing your bank card to a hotel or a venue (pretext.bring-card-refund)', () => {
  flagged([
    '【康养中心】冯大妈您好，您去年买的保健枕被认定为不合格，厂家退款3050元，请明天上午带银行卡和身份证到江家宾馆会议室领取。',
    '【康复服务】周大爷，您买的负离子床垫厂家召回，退款2600元，请后天带上银行卡到海悦酒店二楼会议室领取。',
    '刘阿姨您好，上次的营养粉可以退钱了，明天上午带着存折到我们会场，工作人员现场帮您办。',
    '【售后中心】您购买的理疗仪已纳入召回，补偿款1800元，请本人携带银行卡和身份证到金桥饭店三楼领取。',
    '孙奶奶，国家对保健品统一退款，您带好银行卡和手机来门店一趟，我们帮您操作。',
    '赵叔叔您好，您的按摩椅厂家赔偿3000元，周六带上存折到社区旁边的福满楼二楼找王经理。',
    '【健康顾问】李大妈，您的磁疗仪退费已批，请带银行卡到红星宾馆一楼大厅，领退款还送鸡蛋。',
    '您去年买的足疗机不合格，厂家退你钱，你带银行卡和身份证明天九点到会议室来。',
    '吴阿姨，保健酒召回退款1200元，请您带上您的银行卡到我们体验店，现场办理。',
    '钱大爷，您的降糖仪退款2800元已到，带着银行卡来一趟活动中心，我们现场帮您在手机银行上操作。',
  ], 'a product refund collected with your card at a venue');
  safe([
    '【中国银行】您的借记卡已到期，请携带身份证和旧卡到任一网点柜台办理换卡。',
    '您购买的保健品退款已受理，款项将原路退回至您的支付账户，1-3个工作日到账。',
    '社区健康讲座周六上午九点在阳光宾馆会议室举行，免费测血压，欢迎老年朋友参加。',
    '警惕！有人以保健品退款为名让老人带银行卡到宾馆，这是诈骗，请告诉家里老人。',
    '下周体检请带上身份证和医保卡，到社区卫生服务中心。',
    '【XX区人社局】您的社保卡已制作完成，请携带身份证到社区服务中心领取。',
    '王阿姨，您上次订的酒店会议室周六可以用，带上身份证来前台登记就行。',
    '【工商银行】您的银行卡换卡通知：请本人携带身份证和银行卡到就近营业厅办理。',
    '妈，明天去医院记得带医保卡和银行卡，缴费要用。',
    '老年大学下周在文化宫开课，请带好学员证，学费已通过学校系统收取。',
  ], 'a bank\'s counter, a health talk with no card, a refund back the way it was paid, a warning');
});

describe('R3b: Taiwan, Hong Kong and Macau offices and carriers (read after 繁→简) with an outside link (gov-notice, utility-arrears)', () => {
  flagged([
    '【健保署】您的健保卡即將停用，請於24小時內至 nhi-card6418.com 更新資料。',
    '【健保署】您的健保卡即將停用，請至 nhi-card6418.com 重新驗證',
    '【健保署】您的健保卡資格已暫停使用，請點擊 nhi-renew2290.net 重新認證。',
    '【中華電信】您的帳單逾期未繳，將於今日停話，請至 cht-pay5460.com 繳費。',
    '【台灣大哥大】您的門號欠費未繳，今晚停話，請至 twm-bill7731.com 立即繳清。',
    '【監理站】您有一筆交通罰單未繳，逾期加倍，請至 mvdis-4566.com 線上繳納。',
    '【運輸署】閣下的車輛牌照費尚未繳付，請於今日到 td-hk5864.com 繳費，否則罰款。',
    '【澳門電訊】您的話費帳單逾期，請到 ctm-mo2961.com 繳費，逾期停機。',
    '【ETC遠通】您的eTag通行費欠繳將處罰鍰，請至 fetc-6542.com 繳納。',
    '【監理所】您的駕照即將註銷，請至 mvdis-renew.net 補審資料。',
  ], 'a regional office or carrier, a problem and a link off its domain');
  safe([
    '【健保署】提醒您，健保卡遺失請至各地健保署聯合服務中心或郵寄申請補發，請勿點選不明連結。',
    '【中華電信】您本月帳單金額NT$599，繳費期限12/20，可至中華電信APP或門市繳納。',
    '【監理站】您的駕照將於明年3月到期，請攜帶身分證至各監理站辦理換照。',
    '我明天要去監理站考駕照，緊張死了',
    '健保卡在藥局刷一下就好，不用另外帶什麼',
    '【運輸署】提提你：網上續領車輛牌照請使用政府網站，切勿點擊不明短訊連結。',
    '澳門電訊今年的套餐好像便宜了一點',
    '媽，中華電信的帳單我幫你在APP繳了',
    '【台灣大哥大】您本期帳單已出，金額NT$499，請於期限前繳納，謝謝。',
    '阿公的健保卡放在抽屜裡，看醫生記得帶',
    '【居委会】城乡居民医保代缴开始，未缴费居民请携带户口本到居委会办理或通过税务APP缴纳。',
  ], 'real notices, talk about the offices, warnings');
});
