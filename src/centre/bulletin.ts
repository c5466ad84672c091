/**
 * Warning bulletins (宣传) in the seed's shape (/work/shared/seed/refund-call-scam-article.md, a
 * city anti-fraud centre's bulletin): a title, "接到自称…的电话，会出现哪几种情况" listing the
 * pretexts actually seen, two or three anonymised cases written from the case records (never from
 * free text: no names, no numbers but amounts, no links), and the 警方提醒 matched to the tactics
 * seen. Pure: records in, Markdown out; a tiny Markdown subset (headings, paragraphs, **bold**)
 * rendered to escaped HTML or to blocks a page builds without HTML strings.
 *
 * The rule every bulletin obeys (as every warning, 12381-style): no link, and no phone, card or
 * account number; the only numbers allowed besides amounts and counts are 110 and 96110.
 */
import { PLAYBOOKS } from '../playbook/index.ts';
import type { AdviceId, PlaybookDef } from '../playbook/schema.ts';

export interface BulletinCase {
  platform: string | null;
  channel: string | null;
  tactics: readonly string[];
  lossAmount: number;
  stopped: boolean;
}

export interface BulletinInput {
  from: number;
  to: number;
  /** Every tactic fired in the period's alerts and cases. */
  tacticsSeen: readonly string[];
  platforms: readonly string[];
  cases: readonly BulletinCase[];
  alerts: number;
  stopped: number;
}

/** The seed's own wording for each pretext it lists, and ours for those it does not. */
const PRETEXT_LINES: Record<string, string> = {
  'pretext.quality-refund': '谎称市民购买的物品出现问题，可以给予市民退款、理赔、退税；',
  'pretext.too-good-compensation': '以“双倍返还”“退款不退货”等条件骗取市民的信任；',
  'pretext.credit-too-low': '以市民会员积分、芝麻信用积分不足不能退款为由，让市民提高会员积分、进行贷款，将钱款打入指定账户，或诱导市民泄露银行卡和手机验证码等信息；',
  'pretext.account-frozen': '因商品质量原因导致交易异常，将冻结市民账户资金；',
  'pretext.mistaken-enrolment': '误将市民升级为会员、误将市民授权为代理、误给市民办理了商品分期业务等，如不取消上述业务将扣费；',
  'pretext.overpaid-refund': '谎称退款时多打了钱，让市民把“多退的差额”转回去；',
  'pretext.parcel-or-flight': '谎称快递丢件、包裹出了问题，要给市民理赔；',
  'pretext.loan-account-cancel': '谎称市民开通了网贷或学生账户，需要注销，否则影响征信；',
};

/** One clause per tactic, for the case stories (what the scammer did, in the seed's register). */
const CASE_CLAUSES: Record<string, string> = {
  'contact.order-details': '对方准确说出了市民的订单信息，取得了市民的信任',
  'pretext.quality-refund': '对方称市民之前购买的商品存在质量问题，要给市民“退款”“理赔”',
  'pretext.too-good-compensation': '对方许诺“双倍赔偿”',
  'pretext.credit-too-low': '又称市民信用积分不够，钱款被冻结，需要“刷流水”提高信用积分',
  'pretext.account-frozen': '又称交易异常，市民的账户资金将被冻结',
  'pretext.mistaken-enrolment': '对方称误为市民开通了会员或分期业务，不取消将每月扣费',
  'pretext.overpaid-refund': '对方称退款时多打了钱，让市民把差额转回',
  'pretext.parcel-or-flight': '对方称市民的快递丢失，要给予理赔',
  'pretext.loan-account-cancel': '对方称市民开通了网贷账户需要注销',
  'shift.group': '随后对方添加市民的QQ或微信，把市民拉进所谓的“理赔中心”群',
  'shift.group-invite': '随后对方发来二维码，把市民拉进所谓的“理赔中心”群',
  'shift.screen-share': '对方诱导市民开启屏幕共享，一步步指挥市民操作',
  'shift.guided-operation': '对方一步步指挥市民在手机上操作',
  'shift.app-download': '对方让市民下载所谓的“退款”软件',
  'shift.app-download-link': '对方发来安装包链接，让市民安装所谓的“退款”软件',
  'shift.link': '对方通过短信发来所谓的“退款”网址，让市民点击填写信息',
  'shift.lookalike-link': '对方发来仿冒平台的网址，让市民填写信息',
  'extract.verification-code': '骗取了市民手机收到的验证码',
  'extract.card-credentials': '让市民填写了银行卡号、密码等信息',
  'extract.transfer': '让市民多次扫码转账“提高信用”',
  'extract.qr-payment': '让市民多次扫描对方发来的“二维码”（也就是给对方转账）',
  'extract.loan': '引诱市民通过银行APP、借款平台贷款后转账',
  'extract.money-request': '要求市民先支付所谓的手续费、保证金',
  'cover.fake-debit': '对方称扣款是“系统虚拟的支出，不会真正扣钱”',
  'cover.secrecy': '还叮嘱市民不要告诉家人',
  'cover.urgency': '并不断催促市民尽快操作',
};

const STAGE_ORDER = ['contact', 'pretext', 'shift', 'extract', 'cover'];
const stageIndex = (id: string) => {
  const i = STAGE_ORDER.indexOf(id.split('.')[0] ?? '');
  return i < 0 ? 99 : i;
};

const CST_MS = 8 * 3_600_000;
export function cstDate(ms: number): string {
  const d = new Date(ms + CST_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function yuan(n: number): string {
  return `${Math.round(n)}元`;
}

function channelWord(c: string | null): string {
  return c === 'sms' ? '短信' : c === 'chat' ? '消息' : '电话';
}

/** One anonymised story from a case record. */
export function caseStory(c: BulletinCase): string {
  const platform = c.platform ? `某电商平台（${c.platform}）` : '某电商平台';
  const clauses = [...new Set(c.tactics)].sort((a, b) => stageIndex(a) - stageIndex(b)).map((t) => CASE_CLAUSES[t]).filter((x): x is string => !!x);
  const body = clauses.length ? clauses.join('，') : '对方以退款为由诱导市民操作';
  const end = c.lossAmount > 0
    ? `市民按对方要求操作后发现被骗，共损失人民币${yuan(c.lossAmount)}。`
    : c.stopped ? '民警及时联系并劝阻，该市民没有转账，避免了损失。' : '市民察觉不对，及时挂断，没有造成损失。';
  return `某日，我市一位市民接到一个自称是${platform}客服的${channelWord(c.channel)}。${body}。${end}`;
}

/**
 * The police advice (警方提醒) for the tactics seen, from the playbook's own texts: the advice those
 * tactics name plus the playbook's `bulletin.always`, in its `adviceOrder`, with `bulletin.leads`
 * first and `bulletin.closes` last. Which advice leads and closes is playbook data, not code.
 */
export function bulletinAdvice(tactics: readonly string[], playbook: PlaybookDef = PLAYBOOKS.zh): string[] {
  const rule = playbook.bulletin ?? {};
  const leads = rule.leads ?? [];
  const closes = (rule.closes ?? []).filter((a) => !leads.includes(a));
  const wanted = new Set<AdviceId>([...leads, ...(rule.always ?? []), ...closes]);
  const seen = new Set(tactics);
  for (const t of playbook.tactics) if (seen.has(t.id)) for (const a of t.advice ?? []) wanted.add(a);
  const placed = new Set<AdviceId>([...leads, ...closes]);
  const middle = playbook.adviceOrder.filter((a) => wanted.has(a) && !placed.has(a));
  return [...leads, ...middle, ...closes].map((a) => playbook.advice[a]).filter((x): x is string => !!x);
}

/** A draft in Markdown: title first line (`# …`). */
export function draftBulletin(input: BulletinInput, playbook: PlaybookDef = PLAYBOOKS.zh): { title: string; markdown: string } {
  const period = `${cstDate(input.from)}至${cstDate(input.to - 1)}`;
  const title = '“客服”的退款电话，究竟是何套路';
  const who = input.platforms.length ? `${input.platforms.slice(0, 3).join('、')}等电商平台` : '电商平台';
  const seen = [...new Set(input.tacticsSeen)];
  let lines = Object.keys(PRETEXT_LINES).filter((id) => seen.includes(id)).map((id) => PRETEXT_LINES[id]!);
  if (lines.length === 0) lines = [PRETEXT_LINES['pretext.quality-refund']!];
  const cases = [...input.cases].sort((a, b) => b.lossAmount - a.lossAmount).slice(0, 3);
  const md: string[] = [
    `# ${title}`,
    '',
    `${period}，我中心共发出预警${input.alerts}条，民警成功劝阻${input.stopped}人。`,
    '',
    `接到自称${who}的客服电话，会出现哪几种情况呢？`,
    ...lines.map((l, i) => `${i + 1}、${l.replace(/；$/, i === lines.length - 1 ? '。' : '；')}`),
    '',
  ];
  cases.forEach((c, i) => md.push(`**案例${i + 1}**`, caseStory(c), ''));
  md.push('**警方提醒**', '冒充客服类型的诈骗，骗子主要是抓住个别市民群众**贪小便宜**的心理，一般以购物**商品有瑕疵、批量货品质量出问题**等作为退款理由。', '市民群众在接到**客服退款电话**时：');
  bulletinAdvice(seen, playbook).forEach((a, i) => md.push(`${i + 1}、${a}`));
  return { title, markdown: md.join('\n') + '\n' };
}

// ---- the rule: no link, no number but 110/96110 (amounts and counts excepted) ----

const AMOUNT_OR_COUNT_AFTER = new Set(['元', '万', '余', '条', '人', '起', '次', '笔', '个', '件', '%']);

/** The reasons a text breaks the bulletin rule (empty when it obeys it). Linear: one pass for numbers, one token pass for links. */
export function bulletinViolations(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  if (lower.includes('://') || lower.includes('www.')) out.push('contains a link');
  else {
    for (const token of lower.split(/[^a-z0-9.\-]+/)) {
      const labels = token.replace(/^[.-]+|[.-]+$/g, '').split('.');
      const tld = labels[labels.length - 1] ?? '';
      if (labels.length >= 2 && /^[a-z]{2,24}$/.test(tld) && /[a-z0-9]/.test(labels[labels.length - 2] ?? '')) {
        out.push(`contains a link (${token})`);
        break;
      }
    }
  }
  // Digit runs, single spaces, dashes or masking stars allowed between digits.
  let i = 0;
  while (i < text.length) {
    if (!/[0-9０-９]/.test(text[i]!)) { i++; continue; }
    let j = i;
    let digits = '';
    let masked = false;
    while (j < text.length) {
      const ch = text[j]!;
      if (/[0-9０-９]/.test(ch)) { digits += String.fromCharCode(ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xff10 + 48 : ch.charCodeAt(0)); j++; continue; }
      if ((ch === ' ' || ch === '-' || ch === '*' || ch === '＊') && j + 1 < text.length && /[0-9０-９*＊ -]/.test(text[j + 1]!)) {
        if (ch === '*' || ch === '＊') masked = true;
        j++;
        continue;
      }
      break;
    }
    const next = text.slice(j).trimStart()[0] ?? '';
    if (masked && digits.length >= 3) out.push(`contains a (masked) phone, card or account number ${text.slice(i, j)}`);
    else if (digits.length >= 5 && digits !== '96110' && !AMOUNT_OR_COUNT_AFTER.has(next)) out.push(`contains the number ${digits}`);
    else if (digits.length >= 3 && digits.length < 5 && digits !== '110' && /^(?:1[0-9]{2}|9[56][0-9]{2})$/.test(digits) && !AMOUNT_OR_COUNT_AFTER.has(next) && !/[年月日号]/.test(next)) {
      out.push(`contains the service number ${digits}`);
    }
    i = j;
  }
  return out;
}

// ---- rendering ----

export interface Span { text: string; bold: boolean }
export interface Block { type: 'h1' | 'h2' | 'p'; spans: Span[] }

function spans(line: string): Span[] {
  const parts = line.split('**');
  // An unpaired ** is shown as written.
  if (parts.length % 2 === 0) return [{ text: line, bold: false }];
  return parts.map((text, i) => ({ text, bold: i % 2 === 1 })).filter((s) => s.text.length > 0);
}

/** The Markdown subset as blocks: `# ` and `## ` headings, every other non-blank line a paragraph. */
export function markdownBlocks(md: string): Block[] {
  const out: Block[] = [];
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('## ')) out.push({ type: 'h2', spans: spans(line.slice(3)) });
    else if (line.startsWith('# ')) out.push({ type: 'h1', spans: spans(line.slice(2)) });
    else out.push({ type: 'p', spans: spans(line) });
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Escaped HTML of the blocks (every character of the text escaped; only our own tags). */
export function markdownHtml(md: string): string {
  return markdownBlocks(md).map((b) => {
    const inner = b.spans.map((s) => (s.bold ? `<strong>${esc(s.text)}</strong>` : esc(s.text))).join('');
    return `<${b.type}>${inner}</${b.type}>`;
  }).join('\n');
}
