/**
 * guard17 (session 17): a frame guard16 added (8d7d0b7) said in the counterpart's own mouth silenced the counterpart's ask.
 * Found by writing fake customer-service lines in the register of consumed-w2-scam-zh (plain written refund, claims,
 * membership and parcel scams) that use guard16's words, and comparing 8d7d0b7^ with main 7a64355. Each kind's twins are
 * warnings and rules in the same words that must stay safe (guard16's own 43 safe siblings stay green too).
 *  - kind A: a script LABEL (新骗局, 最新套路, 骗子新招, 新骗术, 最新诈骗手法…) was a `reporter`, so any words after it in the
 *    sentence read as the script it labels. A fake agent names the scam in passing to sound safe ("现在新骗局很多，您别担心，
 *    您把收到的验证码发我一下" scam 100 at 8d7d0b7^ -> suspicious 40 at main; "为了防止新骗局，平台要求您先在这个页面填写
 *    银行卡号和密码" suspicious 69 -> safe 0; "最新骗局太多，…请在支付宝借呗里借出额度转到指定账户" scam 100 -> safe 0).
 *    Now a label reports only as the heading of a script: before a colon, a quote, or a pause and the script's third-person
 *    opening (冒充, 有人, 自称…) (src/playbook/zh/lexicon.ts SCRIPT_HEADINGS). Before -> after on the 14 siblings below (sms):
 *    9 safe 0 and 5 suspicious 40-50 -> all flagged, 8 `scam`, 6 suspicious 45-75. Twins: 12 warnings headed by the label ("又有新骗局！有人冒充…",
 *    "骗子最新招数：先…", "新套路提醒：“…”") stay safe.
 *  - kind B: a generic condition (如收到, 一旦收到, 凡收到, 如接到…) with an advisory in its sentence made every cue of the
 *    sentence the advisory's example — also the cues AFTER the advisory, which are the speaker's own instruction. A fake
 *    notice answers its own condition and then asks ("如收到银行扣款提醒，请立即停止操作，并将卡内余额转入安全账户 6228…"
 *    suspicious 69 -> safe 0; "若收到扣费短信，不要理会，请下载会议软件，我们客服远程帮您关闭" scam 85 -> safe 0). Now the
 *    condition reaches only up to its answer: a cue in a later clause than the first advisory after the generic word is read
 *    (src/match/framing.ts `answerAfterGeneric`). A rule's prohibition there ("…，一律当面确认，不得直接转账") is read by the
 *    negation: zh negation negators += 不得, 严禁; fillers += 直接, 私自, 擅自. Before -> after on the 13 siblings (sms):
 *    11 safe 0 and 2 suspicious 40 -> all flagged, 11 `scam`, 2 suspicious 45-69. Twins: 12 rules and alerts whose ask sits in the condition, or whose answer
 *    forbids or sends to the police and the official app, stay safe.
 *  - kind C: guard16's relayed agents x causatives (平台让我, 客服让我, 店铺让我, 快递让我) in a turn with a frame word (没交, 没付,
 *    原来是假的, 差点被骗, 一问才知道) made what follows the teller's retelling — also when the speaker is the other side's
 *    messenger sent to do a job ("亲 平台让我跟进这个理赔 之前没交运费险 把支付宝账号和验证码发我就行" scam 85 at 8d7d0b7^ ->
 *    safe 0 at main). A reader named after 让我 ("让我通知您") already ended the relayed words; a colloquial line names none.
 *    Now the job after the causative (让我/叫我/派我/安排我 + 跟进, 回访, 负责, 对接, 来处理…) is a `takeover`
 *    (src/playbook/zh/lexicon.ts MESSENGER_DUTIES). Before -> after on the 11 siblings (sms): 10 safe 0 and 1 suspicious 45
 *    -> all flagged, 4 `scam`. Twins: 11 retellings of a relayed ask refused or checked (guard16's kind) stay safe; 4 lines
 *    flagged before stay flagged.
 *  - kind D (the brief's second kind: an older reporter in the counterpart's mouth): a reporter naming the scammers (不法分子,
 *    诈骗分子, 犯罪分子, 话术) made the rest of its sentence a description, also the speaker's own ask after it in a later clause
 *    ("为了防止不法分子盗刷，请您提供银行卡号和验证码，我们帮您冻结" safe 0; "犯罪分子可能已经拿到您的信息，请您把验证码告诉我"
 *    safe 0). A self-introduction there already took the floor back; now so does an own-request word (请您, 给我们, 发我, 告诉我…)
 *    in a later clause with no speech mark (说, 称, ：) after the reporter (src/match/framing.ts, takeoverAfterReporter).
 *    Before -> after on the 11 siblings (sms): 8 safe 0 and 3 suspicious 40 (the model alone) -> all flagged with their ask,
 *    3 `scam`. Twins: 12 bulletins naming the scammers and then advising 请您 (不要提供, 提高警惕, 拨打96110), or quoting the
 *    ask after a speech mark ("诈骗分子会说：请您把钱转到安全账户"), stay safe.
 * With the text model and with the rules alone; every line as an SMS and as a chat turn (one noted sms only).
 */
import { beforeAll, describe } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { chat, runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

// The playbooks compiled and the model loaded under the hook's timeout, not the first case's (a loaded machine, load ≈ 17).
beforeAll(() => { analyze('您好'); });

type Line = [text: string, tactic: string];
const flagged = (title: string, lines: Line[], channels = [chat, sms]): FaultCase[] =>
  lines.flatMap(([t, tactic]) => channels.map((ch) => ch(t)).map((input) => ({
    name: `${title} flagged (${input.channel}): ${t}`, input, expect: 'not-safe' as const, tactics: [tactic],
  })));
const safe = (title: string, texts: string[]): FaultCase[] =>
  texts.flatMap((t) => [chat(t), sms(t)].map((input) => ({ name: `${title} safe (${input.channel}): ${t}`, input, expect: 'safe' as const })));

describe('guard17 kind A: a scam label said in passing by the counterpart is no heading of a script', () => {
  runWithAndWithoutModel([
    ...flagged('agent', [
      ['现在新骗局很多，您别担心，您把收到的验证码发我一下，我马上给您办理退款。', 'extract.verification-code'],
      ['近期新骗局频发，为保障您的资金安全，请点击 http://tb-aq.cc 完成身份验证并填写银行卡号。', 'extract.card-credentials'],
      ['为了防止新骗局，平台要求您先在这个页面填写银行卡号和密码进行身份核验。', 'extract.card-credentials'],
      ['为防范最新骗局，京东现对所有用户进行账户加固，请下载“京东安全”APP并开启屏幕共享配合操作。', 'shift.screen-share'],
      ['骗子最新的手段我们都清楚，您放心，麻烦提供一下银行卡号和收到的验证码，我们给您打款。', 'extract.verification-code'],
      ['您好，新骗术层出不穷，为了您的安全，请把卡里的存款先转到我们平台的安全账户。', 'extract.transfer'],
      ['亲，诈骗新手法多，平台升级了退款流程，需要您下载会议软件共享屏幕，我一步步教您。', 'shift.screen-share'],
      ['最新骗局太多，我们百万保障关闭需要您本人操作，请在支付宝借呗里借出额度转到指定账户。', 'extract.loan'],
      ['您好，这边是拼多多官方客服，最近新套路多，请您认准我们，您的退款需要先交200元保证金。', 'extract.fee-quoted'],
      ['为了防止最新套路，请您把支付宝余额转到这个账户做验证，验证完原路退回。', 'extract.transfer'],
      ['最近骗子新招多，为了保证您的理赔款安全到账，请提供银行卡号和手机收到的验证码。', 'extract.verification-code'],
      ['您的淘宝账户因最新骗局被风控了，需要您下载会议软件开启屏幕共享，我们帮您解除。', 'shift.screen-share'],
      ['现在新骗术很多，所以需要核实您的身份，请把银行卡号、密码和验证码发给我。', 'extract.card-credentials'],
      ['亲，为了防止新骗局，平台要求您先在这个页面填写银行卡号和密码进行身份核验，核验完马上退款。', 'extract.card-credentials'],
    ]),
    ...safe('heading', [
      '又有新骗局！有人冒充淘宝客服说你的订单异常，让你下载会议软件开屏幕共享，千万别信。',
      '最新骗局来了：自称京东客服说你开通了百万保障，让你把借呗的钱转到指定账户关闭。',
      '骗子新招曝光：冒充快递员说包裹丢了要三倍理赔，然后让你扫码填写银行卡号和验证码。',
      '新套路提醒：“您的抖音会员即将扣费800元”，接着让你配合操作把钱转到“清算账户”。',
      '警惕最新套路，冒充拼多多客服说商品质量有问题，要给你退款，再让你提供验证码。',
      '骗子最新招数：先打电话说你的快递破损，再加你微信发理赔链接，让你填写银行卡和密码。',
      '诈骗新手法揭秘：冒充电商客服称您误开通了代理商，诱导您在借呗借款转到“安全账户”。',
      '最新骗术如下：自称银保监会工作人员，说你的百万保障要关闭，让你把存款转到监管账户。',
      '家长注意，新骗局是：有人冒充班主任在群里发收款码，让家长扫码交资料费。',
      '新骗局“您的ETC认证已失效”，然后发链接让你输入银行卡号、密码和验证码。',
      '最新骗局，骗子冒充顺丰客服说你的件丢了，要你提供支付宝账号和验证码领取理赔。',
      '新骗术又来了：“您好，我是淘宝售后，您的订单需要退款”，然后让你下载屏幕共享软件。',
    ]),
  ]);
});

describe('guard17 kind B: a condition (如收到…) reaches only up to its answer; what the speaker asks after it is said', () => {
  runWithAndWithoutModel([
    ...flagged('notice', [
      ['如收到银行扣款提醒，请立即停止操作，并将卡内余额转入安全账户 6228 4800 1234 5678。', 'extract.transfer'],
      ['凡收到本短信的用户，请立即停止使用原银行卡，把余额转入新的安全账户 6217 0000 1234 5678。', 'extract.transfer'],
      ['如收到陌生来电请直接挂断，您的退款请通过链接 http://tk-fw.shop 填写银行卡号和密码办理。', 'extract.card-credentials'],
      ['若收到扣费短信，不要理会，请下载会议软件，我们客服远程帮您关闭。', 'shift.screen-share'],
      ['如收到快递丢件短信，请立即挂断其他来电，点击 http://kd-pei.cc 填写收款银行卡和验证码领取三倍赔偿。', 'extract.verification-code'],
      ['如收到淘宝退款失败提醒，一律电话核实，请下载“云会议”开启屏幕共享，客服远程为您退款。', 'shift.screen-share'],
      ['如收到理赔短信，直接删除即可，您的理赔款请扫描这个二维码填写银行卡号和密码领取。', 'extract.card-credentials'],
      ['如收到退款失败的短信，请立即挂断其他电话，把银行卡号和验证码发给我们的退款专员。', 'extract.verification-code'],
      ['如接到扣费通知，请立即停止付款，把支付宝余额转到我们提供的安全账户做冻结。', 'extract.transfer'],
      ['凡收到理赔短信的用户，直接删除即可，理赔款请添加专员微信 kd-lp66 并提供银行卡号领取。', 'extract.card-credentials'],
      ['如收到会员扣费提醒，不要理会，您在借呗里借出额度转到指定账户即可关闭。', 'extract.loan'],
      ['若收到快递破损通知，一律电话核实，核实后请提供银行卡号和验证码领取双倍赔偿。', 'extract.verification-code'],
    ]),
    // A chat turn with 停止操作 reads as a stopping call (src/pipeline/conversation-kind.ts): written as an SMS only.
    ...flagged('notice', [['一旦收到扣费短信，请马上停止操作，下载“腾讯会议”开启屏幕共享，我们远程帮您取消。', 'shift.screen-share']], [sms]),
    ...safe('rule', [
      '如收到自称淘宝客服的电话说要给您退款并索要验证码，请立即挂断，通过淘宝APP联系官方客服。',
      '如收到“快递理赔”短信让您点链接填写银行卡号，请勿理会，直接删除。',
      '若收到自称京东金融的来电让您把借呗里的钱转到指定账户，请立即挂断并拨打96110。',
      '如果收到陌生人发来的会议号让您共享屏幕，一律电话核实，不得擅自操作。',
      '一旦收到“抖音客服”说您开通了直播会员要扣费的电话，请直接挂断，不要转账。',
      '公司规定：如收到供应商要求更换收款账户的邮件，一律电话核实，严禁直接付款。',
      '如收到自称老师的人让你交资料费到个人收款码，一律先电话核实，不得私自转账。',
      '如收到银行卡扣款短信，请立即停止操作，拨打银行卡背面的官方电话核实。',
      '如遇自称客服要求您转账到安全账户，请立即挂断，拨打110报警。',
      '如收到“退款需先交手续费”的短信，请勿理会，退款不会要求您付任何费用。',
      '财务提醒：如收到老板微信让你转账，一律当面确认，确认前严禁转账。',
      '如收到百万保障扣费通知让您加微信关闭，请立即挂断，到支付宝APP里自行查看。',
      '各位同事：如收到自称总经理的人让你把货款打到新账户，一律当面确认，不得直接转账。',
    ]),
  ]);
});

describe('guard17 kind C: the speaker sent to do a job (平台让我跟进…) is the messenger, not a teller retelling an ask', () => {
  runWithAndWithoutModel([
    ...flagged('messenger', [
      ['亲 平台让我跟进这个理赔 之前没交运费险 把支付宝账号和验证码发我就行', 'extract.verification-code'],
      ['平台让我对接这个订单 原来是假的客服联系过吧 没事 下载个会议软件开屏幕共享我帮忙处理', 'shift.screen-share'],
      ['客服让我跟进一下 之前没交运费险 把银行卡号和验证码发过来', 'extract.verification-code'],
      ['店铺让我回访 之前没付的差价要退 把支付宝账号和收到的验证码发我', 'extract.verification-code'],
      ['快递让我负责丢件理赔 原来是假的那个客服别理 扫这个码填一下银行卡号和密码', 'extract.scan-for-payout'],
      ['店铺让我来跟进 没付的运费险退回来 先把验证码报一下', 'extract.verification-code'],
      ['快递让我跟进理赔 没交保价也能赔 加微信 kd_lp01 发一下收款码和验证码', 'extract.verification-code'],
      ['客服让我回访 才知道是假的那个链接别点 用这个 http://tb-tk.cc 填卡号和验证码', 'shift.lookalike-link'],
      ['平台让我来对接 没交的保证金今天交一下 转500到这个账户 6217 0000 1234 5678', 'extract.transfer'],
      ['店铺让我来处理 之前没付的那笔 扫这个码付一下就退', 'extract.transfer'],
      ['平台让我跟进 没转的钱先借出来 借呗里借5000转到这个账户验证', 'extract.loan'],
      // Flagged before too: they stay so.
      ['平台让我来处理 差点被骗了吧 下载会议软件开一下屏幕共享 我远程帮忙', 'shift.screen-share'],
      ['客服让我对接这单 一问才知道系统出错了 借呗额度借出来转到清算账户验证一下', 'extract.loan'],
      ['平台让我负责这个投诉 差点上当了吧 真客服在这 把银行卡号和密码发过来就行', 'extract.card-credentials'],
      ['客服让我负责这单退款 原来是假的客服骗了你 没关系 把验证码发我就能追回', 'extract.verification-code'],
    ]),
    ...safe('retold', [
      '我在闲鱼卖相机 买家非让我去另一个什么平台交保证金才能收款 我没理他 直接在闲鱼上发货了',
      '客服让我下载一个会议软件开屏幕共享，我没下载，打了官方电话一问才知道是假的',
      '房东新号码发短信让我把房租转到新卡，差点就转了，后来给房东打电话才知道是假的',
      '快递打电话让我加他微信领理赔，我没加，在快递APP上查了根本没这回事',
      '老板微信让我给一个新账户转五万，我打电话给老板本人一问才知道是假的，差点就转了',
      '那个客服一直让我去借呗借钱转到什么清算账户，我没借，差点被骗',
      '网上那个中介让我先交3000押金才能看房，我没交，换了一家',
      '抖音客服让我把会员关掉，还让我下载个APP开屏幕共享，幸好我没下载',
      '对方让我把银行卡号和密码填在一个页面里，说是理赔，原来是假的，我没填',
      '店铺客服非要我先付运费险才给退款，我没付，去平台投诉了',
      '刚才短信让我点链接领退款，我没点，一问才知道是假的',
    ]),
  ]);
});

describe('guard17 kind D: the speaker\'s own ask after a reporter naming the scammers takes the floor back', () => {
  runWithAndWithoutModel([
    ...flagged('agent', [
      ['为了防止不法分子盗刷，请您提供银行卡号和验证码，我们帮您冻结。', 'extract.verification-code'],
      ['最近不法分子比较多，请您把收到的验证码发给我们，我们帮您把账户锁起来。', 'extract.verification-code'],
      ['您的账户已被诈骗分子盯上了，请您马上下载会议软件开屏幕共享，我们帮您处理。', 'shift.screen-share'],
      ['为了不让不法分子钻空子，请您在这个链接 http://tb-aq.cc 重新填写银行卡号和密码。', 'extract.card-credentials'],
      ['近期诈骗分子活跃，请您配合我们，把借呗额度借出来转到指定账户做资金保护。', 'extract.loan'],
      ['犯罪分子可能已经拿到您的信息，请您把验证码告诉我，我这边马上给您冻结。', 'extract.verification-code'],
      ['有不法分子在用您的身份贷款，请您加一下我们专员的微信 aq_kf01，把银行卡号发给他。', 'extract.card-credentials'],
      ['网上的话术太多了，请您别担心，把银行卡号和验证码发我，退款马上到账。', 'extract.verification-code'],
      ['为了防止不法分子截留理赔款，请您扫这个二维码，填写收款银行卡和密码。', 'extract.card-credentials'],
      ['不法分子太多，麻烦您把身份证号和银行卡号发给我们登记一下理赔。', 'extract.card-credentials'],
      ['诈骗分子最近很猖獗，请你把支付宝里的钱先转到这个账户 6217 0000 1234 5678 保管。', 'extract.transfer'],
      // Flagged before too.
      ['为防止犯罪分子转走您的资金，请您把卡里的余额转到我们的安全账户。', 'extract.transfer'],
    ]),
    ...safe('bulletin', [
      '不法分子冒充客服称您的订单异常，请您提高警惕，不要提供验证码。',
      '诈骗分子常以退款为由索要验证码，请您不要向任何人透露。',
      '骗子常说“把验证码发给我们”，请您千万别信，官方客服不会索要验证码。',
      '不法分子以“百万保障”扣费为由，诱导受害人下载会议软件，请您提高警惕，发现可疑及时拨打96110。',
      '犯罪分子谎称快递丢失，要求受害人添加微信领取理赔，请您通过官方渠道核实。',
      '诈骗分子会说：请您把钱转到安全账户，这是诈骗，请立即挂断。',
      '不法分子利用您的信任，请您记住：公检法没有安全账户，不会让您转账。',
      '近期诈骗分子冒充电商客服实施诈骗，请您认准官方APP，不要点击陌生链接。',
      '受害人称，对方让她把银行卡号发过去，请大家引以为戒，不要向陌生人提供银行卡号。',
      '骗子的话术千变万化，请您牢记：凡是让您转账到安全账户的都是诈骗。',
      '犯罪分子诱导受害人在借呗借款，请您遇到类似情况立即报警。',
      '不法分子会以理赔为由让你扫码，请你不要扫陌生二维码。',
    ]),
  ]);
});
