/**
 * Whose words is an unlabelled line? The text model reads only the COUNTERPART's words (the caller,
 * the sender, the agent): the citizen's own question or report ("我的退款一直没到账，是不是失败了？",
 * "我把验证码告诉那个客服了，还能追回来吗") shares the scam's vocabulary, and a model trained on scripts
 * reads it as one (issue 8 §2, session 5, fault (b)). A line labelled `user` is never read; a line
 * labelled `caller` always is; an SMS is its sender's. A line with no speaker in a chat, a call or a
 * pasted text is the citizen's own when it speaks from the citizen's side — names the counterpart in
 * the third person (对方, 他说, 客服让我, 自称), its own order, refund or money (我的订单, 我买的, 我刚收到),
 * or asks what happened to it (怎么回事, 怎么办, 被骗) — and addresses nobody as "you" (您, 你, 亲;
 * "你们" is the citizen speaking to a shop, so it does not count as addressing the citizen).
 *
 * Measured on our own corpus (data/corpus, its 1,108 unlabelled chat lines, session 5): the class
 * picks 36, every one a citizen's own report, retelling or question but one boss-scam line
 * ("陈会计，刚才群里的事抓紧办，对方催得急").
 * Linear: two alternations of literals and bounded gaps, one pass each.
 */
import type { Channel, Speaker } from '../types.ts';

/** Words of the citizen's side: the counterpart in the third person, the citizen's own case, a question about it. */
export const USER_SIDE_WORDS = {
  zh: [
    // The counterpart, reported.
    '对方', '那个客服', '那客服', '客服说', '客服让', '他说', '她说', '他让我', '她让我', '自称',
    // The citizen's own case.
    '我的订单', '我的退款', '我的账户', '我的账号', '我的快递', '我的包裹', '我的钱', '我的卡', '我的银行卡', '我的货',
    '我的商品', '我的会员', '我买的', '我收到', '我刚收到', '我刚才收到', '我接到', '我刚接到', '我刚才接到',
    // Asking about it.
    '被骗', '怎么回事', '怎么办', '还能追回',
  ],
  en: ['my refund', 'my order', 'my account', 'my parcel', 'my package', 'my card', 'they said', 'he said', 'she said', 'i got a', 'i received a'],
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "说是…的" (说是京东金融的) and "我在…买" (我在淘宝买的) with at most a few characters between.
const USER_SIDE = new RegExp(`${[...USER_SIDE_WORDS.zh, ...USER_SIDE_WORDS.en].map(escape).join('|')}|说是[^，。！？,.!?]{1,8}的|我在[^，。！？,.!?]{1,6}(?:买|下单|网上)`, 'i');
/** Addressing the reader: 您, 你 (not 你们), 亲 as a form of address, you / your. */
const ADDRESSES_YOU = /您|你(?!们)|(?:^|[，。！？,.!?\s])亲(?:[，,~！!\s]|爱的)|\b(?:you|your|u)\b/i;

/** Does an unlabelled line speak from the citizen's side (see the module's doc)? */
export function inUserVoice(text: string): boolean {
  return USER_SIDE.test(text) && !ADDRESSES_YOU.test(text);
}

/**
 * May the text model read this turn? The counterpart's words only: `caller`, any line of an SMS, and
 * an unlabelled line elsewhere unless it is in the citizen's voice ({@link inUserVoice}).
 */
export function counterpartWords(speaker: Speaker, channel: Channel | undefined, text: string): boolean {
  if (speaker === 'user') return false;
  if (speaker === 'caller' || channel === 'sms') return true;
  return !inUserVoice(text);
}
