import { defineTactic } from '../../schema.ts';
import { OWN_PAGE, SENT_OR_ASKED } from '../own-page.ts';

export const CODE_WORDS = ['验证码', '动态码', '校验码', '短信码', '确认码', '动态密码', '短信验证', '认证码'];

/**
 * A code word followed at once by the code or a colon ("验证码482913", "验证码：119283") is a message that
 * DELIVERS a code (the bank's or the site's own one-time-password SMS), not one that asks for it: the
 * scammer never has your code. ("验证码是" is left out: "验证码是多少" is the ask.)
 */
const CODE_DELIVERED = CODE_WORDS.flatMap((w) => [...'0123456789:'].flatMap((c) => [w + c, `${w}是${c}`]));
/**
 * …and the same code masked (sms16 kind B): the real-SMS source prints a delivered code as a placeholder or as x's
 * ("验证码DIGIT，请在挂号页面输入", "【xx】验证码xxxxxx，请在页面输入完成注册", "动态码[验证码]"), and so do
 * quoted, redacted or templated notices. A code printed in the message is delivered, whatever stands for its digits: the
 * ask names a code it does not show ("请回复收到的验证码"). "亲爱的用户，您的验证码DIGIT，请填入注册页面" read scam 80.
 */
// An ASCII mask is a word of its own (terms keep ASCII word boundaries): every run of x a code has, 4 to 8.
const CODE_MASKS = ['digit', ...[4, 5, 6, 7, 8].map((n) => 'x'.repeat(n)), '***', '＊＊', '××', '[', '【', '{'];
const CODE_DELIVERED_MASKED = CODE_WORDS.flatMap((w) => CODE_MASKS.flatMap((m) => [w + m, `${w}是${m}`]));

/** A quoted reply keyword's closing quote, then the code (recall17 kind A): "”+验证码", "”和收到的验证码", "\"加动态码". */
const KEYWORD_THEN_CODE = ['”', '"', '」', '’', "'"].flatMap((q) =>
  ['', '+', '+收到的', '和', '加', '及', '与', '并', '加上', '以及', '和收到的', '加收到的', '及收到的', '收到的', '加上收到的'].flatMap((j) => CODE_WORDS.map((w) => q + j + w)));

export default defineTactic({
  id: 'extract.verification-code',
  stage: 'extraction',
  description: {
    zh: '索要您手机收到的验证码、动态码，或要您把它填进对方给的页面',
    en: 'Asks for the verification code or one-time password you received, or to type it into their page',
  },
  weight: 45,
  cues: [
    // The request grammar (lexicon.ts): give / tell / send / reply × a code. A reply is a give act toward the
    // sender ("请回复收到的6位验证码给客服", "把收到的数字回给我"; newcomer8 kind 1): a bank's own OTP says 请勿回复 (negated)
    // and carries the code itself (CODE_DELIVERED below); a reply KEYWORD (回复1, 回复TD, 回复“验证码”) is the word to send,
    // that 回复's own object (act.reply `keyword`), while every other act of the sentence is still read ("回复1确认退款，
    // 并把收到的验证码一并回复" asks for the code: session 8 read it safe 15 when the keyword guarded the whole sentence).
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.reply', 'act.hand-on'], object: ['obj.code'] } },
    // Sent straight back to the sender ("请将短信验证码回复至本号码", "请将验证码发至本号"): the code first, then where
    // it goes. Not 回复 + a quoted keyword ("回复“验证码”免费办理", a bank's opt-in).
    { all: [[...CODE_WORDS, '领取码', '此码'], ['回复至', '回复给', '回复到', '发至本号', '发至此号', '发到本号', '发回本号', '回传']], within: 12, ordered: true },
    // A reply keyword and the code after it ("回复“确认”+验证码", "回复“同意”和收到的验证码", recall17 kind A): the '+' is gone in
    // the normalised text, and the quoted keyword made the reply its own object, so the code after it read as nothing
    // asked (safe 0). The code word right after the keyword's closing quote, or after a joining 和/加/及/与/并, is the
    // second half of the reply. A code printed in the message (CODE_DELIVERED) is the sender's own confirmation.
    { all: [['回复', '编辑', '发送'], KEYWORD_THEN_CODE], within: 16, ordered: true },
    // Typed or filled in, a code is a request only next to a link, a page or a refund word:
    // "请输入验证码完成登录" is the site's own prompt, "输入验证码即可完成解绑" is the scam.
    { request: { act: ['act.fill', 'act.type'], object: ['obj.code'] }, context: ['obj.link', 'ctx.refund'] },
    // The code without its name: the SMS itself or "the six digits in it", read out or sent ("您把手机上来的短信
    // 念给我", "上面有个六位数，您念给我听一下", "里面的数字告诉我就好", "把短信内容发给我核对一下"). Own corpus kind
    // (data/corpus/gen-scam-cs-zh.jsonl, call and chat lines), examples our own.
    {
      all: [
        ['短信内容', '那条短信', '银行短信', '来的短信', '收到的短信', '短信上', '短信里', '个六位数', '个6位数', '个四位数', '个4位数', '收到的六位数', '六位数的码', '六位数字', '几位数', '里面的数字', '上面的数字', '上面的码', '那个码', '出来一个码', '个六位'],
        ['念给我', '念一下', '读给我', '读一下', '报给我', '报一下', '报一记', '讲一记', '报拨我', '讲拨我', '告诉我', '发给我', '发我', '截图给我', '截图发我', '说一下', '念出来', '读出来', '告知客服', '告诉客服'],
      ],
      within: 16,
      ordered: true,
    },
    // The code received, then handed on ("请把收到的验证码告诉理赔人员", "将手机收到的验证码告诉工作人员"): not the code received
    // and typed into the sender's own app ("登录联通APP兑换，兑换时需输入收到的验证码": a carrier's own prompt; until session 10
    // a bare 收到的验证码 was the ask, and with the points story the message read scam 85; fp10).
    {
      all: [
        ['收到的验证码', '收到的动态码', '收到的校验码', '收到的短信验证码', '收到的短信码'],
        // Handed on to a third side or said as a direction ('让我把收到的验证码发过去', '报给他'): act.hand-on in the grammar above.
        ['告诉', '告知', '回复', '发给', '发送给', '发我', '发到', '报给', '念给', '提供给', '转发', '截图', '给我', '发过来', '发一下', '报一下'],
      ],
      within: 12,
      ordered: true,
    },
    // The bare give after the code ("把验证码给他", "验证码给对方就行"): 给他 alone is "for him" before its object
    // ("给她退钱"), so only in this order (act.hand-on has the verb forms, 发给他 / 报过去, either way round).
    { all: [[...CODE_WORDS, '收到的码', '那串数字'], ['给他', '给她', '给对方', '给他们', '给她们']], within: 6, ordered: true },
    {
      any: [
        '收到的那个码', '短信里的数字', '短信里那串数字', '那串数字', '那几个数字', '六位数字报', '6位数字报',
        '四位数字报', '把码报', '那个码念', '码报给我', '码念给我', '短信内容念', '短信截图发',
      ],
    },
  ],
  // "不会索要/不会向您要验证码" are handled by the playbook's verb-bound `negation` (negatable below).
  unless: [
    // A password is no code: 码报给我 / 码念给我 inside "把密码报给我" (guard15 kind L2: "大家把校园网账号密码报给我" read 45 as a code;
    // a password asked is extract.card-credentials' to read, by the grammar's owner of the password).
    '密码报给我', '密码念给我', '密码报一下',
    '切勿', '请勿', '勿将', '不要泄露', '勿泄露', '告知他人', '泄露给他人', '转告他人', '透露给他人', '任何人', '我不会告诉', '我不会给', '我不告诉', '我才不', '我不能告诉', '凭什么', '如非本人', '有效期',
    '不要提供', '不要透露', '不要泄露', '不要告诉任何人', '验证码为', '动态码为', '校验码为',
    // A code shown at the shop's counter for a discount ("到店凭手机收到的验证码可享受优惠"): in person, to
    // the cashier, not told to a stranger (dev telecom-fraud-texts-5 / 正常短信, session 5).
    '凭手机收到', '凭收到的验证码', '凭验证码', '凭短信验证码', '凭此验证码',
    // A quoted reply keyword that IS the code word ("回复“验证码”免费办理电子密码器"): the word to send is the quoted one, an
    // opt-in, not the code sent back. (An unquoted keyword, 回复1 / 回复TD, is act.reply's own object: lexicon.ts.) Only the
    // code word quoted (recall16 kind R2): any quoted keyword silenced the sentence, so "回复“退款”后把验证码发给我们" (the
    // brief's known miss) and "回复“1”后把收到的验证码发给我们" read safe 0 beside the same ask unquoted at 69; the other
    // keywords stay act.reply's own object in the grammar, and the ask after them is read.
    ...['"', '“', '「', "'", '‘'].flatMap((k) => CODE_WORDS.map((w) => `回复${k}${w}`)),
    ...CODE_DELIVERED,
    ...CODE_DELIVERED_MASKED,
  ],
  // The code typed into the reader's own app or page (fa12 kind 2, src/playbook/zh/own-page.ts): no request, unless the
  // sentence names a sent page, a link, the code handed on or a pretext.
  ordinary: { words: OWN_PAGE, but: SENT_OR_ASKED, butEntities: ['url'] },
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-code', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们不会索要验证码的，您放心，现在您把收到的验证码念一下',
      '不需要您转账，只需要把收到的验证码告诉我就行',
      '不用担心，把验证码念给我就行',
      '请您配合我们的操作，输入验证码即可完成解绑',
      '您手机上刚收到一个验证码，麻烦报给我一下',
      '那个六位数的验 证 码是多少？我这边要核对',
      '把薇信收到的动态码念给我听，我帮您完成退款',
      '短信里那串数字就是退款凭证，您读给我',
      '稍后会有校验码发到您手机，直接告诉我就行',
      '你把yzm发我，我给你操作解冻',
      '页面上有个框，您把验证码填进去然后点确认',
      '收到的验证码请截图发到群里',
      '阿姨，您把那几个数字一个一个念一下',
      '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码',
      '不要相信骗子，我是真的客服，把验证码给我',
      '您好，验证码发过来我给您核实退款',
      '刚才那条短信里的动态码，您直接发我就行',
      '理赔页面打开后，把收到的校验码填写进去',
      '您刚刚是不是收到一条短信，上面有个六位数，您念给我听一下',
      '您操作的时候会收到银行的短信，内容不用管，里面的数字告诉我就好',
      '请您查看是否收到一条入账短信，然后把短信内容发给我核对一下',
      '您的包裹赔付金已下发，需验证身份后到账，请将短信验证码回复至本号码',
      '您的退款待领取，领取码：862193，请将领取码告知来电客服',
      '【拼多多】您的多多钱包存在异常交易已被冻结，解冻需验证身份，请回复收到的6位验证码给客服',
      '退款需要验证，麻烦把刚才收到的数字回给我',
      '您的账户已冻结，请回复短信验证码解冻',
      '为了确认收款人身份，请把收到的验证码告诉理赔人员',
    ],
    negative: [
      '【某医院】您正在注册预约挂号平台，验证码DIGIT，请在挂号页面输入',
      '【某商城】验证码xxxxxx，请在页面输入完成注册。',
      '我们不需要您提供任何验证码，退款会原路退回',
      '整个退款过程不需要您提供验证码，也不用转账',
      '【某银行】您正在取消自动还款，验证码为482913，请勿泄露',
      '请输入验证码完成登录',
      '【工商银行】您的验证码为382915，切勿泄露给他人。',
      '验证码123456，用于登录，5分钟内有效，请勿告知任何人',
      '平台工作人员不会向您索要验证码',
      '我不会告诉你验证码的，你死了这条心吧',
      '任何索要验证码的都是骗子',
      '注册的时候验证码一直收不到，是不是信号不好',
      '妈，你刚才是不是收到一条验证码短信？那是我登录你的视频会员用的',
      '验证码输错三次就被锁了，真麻烦',
      '警方提示：骗子常说“请把收到的验证码告诉我”，接到这类电话立即挂断。',
      '凡是索要验证码的，百分之百是骗子',
      '我把验证码告诉他了，现在怎么办',
      '验证码千万不要发给别人',
      '骗子通常会让你提供短信验证码',
      '【美团】您的验证码是482913，请在页面中输入完成登录，5分钟内有效。',
      '【12306】您正在办理退票，退款将原路返还，验证码662019，请在页面输入验证码确认退票。',
      '【平安银行】您正在申请信用卡，验证码：775621，请在申请页面输入。',
      '妈，短信我收到了，一会儿告诉我怎么弄',
      '【工商银行】回复“验证码”免费办理电子密码器，退订回N',
      '他年薪六位数，告诉我一声就行',
      '【招商银行】验证码836104，您正在绑定新设备，请勿回复或转告他人。',
      '本短信由系统自动发送，请勿回复。您的动态码为552913。',
      '【中国联通】您的积分即将清零，登录联通APP用积分兑换话费，兑换时需输入收到的验证码，回T退订。',
    ],
  },
});
