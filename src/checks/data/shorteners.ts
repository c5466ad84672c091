/**
 * URL-shortener domains. A short link hides where it leads, which is why refund-scam SMS use
 * them. Official brand shorteners (tb.cn, 3.cn, url.cn, xhslink.com) are in official-domains.ts
 * instead: they only ever lead to that brand.
 *
 * Source: the shorteners' own public sites (t.cn is Sina Weibo's, dwz.cn Baidu's, bit.ly,
 * tinyurl.com, is.gd, …); list compiled by the author, not re-fetched during the build.
 */
export const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  't.cn', 'dwz.cn', 'suo.im', 'suo.nz', 'mrw.so', 'sohu.gg', 'u.nu', 'w.url.cn',
  'bit.ly', 'tinyurl.com', 'is.gd', 'v.gd', 'goo.gl', 'ow.ly', 't.co', 'rebrand.ly', 'cutt.ly',
  's.id', 'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc', 'buff.ly', 'bl.ink', 'short.io', '0x3.me',
  'kurl.ru', 'clck.ru',
]);
