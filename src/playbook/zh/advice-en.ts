/**
 * The Chinese playbook's police advice in English, for a Chinese-language scam answered with
 * `--lang en` (a visitor, a relative abroad, an English-speaking officer): the advice stays China's
 * — 110 / 96110, the bank's emergency stop-payment, the shopping apps and offices people in
 * China use — rather than the English playbook's advice for another country (gift cards, Social
 * Security numbers). Same ids, same rule: no link, no number but 110 and 96110.
 */
import type { PlaybookDef } from '../schema.ts';

export const adviceEn: NonNullable<PlaybookDef['adviceTranslations']>['en'] = {
  advice: {
    'already-paid': 'If you have already transferred or paid money, taken out a loan or told them a code: call the police on 110 or 96110 now, and call the official number on the back of your bank card to stop the payment (an emergency stop-payment): the sooner, the better the chance to get the money back. Have ready: the time and amount of each transfer, the receiving account (or QR code) and the chat records.',
    'hang-up-verify-in-app': 'Hang up first. Open the official shopping app you bought from (Taobao, JD…) and contact the seller from "My orders" there; do not use the phone number, link or group they gave you.',
    'never-share-code': 'A verification code is the key to your wallet: never give it to anyone. Customer service, banks and police never ask you for it.',
    'never-share-card': 'Do not say or type your bank card number, password, ID number, or the card\'s three-digit security code and expiry date.',
    'refund-never-needs-payment': 'A real refund never needs you to pay, scan a code, take out a loan, share your screen or download any app: the money goes back to where it came from by itself.',
    'no-screen-share': 'Turn off screen sharing or the meeting app now and leave their meeting: they can see everything on your phone.',
    'no-app-download': 'Do not install an app they ask you to, and do not add them on QQ or WeChat or join their group. If you already installed it, uninstall it now.',
    'no-loan': 'Do not borrow on Jiebei, Weilidai or a bank app to "raise your credit" or "unfreeze" anything: a loan you take is your own debt.',
    'no-transfer': 'Do not transfer money to an account or QR code a stranger gives you, whatever they call it (a "safe account", a "designated" or "corporate account", a deposit or an unfreezing fee). The police and real platforms never ask for this.',
    'tell-family': 'Anyone who tells you to keep it secret is a scammer. Tell your family now, or call 96110 to ask.',
    'check-domain': 'Do not open links they send. You can find the official website inside the official app; if you are not sure, do not open it or fill anything in.',
    'verify-known-contact': 'Someone claiming to be a relative, a boss or an old classmate asks you for money or to pay for them: call their old number or check in person first; do not use a new number or WeChat they gave you.',
    'no-upfront-fee': 'Anyone who wants a handling fee, deposit, tax, franchise fee or a top-up first, before you can get a prize, a loan, a withdrawal, a trade or a job, is a scammer: do not pay a cent.',
    'stay-on-platform': 'Trade game accounts and second-hand goods only inside the platform where you met; do not go to a website, app, QQ or WeChat they name, and do not pay any "unfreezing fee" or "deposit".',
    'police-never-by-phone': 'Police, procuratorates and courts do not handle cases over the phone, never ask you to move money to a "safe account", and never ask you to keep it secret or install an app. Hang up; if in doubt, call 110 yourself.',
    'no-paid-tasks': 'Paid tasks (fake orders, likes, "missions" with commission) are a scam: you earn a little at first, then must advance or top up large sums that never come back. Do not advance another cent.',
    'sextortion-no-pay': 'Do not pay: paying only brings more demands, and the video is not deleted. Stop all contact now, no more video calls, keep the chat records and their account, and call 110.',
    'pay-bills-officially': 'Check and pay water, electricity, gas and phone bills only in the official app or office of State Grid, the gas company or your carrier; do not open payment links in a message or call the numbers in it.',
    'verify-independently': 'Hang up first. Do not check through the phone number, link, QR code or group they gave you: open the official app or website yourself, or call an official number you looked up yourself.',
    'no-investment-tips': 'A "mentor" or "teacher" met online, or "inside tips" in a group, leading you to invest, trade crypto, buy lottery or join a platform that "cannot lose" is a scam: the profits you see there are fake. Do not top up or transfer any more.',
  },
  adviceForMessages: {
    'verify-independently': 'Do not reply and do not do what it says. Do not check through the phone number, link, QR code or group it gives: open the official app or website yourself, or call an official number you looked up yourself.',
    'police-never-by-phone': 'Police, procuratorates and courts do not handle cases by text, WeChat or phone, and never ask you to move money to a "safe account". Do not reply or open links; if in doubt, call 110 yourself.',
    'hang-up-verify-in-app': 'Do not reply and do not do what it says. Open the official shopping app you bought from (Taobao, JD…) and contact the seller from "My orders" there; do not use the phone number, link or group it gave you.',
  },
};
