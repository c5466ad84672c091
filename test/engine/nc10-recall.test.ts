/**
 * Recall kinds a newcomer found by probing in session 10 (newcomer10, 250 inputs of its own), each as a
 * KIND: siblings written here, scams and legitimate texts in the same words (src/playbook/zh/probe-kinds.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const sms = (text: string) => analyze({ channel: 'sms', text });

function flagged(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).not.toBe('safe'));
}
function scam(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).toBe('scam'));
}
function safe(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).toBe('safe'));
}
function notScam(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).not.toBe('scam'));
}

describe('kind 1: a tiny fee for a parcel or a free gift (extract.courier-fee, extract.free-gift-fee)', () => {
  flagged([
    '【物流提醒】您的快件因收件地址不完整无法派送，请扫码补充地址并支付1元改派费',
    '您好，您的包裹超重0.5公斤，需补交运费3元，扫码支付后当天派送，否则退回寄件人',
    '尊敬的客户，您的快递已二次派送失败，请点击链接重新预约并支付2元服务费',
    '快递滞留通知：您的包裹已在网点滞留3天，支付1元保管费即可重新派送',
    '您的件面单破损无法识别，点击链接核对地址并付1.5元手续费，逾期退回',
    '恭喜您获得本店0元购名额，付29元邮费即可领取价值699元的破壁机',
    '老客户回馈活动：免费送您一套四件套，只要付个运费就行，加微信领取',
    '您是本月幸运顾客，可免费领取智能手环一只，只需支付45元运费',
    '周年庆免费赠送保温杯，扫码付12元快递费马上发货',
    '恭喜抽中免费领取电热毯一条，需先交19元邮费才能寄出',
  ], 'a stranger\'s small fee reads at least suspicious');
  safe([
    '【顺丰速运】您的快件派送失败，快递员将于明天再次派送，如需改约请在顺丰APP内操作',
    '【菜鸟】您的包裹因地址不详暂存驿站，请联系快递员或在菜鸟APP修改地址',
    '你寄的那个箱子超重了，快递员说多出来的运费签收时付给他就行',
    '【中通快递】改派不收任何费用，请勿相信索要改派费的短信',
    '您的订单已取消，支付的运费将原路退回',
    '本店满99元包邮，赠品不收运费',
    '0元购活动请在APP内参与，运费由商家承担',
    '免费领取的试用装已经寄出，请注意查收',
    '我上次参加那个0元购，付了运费，东西还行',
    '店庆全场八折，到店免费送小礼品',
  ], 'a real courier\'s or shop\'s message stays safe');
});

describe('kind 2: a relative on a new or borrowed number asks to 打钱 (contact.new-number, 打/汇/转 + a sum)', () => {
  scam([
    '妈 我手机掉水里了这是室友的号 你先往这个卡上打两千 急用',
    '爸我手机被偷了 用同学的号给你发的 你打五千到这张卡上 6217000011112222',
    '舅舅 我手机坏了 这是我朋友的手机 能不能先给我转三千 明天还你',
    '姐 原来的号不用了 存一下这个新号 你先给我打一万过来 有急事',
    '哥 我手机摔坏了这是同事的号 帮我汇两万到这个账户上 别跟爸妈说',
    '奶奶 我手机丢了 这是同学的号 学校要交资料费 你给我打八百块',
  ], 'the new-number opener with money asked is scam');
  notScam([
    '妈，我这个月生活费花完了，你能给我转500吗',
    '爸，下周要交学费了，你往我卡上打五千',
    '哥 借我一千 发了工资就还你',
    '舅妈 我在医院 你先给我打点钱 一万就够',
    '老婆，房租该交了，你给房东转三千二',
  ], 'a family request without the opener is at most suspicious');
  safe([
    '妈，我手机坏了，明天去修，这两天有事打我室友电话',
    '我换号了，这是我的新号，存一下，以后打这个',
    '打三折的羽绒服太划算了，我买了两件',
    '你有空打一下王阿姨的电话，问问她明天来不来',
    '上次你打过来的五千我收到了，谢谢妈',
  ], 'an opener alone, a discount, a call or thanks stays safe');
});

describe('kind 3: coaching the victim to lie to the bank (cover.lie-to-bank)', () => {
  flagged([
    '一会儿银行要是打电话核实，你就说是自己网上买东西',
    '柜员问你这笔钱干嘛用的，你就说是给亲戚看病的',
    '不管谁问，银行也好家里人也好，你就说是借给朋友做生意的',
    '到了柜台客户经理问起来，你就回答是自己买理财',
    '记住别提我们客服，就说是你自己要转的',
    '这事不要跟银行说，不然你的理赔就办不成了',
  ], 'one such line alone reads at least suspicious');
  scam([
    '你把钱转到这个账户，银行打电话问你，你就说是自己买东西',
    '柜员要是问你转给谁，你就说转给自己的朋友，现在把五万转到我给你的账户',
  ], 'with any request it reads scam');
  safe([
    '银行打电话问你的时候，你就如实说是谁让你转的',
    '柜员问你转给谁，你要说实话，别怕',
    '骗子会教你跟银行说是自己买东西，千万别信',
    '银行客户经理问你要办什么业务，你就说开一张新卡',
    '老师问起来你就说是我让你早点回家的',
    '密码不要告诉银行工作人员，否则不安全',
  ], 'honest advice and warnings stay safe');
});

describe('kind 4: "I transferred to you by mistake, send it back to this card" (pretext.mistaken-transfer)', () => {
  flagged([
    '你好，我刚才转错账了，转了你三千，麻烦退到这个卡上 6222020000111122',
    '不好意思我误转了两千到你支付宝，你转回到这个账户就行',
    '兄弟，我不小心往你卡里打了五千，你退给我这个账户吧，我等着用',
    '您好，我这边汇错了钱到您的卡，请把钱转到以下账号',
    '我是刚才给你转钱的人，转错人了，麻烦你打回到这张卡上',
  ], 'the money asked back to a card or account they give reads at least suspicious');
  safe([
    '不好意思，刚才微信转账点错人了，转了你200，方便退一下吗',
    '我转错了账，已经联系银行原路退回了',
    '银行说转错账可以申请退回，你去柜台问问',
    '你寄错地址了吧，快递显示在隔壁小区',
    '这道题我做错了，重新算一下',
  ], 'a real mistake reversed in the app, or no money at all, stays safe');
});

describe('kind 5: a clear extraction whose pretext had no tactic (loan to a safe account, loan held, state refund, credit wiped)', () => {
  scam([
    '您的花呗账户有违规记录，需配合把花呗额度都借出来转入监管账户，核实后退还',
    '你在微粒贷借款五万，转到我们的指定账户做资金验证，验证完原路返回',
    '您好，您申请的贷款已审批通过，但您的银行卡号填错了，资金被冻结，需要交一笔解冻费到这个账户才能放款',
    '您买的保健品属于违规产品，国家专项基金统一退费，先转500元手续费到以下账户',
    '你的逾期记录我们有内部渠道可以帮你消除，先交1500元手续费',
    '您好，这里是社区，您符合高龄补贴可以领三千，请把银行卡号和收到的验证码报给我',
  ], 'the extraction with its own story reads scam');
  safe([
    '【微众银行】您的微粒贷借款已放款至尾号1234的银行卡，请查收',
    '贷款资金将发放至您指定的本人账户，我行不收取任何费用',
    '您的贷款申请因资料填写错误未通过审核，请登录APP修改后重新提交',
    '保健品退货请带购买凭证到门店办理',
    '【信用中国】信用修复不收取任何费用，请登录网站在线申请',
    '我妈买的保健品太贵了，我打算去找他们退',
  ], 'lenders\', shops\' and offices\' own words stay safe');
  notScam([
    '公安机关没有安全账户，让你把贷款转入安全账户的都是诈骗',
    '新闻说骗子会让人把网贷借出来转到指定账户，大家小心',
  ], 'a warning, or a loss told, is no such ask');
});

describe('kind 6: Chinese chat-speak in pinyin with joined syllables is read as Chinese (src/normalise/pinyin.ts)', () => {
  flagged([
    'nin hao wo shi jingdong kefu, nin de dingdan you wenti, yao gei nin tuikuan, qing jia wo weixin',
    'ni de kuaidi diu le, jia wo weixin gei ni lipei',
    'ni kaitong le baiwan baozhang, mei yue kouqian, xuyao quxiao',
  ], 'a scam in joined pinyin reads at least suspicious');
  safe([
    'mama wo dao jia le, kuaidi shoudao le ma, xiexie',
    'Your parcel has shipped and will arrive on Tuesday. Track it in the app.',
    'Same time next week? The game came home late.',
  ], 'family pinyin and English stay safe');
});
