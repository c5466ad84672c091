/**
 * Scams newcomer12 found read as safe or too low in session 12 (its probes, our own writing), each fixed as a KIND:
 * siblings written here, scams and legitimate texts in the same words (src/playbook/zh/nc12-kinds.ts; the entity
 * reader's written card number, src/entities/entities.ts). The newcomer's own input leads each list where it had one.
 * Read with the rules only, as `fanzha eval` reads (the text model may lift a message to `suspicious`, never to `scam`).
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../src/index.ts';
import { extractEntities } from '../../src/entities/entities.ts';

const engine = createEngine({ model: false });
const read = (text: string) => analyze({ channel: 'sms', text }, { engine });

function scam(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).toBe('scam'));
}
function flagged(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).not.toBe('safe'));
}
function safe(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).toBe('safe'));
}
function notScam(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).not.toBe('scam'));
}

describe('a card number as written (entity card-number, src/entities/entities.ts writtenCard)', () => {
  const kinds = (text: string) => extractEntities(text).map((e) => `${e.kind}:${e.value}`);
  it('16-19 digits from 6 beside a card or account word, the check digit failing, are a written card number', () => {
    expect(kinds('转这个账号 622202 1234 5678 901 户名王某')).toContain('card-number:62220212345678901');
    expect(kinds('你转我个人卡上 6217001234567890 晚上就还')).toContain('card-number:6217001234567890');
    expect(kinds('卡号：6228 4800 1234 5678')).toContain('card-number:6228480012345678');
  });
  it('not beside an order word, not without a card word, and a Luhn-valid number stays bank-card', () => {
    expect(kinds('订单号6217001234567890')).toContain('order-number:6217001234567890');
    expect(kinds('编号 6228480012345678 已登记')).toContain('order-number:6228480012345678');
    expect(kinds('卡号6222 0212 3456 7890 128')).toContain('bank-card:6222021234567890128');
  });
});
function ownLoss(texts: string[], title: string): void {
  for (const text of texts) {
    it(`${title}: ${text}`, () => {
      const r = analyze({ channel: 'chat', text }, { engine });
      expect(r.verdict).toBe('scam');
      expect(String(r.advice[0])).toMatch(/110|96110/);
    });
  }
}

describe("kind S4: your child or relative hurt, told by a third party, the hospital's money sent to that party (pretext.relative-hurt + extract.pay-through-me)", () => {
  scam([
    '抱歉打扰了，我是您孩子所在学校的心理老师，孩子刚才在学校出了意外，现在送医院了，需要先交5000抢救费，您先转给我，医院要求马上交。',
    '您好，我是您儿子的辅导员，他在宿舍突发疾病送医了，需要先交手术费两万，请您马上转到我这里，我去缴费。',
    '叔叔您好 我是您孩子同学的家长 孩子在学校打架把人打伤了 在医院急着交医药费 您先转一万过来 老师让我联系您的',
    '你好我是医院的 你爸在我们这里 刚才晕倒了 需要马上交押金八千 你先转到我这个账户 我帮你去交',
    '阿姨您好，我是小军的室友，他骑车摔伤了正在急诊，医生说要先交三千块检查费，他手机摔坏了，您转给我，我去窗口交。',
    '王女士，我是幼儿园的李老师，宝宝玩滑梯磕破了头，在医院缝针要交两千医药费，您先把钱转到我微信上。',
    '您好，您母亲在路上摔倒了，我们把她送到了人民医院，住院押金要一万，您先转到我这里，我帮忙办手续。',
    '我是你儿子的班主任，他在体育课上晕倒了，现在在抢救，抢救费要两万，你马上转我支付宝，医院等着用。',
    '您女儿在学校食堂烫伤了，我是校医，要马上转院，转院的费用五千块先打到我卡上，我垫不了这么多。',
    '叔叔，我是您侄子的同事，他出车祸了在ICU，手术费差三万，您赶紧转给我，我替您交上。',
    '你好，我是你爸的工友，他从架子上摔下来了，医院要先交八千块押金才给做手术，你把钱转到我这个卡上。',
  ], 'the scam');
  safe([
    '妈，这个月生活费你转我卡上吧，我下周要交书本费。',
    '儿子，我给你转了两千生活费，记得按时吃饭。',
    '【人民医院】您的住院预交金余额不足，请到住院收费处或通过医院公众号缴费。',
    '老公，我妈住院了要交押金五千，你转给我一下，我在医院等着。',
    '王老师，孩子的医药费保险理赔材料我已交到学校，麻烦您帮忙转给保险公司。',
    '您好，孩子在校摔伤的医药费，学校已为您申请学平险理赔，请到校医室领取报销单。',
    '爸，我住院押金交了，医保能报一半，您别担心。',
    '小张，你妈的手术费我已经转给你了，查收一下。',
    '【XX学校】家长您好，本学期学生平安保险费100元，请通过学校缴费平台缴纳，学校不收现金、不向个人账户转账。',
    '妈，学校要交下学期的住宿费1200，你先打到我卡上，我明天去财务处交。',
    '妈，驾校报名费要交4800，你先转给我，我下午去交。',
    '妈，你先帮我垫一下下个月的房租，2500，发工资了我就还你。',
  ], 'the same words, legitimate: safe');
});

describe("kind S1: the \"boss\" orders a company payment, the account sent apart, the approval skipped (pretext.skip-approval + extract.boss-payment)", () => {
  scam([
    '财务你好，我是陈总，刚跟客户签完合同，预付款20万今天要打过去，对方账户我稍后发你，直接付，不用走审批了。',
    '小刘，我是王总，换了个微信，你把这个月的供应商货款先付了，账户在附件里，办完跟我说。',
    '小王，我是李总，这是我的新微信。合同保证金15万今天必须付给对方，账号我马上发你，先付，手续回头补。',
    '会计你好，我是刘董，我在外面开会不方便接电话，马上给客户转30万定金，账户我发你邮箱了，别走流程了。',
    '出纳，我是赵总，有笔货款急着付，12万，对方的收款账户稍后发给你，先打过去，审批单我回来签。',
    '小陈，我这个是新号，你先把工程款18万付给对方公司，户名和账号看我发你的截图，今天下班前办好。',
    '我是你们孙总，跟客户吃饭呢不方便说话，你现在转8万到对方账户上，账户信息我让秘书发你，先转后补手续。',
    '财务，我是周总，对方公司换了收款账户，今天的货款打到新账户，账号稍后发你，不用再核对了。',
  ], 'the scam');
  safe([
    '各位同事：本月供应商货款付款申请请于25日前在OA系统提交，经部门负责人和财务总监审批后统一支付。',
    '王会计，供应商货款的付款单我已在OA里提交，麻烦您按流程审批。',
    '【用友】您有一条付款审批待处理：供应商货款12万元，请登录系统查看。',
    '李总，这个月供应商货款的付款申请已经走完审批，今天下午财务统一打款。',
    '小刘，下周一的合同付款先别急，等法务审完合同再走审批。',
    '财务部通知：所有对外付款须经OA审批，任何人通过微信、电话要求转账一律不予办理。',
    '张总，客户的预付款20万已到账，回单发您邮箱了。',
    '刘姐，报销单我交了，王总已经在钉钉上审批通过，麻烦这周打款。',
    '提醒：近期有人冒充公司领导加微信要求财务转账，请务必电话核实，按流程审批。',
    '陈经理，对方公司的收款账户我已电话核实过，付款申请在OA里，请审批。',
  ], 'the same words, legitimate: safe');
});

describe("kind S2: money to a card number written out, or \"this account\" pointed at (extract.to-written-card + pretext.short-of-money)", () => {
  scam([
    '朋友 急用两千 转这个账号 622202 1234 5678 901 户名王某 谢了',
    '兄弟 我在缅甸这边 急需1万块钱赎人 求你了 打这个卡号',
    '哥们 帮个忙 我这边急着付个货款 差五千 你转我个人卡上 6217001234567890 晚上就还',
    '老同学，我最近资金周转不开，能不能借我五千，转我个人卡就行，卡号6222001234567890',
    '我被扣在派出所了 要交两万保证金 急用 转这个账号 6222 0811 2233 4455 户名张某',
  ], 'the scam');
  flagged([
    '哥们江湖救急 转我卡上 6228 4800 1234 5678 明天还',
    '在吗 急用三千 打这个卡 6217 8800 1234 5566 户名刘某 下周还你',
    '表哥 周转一下 八千 汇到 6228 1234 5678 9012 345 开户行农行',
    '姐 手头紧 转这张卡就行 6230 5211 0000 1234 明天发工资还你',
    '老板 货款先打这个卡号 6214 8301 2345 6789 户名陈某 急着发货',
    '同学 借我两千应急 转这个卡号 6216 6100 0012 3456',
  ], 'flagged at least');
  safe([
    '儿子，生活费已经转到你卡上了，卡号6217001234567890那张，查收一下。',
    '【工商银行】您尾号5678的储蓄卡12月1日工资收入8,000.00元。',
    '您的订单号6217001234567890已发货，请注意查收。',
    '房租请于每月5日前交，房东收款账户见合同第三条。',
    '妈，我给你转了两千，卡里查一下。',
    '千万别往陌生人发来的卡号转钱，先打电话核实。',
    '【京东】您尾号1234的银行卡支付订单成功，金额89.00元。',
    '妈，这个月生活费你转我卡上吧，我下周要交书本费。',
    '我的银行卡号6217001234567890，工资卡，以后报销打这里，财务那边我已经登记了。',
    '退款已退回您尾号5678的银行卡，请注意查收。',
  ], 'the same words, legitimate: safe');
});

describe("kind S6: compensation offered, then their code to scan for it (extract.scan-for-payout)", () => {
  scam([
    '你的快递丢了 赔你 扫码',
    '你的快递丢了 理赔 扫我码',
    '你好，我是快递员，你的包裹放错了，我加你微信把钱退给你，你扫一下我发的码。',
    '你好 我是美团骑手 你的外卖洒了 我赔你 你加我微信 我转给你 你先扫我这个码确认一下',
    '快递破了 赔你50 扫这个码',
    '亲 包裹丢件了 给您赔付 扫一下二维码就到账',
    '您的件弄丢了，按三倍赔给您，扫我发的二维码领取',
    '你的快递被压坏了，我这边直接赔你，扫一扫我的码',
    '丢件理赔 扫码领取 加急',
    '不好意思送错了，钱退给你，你扫我的收款码确认一下',
  ], 'the scam');
  flagged([
    '外卖撒了不好意思 退你钱 扫下我这个码',
  ], 'flagged at least');
  safe([
    '【顺丰速运】您的快件理赔已受理，理赔进度请扫码关注公众号查看。',
    '快递丢了，我已经在淘宝申请退款了，商家同意赔付。',
    '外卖洒了，骑手说给我退款，平台已经原路退回了。',
    '【美团】您的订单已退款18元，扫码评价本次服务，领取红包。',
    '千万别扫陌生人发来的码，说赔你钱的都是骗子。',
    '取件时请扫快递柜屏幕上的二维码开箱。',
    '您好，您的快递已放在菜鸟驿站，凭取件码领取，也可扫码查看物流。',
    '理赔款已转给你了，你查一下微信零钱。',
  ], 'the same words, legitimate: safe');
  notScam([
    '【中通快递】您的快件在运输途中破损，我司已登记理赔，理赔专员将在3个工作日内与您联系。',
    '【京东物流】您的快件外包装破损，客服将致电您确认是否需要补发或理赔。',
  ], 'the same words, legitimate: never scam (flagged today by other tactics)');
});

describe("weak asks: the bank card itself to fill in or to have at hand, the caller's own code to scan (extract.card-credentials, extract.scan-sent-code)", () => {
  scam([
    '您好 你那个航班延误了 我们这边给你理赔300块 你登录一下这个网页填一下银行卡 就能到账',
    '喂你好我是抖音客服你在抖音上开通了直播会员每个月要扣你一千块钱你如果不想扣的话我现在帮你关掉你先把你的银行卡拿出来',
    '我这边是你们公司人事部的，年终补贴已经下发了，需要你下载这个APP登记一下银行卡信息，今天截止。',
    '你的快递丢了，我们赔你两百，点这个链接填写银行卡就行',
    '您开通的百万保障下月扣费，要取消的话把银行卡准备好，我一步步教你',
    '淘宝客服，您的退款失败了，在这个页面输入银行卡和姓名重新提交',
    '您好，您的社保补贴到账失败，请登录网页填下银行卡重新领取',
    '航班取消了，改签补偿200元，打开这个链接输入银行卡领取',
    '您的会员即将自动扣费，如需取消，请准备一张银行卡，客服会联系您',
  ], 'the scam');
  flagged([
    '喂喂 听得到吗 我跟你说你那个花呗啊 要关掉 不然每个月扣你钱 你现在 打开那个 支付宝 点我的 然后 我给你发个码你扫一下',
    '京东金融这边，您的白条要注销，先拿出您的银行卡，我核对一下',
  ], 'flagged at least');
  safe([
    '办理时请携带银行卡和身份证到柜台，工作人员会协助您。',
    '【建设银行】您的新卡已寄出，收到后请到APP激活，切勿向任何人透露卡号密码。',
    '出门记得带上银行卡，交房租要用。',
    '【工商银行】尊敬的客户，您可通过手机银行绑定银行卡，享受快捷支付。',
    '妈，你那张银行卡拿出来我看看还有多少钱，要交学费了。',
    '警方提醒：凡是让你在网页上填写银行卡的“理赔客服”都是骗子。',
  ], 'the same words, legitimate: safe');
  notScam([
    '填写银行卡号时请仔细核对，以免工资发放失败。（人事部）',
  ], 'the same words, legitimate: never scam (flagged today by other tactics)');
});

describe("kind S5: a friend on a new number asks a loan, sent by WeChat or Alipay (extract.money-request: 借我 … 转我; pretext.urgent-money: robbed away from home)", () => {
  scam([
    '我是你大学室友啊 换号了 最近手头紧 能不能借我3000 下个月发工资还你 支付宝转我就行',
    '老同学，我换号了，这个是新号，能不能借我2000，微信转我就行，周五还你',
    '表姐，我手机丢了这是新号，急着交房租，借我1500，支付宝转我就好',
    '兄弟，原来的号不用了，存一下这个新号。借我五千周转下，微信转我',
    '我是小李啊，换了个新号，这两天手头有点紧，能借我800吗，转我微信就行',
    '哥，我手机坏了这是朋友的号，借我两千，直接支付宝转我这个号',
    '是我，旧号不用了。能不能先借我3000，下周发工资就还，微信转我就可以',
    '舅舅，我换号了，学校要交资料费，借我600，转我支付宝，月底还',
    '同事，我微信号换了，加这个新号，借我一千应急，转我微信',
  ], 'the scam');
  flagged([
    '老同学，好久不见！我现在在外地出差，钱包被偷了，能不能先借我2000，微信转我就行，明天一定还你。',
    '大学同学，还记得我吗，我是王磊，最近周转不开，借我3000块，支付宝转我就行',
  ], 'flagged at least');
  safe([
    '周末聚餐的钱我先垫了，回头你微信转我就行。',
    '上次借我的3000，下个月发工资还你，支付宝转你。',
    '你换号了？我存一下，周末一起吃饭。',
    '妈，我换号了，这是我新号，存一下，周末回家。',
    '我手机丢了这是新号，明天去补卡，有事打这个。',
    '借我充电宝用一下，我手机没电了。',
    '能不能借我你的车用一下，周六还你。',
    '房租我先帮你交了，你微信转我就行，不急。',
    '老同学，好久不见，周末有空一起吃饭吗？',
    '【支付宝】您的好友向您发起了转账请求，请在支付宝APP内确认。',
  ], 'the same words, legitimate: safe');
});

describe("kind S3: a victim's retelling, the recipient left out (an account unnamed, a payee gone silent, a loan appeared after the code): the reader's own loss, 110/96110 first (extract.user-paid)", () => {
  ownLoss([
    '姐 我跟你说个事 今天有个人给我打电话说是京东的 说我开了个什么金条 不关会影响征信 他让我把钱转到一个账户上 我已经转了两万了 刚才他又让我再转',
    '客服说我的退款卡在系统里了，要我给他一个备用金的验证码，说这样才能退，我给了。现在借呗多了一笔借款',
    '昨天有个自称拼多多客服的打电话给我说给我退款198，叫我打开支付宝备用金借出来再转给他说是走流程，我转了3000过去他就不接电话了。',
    '刚才有人说是快递理赔的，让我把钱转到一个账户验证，我转了五千，现在他又让我再转一万',
    '我妈中午接了个电话，按人家说的转了八千到一个账号上，现在对方关机了',
    '他说是银行的，让我把验证码给他，我给了，现在微粒贷多了一笔贷款',
    '我刚才转了两千过去，说好马上退回来，现在他不回消息了',
    '有个人说我医保卡异常，我已经转了三万到他的账户，刚才他还让我转',
    '对方说是抖音客服，我照着弄了，结果借呗多了一笔借款，钱也转过去了',
    '下午有个说是淘宝的人让我扫码，我付了五百，之后就失联了',
    '我爸按那个人说的转了一万到一个账户上，这是怎么回事',
  ], 'own loss told by the reader, 110/96110 first');
  safe([
    '我刚给房东转了房租，他说收到了。',
    '这个月的借款我已经还了，借呗里没有欠款了。',
    '我转了三千给我妈，她说收到了，放心吧。',
    '给你打了几次电话你都不接电话，转的钱收到没？',
    '我已经把学费转到学校的账户上了，老师确认收到了。',
    '刚给装修师傅转了定金，他明天来开工。',
    '听说有人把钱转到一个账户上被骗了，大家小心。',
    '如果有人让你把钱转到一个账户上，千万别转，一定是骗子。',
    '快递员打电话我没接，回过去他关机了，明天再取吧。',
    '支付宝提醒：您的借呗有一笔借款将于12月5日到期，请按时还款。',
  ], 'the same words, legitimate: safe');
});
