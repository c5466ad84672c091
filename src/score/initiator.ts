/**
 * Who started the conversation, and what that does to the score (DESIGN.md, "What decides, beyond
 * words"). A stranger who calls or texts first with a refund story is the scam's shape. An agent
 * answering inside a chat the citizen opened in the platform's app does ask for the account's old
 * phone, an ID number, a card's last four digits or an SMS code to recover an account: that alone is
 * at most `suspicious`. What no real agent does, whoever started the chat, is move money or control
 * off the platform: those tactics lift the cap.
 */
import type { Channel, Initiator, Speaker } from '../types.ts';

/**
 * Tactics and signals that move money or control off the platform (transfer, loan, payment QR,
 * screen share / remote access, private group or contact, outside link or app) or report that money
 * already moved. Prefix entries end with `.`: every id under them counts.
 */
export const OFF_PLATFORM: readonly string[] = [
  'extract.transfer', 'extract.scan-to-pay', 'extract.loan', 'extract.money-request', 'extract.qr-payment', 'extract.user-paid', 'extract.loss-asks-help', 'extract.gift-cards',
  // Gift cards bought and their codes handed over (zh), a paycode of a gift sent: money out of the platform whoever called (guard15 L1).
  'extract.gift-card-codes', 'extract.gift-paycode',
  'shift.screen-share', 'shift.remote-access', 'shift.group', 'shift.group-invite', 'shift.private-contact',
  'shift.link', 'shift.lookalike-link', 'shift.app-download', 'shift.app-download-link', 'shift.callback',
  // A refund to be collected through the sender's own QQ, WeChat, group or private number: the move said as
  // the story ("理赔需要加一下我们理赔专员的QQ"), even where the move's own tactic does not read it (session 10:
  // a citizen who dialled a fake line found online is led off the platform as anyone else).
  'pretext.refund-off-platform',
];

export function movesOffPlatform(id: string): boolean {
  return OFF_PLATFORM.includes(id);
}

/**
 * The money steps an agent takes inside the platform's own after-sale process (return postage paid on
 * posting and refunded, a difference paid in the order, money back to the customer's balance): said in
 * the same turn as the component `IN_PROCESS` (contact.in-process-payment, which names no payee, code,
 * link, contact, app, screen or loan in its sentence), in a chat the CUSTOMER opened, they are that
 * process: they weigh nothing and do not move money off the platform. Any other move still does.
 * Kind: session 9, our own legitimate after-sale chats read `scam` on "您先垫付运费…会连同运费一起退给您".
 */
export const IN_PROCESS = 'contact.in-process-payment';
export const IN_PROCESS_MONEY: readonly string[] = ['extract.transfer', 'extract.money-request', 'extract.upfront-fee'];

/**
 * The initiator when the input does not say: an SMS or a call comes from the counterpart (an
 * inbound call or message; a citizen who dialled a number found online says `initiator: "user"`),
 * unless the call's first words are the citizen's own errand (`errand`: they placed the call);
 * in a chat or a pasted text, whoever spoke first (a pasted text with no speaker is the counterpart's).
 */
export function inferInitiator(channel: Channel, firstSpeaker: Speaker, errand = false): Initiator {
  // A call whose first words are the citizen's own errand ("我的银行卡丢了，想挂失"): the citizen dialled
  // (USER_ERRAND in src/playbook/zh/conversation-kinds.ts). A citizen who only answers ("喂？") did not.
  // Or whose first words are the line's greeting of a call it received ("欢迎致电中国建设银行": INBOUND_GREETING), the
  // counterpart speaking first.
  if (channel === 'call') return errand ? 'user' : 'counterpart';
  if (channel === 'sms') return 'counterpart';
  return firstSpeaker === 'user' ? 'user' : 'counterpart';
}
