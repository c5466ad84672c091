// What the person put in: a call transcript, a link, a phone number (with who the caller claims
// to be), or a message — and the links and numbers inside a message, so they are checked too.
// Every pattern is anchored or bounded (no nested quantifiers), so each scan is linear in the text.

const SPEAKER = /^\s*(客服|对方|骗子|来电|他|她|caller|agent|them|我|本人|user|me)\s*[:：]\s*/i;
const USER_SPEAKERS = new Set(['我', '本人', 'user', 'me']);
const CJK = /[\u3400-\u9fff]/;
const URL_ONLY = /^(https?:\/\/)?[a-z0-9\u00a1-\uffff-]+(\.[a-z0-9\u00a1-\uffff-]+)+(:\d{1,5})?(\/\S*)?$/i;
const NUMBER_FIRST = /^(\+?\d[\d\s-]{1,22}\d)\s*([^\d]{0,20})$/;
const NUMBER_LAST = /^([^\d]{0,20}?)\s*(\+?\d[\d\s-]{1,22}\d)$/;
// Who a number claims to be is a name ("京东客服", "Amazon support"), not a sentence: any sentence
// mark or more than a name's length means a message that ends with a number, which is analysed
// ("给您退款，请把验证码发到 138…" must not be sent to the number check alone).
const CLAIM_NAME = /^[\p{L}\p{M}\s·()（）-]{0,16}$/u;
const SENTENCE_MARK = /[，。！？、；：,.!?;:"“”'‘’]/;
const URLS_IN = /(?:https?:\/\/|www\.)[^\s<>"'，。！？、；）)】]{1,300}/gi;
// A whole digit run only (no digit before or after): "9506188" is not JD's 950618 with a digit to spare,
// it is another number, and the number check must judge that one (a look-alike), not the line inside it.
const NUMBERS_IN = /(?<!\d)(?:(?:\+?86[\s-]?)?1[3-9]\d{9}|(?:400|800)[\d-]{7,9}|9[56]\d{3,5})(?!\d)/g;

/**
 * A call's labels or words: "来电：" / "caller:" name a caller, and "通话" / "电话里" say the lines were spoken. Any other
 * pasted "客服：…/我：…" lines are a chat copied from an app (newcomer9: a pasted chat was checked as "通话内容"
 * with "先挂断电话" first), and are sent and advised as one.
 */
const CALL_SPEAKERS = new Set(['来电', 'caller']);
const CALL_WORDS = /通话|电话里|来电|打来|phone call|on the call/i;

/** Lines of "speaker: text"; null unless at least two lines name a speaker. */
function transcript(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  if (lines.length < 2) return null;
  let named = 0;
  let spoken = false;
  const turns = [];
  for (const line of lines) {
    const m = SPEAKER.exec(line);
    if (m) {
      named++;
      if (CALL_SPEAKERS.has(m[1].toLowerCase())) spoken = true;
      turns.push({ speaker: USER_SPEAKERS.has(m[1].toLowerCase()) ? 'user' : 'caller', text: line.slice(m[0].length) });
    } else if (turns.length > 0) {
      turns[turns.length - 1].text += '\n' + line;
    } else {
      turns.push({ speaker: 'caller', text: line });
    }
  }
  if (named < 2) return null;
  return { turns, call: spoken || CALL_WORDS.test(text) };
}

/**
 * @returns {{kind:'call'|'chat', turns:{speaker:string,text:string}[]} | {kind:'url', url:string}
 *   | {kind:'number', number:string, claims?:string} | {kind:'message', text:string, urls:string[], numbers:string[]}}
 */
export function classify(raw) {
  const text = raw.trim();
  const t = transcript(text);
  if (t) return { kind: t.call ? 'call' : 'chat', turns: t.turns, urls: found(text, URLS_IN), numbers: found(text, NUMBERS_IN) };
  if (text.length <= 300 && !/\s/.test(text) && URL_ONLY.test(text) && (/^https?:\/\//i.test(text) || !CJK.test(text)) && /[a-z]/i.test(text)) {
    return { kind: 'url', url: text };
  }
  if (text.length <= 60) {
    const a = NUMBER_FIRST.exec(text);
    const b = a ? null : NUMBER_LAST.exec(text);
    const number = a ? a[1] : b ? b[2] : null;
    const claims = (a ? a[2] : b ? b[1] : '').trim();
    const isName = CLAIM_NAME.test(claims) && !SENTENCE_MARK.test(claims);
    if (number && isName && number.replace(/\D/g, '').length >= 3) return { kind: 'number', number, ...(claims ? { claims } : {}) };
  }
  return { kind: 'message', text: raw, urls: found(text, URLS_IN), numbers: found(text, NUMBERS_IN) };
}

function found(text, re) {
  const out = [];
  for (const m of text.matchAll(re)) {
    const v = m[0].replace(/[.,;:!?]+$/, '');
    if (!out.includes(v)) out.push(v);
    if (out.length >= 3) break;
  }
  return out;
}

/** Check verdicts (url, number, QR) on the page's three-colour scale. */
export function fromCheckVerdict(v) {
  return v === 'dangerous' ? 'scam' : v === 'suspicious' ? 'suspicious' : 'safe';
}
const RANK = { safe: 0, suspicious: 1, scam: 2 };
export const worst = (verdicts) => verdicts.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'safe');
