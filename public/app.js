// 查一查 (/): one input for a message, a call transcript, a link, a phone number or a QR picture.
// It recognises which, calls the matching API (a message's links and numbers are checked too),
// and shows a verdict banner, the kill-chain path, the evidence with its reasons, and what to do.
import { html, render, useEffect, useRef, useState } from '/vendor/preact-htm.mjs';
import { S, lang, langChosen, showIn } from '/js/i18n.js';
import { api } from '/js/api.js';
import { classify, fromCheckVerdict, worst } from '/js/detect.js';
import { Findings, FoldedList, Footer, GuardianPanel, Header, List, PaidButton, StagePath, VerdictBanner, isStep, shown, stagesReached, stepOf } from '/js/ui.js';
import { clipQuote, quoteMarks } from '/js/quote.js';

const IMAGE_TYPES = ['image/png', 'image/jpeg'];

/** Non-overlapping evidence spans per turn, each with its reasons (tactic descriptions and details). */
/**
 * A tactic's detail as words for the page. The text model's detail is a bare "model: 0.93" (not
 * localised by the engine), so the page words its probability itself.
 */
function detailOf(t) {
  if (!t.detail) return '';
  const m = t.id === 'contact.model' ? /^model: ([01](?:\.\d+)?)$/.exec(t.detail) : null;
  return m ? S.check.modelScore(Math.round(Number(m[1]) * 100)) : t.detail;
}

function spansByTurn(tactics, texts) {
  const byTurn = texts.map(() => []);
  for (const t of tactics) {
    const why = t.detail ? `${t.description}（${detailOf(t)}）` : t.description;
    for (const e of t.evidence) {
      const text = texts[e.turn];
      if (text === undefined || !(e.start >= 0 && e.end <= text.length && e.start < e.end)) continue;
      byTurn[e.turn].push({ start: e.start, end: e.end, why: [why] });
    }
  }
  let n = 0;
  return byTurn.map((spans) => {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        for (const w of s.why) if (!last.why.includes(w)) last.why.push(w);
      } else merged.push({ ...s, why: [...s.why] });
    }
    return merged;
  }).map((merged, turn) => {
    for (const m of merged) { m.n = ++n; m.quote = texts[turn].slice(m.start, m.end); }
    return merged;
  });
}

function Mark({ text, span, open, onToggle }) {
  const id = `why-${span.n}`;
  const toggle = () => onToggle(span.n);
  const key = (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } };
  return html`<mark tabindex="0" role="button" aria-expanded=${open ? 'true' : 'false'} aria-describedby=${id}
      title=${S.check.tapForReason} onClick=${toggle} onKeyDown=${key}>${text}<sup aria-hidden="true">${span.n}</sup></mark>${
    open ? html`<span class="why-inline">${span.why.join('；')}</span>` : null}`;
}

function Highlighted({ turns, spans }) {
  const [open, setOpen] = useState(() => new Set());
  const toggle = (n) => setOpen((prev) => {
    const next = new Set(prev);
    if (next.has(n)) next.delete(n); else next.add(n);
    return next;
  });
  return html`<div id="highlighted" class="text user-text">
    ${turns.map((turn, i) => {
      const parts = [];
      let at = 0;
      for (const s of spans[i]) {
        if (s.start > at) parts.push(shown(turn.text.slice(at, s.start)));
        parts.push(html`<${Mark} text=${shown(turn.text.slice(s.start, s.end))} span=${s} open=${open.has(s.n)} onToggle=${toggle} />`);
        at = s.end;
      }
      if (at < turn.text.length) parts.push(shown(turn.text.slice(at)));
      const who = S.check.turnSpeaker[turn.speaker] || '';
      return html`<p class="turn">${who ? html`<strong class="who">${who}：</strong>` : null}${parts}</p>`;
    })}
  </div>
  <h3 id="reasons-title">${S.check.evidenceList}</h3>
  <ol class="reasons" aria-labelledby="reasons-title">
    ${spans.flat().map((s) => html`<li id=${'why-' + s.n} value=${s.n}>
      <span class="quote user-text">${quoteMarks(shown(s.quote), lang)}</span>
      <span class="reason">${s.why.join('；')}</span></li>`)}
  </ol>`;
}

function CheckCard({ title, items }) {
  return html`<section class="card">
    <h3>${title}</h3>
    ${items.map((it) => html`<div class="check-item">
      <p><span class=${'tag ' + fromCheckVerdict(it.report.verdict)}>${S.check.checkVerdict[it.report.verdict] || it.report.verdict}</span>
        <code class="subject user-text">${shown(it.input)}</code></p>
      ${it.report.verdict === 'official' ? html`<p>${S.check.officialNumber}</p>` : html`<${Findings} findings=${it.report.findings} />`}
    </div>`)}
  </section>`;
}

function QrCard({ report }) {
  if (!report.found) return html`<section class="card"><h3>${S.check.qr}</h3><p>${S.check.qrNone}</p></section>`;
  const findings = [...report.findings, ...(report.url ? report.url.findings : [])];
  return html`<section class="card">
    <h3>${S.check.qr}</h3>
    <p><span class=${'tag ' + fromCheckVerdict(report.verdict)}>${S.check.checkVerdict[report.verdict] || report.verdict}</span>
      ${S.check.qrKinds[report.kind] || report.kind}</p>
    <p>${S.check.qrPayload}：<code class="subject user-text">${shown(report.payload)}</code></p>
    <${Findings} findings=${findings} />
  </section>`;
}

/**
 * The first reason, for the banner (what an elderly person sees without scrolling at 360×740): the furthest
 * step the scam reached, in the page's words, with the words of the text that show it; for a link, a number or
 * a QR code, the checker's first finding. Null when there is none. The quote is the sender's text, shown as text.
 */
function firstReason(r, other) {
  const a = r.analysis;
  if (a) {
    // The request is the reason to read first: "别告诉家人" (cover) only when nothing else was asked.
    const asked = a.tactics.filter((t) => t.stage !== 'cover' && isStep(t));
    const step = stepOf(asked.length ? asked : a.tactics, other);
    if (!step.tactic) return null;
    const e = step.tactic.evidence && step.tactic.evidence[0];
    const text = e && r.turns && r.turns[e.turn] ? r.turns[e.turn].text : undefined;
    const quote = text !== undefined && e.start >= 0 && e.end <= text.length && e.start < e.end ? clipQuote(shown(text.slice(e.start, e.end))) : null;
    // The citizen's own report of a loss is no step the other side took: say whose words they are.
    const sentence = step.tactic.id === 'extract.user-paid' ? S.check.reasonPaid : S.check.reasonStep(step.phrase);
    return { sentence, quote };
  }
  const reports = [...r.urls, ...r.numbers].map((x) => x.report).concat(r.qr ? [r.qr] : []);
  const findings = reports.flatMap((x) => x.findings || []);
  const f = findings.find((x) => x.severity === 'high') || findings[0];
  return f ? { sentence: lang === 'en' ? f.en : f.zh, quote: null } : null;
}

function Result({ r }) {
  const a = r.analysis;
  const reached = a ? stagesReached(a.tactics) : [];
  const why = a && a.composites.length ? a.composites.map((c) => c.description) : [];
  const texts = r.turns ? r.turns.map((t) => t.text) : [];
  const spans = a ? spansByTurn(a.tactics, texts) : [];
  // "I already paid" in their own words: the money has moved, so 110/96110 and the bank come first.
  const paid = !!a && a.tactics.some((t) => t.id === 'extract.user-paid');
  // The headline names the scam's kind the answer gives (its name from the playbook's table, shown as text);
  // a kind that is not the shop's agent's gets first steps without the shopping app's "我的订单".
  const kind = a && a.kind && typeof a.kind.name === 'string' && r.verdict !== 'safe' ? shown(a.kind.name) : null;
  const other = kind !== null && a.kind.shoppingApp === false && S.channelFirstOther[r.kind];
  const first = paid ? S.paidFirst : r.verdict === 'safe' ? S.safeAdvice : other || S.channelFirst[r.kind];
  const title = kind && r.verdict === 'scam' ? S.verdictKind.scam(kind) : undefined;
  // The banner says the one thing to do (no transfer, no code; 110 / 96110) and the first reason: at 360×740 the
  // steps and the evidence below it start under the first screen.
  const sub = paid ? S.paidSub : r.verdict === 'scam' ? S.oneThing : kind && r.verdict === 'suspicious' ? S.verdictKind.suspicious(kind) : undefined;
  const oneThing = r.verdict === 'suspicious' && !paid;
  // The shop agent's words ("冒充客服") only under a shop agent's kind; any other kind, or none, gets neutral ones.
  const reason = r.verdict !== 'safe' ? firstReason(r, !(kind !== null && a.kind.shoppingApp === true)) : null;
  return html`<section id="result" aria-labelledby="verdict">
    <${VerdictBanner} verdict=${r.verdict} title=${title} sub=${sub} subClass=${!paid && r.verdict === 'scam' ? 'one-thing' : undefined} stamp=${r.stamp} kind=${a && a.kind && r.verdict !== 'safe' ? a.kind.id : undefined}>
      ${oneThing ? html`<p class="banner-sub one-thing">${S.oneThing}</p>` : null}
      ${reason ? html`<p class="first-reason" id="first-reason"><strong>${S.check.firstReason}</strong>${reason.sentence}${
        reason.quote ? html`${lang === 'en' ? ' ' : ''}<span class="quote user-text">${quoteMarks(reason.quote, lang)}</span>` : null}</p>` : null}
      <p class="banner-meta">${S.check.checkedAs(S.check.kinds[r.kind])}${a && r.kind !== 'number' ? ' · ' + S.check.risk(Math.round(a.risk)) : ''}</p>
    <//>

    ${paid ? html`<${PaidButton} />` : null}
    <section class="card now">
      <h3>${S.check.nowDo}</h3>
      <${List} items=${first} ordered=${true} className="steps" />
    </section>
    ${r.verdict !== 'safe' && !paid ? html`<${PaidButton} />` : null}
    ${a && reached.length ? html`<section class="card"><h3>${S.check.path}</h3><${StagePath} reached=${reached} />
      ${why.length ? html`<h3>${S.check.why}</h3><${FoldedList} key=${why.join('|')} items=${why} className="why" id="why-list" />` : null}</section>` : null}
    ${a && spans.flat().length ? html`<section class="card"><h3>${S.check.evidence}</h3><${Highlighted} turns=${r.turns} spans=${spans} /></section>` : null}
    ${a ? html`<section class="card"><h3>${S.check.tactics}</h3>
      ${a.tactics.length ? html`<ul class="tactics">${a.tactics.map((t) => html`<li>${t.description}${t.detail ? '：' + detailOf(t) : ''}
        ${isStep(t) ? html`<span class="stage">（${S.stages[t.stage] || t.stage}）</span>` : null}</li>`)}</ul>` : html`<p>${S.check.noTactics}</p>`}</section>` : null}
    ${r.urls.length ? html`<${CheckCard} title=${S.check.links} items=${r.urls} />` : null}
    ${r.numbers.length ? html`<${CheckCard} title=${S.check.numbers} items=${r.numbers} />` : null}
    ${r.qr ? html`<${QrCard} report=${r.qr} />` : null}
    ${a && a.advice.length ? html`<section class="card"><h3>${S.check.police}</h3><${List} items=${a.advice} /></section>` : null}
    ${r.verdict === 'safe' ? html`<${PaidButton} />` : null}
  </section>`;
}

/**
 * The output language asked of the API: the one the person chose, else none, so the answer comes in
 * the input's own language (the API's default) and the page follows it.
 */
const outLang = () => (langChosen ? { lang } : {});

/** Runs the checks that fit the input; all of them must answer, or the whole check fails. */
async function runCheck(text, image) {
  if (image) {
    const qr = await api('/v1/check/qr', { body: image });
    const urls = [];
    return { kind: 'qr', verdict: fromCheckVerdict(qr.verdict), qr, urls, numbers: [], analysis: null, turns: null };
  }
  const c = classify(text);
  if (c.kind === 'url') {
    const report = await api('/v1/check/url', { body: { url: c.url } });
    return { kind: 'url', verdict: fromCheckVerdict(report.verdict), urls: [{ input: c.url, report }], numbers: [], analysis: null, turns: null };
  }
  if (c.kind === 'number') {
    // A number with a name is also read as a message: the name's words ("退款专员") are evidence too.
    const words = text.trim();
    const [report, analysis] = await Promise.all([
      api('/v1/check/number', { body: { number: c.number, ...(c.claims ? { claims: c.claims.slice(0, 100) } : {}) } }),
      c.claims ? api('/v1/analyze', { body: { channel: 'sms', text: words, ...outLang() } }) : Promise.resolve(null),
    ]);
    const verdict = worst([fromCheckVerdict(report.verdict), ...(analysis ? [analysis.verdict] : [])]);
    return { kind: 'number', verdict, urls: [], numbers: [{ input: c.number, report }], analysis, turns: analysis ? [{ speaker: 'unknown', text: words }] : null };
  }
  const conversation = c.kind === 'call' || c.kind === 'chat';
  const turns = conversation ? c.turns : [{ speaker: 'unknown', text: c.text }];
  const body = conversation ? { channel: c.kind, turns, ...outLang() } : { channel: 'sms', text: c.text, ...outLang() };
  // The claim for a number is whatever brand the message names (the checker finds it in the text).
  const claims = text.trim().slice(0, 100);
  const [analysis, urls, numbers] = await Promise.all([
    api('/v1/analyze', { body }),
    Promise.all(c.urls.map(async (u) => ({ input: u, report: await api('/v1/check/url', { body: { url: u } }) }))),
    Promise.all(c.numbers.map(async (n) => ({ input: n, report: await api('/v1/check/number', { body: { number: n, claims } }) }))),
  ]);
  const verdict = worst([analysis.verdict, ...urls.map((u) => fromCheckVerdict(u.report.verdict)), ...numbers.map((n) => fromCheckVerdict(n.report.verdict))]);
  return { kind: conversation ? c.kind : 'message', verdict, analysis, urls, numbers, turns, qr: null };
}

function CheckPage() {
  const [text, setText] = useState('');
  const [image, setImage] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState(null);
  const [dragging, setDragging] = useState(false);
  const fileRef = useRef(null);
  const errorRef = useRef(null);
  const stamp = useRef(0);

  const takeImage = (file) => {
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) { setError(S.errors.invalidImage); return; }
    setError('');
    setImage(file);
  };
  const submit = async (e) => {
    if (e) e.preventDefault();
    if (busy) return;
    setError('');
    // The old answer under "paste something first" would read as the answer to nothing: clear it too.
    if (!image && !text.trim()) { setResult(null); setError(S.check.empty); return; }
    setBusy(true);
    try {
      const r = await runCheck(text, image);
      // The answer is in the message's language: the page (verdict, steps, headings) follows it.
      if (r.analysis && showIn(r.analysis.lang)) document.title = `${S.check.title} · ${S.appName}`;
      stamp.current += 1;
      setResult({ ...r, stamp: stamp.current });
    } catch (err) {
      // A stale answer next to a new question misleads: clear it whatever went wrong.
      setResult(null);
      setError(err.message || S.errors.badInput);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (error && errorRef.current) errorRef.current.scrollIntoView({ block: 'nearest' });
  }, [error]);
  const onKey = (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e); };
  const onPaste = (e) => {
    const file = [...(e.clipboardData?.files || [])].find((f) => IMAGE_TYPES.includes(f.type));
    if (file) { e.preventDefault(); takeImage(file); }
  };
  const onDrop = (e) => {
    e.preventDefault(); setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) takeImage(file);
  };

  return html`<${Header} active="check" />
  <main>
    <h1>${S.check.title}</h1>
    <p class="lead">${S.check.lead}</p>
    <form id="check-form" class=${dragging ? 'dragging' : ''} onSubmit=${submit}
        onDragOver=${(e) => { e.preventDefault(); setDragging(true); }} onDragLeave=${() => setDragging(false)} onDrop=${onDrop}>
      <label for="message">${S.check.label}</label>
      <textarea id="message" name="message" rows="5" aria-describedby="message-hint shortcut"
        placeholder=${S.check.placeholder} value=${text} onInput=${(e) => setText(e.currentTarget.value)}
        onKeyDown=${onKey} onPaste=${onPaste}></textarea>
      <div class="submit-row">
        <button type="submit" id="submit" disabled=${busy}>${busy ? S.check.submitting : S.check.submit}</button>
        <input id="image" ref=${fileRef} class="file" type="file" accept="image/png,image/jpeg"
          onChange=${(e) => { takeImage(e.currentTarget.files[0]); e.currentTarget.value = ''; }} />
        <label for="image" class="button secondary">${S.check.image}</label>
      </div>
      ${image ? html`<p class="chosen">${S.check.imageChosen(image.name || 'image')}
        <button type="button" class="link" onClick=${() => setImage(null)}>${S.check.removeImage}</button></p>` : null}
      <p id="message-hint" class="hint">${S.check.hint} ${S.check.imageHint}</p>
      <p id="shortcut" class="hint">${S.check.shortcut}</p>
    </form>
    <p id="error" ref=${errorRef} class="error" role="alert">${error}</p>
    <div id="result-area" aria-live="polite">
      ${result ? html`<${Result} r=${result} />` : html`<p class="placeholder">${S.check.placeholderResult}</p>`}
    </div>
    <${GuardianPanel} />
    <${Footer} />
  </main>`;
}

document.title = `${S.check.title} · ${S.appName}`;
render(html`<${CheckPage} />`, document.getElementById('app'));
