/**
 * Legitimate talk that ASKS ABOUT, RETELLS or QUOTES the scam (issue 8 §1.5, §4 "0 scam on any real
 * legitimate text"), read by src/match/framing.ts as kinds, each with the scam it must not excuse:
 *  - a question about what already happened (an officer's 劝阻 call: "您有没有给他提供验证码？");
 *  - a third person's call retold ("妈刚才接了个电话…让她下载软件…幸好她直接挂了");
 *  - a first-person retelling that ends in refusal ("…让我共享屏幕，我直接挂了");
 *  - the speaker taking the floor back after describing scammers ("骗子常说…，我们不一样，…把验证码发给我").
 * Our own writing; the legit lines are not from any dataset.
 */
import { describe, it } from 'vitest';
import { runCase, callerCall, chat, type FaultCase } from './helpers.ts';

const officerCall = (...lines: string[]) => callerCall(...lines);

/** Questions about the past, asked by an officer, a bank, a relative: asked, not requested. */
const PAST_QUESTIONS: FaultCase[] = [
  { name: 'officer: did you get a call, did you give him the code', expect: 'safe',
    input: '您好，我是派出所反诈民警，您是不是接到了自称淘宝客服的电话？您有没有给他提供验证码？千万不要转账' },
  { name: 'officer: did the other side say he was customer service and offer a refund', expect: 'safe',
    input: officerCall('您好，我是市公安局反诈中心的民警，我们监测到您刚才接听了一个诈骗电话，对方是不是说自己是客服，要给您退款？', '那是骗子，您千万不要按他说的操作。您有没有给他提供银行卡号或者验证码？') },
  { name: '96110: have you transferred, have you downloaded', expect: 'safe',
    input: '这里是96110反诈专线，您有没有下载对方发的会议软件？有没有开过屏幕共享？' },
  { name: 'officer: did he ask you to add a QQ group', expect: 'safe',
    input: '我是反诈中心的，想核实一下，对方是不是让您加了一个理赔QQ群？您有没有在群里扫码付款？' },
  { name: 'bank teller: did someone ask you to transfer to a safe account', expect: 'safe',
    input: '阿姨，您这笔转账我们先帮您暂停一下，是不是有人打电话让您把钱转到安全账户？这是诈骗的套路。' },
  { name: 'relative: did you give them the code', expect: 'safe',
    input: chat('妈，听说你接到一个冒充京东客服的电话，你有没有把验证码告诉他们？') },
  { name: 'friend: did he have you download an app', expect: 'safe',
    input: chat('这肯定是骗子，他是不是让你下载了一个什么会议软件？') },
  { name: 'officer: have you borrowed on 借呗', expect: 'safe',
    input: '您好，这里是反诈中心，对方有没有让您在借呗、微粒贷上借款？有没有给对方转过账？' },
  { name: 'officer: did the caller ask for your card password', expect: 'safe',
    input: '我们是派出所的民警，接到预警，那个自称客服的人有没有问您要银行卡密码？' },
  { name: 'community worker after a warning: did you click the link', expect: 'safe',
    input: chat('刚才群里说的那个退款链接是诈骗，您有没有点开填过银行卡号？') },
  { name: 'a past question ends the call with the advice', expect: 'safe',
    input: officerCall('您好，这边是县公安局反诈中心，请问您刚才是不是接到一个说要给您双倍理赔的电话？', '对方是骗子，您有没有开启屏幕共享？有的话请马上关闭。') },
];

/** The scam itself, said to the reader, with the same words: stays caught. */
const PAST_QUESTIONS_SCAM: FaultCase[] = [
  { name: 'scammer progress check with his own instruction', expect: 'not-safe',
    input: '我是淘宝客服，您有没有按我说的打开屏幕共享？我们不是骗子，请放心' },
  { name: 'scammer asks whether the code was sent to him', expect: 'not-safe',
    input: '您好这边是京东理赔中心，验证码您有没有发给我？我们不是骗子，退款马上到账' },
  { name: 'fake police: a real request, no question', expect: 'scam',
    input: '我是民警，你的账户涉嫌洗钱，请把验证码告诉我，配合调查' },
  { name: 'fake police: the past question, then the transfer demand', expect: 'not-safe',
    input: '我是公安局的民警，你有没有把银行卡借给别人？现在需要你把钱转到安全账户配合调查' },
  { name: 'scammer: have you downloaded yet, then share the screen', expect: 'scam',
    input: callerCall('您好我是淘宝客服，您买的衣服有质量问题，给您双倍退款', '请您下载一个会议软件，打开屏幕共享', '软件下载好了吗？我们不是骗子') },
  { name: 'scammer: question with 请您', expect: 'not-safe',
    input: '这边是支付宝客服，请您确认一下，有没有开通百万保障？没有的话请您把验证码告诉我帮您关闭' },
  { name: 'a real request in the next sentence after the officer-like question', expect: 'not-safe',
    input: '您是不是接到过诈骗电话？我是反诈中心的，现在请把您的银行卡号和验证码发给我核实' },
  { name: 'scammer "refund" question with no frame word stays read', expect: 'not-safe',
    input: '您好我是京东客服，您的订单有质量问题，有没有收到我们的退款链接？请点开填写银行卡号和密码' },
  { name: 'fake bank: asks question then the code', expect: 'not-safe',
    input: '我是银行风控的，您的卡被盗刷了，是不是您本人操作的？不是的话请把收到的验证码报给我' },
  { name: 'scammer asks a past question in his own voice: 按我', expect: 'not-safe',
    input: '我是京东金融的客服，骗子才会让您转账，您有没有按我的步骤在借呗上借出来？借出来转到我给的账户' },
];

/** Someone else's call retold by family or friends: the story, not a request to the reader. */
const RETELLINGS: FaultCase[] = [
  { name: 'mum took the call, was asked to share her screen, hung up', expect: 'safe',
    input: '妈刚才接了个电话说是京东客服要给她退款，让她下载个软件共享屏幕，幸好她直接挂了' },
  { name: 'dad asked for a code, refused', expect: 'safe',
    input: chat('我爸接到一个说是淘宝客服的电话，说他买的东西有质量问题要理赔，叫他把验证码报过去，他没理，直接挂了') },
  { name: 'grandma asked to transfer, family warned', expect: 'safe',
    input: chat('奶奶接到电话说快递丢了要赔她钱，让奶奶加个QQ群，还好没加，大家都注意，这就是骗子') },
  { name: 'neighbour retold in the family group', expect: 'safe',
    input: chat('邻居接到冒充客服的电话，对方让她开通屏幕共享，说要给她退款，幸好她女儿在旁边识破了') },
  { name: 'colleague retold', expect: 'safe',
    input: chat('同事接到一个电话，说她的百万保障要扣费，让她去借呗借钱转过去，她直接挂了还报了警') },
  { name: 'wife tells the husband', expect: 'safe',
    input: chat('老公，我妈刚才接到个电话，说是抖音客服，要她下载一个会议软件取消会员，我让她拉黑了，你也提醒下你爸') },
  { name: 'a friend retold, the code not given', expect: 'safe',
    input: chat('我朋友收到短信说她的快递理赔，让她点链接填银行卡号，她没上当，你们也小心这种骗子') },
  { name: 'third person on a question: is this a scammer?', expect: 'safe',
    input: chat('我妈说有人让她下载个软件共享屏幕，要给她退款，这是骗子吧？') },
  { name: 'grandpa, told in a voice note transcript', expect: 'safe',
    input: chat('爷爷接到电话，说是拼多多客服，要给他理赔，叫他去银行转账，他没理会，我们已经报警了') },
  { name: 'a grandchild posting to the family group', expect: 'safe',
    input: chat('提醒一下大家，外婆接到一个说是顺丰理赔的电话，让她扫码领赔款，还好没扫，骗子太多了') },
];

/** The scam said to the reader (2nd person) or through the reader: stays caught. */
const RETELLINGS_SCAM: FaultCase[] = [
  { name: '"你妈让你…" is not a retelling', expect: 'not-safe',
    input: chat('你妈让你把钱转到这个账户，她现在住院急用，卡号6222021234567890123，别告诉别人') },
  { name: 'the reader asked to pass it on: 请您通知…让她下载', expect: 'not-safe',
    input: '这里是市公安局，有人用您母亲的身份办卡涉嫌诈骗，请您通知她，让她下载瞩目APP配合调查' },
  { name: '"你让他把验证码发我": via the reader', expect: 'not-safe',
    input: '我是京东客服，退款要验证码，你让他把收到的验证码发我，我们不是骗子' },
  { name: 'scammer claiming the refund for the reader, no third person', expect: 'scam',
    input: '您好我是淘宝客服，您的商品有质量问题，给您三倍理赔，请下载会议软件开启屏幕共享' },
  { name: 'a victim report in the first person: already paid', expect: 'not-safe', tactics: ['extract.user-paid'],
    input: '有人打电话说是淘宝客服要给我退款，我刚才按他说的已经转过去八千了，那是骗子' },
  { name: 'mum has already paid: still urgent', expect: 'not-safe',
    input: chat('快帮帮我，我妈接到京东客服的电话，已经按对方说的转了五万块钱，现在联系不上了') },
  { name: 'a scammer who names the mother but asks the reader', expect: 'not-safe',
    input: '你妈妈在我们这里欠了钱，你现在把钱转给我，不然我们报警' },
  { name: 'no warning word: a relayed third person with no frame stays read', expect: 'not-safe',
    input: '我是快递理赔专员，您家人让您加这个QQ群领取理赔款，群号876543210' },
  { name: 'the scammer: "让他" with 您 before it', expect: 'not-safe',
    input: '您好我是支付宝客服，您的账户被冻结了，您叫他把银行卡号和密码发过来我帮您解冻，不要相信骗子' },
  { name: 'scam dialogue: caller asks the victim\'s son through her', expect: 'not-safe',
    input: callerCall('阿姨您好，我是淘宝客服，您儿子的订单有问题要退款', '请您让他下载一个会议软件，我们不是骗子，共享屏幕给我看一下') },
];

/** First-person retellings that end in refusal. */
const REFUSALS: FaultCase[] = [
  { name: 'asked to share the screen, hung up', expect: 'safe',
    input: '刚才接了个电话说要给我退款，让我下载软件共享屏幕，我直接挂了' },
  { name: 'told to add QQ, ignored', expect: 'safe',
    input: chat('今天有人打电话说我快递丢了要理赔，让我加他QQ，我没理他') },
  { name: 'told to open the screen share, refused, blocked', expect: 'safe',
    input: chat('有个人说是京东客服，让我开一下屏幕共享，我没给他开，已拉黑') },
  { name: 'told to borrow, did not', expect: 'safe',
    input: chat('对方说我开通了百万保障要扣费，叫我去借呗借钱，还好没上当，挂了电话') },
  { name: 'SMS story retold, not clicked', expect: 'safe',
    input: chat('收到一条短信说要给我理赔，让我点链接填卡号，我没理会，直接删了') },
  { name: 'call retold with the police called', expect: 'safe',
    input: chat('下午有人打电话让我下载会议软件开屏幕共享，说给我双倍理赔，我把电话挂了然后报警了') },
  { name: 'told to scan a code for compensation', expect: 'safe',
    input: chat('对方叫我扫码领理赔款，我没上当') },
  { name: 'told to transfer to verify, refused', expect: 'safe',
    input: chat('有人打电话说我的淘宝账户异常，让我转账验证流水，我没理她，直接挂了') },
  { name: 'asked for card and password, refused', expect: 'safe',
    input: chat('电话里让我报银行卡号和密码，说给我退款，我没理他，挂了') },
  { name: 'a group invitation retold, blocked', expect: 'safe',
    input: chat('有人说要拉我进理赔群，让我下载个APP，我已拉黑，你们别上当') },
];

/** No refusal, or the refusal is the scammer's cover: stays caught. */
const REFUSALS_SCAM: FaultCase[] = [
  { name: 'a scammer\'s request, no retelling', expect: 'scam',
    input: '您好我是京东客服，您的订单有质量问题给您退款，请下载会议软件开启屏幕共享' },
  { name: 'relayed and asked, still going on', expect: 'not-safe',
    input: '他让我把钱转到安全账户，你看这是不是诈骗' },
  { name: 'scammer: "别挂了", then the code', expect: 'not-safe',
    input: '您好我是淘宝客服，您先别挂，您的订单需要退款，把收到的验证码报给我' },
  { name: 'scammer uses 幸好 for his pitch', expect: 'not-safe',
    input: '幸好您接了电话，我是京东客服，您的百万保障要扣费，请下载会议软件共享屏幕帮您关闭' },
  { name: 'relayed, then the speaker already transferred', expect: 'not-safe',
    input: chat('对方说给我退款，让我转账验证，我已经转了三千，怎么办') },
  { name: 'a scammer contrasting with "有人说我们是骗子"', expect: 'not-safe',
    input: '有人说我们是骗子，但我们是正规客服，请您下载会议软件共享屏幕' },
  { name: 'a scammer dialogue with a refund and a screen share', expect: 'scam',
    input: callerCall('您好，这里是抖音客服，您开通的会员要每月扣费', '需要您下载会议软件，开启屏幕共享，我教您关闭') },
  { name: 'scammer asks to hang up and call his number', expect: 'not-safe',
    input: '您好我是淘宝理赔专员，您的快递丢失了，给您三倍赔偿，请加我微信，我拉您进理赔群' },
  { name: 'victim mid-scam: not refused yet', expect: 'not-safe',
    input: chat('刚才有个客服说要给我退款，让我在借呗上借两万转过去刷流水，我现在要去转吗') },
  { name: 'a scammer SMS with a link and card', expect: 'scam',
    input: '【淘宝】您的订单异常需退款，请点击 http://tb-refund.top/r 填写银行卡号和验证码' },
];

/** The speaker taking the floor back after describing scammers. */
const TAKEOVERS_SCAM: FaultCase[] = [
  { name: '骗子常说…我们不一样…把验证码发给我', expect: 'scam',
    input: '骗子常说淘宝客服会给你退款，我们不一样，我们是真正的客服，把验证码发给我' },
  { name: '骗子会…，我们是正规客服，请开启屏幕共享', expect: 'not-safe',
    input: '骗子会让您转账，我们是正规客服，请您下载会议软件开启屏幕共享配合退款' },
  { name: '不法分子…，但我们是官方，请提供银行卡号', expect: 'not-safe',
    input: '不法分子常冒充客服，但我们是京东官方理赔中心，请提供您的银行卡号和验证码，赔款马上到账' },
  { name: '骗子通常…，我不是骗子，转账', expect: 'not-safe',
    input: '骗子通常会让您加群，我不是骗子，您直接把钱转到这个账户就行' },
  { name: '诈骗分子…而我们…验证码', expect: 'not-safe',
    input: '诈骗分子会冒充客服退款，而我们这边是淘宝官方，您把验证码报一下就能退款' },
  { name: 'a call: warning quoted, then takes over', expect: 'not-safe',
    input: callerCall('您好，我是抖音客服，您开通的会员要扣费了', '骗子常说要给您退款让您转账，我们可不一样，您只需要下载会议软件共享屏幕') },
  { name: '话术…我们是真的客服…扫码', expect: 'not-safe',
    input: '这些都是骗子的话术，我们是真的客服，您扫一下这个二维码领取赔款' },
  { name: '受害人…我们才是…借款', expect: 'not-safe',
    input: '很多受害人被假客服骗了，我们才是支付宝官方，您需要在借呗借款证明还款能力' },
  { name: '谎称…可我们…填写卡号', expect: 'not-safe',
    input: '有人谎称理赔骗钱，可我们是顺丰理赔中心，请点击链接填写银行卡号' },
  { name: '骗子往往…我们是官方…共享', expect: 'not-safe',
    input: '骗子往往先退款后要钱，我们是官方客服，请您开启屏幕共享我帮您操作' },
];

/** Warnings that describe scammers with no takeover stay examples. */
const TAKEOVERS_LEGIT: FaultCase[] = [
  { name: 'a warning: 骗子常说, then the advice', expect: 'safe',
    input: '骗子常说给你退款，然后让你把验证码发给他，接到这种电话请立即挂断' },
  { name: 'a warning with 但 and an advisory', expect: 'safe',
    input: '骗子会说给您双倍理赔，但真正的客服不会要求您提供验证码或转账' },
  { name: 'a warning naming scammers\' steps', expect: 'safe',
    input: '诈骗分子通常冒充客服，诱导受害人下载会议软件、开启屏幕共享、在借呗借款转账' },
  { name: 'a news report', expect: 'safe',
    input: '据报道，犯罪分子谎称快递丢失要理赔，诱骗受害人扫码并输入银行卡号和验证码' },
  { name: 'a warning with 只要 inside the script', expect: 'safe',
    input: '骗子常说只要交保证金就能解冻账户，千万别信' },
  { name: 'a shop\'s own warning', expect: 'safe',
    input: '【京东】骗子常以退款为由让您共享屏幕或转账，京东客服不会这样做，请勿上当' },
  { name: 'a school lecture', expect: 'safe',
    input: '同学们，诈骗分子往往冒充电商客服，让你在贷款平台借钱刷流水，记住这些都是诈骗' },
  { name: 'a community board', expect: 'safe',
    input: '反诈提示：不法分子常以“双倍赔偿”为名，让您加群、扫码、提供验证码' },
  { name: 'a bank\'s own list', expect: 'safe',
    input: '受害人往往被要求把钱转到所谓的安全账户，银行提醒您：凡是要求转账到安全账户的都是诈骗' },
  { name: 'a victim\'s friend explaining', expect: 'safe',
    input: chat('骗子的套路是先说要给你退款，再让你下载软件开屏幕共享，你千万别照做') },
];

/** An act told as done ("下载了一个", "输入过") in a warning's turn: what happened, not a request. */
const PAST_ACTS: FaultCase[] = [
  { name: '96110: the phone has downloaded a suspicious meeting app', expect: 'safe',
    input: '您好，这里是96110反诈专线，系统提示您的手机近期下载了一个可疑的会议软件，请问您是在跟什么人视频吗？' },
  { name: 'officer: have you typed in your card password', expect: 'safe',
    input: callerCall('您好，这里是反诈中心，刚才那个客服是骗子。', '您有没有在手机上输入过银行卡密码？') },
  { name: 'officer: have you ever given your code', expect: 'safe',
    input: '您有没有把验证码提供过给别人？' },
  { name: 'family: she installed an app, the scam is known', expect: 'safe',
    input: chat('我妈手机上装了一个叫云会议的软件，是骗子让她装的，已经删了') },
  { name: 'teller: did you transfer before', expect: 'safe',
    input: '阿姨，这是诈骗，您之前有没有给这个账户转过钱？' },
  { name: 'officer asks whether a link was opened before', expect: 'safe',
    input: '我是反诈民警，您之前有没有点开过对方发的退款链接？' },
  { name: 'officer: have you scanned his code', expect: 'safe',
    input: '您好，这边是反诈中心，那个理赔客服发的二维码您扫过吗？' },
  { name: 'friend: did you borrow on the loan app', expect: 'safe',
    input: chat('那个客服肯定是骗子，你在借呗上借过钱没有？') },
  { name: 'bank: added a group', expect: 'safe',
    input: '您好，这里是银行反诈专线，您是不是加了一个理赔群？群里的人是骗子，千万别扫码。' },
  { name: 'grandpa told to transfer, did not go, called me', expect: 'safe',
    input: chat('今天我爷爷接了个电话，对方叫他去银行把钱转到一个安全账户，说是配合调查，爷爷没去，直接给我打电话了。') },
];

const PAST_ACTS_SCAM: FaultCase[] = [
  { name: 'a scammer in a framed turn: after downloading, open the share', expect: 'not-safe',
    input: '我们不是骗子，您下载了会议软件以后，打开屏幕共享，我帮您退款' },
  { name: 'a victim\'s report: I borrowed and transferred as he said', expect: 'not-safe',
    input: '前天有个淘宝客服说给我退款，我按他说的在借呗借了五千转过去，后来被拉黑了，已经报警了' },
  { name: 'a scammer asks for a code after "下载了一个"', expect: 'not-safe',
    input: '您好我是京东客服，您手机上下载了一个会议软件吧，现在把收到的验证码告诉我，我们不是骗子' },
  { name: 'a narrated third person, the money to the speaker', expect: 'not-safe',
    input: '我是淘宝客服，叫他把钱转给我，不要相信骗子' },
  { name: 'scammer: transfer after "转过"', expect: 'not-safe',
    input: '您之前转过账的话系统有记录，我们不是骗子，现在请把钱转到安全账户' },
  { name: 'fake police, no question: transfer', expect: 'scam',
    input: '我是公安局的民警，你涉嫌洗钱，马上把钱转到安全账户，不准告诉任何人' },
  { name: 'scammer: did you install it? then share', expect: 'not-safe',
    input: callerCall('您好，我是抖音客服，您的会员要扣费了，需要下载会议软件关闭', '您安装过了吗？装好了请开启屏幕共享') },
  { name: 'a scam SMS with a past-tense opener', expect: 'not-safe',
    input: '【京东】您购买过的商品存在质量问题，请添加客服微信jdkf889领取退款' },
  { name: 'scammer: you have added the group, now scan', expect: 'not-safe',
    input: '您已经加了理赔群，现在扫群里的二维码缴纳保证金就能领取赔偿' },
  { name: 'scammer: the fee after "付过"', expect: 'not-safe',
    input: '您付过运费险的，理赔前需要先交199元手续费，请转到这个账户' },
];

/** Transcripts with no punctuation, a warning's step list, the asker judged: the same kinds in other shapes. */
const SHAPES: FaultCase[] = [
  { name: 'ASR officer call, no punctuation: 是不是有人说…让您先转钱', expect: 'safe',
    input: callerCall('您好 我们这边是96110 刚才系统预警 您的银行卡有一笔钱准备转到外地账户 是不是有人说要给您理赔让您先转钱验证') },
  { name: 'ASR officer call: 对方是不是说…让您在借呗上借钱', expect: 'safe',
    input: callerCall('我是反诈民警 您先听我说 对方是不是说您开通了什么百万保障 每个月要扣钱 让您在借呗上借钱转给他') },
  { name: 'ASR: 那个让您下载会议软件的人是骗子', expect: 'safe',
    input: callerCall('阿姨您别着急 我是派出所的民警 那个让您下载会议软件的人是骗子 您有没有把手机上的验证码念给他听') },
  { name: 'a lecture\'s list: 一是…二是…三是', expect: 'safe',
    input: chat('反诈宣讲要点：一是冒充客服说退款；二是让你加群、下软件；三是让你提供验证码或贷款转账。三步走完，钱就没了。') },
  { name: 'a warning\'s steps: 第一步…第二步…', expect: 'safe',
    input: chat('骗局揭秘。第一步，冒充客服说要退款；第二步，让你下载会议软件共享屏幕；第三步，让你说出验证码。') },
  { name: 'officer: 您刚才是不是扫了一个理赔群里的二维码？', expect: 'safe',
    input: '我们是反诈中心的，您刚才是不是扫了一个所谓理赔群里的二维码？' },
  { name: 'teller: 对方是不是还让您下载了一个软件？', expect: 'safe',
    input: callerCall('阿姨，真正的退款都是原路退回，不会要您先转钱验证。对方是不是还让您下载了一个软件？') },
  { name: 'officer: 对方是不是先说…然后让您借钱？', expect: 'safe',
    input: callerCall('当时对方是不是先说您买的衣服有质量问题，然后让您在支付宝备用金里借钱？') },
  { name: 'a shared experience: 我没下载', expect: 'at-most-suspicious',
    input: chat('分享一下经历：对方自称淘宝客服，说我误开通了会员，要每月扣500，让我下载一个会议APP关闭，我没下载，打淘宝官方客服一问，根本没这回事。') },
  { name: 'friend: the customer service who asked is a scammer', expect: 'safe',
    input: chat('让你开屏幕共享的客服就是骗子，别理他') },
];

const SHAPES_SCAM: FaultCase[] = [
  { name: 'ASR scammer, no punctuation, a real request', expect: 'not-safe',
    input: callerCall('您好我是淘宝客服 您买的衣服有质量问题 给您双倍退款 您下载一个会议软件打开屏幕共享') },
  { name: 'ASR scammer ends in a question about his own instruction', expect: 'not-safe',
    input: callerCall('您好我是京东客服 您的百万保障要扣费 您有没有按我说的在借呗借出来') },
  { name: 'scammer steps with no warning word', expect: 'not-safe',
    input: '第一步，打开支付宝；第二步，点开备用金；第三步，把借出来的钱转到我给您的账户，就能退款' },
  { name: 'scammer steps after "我们不是骗子": the steps are still his', expect: 'not-safe',
    input: callerCall('您好我是抖音客服，您的会员要扣费了', '我们不是骗子，您照着做：下载会议软件，打开屏幕共享，把验证码念给我') },
  { name: 'scammer: "说我们是骗子的人是骗子", then the code', expect: 'not-safe',
    input: '我是淘宝官方客服，说我们是骗子的人才是骗子。您把收到的验证码告诉我，马上退款' },
  { name: 'fake officer: 是不是扫了…？ then a real transfer demand', expect: 'not-safe',
    input: '我是反诈中心的民警，您刚才是不是扫了一个码？您的卡已经不安全了，现在马上把钱转到安全账户。' },
  { name: 'scammer: question about the third person, then his own request', expect: 'not-safe',
    input: '您母亲是不是在我们店买了东西？请您把她手机收到的验证码发给我，我们给她退款' },
  { name: 'scam SMS with a step list and a link', expect: 'not-safe',
    input: '【淘宝理赔】第一步：点击 http://tb-lipei.top 登录；第二步：填写银行卡号和验证码；第三步：等待赔款到账。' },
  { name: 'scammer ASR: 一是…二是 with no frame', expect: 'not-safe',
    input: callerCall('退款有两个步骤 一是您下载会议软件 二是把验证码报给我') },
  { name: 'a scam dialogue where the victim asks 是不是骗子', expect: 'scam',
    input: callerCall('您好，我是京东客服，您的订单有质量问题给您三倍赔偿', '您别担心我们不是骗子，请您下载会议软件开启屏幕共享', '然后把支付宝的验证码念给我') },
];

describe('legitimate context: the same kinds in other shapes (ASR, step lists, the asker judged)', () => {
  for (const c of SHAPES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of SHAPES_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('legitimate context: acts told as done (framing pastActs)', () => {
  for (const c of PAST_ACTS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of PAST_ACTS_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('legitimate context: questions about the past (framing pastQuestions)', () => {
  for (const c of PAST_QUESTIONS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of PAST_QUESTIONS_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('legitimate context: a third person\'s call retold (framing narrated)', () => {
  for (const c of RETELLINGS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of RETELLINGS_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('legitimate context: a retelling that ends in refusal (frames)', () => {
  for (const c of REFUSALS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of REFUSALS_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('legitimate context: the speaker takes the floor back after describing scammers (takeovers)', () => {
  for (const c of TAKEOVERS_SCAM) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of TAKEOVERS_LEGIT) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
