/**
 * The "inside" top-up bonus (ncrecall17 kind 1, session 17; pig-butchering and its cousins): a sweetheart, a friend, a
 * sibling or a "mentor" urges the reader to top up on a platform or an app because of an inside deal only they know
 * ("亲爱的，平台今天有内部活动，充值5万返2万，你赶紧充", "兄弟，内部消息，这个平台充值10万返3万，明天就截止了", "导师说今晚充值满5万返2万").
 * The bonus is a sum followed by 返/送 ("5万返2万", "充2万送1万"), the same two words a supermarket's member day writes
 * ("【XX超市】会员日充值500返50"); what no shop writes is the deal kept INSIDE: 内部活动/内部福利/内部消息, only old members
 * know, the mentor said. Read by extract.platform-topup (the top-up that earns) as one cue: an INSIDE word, a top-up word
 * and a sum's bonus within 40 characters. A signed shop's top-up advert is left to the seller's gate (contact.advert:
 * at most suspicious); a plain member-day top-up holds no inside word and stays safe.
 * Test: test/playbook/faults/ncrecall17-inside-topup.test.ts.
 */
export const INSIDE_DEAL = [
  // The deal kept inside: an event, a perk, a tip, a quota, a channel nobody outside hears of.
  '内部活动', '内部福利', '内部消息', '内部名额', '内部渠道', '内部通道', '内部充值', '内部优惠', '内部机会', '内部资格', '内部特权', '内部返利',
  '内部价格', '内部爆料', '内部数据', '内部人员', '内幕',
  // Only the old members (or we) know it; not to be passed on.
  '老会员知道', '老会员才知道', '老用户才知道', '老用户知道', '只有我们知道', '只有我知道', '不对外公开', '不对外开放', '不对外', '别外传', '不要外传', '别告诉别人',
  // The "mentor" or "teacher" who leads the bets (导师带单, 带单老师).
  '导师说', '导师让', '导师讲', '导师通知', '导师带', '带单老师', '老师带单',
];

/** What is put in: a top-up in the speaker's words (充值, 充, 入金, 上车). */
export const INSIDE_TOPUP = ['充值', '充', '入金', '上车', '投入', '存入'];

/**
 * The bonus as a sum then 返/送 ("5万返2万", "充2万送1万", "5000返1000": the sum's last character before the word) or the
 * word then the bonus's sum ("充1万进去就送3000", "返两万").
 */
export const SUM_BONUS: string[] = [
  ...[...'0123456789', '万', '千', '百', '元', '块', 'k', 'w'].flatMap((n) => [`${n}返`, `${n}送`, `${n}赠`]),
  ...['返', '送', '赠', '多送', '多返'].flatMap((w) => [...'0123456789一两二三五八十几'].map((n) => `${w}${n}`)),
];
