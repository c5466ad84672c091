/**
 * The sender announcing that IT will send, or has sent, a card's number and password, a pick-up code or a redeem code
 * to the reader by text ("礼品卡密码将以短信形式发送，请妥善保管", "卡号和密码将在24小时内以短信形式发送至您的手机",
 * "提货码和密码已通过短信发送", "充值密码会通过短信发给您", "兑换码与密码将以短信方式发送"): a shop's or a cinema's own
 * delivery, the secret travelling TO the reader, never asked back (ncfp16 kind H: newcomer16's gc1/gc4/gc7/gc8/gc9, read
 * suspicious 40-69 through extract.card-credentials and extract.gift-card-codes).
 *
 * Each phrase names the MEDIUM of the sender's send (以…形式 / 以…方式 / 通过短信), which no ask uses: a scammer
 * says 发给我 / 拍给我 / 告诉我. Read two ways:
 *  - as covering nouns of the request grammar (lexicon.ts `nouns`): the 发送 / 发给 inside the phrase is no act, while
 *    another act in the clause still counts ("请把以短信形式发送给您的卡密拍给我" asks through 拍给我);
 *  - as `unless` words of the two card tactics, for their phrase cues that name no act at all ('卡号和密码', a gift
 *    card beside 卡密): sentence-wide, so an ask made in a sentence of its own stays read ("卡密已通过短信发送。
 *    请把卡号和密码拍照发给我激活").
 * Not 发送至您的手机 alone: "请把发到您手机的验证码告诉我" is the scam's relative clause in the same words.
 */
const MEDIA = ['短信', '邮件', '电子邮件'];
const FORMS = ['形式', '的形式', '方式', '的方式'];
/** The send toward the reader: bare (the reader is who the notice speaks to) or with the reader named; never 发给我/我们. */
const TO_READER = ['发送', '发至', '下发', '发给您', '发给你', '发送给您', '发送给你', '发到您', '发到你'];
/** 通过短信 alone also carries an ask ("请把卡号和密码通过短信发给我们"): read only after the sender's tense (将/会/已…) or before 您. */
const TENSES = ['将', '会', '将会', '已', '已经', '稍后', '随后', '即将', '统一', '均'];

export const SENDER_SENDS: readonly string[] = [
  // 以短信形式发送 / 以短信的方式发给您 / 以邮件形式下发: the medium as a manner (以…形式), a notice's register.
  ...MEDIA.flatMap((m) => FORMS.flatMap((f) => TO_READER.map((v) => `以${m}${f}${v}`))),
  // 将通过短信发送 / 已通过短信发送 / 会通过短信发给您 / 稍后通过短信下发
  ...TENSES.flatMap((t) => MEDIA.flatMap((m) => ['通过', '经', '用'].flatMap((p) => ['', '的形式', '的方式'].flatMap((f) => TO_READER.map((v) => `${t}${p}${m}${f}${v}`))))),
  // 通过短信发给您 / 通过短信下发至您: the reader named as whom it goes to.
  ...MEDIA.flatMap((m) => ['通过', '经', '用'].flatMap((p) => ['', '的形式', '的方式'].flatMap((f) =>
    ['发给您', '发给你', '发送给您', '发送给你', '发送至您', '发送到您', '下发至您', '下发到您', '发至您', '发到您'].map((v) => `${p}${m}${f}${v}`)))),
];
