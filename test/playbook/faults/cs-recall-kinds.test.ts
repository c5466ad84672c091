/**
 * Customer-service refund recall by KIND (issue 8 §1.3/§1.4/§4; found in the misses of our own corpus
 * data/corpus/gen-scam-cs-zh.jsonl, every input here our own writing, siblings of the corpus lines,
 * never a corpus line itself):
 *  - a payout pressed on you whatever the cause (pretext.payout-offer) with a move;
 *  - a claims line judged by the number's own digits (shift.claims-line, entity cue `notOfficial`);
 *  - a WeChat/QQ handle given with no verb ("客服QQ：…", "加v：…") (shift.group);
 *  - "your refund is stuck" (pretext.refund-stuck) with a move;
 *  - the call announced in other words (contact.promised-callback) after a story.
 * Hard negatives: real refund notices, a platform's published lines, a shop's own policy, chats the
 * customer opened, warnings quoting the script.
 */
import { describe, it } from 'vitest';
import { callerCall, chat, runCase, sms, type FaultCase } from './helpers.ts';

const PAYOUT: FaultCase[] = [
  { name: 'banned ingredient, full refund, WeChat', expect: 'not-safe', tactics: ['pretext.payout-offer'],
    input: sms('您购买的洗发水含有禁用成分，厂家给您退全款，加客服微信 xf-tk01 办理') },
  { name: 'shop closed, platform refunds, QQ group', expect: 'not-safe', tactics: ['pretext.payout-offer'],
    input: sms('您下单的店铺已停业，平台统一退回货款，请加QQ群 553219870 登记') },
  { name: 'fake goods, ten times, add a friend', expect: 'not-safe', tactics: ['pretext.payout-offer'],
    input: sms('您买的手表是仿冒品，商家承诺假一赔十，请添加售后好友领取') },
  { name: 'compensation waiting, call a mobile', expect: 'not-safe', tactics: ['pretext.payout-offer', 'shift.claims-line'],
    input: sms('您有一笔补偿金待发放，请回电 13766554321 办理') },
  { name: 'platform pays first, link', expect: 'not-safe', tactics: ['pretext.payout-offer'],
    input: sms('商家拒不处理，平台先行赔付您368元，登记请点 pf-xianxing.top') },
  { name: 'warehouse flood, full refund plus compensation, landline', expect: 'not-safe',
    input: sms('仓库进水您的订单无法发货，全额退款并补偿50元，请致电 0571-87651234') },
  { name: 'refund one pay three, code', expect: 'scam',
    input: sms('您购买的奶粉不合格，退一赔三，请把收到的验证码发给我们核实身份') },
  { name: 'oversold, compensation to you, card', expect: 'scam',
    input: chat('您预订的民宿超售了，我们给您赔偿300元，麻烦提供一下银行卡号和开户行') },
  { name: 'money back to you, scan', expect: 'not-safe',
    input: sms('亲，您的货发不了，钱全退给您，扫一下我发的二维码添加客服') },
  { name: 'a call: we pay you, add my WeChat', expect: 'not-safe',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '您好，您那个快递我们给弄丢了，我们赔您两百块，您加一下我微信，微信号就是这个手机号' }] } },
  { name: 'hard negative: refund already back', expect: 'safe', input: sms('【淘宝】您的退款已原路退回，退款金额89.00元，请在淘宝APP查看。') },
  { name: 'hard negative: a shop policy', expect: 'safe', input: sms('【某旗舰店】本店商品支持七天无理由退货，全额退款，详情见淘宝APP订单页。') },
  { name: 'hard negative: the customer wants a refund', expect: 'safe', input: chat('我买的鞋开胶了，我想让商家给我退全款') },
  { name: 'hard negative: a price protection refund done', expect: 'safe', input: sms('【京东】您申请的价格保护已成功，差价15元已退回京东账户。') },
  { name: 'hard negative: a warning quotes it', expect: 'at-most-suspicious',
    input: sms('警方提示：骗子常说“您的商品有问题，给您退全款，加我微信办理”，接到这类短信请直接删除。') },
  { name: 'hard negative: the customer opened the chat', expect: 'at-most-suspicious',
    input: { channel: 'chat', turns: [{ speaker: 'user', text: '我收到的杯子裂了' }, { speaker: 'caller', text: '亲，非常抱歉，给您退全款，您在订单里点申请退款就行' }] } },
];

const LINE: FaultCase[] = [
  { name: 'a mobile with 95 inside it', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您的包裹已破损，理赔请联系专员 19527314408') },
  { name: 'a mobile with 800 inside it', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您的订单退款失败，请致电 13800571234 重新办理') },
  { name: 'a landline with 400 inside it', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您购买的热水壶被召回，可获得赔偿，请拨打 0755-24001234') },
  { name: 'call back, the number after a colon', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您的理赔金已审核通过，因收款账户未实名，请回电：0755 2651 7783') },
  { name: 'call back with the number said after', expect: 'not-safe',
    input: sms('阿姨您好，您买的降压药有问题，我们给您退钱，您回个电话给我们，号码15912345678') },
  { name: 'a contact person with a mobile', expect: 'not-safe',
    input: sms('您投诉的商家已认罚，您可获得先行赔付，对接人：王经理 18612345678') },
  { name: 'spaced digits', expect: 'not-safe',
    input: sms('您的订单异常需退款，请联系客服 1 5 8 2 6 7 3 1 0 4 9') },
  { name: 'plus-86 mobile', expect: 'not-safe',
    input: sms('理赔请拨 +86 139-1820-4476，您的订单有一笔赔偿未领') },
  { name: 'compensation, landline, officer', expect: 'not-safe',
    input: sms('您的快件在运输中受损，可获得赔偿，请联系理赔专员 021-55661234') },
  { name: 'refund failed, call the finance officer', expect: 'not-safe',
    input: sms('您的退款因系统故障未能到账，请致电财务专员 17712345678') },
  { name: 'hard negative: a 95 line', expect: 'safe', input: sms('【京东】退款问题请致电客服950618，或在京东APP联系在线客服。') },
  { name: 'hard negative: a 400 line', expect: 'safe', input: sms('【某航空】您的航班取消，可免费退改，详询4008-123-456。') },
  { name: 'hard negative: an airline short number', expect: 'safe', input: sms('【南方航空】您预订的航班取消，可办理免费退票，详询95539。') },
  { name: 'hard negative: the courier on the round', expect: 'safe', input: sms('【中通】您的快件正在派送，快递员电话13812345678，请保持电话畅通。') },
  { name: 'hard negative: a branch landline', expect: 'safe', input: sms('【韵达】您的快件已到网点，如需改约请联系网点 0571-86651234。') },
];

const HANDLE: FaultCase[] = [
  { name: 'claims, handle after 客服QQ', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的快递丢失，理赔款待领取，客服QQ：2917735508') },
  { name: 'payout, officer WeChat', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的直播充值可全额退款，退款专员微信：zbtk-7788') },
  { name: 'v with a colon', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您买的面膜被召回，退全款，加v：mm-tk520') },
  { name: 'Q with a colon, full-width', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的订单赔付款待领，加Ｑ：１９２７３０４８８１') },
  { name: 'WeChat search', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('还没领退款吗？赔付款今晚到期，微信搜 tk2093kf 添加') },
  { name: 'enterprise WeChat', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的金条利率超标可申请退息，全额退款，企业微信：jt-tuixi01') },
  { name: 'plus V', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的宝贝质量有问题，赔付三倍，+V：tb_pf26') },
  { name: 'a WeChat written 微', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的快递丢了，赔您300，加微：kd-pf77') },
  { name: 'group number', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('退款通知：您的订单异常，全额退款，群号：77812369') },
  { name: 'stuck refund, QQ handle', expect: 'not-safe', tactics: ['shift.group'],
    input: sms('您的退款因系统故障未能成功，请联系售后处理。客服QQ：1592267304') },
  { name: 'hard negative: payment methods', expect: 'safe', input: sms('【某商城】付款方式：微信、支付宝均可，退款将原路退回。') },
  { name: 'hard negative: a V5 member level', expect: 'safe', input: sms('【某商城】恭喜您升级为V5会员，积分加倍。') },
  { name: 'hard negative: official account name', expect: 'safe', input: sms('【顺丰】关注微信公众号“顺丰速运”可查物流。') },
  { name: 'hard negative: a warning with a handle', expect: 'at-most-suspicious',
    input: sms('反诈提醒：自称客服让您加QQ：123456退款的都是骗子，请勿添加。') },
];

const STUCK: FaultCase[] = [
  { name: 'failed refund, QQ', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的退款申请因系统升级未能成功，款项暂存平台，请加客服QQ 2718823456 处理') },
  { name: 'cannot go back, bind a card by link', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的机票退款因未绑定银行卡无法退回，请点 jp-tuikuan.cc 绑定') },
  { name: 'frozen claim, activate', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: chat('您的理赔款已打入，但处于冻结状态，需要您提供验证码激活') },
  { name: 'stuck in a third party, authorise', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: chat('您的退款卡在第三方支付平台了，您下载一个软件我帮您授权') },
  { name: 'refund sent wrong, send back', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: chat('不好意思，您的退款我们转错了，请把多出的钱转回这个账户') },
  { name: 'bank maintenance, officer will call', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的退款因银行系统维护未能到账，财务专员会在今天内联系您') },
  { name: 'risk mark, cannot return', expect: 'not-safe',
    input: sms('商家已同意退款，但您的账户存在风险标记，退款暂时无法原路返回，请添加客服微信 sh-tk88') },
  { name: 'refund bounced, re-submit on a site', expect: 'not-safe',
    input: sms('您的退款被退回，请重新登记银行卡：tksq-cx.top') },
  { name: 'not received, call their mobile', expect: 'not-safe',
    input: sms('您的赔偿款无法到账，请拨打理赔专员电话 15812345678') },
  { name: 'limit too low, raise it', expect: 'not-safe',
    input: chat('退款打不进去，是因为您的银行卡限额太低，您把卡号和密码发我，我帮您调') },
  { name: 'hard negative: platform retries', expect: 'safe', input: sms('【淘宝】您的退款失败，系统将自动重新发起，请在淘宝APP查看进度。') },
  { name: 'hard negative: the customer asks', expect: 'safe', input: chat('我的退款一直没到账，是不是失败了？') },
  { name: 'hard negative: payment failed', expect: 'safe', input: sms('【美团】您的订单支付失败，请重新下单。') },
];

const CALLBACK: FaultCase[] = [
  { name: 'lost parcel, watch for the officer call', expect: 'not-safe', tactics: ['contact.promised-callback'],
    input: sms('您的快件在中转中遗失，我们已为您申请理赔，请留意专员来电。') },
  { name: 'recall, wait for customer service', expect: 'not-safe', tactics: ['contact.promised-callback'],
    input: sms('您购买的电暖器被召回，全额退款，具体事宜请等待客服联系。') },
  { name: 'complaint upheld, officer by phone', expect: 'not-safe',
    input: sms('您投诉的商家已认罚，商家同意赔偿，赔偿事宜由理赔专员电话对接。') },
  { name: 'duplicate charge, visit by phone', expect: 'not-safe',
    input: sms('您的订单出现重复扣款，多扣的款项全额退款，客服将主动联系您处理。') },
  { name: 'refund stuck, finance will call', expect: 'not-safe',
    input: sms('您的退款因银行系统维护未能到账，财务专员将致电与您核实。') },
  { name: 'damaged, customer-service call', expect: 'not-safe',
    input: sms('您的包裹破损，可获得赔偿，请注意接听客服来电。') },
  { name: 'fake goods, ten times, staff will contact', expect: 'not-safe',
    input: sms('您购买的商品被查实为假货，您可获得十倍赔偿，稍后专员联系您办理。') },
  { name: 'compensation, phone follow-up', expect: 'not-safe',
    input: sms('您的订单超时未发货，平台补偿您50元，客服回访时请配合核实。') },
  { name: 'quality payout, will call you', expect: 'not-safe',
    input: sms('您买的充电宝有安全隐患，厂家给您退款并补偿，我们会致电与您核实。') },
  { name: 'flight cancelled, compensation, officer call', expect: 'not-safe',
    input: sms('您的航班取消，可获得补偿300元，请留意专员来电办理。') },
  { name: 'hard negative: a courier arranging delivery', expect: 'safe', input: sms('【顺丰】快递员将在下午联系您送货，请保持电话畅通。') },
  { name: 'hard negative: a pick-up', expect: 'safe', input: sms('【京东】您的退货申请已通过，快递员将上门取件，请留意来电。') },
  { name: 'hard negative: the app', expect: 'safe', input: sms('【淘宝】您的售后申请已受理，处理进度请在淘宝APP查看。') },
];

/** Part 2 of the brief: a complete chain (story + outside link / screen share / their app) is `scam`; the story alone is not. */
const CHAIN: FaultCase[] = [
  { name: 'recall + outside link', expect: 'suspicious', input: sms('您购买的儿童水杯抽检不合格，平台召回并补偿您59元，登记收款请访问 bzhaohui.cn/x1') },
  { name: 'quality + link to claim', expect: 'suspicious', input: sms('商品质检异常，退款通道已开启，逾期作废：tk-tongdao.top/a') },
  { name: 'stuck refund + link to bind a card', expect: 'scam', input: sms('您的退款因未绑定银行卡无法退回，点 tk-bangding.cc 绑定') },
  { name: 'payout + link, obfuscated', expect: 'suspicious', input: sms('您的商品✨质✨检✨不✨合✨格✨退款请戳 tbzj-tk.vip') },
  { name: 'lost parcel + link', expect: 'scam', input: sms('您的快递在运输中丢失，理赔款待领取，请点击 kd-lipei.top 填写信息') },
  { name: 'refund + screen share', expect: 'scam', input: chat('您的退款卡在系统里了，您打开屏幕共享，我帮您操作') },
  { name: 'compensation + screen share in a call', expect: 'scam',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '您买的奶粉有质量问题，我们给您三倍赔偿' }, { speaker: 'caller', text: '您打开支付宝，然后开一下屏幕共享，我指导您领取' }] } },
  { name: 'refund + their meeting app', expect: 'suspicious', input: chat('给您办理退款需要下载一个“小鱼会议”APP，我带您操作') },
  { name: 'claim + their app by link', expect: 'suspicious', input: sms('您的理赔已审核通过，全额退款，请下载“理赔通”APP领取：lpt-app.cn/d') },
  { name: 'membership charge + link to cancel', expect: 'suspicious', input: sms('您误开通的会员下月起每月扣费699元，关闭请点 vip-guanbi.top') },
  { name: 'story alone stays below scam', expect: 'at-most-suspicious', input: sms('您购买的奶粉有质量问题，我们将给您全额退款并补偿200元。') },
  { name: 'story + private WeChat stays suspicious', expect: 'suspicious', input: sms('您购买的奶粉有质量问题，全额退款，加客服微信 nf-tk01 办理') },
  { name: 'hard negative: refund notice with the platform link', expect: 'safe', input: sms('【淘宝】您的退款申请已通过，退款金额89元将原路退回，详情 https://m.tb.cn/h.5xYz') },
  { name: 'hard negative: the platform app', expect: 'safe', input: sms('【京东】您的售后单已完成，退款已原路退回，可在京东APP“我的订单”查看。') },
  { name: 'hard negative: a warning quoting the chain', expect: 'at-most-suspicious',
    input: sms('反诈提醒：骗子会说“您的商品有质量问题，给您退款，请开启屏幕共享”，这是诈骗，请立即挂断。') },
];

/** The code without its name: the SMS or its digits read out or sent (extract.verification-code). */
const CODE: FaultCase[] = [
  { name: 'six digits, read them', expect: 'not-safe', tactics: ['extract.verification-code'], input: callerCall('您手机刚收到一条短信，上面有个六位数，您念给我听一下') },
  { name: 'the digits inside, tell me', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('待会儿会收到银行的短信，里面的数字告诉我就好') },
  { name: 'the SMS that came, read it', expect: 'not-safe', tactics: ['extract.verification-code'], input: callerCall('阿姨，您把手机上来的短信念给我，我帮您登记理赔') },
  { name: 'SMS content, send it', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('退款已提交，您把收到的短信内容发给我核对一下') },
  { name: 'a code on the screen, read it', expect: 'not-safe', tactics: ['extract.verification-code'], input: callerCall('您按一下绿色的按钮，屏幕上会出来一个码，您念给我') },
  { name: 'four digits, report them', expect: 'not-safe', tactics: ['extract.verification-code'], input: callerCall('短信里有个四位数，您报给我一下就行') },
  { name: 'bank SMS, screenshot to me', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('那条短信您截图发我，我这边给您核对退款') },
  { name: 'that code, tell customer service', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('刚收到的那个码，直接告诉客服就能退款') },
  { name: 'six digits, send them', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('退款要验证是本人，你收到的六位数发我一下') },
  { name: 'what the SMS says, say it', expect: 'not-safe', tactics: ['extract.verification-code'], input: callerCall('您看一下短信上写的几位数，说一下') },
  { name: 'hard negative: reply to this SMS with a digit', expect: 'safe', input: sms('【唯品会】如需退订或咨询请回复此短信并告诉我们数字1即可。') },
  { name: 'hard negative: an agent says not to reply', expect: 'safe', input: chat('不要直接回复短信中的电话或链接，您可以告诉我您的银行名称，我帮您查官方电话') },
  { name: 'hard negative: a salary in six digits', expect: 'safe', input: chat('他年薪六位数，回头告诉我一声就行') },
  { name: 'hard negative: the user reads it to family', expect: 'safe', input: { channel: 'chat', turns: [{ speaker: 'user', text: '妈，银行短信我收到了，我念给你听' }] } },
];

/** An account named by its purpose ("资金核对账户", "退款中转账户"): the caller's account (obj.their-account). */
const ACCOUNT: FaultCase[] = [
  { name: 'funds-check account', expect: 'not-safe', tactics: ['extract.transfer'], input: callerCall('您把这五万转到我们的资金核对账户，核对完就原路返还') },
  { name: 'refund relay account', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('您把额度全部转到我们的退款中转账户，系统会一起退回') },
  { name: 'safe verification account', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('平台为保障资金安全，需将您的余额临时转入安全核验账户，核验完成后自动返还') },
  { name: 'UnionPay dedicated account', expect: 'not-safe', tactics: ['extract.transfer'], input: callerCall('您把钱转到银联的专用账户，只是暂时保管') },
  { name: 'custody account', expect: 'not-safe', input: callerCall('余额先转入保管账户，注销完成后退给您') },
  { name: 'verification account', expect: 'not-safe', input: chat('请把1元转到验证账户，确认您的卡能收款') },
  { name: 'clearing centre', expect: 'not-safe', input: callerCall('收款人写资金清算中心，您把钱转到清算中心的账号') },
  { name: 'transition account', expect: 'not-safe', input: chat('您的退款需要先转入过渡账户，再由财务打给您，您先转一笔试试') },
  { name: 'reserve account', expect: 'not-safe', input: callerCall('您把卡里的钱先转到备付金账户，等注销完了再转回给您') },
  { name: 'fund pool', expect: 'not-safe', input: callerCall('您把这笔钱转入我们平台的资金池，合并后一起退') },
  { name: 'hard negative: refund back to your account', expect: 'safe', input: sms('【淘宝】退款已原路退回您的支付宝账户。') },
  { name: 'hard negative: a bank notice of a transfer done', expect: 'safe', input: sms('【工商银行】您已成功转出100元至尾号1234账户。') },
  { name: 'hard negative: a fund pool in the news', expect: 'safe', input: chat('这家基金公司的资金池规模今年翻了一倍') },
];

/** Loans in a caller's words ("能借多少？全部点出来", "在借呗里做几笔流水") (act.borrow). */
const LOAN: FaultCase[] = [
  { name: 'how much can you borrow, draw it all', expect: 'not-safe', tactics: ['extract.loan'], input: chat('你那个京东金条现在能借多少？全部点出来，这是注销账户的必须步骤') },
  { name: 'a few rounds of turnover in Jiebei', expect: 'not-safe', tactics: ['extract.loan'], input: callerCall('您只要在借呗里做几笔流水，信用分就够了') },
  { name: 'apply for the highest line', expect: 'not-safe', tactics: ['extract.loan'], input: chat('打开借呗，申请可借最高额度，然后转到核验账户') },
  { name: 'pick the highest line in Weilidai', expect: 'not-safe', tactics: ['extract.loan'], input: callerCall('您打开微粒贷，点进去选最高额度') },
  { name: 'draw the whole line out', expect: 'not-safe', tactics: ['extract.loan'], input: callerCall('您把花呗额度全部提出来，验证完马上还回去') },
  { name: 'apply once for a line', expect: 'not-safe', tactics: ['extract.loan'], input: callerCall('您在手机银行里申请一下额度，这是核实还款能力') },
  { name: 'brush turnover with a credit card', expect: 'not-safe', input: chat('您用信用卡刷流水，刷完退款就能到账') },
  { name: 'how much in Meituan', expect: 'not-safe', tactics: ['extract.loan'], input: chat('您的美团借钱能借多少？全部借出来转到指定账户') },
  { name: 'spend the whole line', expect: 'not-safe', input: chat('您把抖音月付额度全部用掉，转到退款账户') },
  { name: 'borrow the highest', expect: 'not-safe', tactics: ['extract.loan'], input: callerCall('去度小满借最高额度，借出来转给我们核验') },
  { name: 'hard negative: a bank loan advert', expect: 'at-most-suspicious', input: sms('【微众银行】您已获得借款资格，最高额度20万，在微信“钱包-微粒贷”查看，请理性借贷，退订回TD') },
  { name: 'hard negative: repay on time', expect: 'safe', input: sms('【支付宝】您的借呗本期应还1200元，请按时还款。') },
  { name: 'hard negative: a user asking', expect: 'safe', input: { channel: 'chat', turns: [{ speaker: 'user', text: '我的借呗能借多少啊？想装修用' }] } },
];

/** Signed up unawares, no "mistake" said (pretext.mistaken-enrolment). */
const ENROLLED: FaultCase[] = [
  { name: 'ticked by default, charged this month', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('您在网购时被默认勾选了商家代理服务，该服务将于本月起收费') },
  { name: 'bundled, charged monthly', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: callerCall('就是您之前网购时被捆绑开通的会员，每个月扣两百') },
  { name: 'upgraded to agent', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('您开通的音乐会员被升级为代理商，月扣费1200，关闭请回拨') },
  { name: 'opened by someone else', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('平台发现您的账户被他人开通了会员服务，每月扣费599元') },
  { name: 'default insurance', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: callerCall('您买东西时被默认开通了百万保障，免费期过了要扣钱') },
  { name: 'bound to an auto-debit', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('您的银行卡被绑定了网购平台的自动扣款协议，每月扣款599元') },
  { name: 'wrongly bound instalments', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('您的信用卡被网购平台误绑分期业务，本月起产生手续费') },
  { name: 'merchant membership by default', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: callerCall('您上次订餐时被默认开通了商家会员，明天起每天扣费') },
  { name: 'used by others to open', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: sms('您的账户被冒用开通了直播会员服务，次月将扣费') },
  { name: 'bundled agent service', expect: 'not-safe', tactics: ['pretext.mistaken-enrolment'], input: callerCall('这个代理服务是捆绑开通的，不关的话每个月收费') },
  { name: 'hard negative: a real renewal notice', expect: 'safe', input: sms('【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭。') },
  { name: 'hard negative: a level up', expect: 'safe', input: sms('【京东】恭喜您的账号已升级为PLUS会员，享受专属权益。') },
  { name: 'hard negative: default off', expect: 'safe', input: sms('自动续费默认不开启，可在APP设置中查看。') },
];

/** "Call us back" with no number: the call goes to the number that texted (contact.promised-callback + a story). */
const CALL_BACK: FaultCase[] = [
  { name: 'heater faulty, refund, call back', expect: 'not-safe', input: sms('您在网上买的电暖气有问题，厂家给您退款，请回电') },
  { name: 'compensation to confirm, call back', expect: 'not-safe', input: sms('您在网店购买的产品有一笔补偿款需要跟您确认，全额退款，请回电。') },
  { name: 'recall, call us when you can', expect: 'not-safe', input: sms('您购买的商品被召回，全额退款，请您在方便的时候回个电话。') },
  { name: 'massager recall, take our call', expect: 'not-safe', input: sms('奶奶您好，您买的按摩仪有质量问题要召回，您接一下我们的电话，我们给您退钱。') },
  { name: 'student account, call back fast', expect: 'not-safe', input: sms('您的快递丢失，赔付款待领取，速回电。') },
  { name: 'refund stuck, call back', expect: 'not-safe', input: sms('您的退款未能到账，请回拨处理。') },
  { name: 'lost parcel, call us back', expect: 'not-safe', input: sms('您的包裹丢了，我们赔您200元，请回一下电话。') },
  { name: 'duplicate charge, call back', expect: 'not-safe', input: sms('您的订单重复扣款，全额退款，请回电话给我们。') },
  { name: 'fake goods, call back', expect: 'not-safe', input: sms('您买的手表是假货，假一赔十，请回电办理。') },
  { name: 'oversold, take our call', expect: 'not-safe', input: sms('您预订的酒店超售，我们给您赔偿，请接听我们的电话。') },
  { name: 'hard negative: a shop asks for a call about delivery', expect: 'safe', input: sms('【某家具】您的沙发明天送货，如时间不便请回电。') },
  { name: 'hard negative: a friend', expect: 'safe', input: chat('刚才没接到你电话，有空回个电话') },
];

/** The code sent straight back to the sender ("请将验证码回复至本号码"). */
const CODE_BACK: FaultCase[] = [
  { name: 'code back to this number', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('您的包裹赔付金已下发，需验证身份后到账，请将短信验证码回复至本号码') },
  { name: 'code to this number', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('您的话费多扣了98元，退款需核实机主身份，请将验证码发至本号') },
  { name: 'claim code to the caller', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('您的退款待领取，领取码：862193，请将领取码告知来电客服') },
  { name: 'dynamic code back', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('退款需验证，请将动态码回复给本客服号码') },
  { name: 'check code back', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('理赔到账前，请把校验码回复到此号码') },
  { name: 'this code to the agent', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('客服将致电核对，请将此码告知客服以完成退款') },
  { name: 'code back, compensation', expect: 'not-safe', input: sms('您的赔偿款已批，请将收到的验证码回复至本号领取') },
  { name: 'code returned', expect: 'not-safe', input: sms('您的会员扣费可取消，请将验证码回传给我们') },
  { name: 'OTP code in English', expect: 'not-safe', input: sms('【Shopee】您的退款需要验证，请将OTP code回复给我们') },
  { name: 'code sent back, refund', expect: 'not-safe', input: sms('退款已生成，验证码发到本号即可到账') },
  { name: 'hard negative: reply the keyword', expect: 'safe', input: sms('【工商银行】回复“验证码”免费办理电子密码器，退订回N') },
  { name: 'hard negative: a one-time password', expect: 'safe', input: sms('【京东】验证码382915，用于登录，请勿告知他人。') },
  { name: 'hard negative: never reply a code', expect: 'safe', input: sms('温馨提示：任何人让您把验证码回复给他都是诈骗。') },
];

/** The refund held until you pass a check (pretext.refund-stuck). */
const CHECK: FaultCase[] = [
  { name: 'a receipt test first', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: sms('您的退款已审核通过，但您为新用户，需完成一次收款测试后方可到账，测试请加客服QQ 2917735508') },
  { name: 'a credit-line check', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: sms('您的退款需要花呗额度验证，请加客服微信 tk-yz01 协助验证') },
  { name: 'identity check, then code', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: sms('退款需核实机主身份，请将验证码发至本号') },
  { name: 'verify identity, then paid', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: chat('您的赔付款需要验证身份后才能到账，请提供身份证号') },
  { name: 'card-holder info', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: chat('理赔需核验持卡人信息，请把银行卡号和密码发我') },
  { name: 'turnover check', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: callerCall('退款需要流水验证，您去借呗里借一笔钱转到我们账户') },
  { name: 'account check by link', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: sms('您的退款需账户验证后方可到账，请点 tk-yanzheng.top 验证') },
  { name: 'activation needed', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: chat('您的理赔款必须激活才能到账，您扫一下这个二维码激活') },
  { name: 'credit check', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: callerCall('退款需要做一个信用验证，您打开屏幕共享我帮您') },
  { name: 'identity check by app', expect: 'not-safe', tactics: ['pretext.refund-stuck'], input: sms('您的赔偿需身份核验，请下载“云客服”APP：yunkf-app.cn') },
  { name: 'hard negative: a bank asks to verify login', expect: 'safe', input: sms('【招商银行】您正在新设备登录，请在APP内完成身份验证。') },
  { name: 'hard negative: refund in progress', expect: 'safe', input: sms('【淘宝】您的退款已到账，请在支付宝查看。') },
];

/** English words in a Chinese message (payout, download, add on WeChat/WhatsApp). */
const MIXED: FaultCase[] = [
  { name: 'double refund, download', expect: 'not-safe', input: sms('您的order有质量问题，我们会给您double refund，请download我们的APP：tk-app.cn') },
  { name: 'compensation, WhatsApp', expect: 'not-safe', input: sms('包裹lost了，DHL会给您compensation，please 加 WhatsApp +86 15893027741 处理') },
  { name: 'refund three times, add WeChat', expect: 'not-safe', input: sms('Hi 亲，your order has quality issue，我们给您refund 三倍，please add WeChat: tb-refund-01') },
  { name: 'full refund, telegram', expect: 'not-safe', input: sms('您的订单异常，可full refund，加telegram: tk_help 办理') },
  { name: 'compensation, add WeChat', expect: 'not-safe', input: sms('您的快递丢了，我们给您compensation 300元，加WeChat：kd-pf8') },
  { name: 'double refund, link', expect: 'not-safe', input: sms('商品召回，double refund，点击 tk-double.top 领取') },
  { name: 'full refund, QQ', expect: 'not-safe', input: sms('您的订单可以full refund，请加QQ：2287761234') },
  { name: 'compensation, call back', expect: 'not-safe', input: sms('您的包裹丢失，给您compensation，请回电') },
  { name: 'download the refund app', expect: 'not-safe', input: sms('您的退款有问题，全额退款，请download理赔APP') },
  { name: 'OTP to us', expect: 'not-safe', input: sms('您的退款待领取，请把OTP code发给我们') },
  { name: 'hard negative: an English brand notice', expect: 'safe', input: sms('【Apple】您的订单已发货，可在Apple Store App查看。') },
  { name: 'hard negative: download the official app', expect: 'safe', input: sms('【中国移动】download中国移动APP，查话费更方便。') },
];

/** Kept away from the official channel (cover.secrecy): with a request in the same call, scam. */
const AWAY: FaultCase[] = [
  { name: 'not the official app', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('别去官方APP里点申请，那边流程慢', '您把收到的验证码告诉我，今天就到账') },
  { name: 'not on Taobao', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('别在淘宝上问了，那边客服不知道我们理赔部的事', '您把银行卡号报给我') },
  { name: 'not to the bank', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('操作期间不要去银行，银行柜员不了解我们的流程', '您把卡里的钱转到这个账户') },
  { name: 'not the business hall', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('您别去营业厅，他们查不到我们总部的数据', '把验证码念给我') },
  { name: 'uninstall the anti-fraud app', expect: 'scam', tactics: ['cover.secrecy'], input: chat('您先卸载国家反诈中心，不然退款打不进来，然后把银行卡号发我') },
  { name: 'a cover story for the bank', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('银行如果打电话问您，您就说是自己在买理财', '您把钱转到这个账户') },
  { name: 'do not ask platform service', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('不要问平台客服，他们是外包的，不了解理赔', '您把验证码发我就行') },
  { name: 'not the police station', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('不用去派出所，他们不清楚我们平台的业务', '您把银行卡号和密码发给我') },
  { name: 'not the counter', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('您别去柜台办，柜台办不了', '您在借呗里借一笔钱转到我们的账户') },
  { name: 'hard negative: the anti-fraud app in a warning', expect: 'safe', input: sms('反诈中心提醒：请安装国家反诈中心APP，不要关闭预警功能。') },
  { name: 'say it is for family', expect: 'scam', tactics: ['cover.secrecy'], input: callerCall('您就说是给家人转账就可以了', '把钱转到这个账户') },
  { name: 'hard negative: a real agent sends you to the app', expect: 'safe', input: chat('建议您直接在官方APP里申请售后，不要去第三方平台') },
  { name: 'hard negative: a friend', expect: 'safe', input: chat('今天别去银行了，人太多，明天再去') },
];

/** Sent to an ATM while the call goes on (shift.guided-operation). */
const ATM: FaultCase[] = [
  { name: 'compensation at the ATM', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的航班取消了，给您补偿300元', '补偿金要打到您银行卡里，您先到ATM机上操作一下，我电话里指导您') },
  { name: 'cash machine, stay on the line', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您买的保健品有问题要退钱', '阿姨您去一趟银行，到自动取款机那里，我在电话里一直陪着您') },
  { name: 'English screen', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的快递丢了，我们赔您钱', 'ATM上选英文界面，然后输入我给您的代码') },
  { name: 'do as I say at the ATM', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的快递丢了，我们给您赔偿', '您到取款机前面，按我说的一步步点') },
  { name: 'teller machine, I teach you', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的理赔款到了，要激活', '您去柜员机，我教您操作') },
  { name: 'ATM, do not hang up', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的退款卡住了', '到ATM那里别挂电话，我指导您') },
  { name: 'ATM guided, chat', expect: 'not-safe', tactics: ['shift.guided-operation'], input: chat('您的赔偿款到不了账，您去附近的ATM，我在这边指导您操作') },
  { name: 'ATM, enter my code', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您买的鞋有质量问题，给您三倍赔偿', '在ATM上输入我给您的授权码就能到账') },
  { name: 'ATM after a recall', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您买的扫地机器人召回了，给您全额退款', '您到自动取款机上操作一下就行') },
  { name: 'ATM for the claim', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的快递理赔下来了', '您在取款机上按我说的点确认') },
  { name: 'hard negative: a bank withdrawal notice', expect: 'safe', input: sms('【农业银行】您尾号1234的卡于11月30日在ATM取款500元。') },
  { name: 'hard negative: family', expect: 'safe', input: chat('妈，楼下就有自动取款机，取钱很方便') },
];

/** Their code scanned with a sum typed in (extract.transfer). */
const QR: FaultCase[] = [
  { name: 'scan my code, pay what it shows', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('你支付宝扫我个码，码上显示多少你付多少，系统会退双倍给你') },
  { name: 'scan our code, type the sum', expect: 'not-safe', tactics: ['extract.transfer'], input: callerCall('您在支付宝里扫我们的码，金额输入多扣的数') },
  { name: 'scan the code I sent', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('您扫一下我发的码，金额填500，确认后退款就到') },
  { name: 'claims code', expect: 'not-safe', tactics: ['extract.transfer'], input: callerCall('您用支付宝扫一下我们的理赔码，金额填一千') },
  { name: 'refund code, confirm receipt', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('这个退款码你用微信扫，扫了显示确认收款你就点') },
  { name: 'collection code with a sum', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('您扫我的收钱码，金额改成3000，这是验证流水') },
  // A plain "扫…码付款" is extract.scan-to-pay's one ask (fp11: extract.transfer no longer reads it a second time).
  { name: 'my code, pay', expect: 'not-safe', tactics: ['extract.scan-to-pay'], input: chat('扫我的码付款，系统会原路退给您') },
  { name: 'our code, amount', expect: 'not-safe', tactics: ['extract.transfer'], input: callerCall('扫我们的码，金额填4999，这是激活退款') },
  { name: 'code sent, pay it', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('我发的码您扫一下，付一下就能激活理赔') },
  { name: 'scan, type amount', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('您扫这个码，金额输入您的退款金额') },
  { name: 'hard negative: a shop till', expect: 'safe', input: chat('结账的时候扫我们的码就行，优惠自动减') },
  { name: 'hard negative: an official code to follow', expect: 'safe', input: sms('【顺丰】扫描二维码关注公众号查物流。') },
];

describe('cs-recall kinds: a payout pressed on you, with a move', () => { for (const c of PAYOUT) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: a claims line by its own digits', () => { for (const c of LINE) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: a WeChat/QQ handle with no verb', () => { for (const c of HANDLE) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: "your refund is stuck"', () => { for (const c of STUCK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: the call announced in other words', () => { for (const c of CALLBACK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: a complete chain is scam, a story alone is not', () => { for (const c of CHAIN) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: the code without its name', () => { for (const c of CODE) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: an account named by its purpose', () => { for (const c of ACCOUNT) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: loans in a caller\'s words', () => { for (const c of LOAN) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: signed up unawares', () => { for (const c of ENROLLED) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: call us back, no number', () => { for (const c of CALL_BACK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: the code sent back to the sender', () => { for (const c of CODE_BACK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: the refund held for a check of you', () => { for (const c of CHECK) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: English words in a Chinese message', () => { for (const c of MIXED) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: kept away from the official channel', () => { for (const c of AWAY) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: sent to an ATM on the call', () => { for (const c of ATM) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('cs-recall kinds: their code scanned with a sum', () => { for (const c of QR) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
