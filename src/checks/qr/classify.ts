/**
 * What a QR code asks you to do: pay someone, open a link, join a group, install an app.
 * In the refund scam a payment QR after a "refund" is the article's case 1 — scanning it pays
 * the scammer ("刷流水提高信用积分").
 */
import { checkUrl, type UrlReport } from '../url/check.ts';
import { finding, verdictFrom, type CheckVerdict, type Finding } from '../findings.ts';

export type QrKind = 'payment' | 'url' | 'group-invite' | 'app-download' | 'text';
export type QrProvider = 'wechat-pay' | 'alipay' | 'unionpay' | 'emv' | 'wechat' | 'qq' | 'telegram' | 'whatsapp';

export interface QrReport {
  payload: string;
  kind: QrKind;
  provider?: QrProvider;
  url?: UrlReport;
  verdict: CheckVerdict;
  findings: Finding[];
}

export const MAX_QR_PAYLOAD = 4096;

interface Rule {
  kind: 'payment' | 'group-invite';
  provider: QrProvider;
  /** Lower-cased payload prefix. Payment QR hosts are case-insensitive (Alipay's are upper case). */
  prefixes: readonly string[];
}

/** Source: the payload formats the apps themselves print on 收款码 / 群二维码 (author's observation). */
const RULES: readonly Rule[] = [
  { kind: 'payment', provider: 'wechat-pay', prefixes: ['wxp://', 'weixin://wxpay/', 'https://payapp.weixin.qq.com/', 'https://wx.tenpay.com/'] },
  { kind: 'payment', provider: 'alipay', prefixes: ['https://qr.alipay.com/', 'http://qr.alipay.com/', 'alipays://platformapi/', 'alipay://platformapi/', 'https://render.alipay.com/p/f/fd-'] },
  { kind: 'payment', provider: 'unionpay', prefixes: ['https://qr.95516.com/', 'http://qr.95516.com/', 'upwallet://', 'https://wallet.95516.com/'] },
  { kind: 'group-invite', provider: 'wechat', prefixes: ['https://weixin.qq.com/g/', 'http://weixin.qq.com/g/', 'https://u.wechat.com/', 'https://weixin.qq.com/r/', 'https://work.weixin.qq.com/', 'weixin://'] },
  { kind: 'group-invite', provider: 'qq', prefixes: ['https://qm.qq.com/', 'http://qm.qq.com/', 'https://jq.qq.com/', 'http://jq.qq.com/', 'mqqapi://', 'mqqopensdkapi://'] },
  // Telegram and WhatsApp chats, the investment and task groups' apps abroad (ncfp16 kind F: newcomer16's
  // "qr https://t.me/joinchat/…" and "https://chat.whatsapp.com/…" read 未发现问题). Every t.me / telegram.me link opens a chat,
  // a group or a channel (telegram.org/faq: t.me/joinchat/… and t.me/+… are group invites); chat.whatsapp.com is WhatsApp's
  // group-invite host and wa.me its click-to-chat link (faq.whatsapp.com).
  { kind: 'group-invite', provider: 'telegram', prefixes: ['https://t.me/', 'http://t.me/', 't.me/', 'https://telegram.me/', 'http://telegram.me/', 'tg://'] },
  { kind: 'group-invite', provider: 'whatsapp', prefixes: ['https://chat.whatsapp.com/', 'http://chat.whatsapp.com/', 'chat.whatsapp.com/', 'https://wa.me/', 'http://wa.me/', 'wa.me/', 'whatsapp://'] },
];

const PROVIDER_NAMES: Record<QrProvider, { zh: string; en: string }> = {
  'wechat-pay': { zh: '微信支付', en: 'WeChat Pay' },
  alipay: { zh: '支付宝', en: 'Alipay' },
  unionpay: { zh: '银联/云闪付', en: 'UnionPay' },
  emv: { zh: '银行卡收款', en: 'bank card (EMV)' },
  wechat: { zh: '微信', en: 'WeChat' },
  qq: { zh: 'QQ', en: 'QQ' },
  telegram: { zh: 'Telegram（电报/飞机）', en: 'Telegram' },
  whatsapp: { zh: 'WhatsApp', en: 'WhatsApp' },
};

const LOOKS_LIKE_LINK = /^(?:https?:\/\/|www\.)|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+(?:[/:?#]|$)/i;

export function classifyQrPayload(raw: string): QrReport {
  const payload = raw.slice(0, MAX_QR_PAYLOAD);
  const text = payload.trim();
  const lower = text.toLowerCase();

  for (const rule of RULES) {
    if (!rule.prefixes.some((p) => lower.startsWith(p))) continue;
    const name = PROVIDER_NAMES[rule.provider];
    const findings = rule.kind === 'payment'
      ? [finding('payment-qr', 'medium',
        `这是${name.zh}付款码：扫码就是向对方付钱。真正的退款不需要你扫码、付款或“刷流水”`,
        `this is a ${name.en} payment code: scanning it pays the other side. A real refund never needs you to scan, pay or "build credit"`)]
      : [finding('group-invite', 'medium',
        `这是${name.zh}加群/加好友二维码：骗子常把人拉进“理赔群”再一步步诱导转账`,
        `this is a ${name.en} group or contact invite: scammers pull victims into a "claims group" and talk them into paying`)];
    return { payload, kind: rule.kind, provider: rule.provider, verdict: verdictFrom(findings, false), findings };
  }

  // EMVCo merchant-presented QR (bank and UnionPay 收款码): "000201" payload-format indicator.
  if (text.startsWith('000201') && text.length >= 20) {
    const findings = [finding('payment-qr', 'medium',
      '这是银行卡/银联收款码：扫码就是向对方付钱。真正的退款不需要你扫码付款',
      'this is a bank (EMV) payment code: scanning it pays the other side. A real refund never needs you to pay')];
    return { payload, kind: 'payment', provider: 'emv', verdict: verdictFrom(findings, false), findings };
  }

  if (LOOKS_LIKE_LINK.test(text) || lower.startsWith('itms-services:') || lower.startsWith('javascript:') || lower.startsWith('data:')) {
    const url = checkUrl(text);
    if (url.url !== null) {
      const isApp = url.findings.some((f) => f.id === 'apk-download');
      return { payload, kind: isApp ? 'app-download' : 'url', url, verdict: url.verdict, findings: url.findings };
    }
  }
  return { payload, kind: 'text', verdict: 'unknown', findings: [] };
}
