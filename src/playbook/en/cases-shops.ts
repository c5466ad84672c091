/**
 * Whole-engine cases for the English customer-service refund scam told as a shop's or a courier's
 * agent (newcomer7, session 7): the lost or damaged parcel "compensated 3 times", a marketplace's
 * name (Shopee, AliExpress, Temu, Lazada, eBay, Shein, Walmart, Taobao, JD) as the claimed identity,
 * the code, the card or the banking app asked for, a callback number after a pending payment; and
 * the real notices and chats they must not touch. The newcomer's inputs and siblings of our own
 * writing.
 */
import type { PlaybookCaseDef } from '../schema.ts';

export const enShopCases: PlaybookCaseDef[] = [
  // The newcomer's inputs.
  { name: 'newcomer7: AliExpress, parcel lost, compensate 3 times, add me on WhatsApp', channel: 'sms', text: "Hi dear, I'm from AliExpress customer care. Your package got lost in transit. We will compensate 3 times the price. Add me on WhatsApp +44 7700 900123 to receive it.", expect: 'not-safe' },
  { name: 'newcomer7: Shopee agent, damaged parcel, double, send me the 6-digit code', channel: 'chat', text: 'Hi, this is Mia from Shopee customer service. Your parcel was damaged so we will compensate you double. Please send me the 6-digit code you just received so I can verify your account.', expect: 'scam' },
  { name: 'newcomer7: Lazada support, lost parcel, refund 3x, refund app and the banking app', channel: 'sms', text: 'Hello this is Lazada support, your parcel is lost. We will refund you 3x. Please download the Lazada Refund app from this link and login with your banking app.', expect: 'scam' },
  { name: 'newcomer7: eBay Support, quality issue, reply with card number and expiry', channel: 'sms', text: 'eBay Support: Your order was cancelled due to a quality issue. To receive your refund please reply with your card number and expiry date.', expect: 'scam' },
  { name: 'newcomer7: Temu after-sales, recall, refund plus compensation, Zoom screen share', channel: 'call', text: 'caller: Hello, I am calling from Temu after-sales. The blender you bought was recalled, we will refund you $120 plus compensation. Please download the Zoom app and share your screen so I can guide the refund.', expect: 'scam' },
  { name: 'newcomer7: PayPal, pending payment, "if this was not you" call our support', channel: 'sms', text: 'PayPal alert: a payment of $499.00 to Coinbase is pending. If this was not you, call our support at +1 (888) 555-0143 immediately to cancel.', expect: 'not-safe' },
  // Siblings of our own.
  { name: 'Shein, recall, double refund, add the refund officer on Telegram', channel: 'sms', text: 'Hello, this is Shein customer service. The dress you ordered was recalled for a safety issue, we will refund you double. Add our refund officer on Telegram to receive it.', expect: 'not-safe' },
  { name: 'Walmart after-sales, damaged TV, tell me the code', channel: 'call', text: 'caller: This is Walmart after-sales. Your TV was damaged in transit, you are entitled to compensation.\ncaller: Tell me the verification code we just sent to confirm the claim.', expect: 'scam' },
  { name: 'JD customer care, lost package, twice the price, read me your card number', channel: 'call', text: "caller: Hi, I'm calling from JD customer care. Your package got lost, we will pay you twice the price.\nuser: Oh, ok.\ncaller: Please read me your card number and the expiry date so I can send the money.", expect: 'scam' },
  { name: 'Lazada support call, lost by the courier, 3 times, share your screen', channel: 'call', text: 'caller: Good afternoon, this is Lazada support.\ncaller: Your parcel was lost by the courier, so we will compensate you 3 times.\nuser: Really?\ncaller: Yes, please share your screen with me on Zoom so I can guide you to receive it.', expect: 'scam' },
  { name: 'Taobao, failed quality inspection, three times, the claims app from a link', channel: 'sms', text: 'Taobao customer service: your order failed the quality inspection, we will compensate you three times. Please download the claims app from this link to receive it.', expect: 'not-safe' },
  { name: 'courier claims team, damaged parcel, log in with online banking to receive', channel: 'sms', text: 'DHL claims team: your parcel was damaged in transit. To receive your compensation of $60, log in with your online banking on our claims page.', expect: 'not-safe' },
  { name: 'Shopee, lost parcel, double compensation, send me the OTP', channel: 'sms', text: 'Shopee: your parcel is lost. You get double compensation, just send me the OTP you received to claim it.', expect: 'scam' },
  { name: 'Venmo, pending payment, "if this wasn\'t you" call now', channel: 'sms', text: "Venmo: a payment of $350.00 to Mark T. is pending. If this wasn't you, call 1-833-555-0102 now to cancel.", expect: 'not-safe' },
  { name: 'Coinbase, pending withdrawal, "if this was not you" call our support', channel: 'sms', text: 'Coinbase: a withdrawal of 0.5 BTC is pending. If this was not you, call our support at +1 (877) 555-0199 immediately.', expect: 'not-safe' },
  { name: 'Temu after-sales, recall, plus compensation, install AnyDesk', channel: 'chat', text: 'Temu after-sales here: the heater you bought was recalled. We refund you $80 plus compensation. Please install AnyDesk so I can process it.', expect: 'scam' },
  { name: 'AliExpress agent, the 6-digit code to release the refund', channel: 'chat', text: "Hi, I'm from AliExpress customer care. Send me the 6-digit code you just received so I can release your refund.", expect: 'scam' },

  // Hard negatives: the real notices, codes and chats of the same platforms.
  { name: 'hard negative: Amazon refund issued to the original payment method', channel: 'sms', text: 'Amazon: Your refund of $23.50 for order 113-5521 has been issued to your original payment method. It may take 3-5 business days to appear.', expect: 'safe' },
  { name: 'hard negative: Google code, don\'t share it', channel: 'sms', text: "Your Google verification code is 482913. Don't share it with anyone.", expect: 'safe' },
  { name: 'hard negative: Shopee OTP, never share it with Shopee staff', channel: 'sms', text: 'Shopee: Your OTP is 482913. Never share this code with anyone, including Shopee staff.', expect: 'safe' },
  { name: 'hard negative: Temu refund for a damaged item', channel: 'sms', text: "Temu: We've processed your refund of $15.20 for the damaged item. It will be back on your original payment method in 5-10 business days.", expect: 'safe' },
  { name: 'hard negative: AliExpress dispute resolved', channel: 'sms', text: 'AliExpress: Your dispute was resolved. A refund of US $8.20 will be returned to your original payment method within 3-20 days.', expect: 'safe' },
  { name: 'hard negative: Lazada out for delivery', channel: 'sms', text: 'Lazada: Your parcel LZ2291 is out for delivery today. Please keep your phone nearby.', expect: 'safe' },
  { name: 'hard negative: eBay seller cancelled a damaged item, refunded', channel: 'sms', text: "eBay: The seller cancelled your order because the item was damaged. You've been refunded $34.99 to your original payment method.", expect: 'safe' },
  { name: 'hard negative: Shein lost package, full refund issued', channel: 'sms', text: 'Shein: Sorry, your package was lost in transit. We have issued a full refund of $42.10. No action is needed.', expect: 'safe' },
  { name: 'hard negative: Walmart order delayed, track in the app', channel: 'sms', text: 'Walmart: Your order is delayed and will arrive Friday. Track it in the Walmart app.', expect: 'safe' },
  { name: 'hard negative: PayPal payment sent receipt', channel: 'sms', text: 'PayPal: You sent a payment of $45.00 USD to Jane Lee. View the details in the PayPal app.', expect: 'safe' },
  { name: 'hard negative: PayPal security code, PayPal will never ask', channel: 'sms', text: "PayPal: Your security code is 449120. PayPal will never ask you for this code. Don't share it.", expect: 'safe' },
  { name: 'hard negative: Amazon damaged in transit, replacement or refund in Your Orders', channel: 'sms', text: 'Amazon: Your package was damaged in transit. You can request a replacement or a refund in Your Orders.', expect: 'safe' },
  { name: 'hard negative: the customer reports a lost parcel, the agent refunds', channel: 'chat', text: "user: My parcel from Temu never arrived\ncaller: I'm so sorry! I've issued a full refund to your original payment method. You'll see it in 3-5 business days.", expect: 'safe' },
  { name: 'hard negative: the customer reports a broken lamp, the agent asks for a photo', channel: 'chat', text: 'user: The lamp I ordered arrived broken.\ncaller: Sorry about that. Could you send a photo of the damage in this chat so I can process your refund?', expect: 'safe' },
  { name: 'hard negative: bank card purchase, "if this wasn\'t you" call the number on the card', channel: 'sms', text: "Chase: A $52.10 card purchase at WHOLE FOODS was made on 11/29. If this wasn't you, call the number on the back of your card.", expect: 'safe' },
  { name: 'hard negative: debit card alert, "if you don\'t recognise this" call the number on the card', channel: 'sms', text: "Bank of America: Your debit card ending 4410 was used for $56.20 at SHELL. If you don't recognise this, call the number on the back of your card.", expect: 'safe' },
  { name: 'hard negative: sign-in alert, "if this wasn\'t you" secure your account', channel: 'sms', text: "Google: New sign-in on a Windows device. If this wasn't you, secure your account at myaccount.google.com.", expect: 'safe' },
  { name: 'hard negative: Venmo payment receipt', channel: 'sms', text: 'Venmo: You paid Alex $20.00 for pizza.', expect: 'safe' },
  { name: 'hard negative: scam alert about fake Shopee agents', channel: 'text', text: 'Scam alert: fake Shopee agents promise double compensation for lost parcels and ask you to add them on WhatsApp. Shopee will never ask you to move to WhatsApp or share your OTP.', expect: 'safe' },
  { name: 'hard negative: DHL delivered to a neighbour', channel: 'sms', text: 'DHL: Your shipment 4829 was delivered to a neighbour at 14:02.', expect: 'safe' },
  { name: 'hard negative: family chat about an AliExpress refund asked in the app', channel: 'chat', text: "Hi Mum, the package from AliExpress came, thanks! The charger was broken though, I've asked them for a refund in the app.", expect: 'safe' },
  { name: 'hard negative: Temu promotion to download its app', channel: 'sms', text: 'Temu: Download the Temu app to track your order and get 30% off your next purchase.', expect: 'safe' },
  { name: 'hard negative: eBay customer service case closed, refund issued', channel: 'sms', text: 'eBay Customer Service: Thanks for contacting us. Your case 5512 is closed and the refund of $19.99 was issued.', expect: 'safe' },
  { name: 'hard negative: Walmart recall, return to any store for a full refund', channel: 'sms', text: 'Walmart: the paper towels in your order were recalled for a labelling error. Return them to any store for a full refund.', expect: 'safe' },
  { name: 'hard negative: a colleague asks to double-check a refund', channel: 'chat', text: 'Can you double check the refund amount for the customer in ticket 2231 before lunch?', expect: 'safe' },
  { name: 'hard negative: Apple Music renewal, cancel in Settings', channel: 'sms', text: 'Apple: Your subscription to Apple Music renews on Dec 3 for $10.99. To cancel, go to Settings > your name > Subscriptions.', expect: 'safe' },
  { name: 'hard negative: Shopee chat the buyer opened, agent asks for the order number', channel: 'chat', text: 'user: Hi, my Shopee parcel is damaged, what do I do?\ncaller: Sorry to hear that! Could you give me your order number so I can check the return for you?', expect: 'safe' },
];
