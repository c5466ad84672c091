/**
 * The scammer's indicators (涉诈号码/账户/网址): what a centre blocks and reports. Extracted from
 * the counterpart's turns (never the citizen's own words, which carry the victim's numbers) and
 * from the number that called. Pure and linear: the matcher's entity scan (links, numbers, cards and
 * QQ/WeChat handles, read as detection reads them) plus one pass for group numbers after 群 words.
 *
 * Kinds: phone (the calling or given number), domain (a link's host), account (a bank card or
 * account number the caller gave), qq, wechat, group (a QQ/WeChat group number), app (an app they
 * made the victim install).
 */
import { getHostname } from 'tldts';
import { extractEntities, normalise } from '../index.ts';
import type { Entity } from '../entities/entities.ts';
import { BRANDS } from '../checks/data/official-domains.ts';
// A brand's own domain or a gov.cn site is never the scammer's indicator.
import { isOfficialHost } from '../checks/url/check.ts';
import { OFFICIAL_NUMBERS } from '../checks/data/official-numbers.ts';
import { SERVICE_NUMBERS } from '../checks/data/service-numbers.ts';

export const INDICATOR_KINDS = ['phone', 'domain', 'account', 'qq', 'wechat', 'group', 'app'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_LABELS: Record<IndicatorKind, { zh: string; en: string }> = {
  phone: { zh: '电话号码', en: 'phone number' },
  domain: { zh: '网址域名', en: 'domain' },
  account: { zh: '收款账户', en: 'payee account' },
  qq: { zh: 'QQ号', en: 'QQ id' },
  wechat: { zh: '微信号', en: 'WeChat id' },
  group: { zh: 'QQ/微信群号', en: 'group number' },
  app: { zh: '诱导安装的软件', en: 'app to install' },
};

export interface Indicator {
  kind: IndicatorKind;
  /** Normalised: digits only for numbers (no +86), lower-case host for domains, lower-case ids. */
  value: string;
}

/** Numbers that are never the scammer's: 110, 96110, the platforms' own published lines. */
const NEVER_INDICATORS = new Set<string>([...SERVICE_NUMBERS.map((n) => n.number), ...OFFICIAL_NUMBERS.map((n) => n.number)]);

/** Phone digits as dialled inside mainland China: no +86/0086 prefix, no separators. */
export function normalisePhone(raw: string): string {
  let d = raw.replace(/[^0-9]/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  return d;
}

/** The key a confirmed indicator is looked up by in detection (`kind:value`). */
export const indicatorKey = (i: Indicator): string => `${i.kind}:${i.value}`;

/** Normalises a value an officer typed or the API received; null when it is not a valid value of that kind. */
export function normaliseIndicator(kind: IndicatorKind, raw: string): string | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 200) return null;
  switch (kind) {
    case 'phone': {
      const d = normalisePhone(s);
      return d.length >= 5 && d.length <= 15 ? d : null;
    }
    case 'account': {
      const d = s.replace(/[\s-]/g, '');
      return /^[0-9]{8,30}$/.test(d) ? d : null;
    }
    case 'domain': {
      const host = getHostname(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`);
      return host && host.includes('.') ? host.toLowerCase() : null;
    }
    case 'qq':
    case 'group':
      return /^[0-9]{5,12}$/.test(s) ? s : null;
    case 'wechat':
      return /^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/.test(s) ? s.toLowerCase() : null;
    case 'app':
      return s.length <= 40 ? s.toLowerCase() : null;
  }
}

/** What a partner or a log line sees: enough to recognise, not enough to dial or pay. */
export function maskIndicator(i: Indicator): string {
  const v = i.value;
  if (i.kind === 'domain' || i.kind === 'app') return v;
  if (v.length <= 4) return '*'.repeat(v.length);
  const keep = v.length >= 11 ? 3 : 1;
  return v.slice(0, keep) + '*'.repeat(v.length - keep - 4) + v.slice(-4);
}

// A private QQ/WeChat id is the matcher's own `handle` entity (src/entities/entities.ts: the app's
// name, a short gap, the id), read here as it is read for detection: one scanner, so the id staff
// see is the id the alert was raised on. A numeric id after a WeChat name is a QQ number (a WeChat
// id begins with a letter); a DingTalk id has no indicator kind.
function handleIndicator(e: Entity): Indicator | null {
  if (e.app === undefined || e.app === 'dingtalk') return null;
  const kind: IndicatorKind = e.app === 'qq' || /^[0-9]+$/.test(e.value) ? 'qq' : 'wechat';
  const value = normaliseIndicator(kind, e.value);
  return value ? { kind, value } : null;
}

// A group number is no private id (no entity of the matcher's): it follows a group word within a
// few characters ("QQ群号：123456", "微信群 778899").
const GROUP_CUES = ['qq群', '扣扣群', '群号', '微信群'];
const MAX_GAP = 8;
const SEPARATOR = /[\s:：是为号码叫搜索加我的一个群]/;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

function scanGroups(text: string, out: Map<string, Indicator>): void {
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const cue = GROUP_CUES.find((c) => lower.startsWith(c, i));
    if (!cue) { i++; continue; }
    let j = i + cue.length;
    const stop = Math.min(lower.length, j + MAX_GAP);
    while (j < stop && !isDigit(lower[j]!) && SEPARATOR.test(lower[j]!)) j++;
    let k = j;
    while (k < lower.length && k - j < 13 && isDigit(lower[k]!)) k++;
    const value = k > j ? normaliseIndicator('group', lower.slice(j, k)) : null;
    if (value) out.set(`group:${value}`, { kind: 'group', value });
    i = Math.max(k, i + cue.length);
  }
}

// Apps scammers make victims install for "refunds": screen-share and meeting apps (the article's
// 会议软件/屏幕共享), named in quotes after 下载/安装 otherwise.
const KNOWN_APPS = ['腾讯会议', 'zoom', '钉钉', '向日葵', 'teamviewer', 'todesk', '飞书会议', '瞩目', 'anydesk', '云视讯'];
const INSTALL_WORDS = ['下载', '安装'];
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '「': '」', '《': '》', '【': '】' };

function scanApps(text: string, out: Map<string, Indicator>): void {
  const lower = text.toLowerCase();
  for (const app of KNOWN_APPS) if (lower.includes(app)) out.set(`app:${app}`, { kind: 'app', value: app });
  for (const w of INSTALL_WORDS) {
    let at = lower.indexOf(w);
    while (at >= 0) {
      // A quoted name right after the install word: 下载“退款助手”.
      let q = at + w.length;
      const stop = Math.min(lower.length, q + 6);
      while (q < stop && !(lower[q]! in QUOTES)) q++;
      if (q < stop) {
        const close = lower.indexOf(QUOTES[lower[q]!]!, q + 1);
        if (close > q + 1 && close - q <= 21) {
          const name = normaliseIndicator('app', lower.slice(q + 1, close));
          if (name) out.set(`app:${name}`, { kind: 'app', value: name });
        }
      }
      at = lower.indexOf(w, at + w.length);
    }
  }
}

// An account is the scammer's only when it is given as where to send money ("转到 6222…"); a
// card number read back to the citizen ("您的卡号是…吗") is the victim's. Likewise a phone number
// said as "您的手机…" is the citizen's.
const PAYEE_CUES = ['转到', '转入', '转账到', '汇到', '汇入', '打到', '打入', '存入', '收款', '安全账户', '指定账户', '对公账户', '核验账户', '账户是', '账号是'];
const OWNER_CUES = ['您的', '你的', '您本人', '您这个', '您尾号'];
const LOOK_BACK = 12;

function before(text: string, start: number): string {
  return text.slice(Math.max(0, start - LOOK_BACK), start);
}

/**
 * The counterpart's indicators in one turn's text. `speaker` must be the counterpart's (caller or
 * an unattributed pasted message): the citizen's own turns are not scanned, since the numbers in
 * them are the victim's.
 */
export function extractIndicators(text: string, speaker: string): Indicator[] {
  if (speaker === 'user') return [];
  const out = new Map<string, Indicator>();
  const n = normalise(text);
  for (const e of extractEntities(n.text)) {
    if (e.kind === 'url') {
      const value = normaliseIndicator('domain', e.value);
      if (value && !isOfficialHost(value)) out.set(`domain:${value}`, { kind: 'domain', value });
    } else if (e.kind === 'phone') {
      const value = normalisePhone(e.value);
      const ctx = before(n.text, e.start);
      if (!NEVER_INDICATORS.has(value) && value.length >= 7 && !OWNER_CUES.some((c) => ctx.includes(c))) out.set(`phone:${value}`, { kind: 'phone', value });
    } else if (e.kind === 'bank-card') {
      const ctx = before(n.text, e.start);
      if (PAYEE_CUES.some((c) => ctx.includes(c)) && !OWNER_CUES.some((c) => ctx.includes(c))) out.set(`account:${e.value}`, { kind: 'account', value: e.value });
    } else if (e.kind === 'handle') {
      const id = handleIndicator(e);
      if (id) out.set(`${id.kind}:${id.value}`, id);
    }
  }
  scanGroups(n.text, out);
  scanApps(n.text, out);
  return [...out.values()];
}

/** The number the call or SMS came from, when it is not a published service line. */
export function callerIndicator(raw: string | null | undefined): Indicator | null {
  if (!raw) return null;
  const value = normalisePhone(raw);
  if (value.length < 5 || NEVER_INDICATORS.has(value)) return null;
  return { kind: 'phone', value };
}



/**
 * The platform a text claims to be from (淘宝, 京东, …), by the brands' own names said as an
 * identity: "我是京东客服", "淘宝旗舰店", "抖音商城的客服". A brand named as a channel ("加我微信",
 * "用支付宝扫码") is not the one impersonated. Null if none.
 */
const AS_IDENTITY_AFTER = ['客服', '旗舰店', '商城', '售后', '官方', '平台', '店铺', '快递', '理赔', '工作人员', '专员', '的客服'];
const AS_IDENTITY_BEFORE = ['我是', '这里是', '这边是', '我们是', '自称'];
export function platformOf(texts: readonly string[]): string | null {
  for (const t of texts) {
    for (const b of BRANDS) {
      for (const a of b.aliases) {
        if (a.length < 2 || /^[a-z]+$/.test(a)) continue;
        let at = t.indexOf(a);
        while (at >= 0) {
          const after = t.slice(at + a.length, at + a.length + 4);
          const before = t.slice(Math.max(0, at - 4), at);
          if (AS_IDENTITY_AFTER.some((w) => after.startsWith(w)) || AS_IDENTITY_BEFORE.some((w) => before.endsWith(w))) return b.zh;
          at = t.indexOf(a, at + a.length);
        }
      }
    }
  }
  return null;
}
