// The first page: send the pasted text to /v1/analyze and show the verdict, the evidence
// highlighted in the original text, and the advice. The text was written by scammers, so the
// DOM is only ever built with createElement and textContent — never with HTML strings.

const VERDICT_LABEL = {
  scam: '很可能是诈骗',
  suspicious: '可疑，请提高警惕',
  safe: '暂未发现冒充客服退款诈骗的迹象',
};
const STAGE_LABEL = {
  contact: '冒充身份',
  pretext: '编造理由',
  shift: '转移渠道、控制操作',
  extraction: '骗取钱款或信息',
  cover: '掩盖骗局',
};

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Non-overlapping spans of the text, sorted, each with the descriptions of the tactics it backs. */
function evidenceSpans(result, length) {
  const spans = [];
  for (const tactic of result.tactics) {
    for (const e of tactic.evidence) {
      if (e.start >= 0 && e.end <= length && e.start < e.end) spans.push({ start: e.start, end: e.end, why: tactic.description });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.why.includes(s.why)) last.why += '；' + s.why;
    } else merged.push({ ...s });
  }
  return merged;
}

function renderHighlighted(container, text, result) {
  clear(container);
  let at = 0;
  for (const span of evidenceSpans(result, text.length)) {
    if (span.start > at) container.appendChild(document.createTextNode(text.slice(at, span.start)));
    const mark = el('mark', text.slice(span.start, span.end));
    mark.title = span.why;
    container.appendChild(mark);
    at = span.end;
  }
  if (at < text.length) container.appendChild(document.createTextNode(text.slice(at)));
}

function render(text, result) {
  const verdict = $('verdict');
  verdict.textContent = VERDICT_LABEL[result.verdict] || result.verdict;
  verdict.className = result.verdict;
  $('risk').textContent = `风险分 ${Math.round(result.risk)} / 100`;
  renderHighlighted($('highlighted'), text, result);

  const tactics = $('tactics');
  clear(tactics);
  if (result.tactics.length === 0) tactics.appendChild(el('li', '没有发现已知的诈骗手法。'));
  for (const t of result.tactics) {
    // Signals explain themselves in their detail ("model: 0.93", the look-alike domain).
    const li = el('li', t.detail ? `${t.description}：${t.detail}` : t.description);
    li.appendChild(el('span', ` （${STAGE_LABEL[t.stage] || t.stage}）`, 'stage'));
    tactics.appendChild(li);
  }

  const advice = $('advice');
  clear(advice);
  const lines = result.advice.length ? result.advice : ['如有疑问，请通过购物平台官方应用核实，或拨打 110 / 96110 咨询。'];
  for (const line of lines) advice.appendChild(el('li', line));
  $('result').hidden = false;
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

async function onSubmit(event) {
  event.preventDefault();
  const text = $('message').value;
  $('error').hidden = true;
  if (!text.trim()) return showError('请先粘贴要检测的内容。');
  const button = $('submit');
  button.disabled = true;
  try {
    const res = await fetch('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'text', text }),
    });
    const body = await res.json();
    if (!res.ok) return showError(body && body.error ? body.error.message : `请求失败（${res.status}）`);
    render(text, body);
  } catch {
    showError('无法连接服务，请稍后再试。');
  } finally {
    button.disabled = false;
  }
}

$('check-form').addEventListener('submit', onSubmit);
