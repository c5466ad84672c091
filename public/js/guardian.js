// 亲情守护, the family member's page (/guardian/<token>): live over SSE, each warn/block of the
// protected person's calls and checks with the step, the advice and the masked evidence spans
// (the server never sends the text itself), and a reminder to call them now.
import { html, render, useEffect, useState } from '/vendor/preact-htm.mjs';
import { S, lang } from '/js/i18n.js';
import { Header, Footer, List, shown, stepOf, VerdictBanner } from '/js/ui.js';

const token = location.pathname.split('/').pop() || '';
const G = S.guardianPage;

function Warning({ w, label, latest }) {
  // The kind the answer named (both languages in the warning), in this page's language; another kind than the
  // shop's agent's is not told "真客服从不这样做".
  const named = w.scamKind && typeof w.scamKind.zh === 'string' ? shown(lang === 'en' ? w.scamKind.en : w.scamKind.zh) : null;
  const other = !!named && w.scamKind.shoppingApp === false;
  const step = stepOf(w.steps, other);
  const time = new Date(w.at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN');
  const spans = w.steps.flatMap((s) => s.spans).slice(0, 8);
  const body = html`
    <p class="call-now"><strong>${G.callNow(label)}</strong></p>
    <p class="banner-meta">${named ? html`<span class="scam-kind">${G.looksLike(named)}</span> · ` : null}${w.kind === 'call' ? G.kindCall : G.kindCheck} · ${G.at(time)}</p>`;
  return html`<article class="warning-item" data-level=${w.level}>
    ${latest
      ? html`<${VerdictBanner} verdict=${w.verdict === 'safe' ? 'suspicious' : w.verdict} title=${G.alertTitle(label)} sub=${other ? S.call.warnStepOther(step.phrase) : S.call.warnStep(step.phrase)} stamp=${w.id}>${body}<//>`
      : html`<h2>${G.alertTitle(label)}</h2>${body}`}
    ${step.tactic ? html`<section class="card"><h3>${G.step}</h3><p class="big">${step.description}</p>
      ${w.combinations.length ? html`<${List} items=${w.combinations} />` : null}</section>` : null}
    ${spans.length ? html`<section class="card"><h3>${G.spans}</h3><ul class="spans user-text">${spans.map((s) => html`<li><mark>${shown(s)}</mark></li>`)}</ul></section>` : null}
    ${w.advice.length ? html`<section class="card"><h3>${G.advice(label)}</h3><${List} items=${w.advice} /></section>` : null}
  </article>`;
}

function GuardianPage() {
  const [label, setLabel] = useState(null);
  const [warnings, setWarnings] = useState([]);
  const [status, setStatus] = useState('connecting');
  useEffect(() => {
    let es = null;
    let timer = null;
    let stopped = false;
    const base = `/v1/guardian/${encodeURIComponent(token)}`;
    // Whether the link still exists decides between "revoked" and trying again.
    const probe = () => fetch(base).then((r) => (r.ok ? r.json() : r.status === 404 ? 'gone' : null)).catch(() => null);
    const connect = () => {
      if (stopped) return;
      es = new EventSource(`${base}/events`);
      es.onopen = () => setStatus('open');
      es.onerror = () => {
        if (es.readyState !== 2) { setStatus((st) => (st === 'revoked' ? st : 'reconnecting')); return; }
        // The browser gave up (the server refused the stream): ask why, then retry or stop.
        probe().then((d) => {
          if (d === 'gone') { setStatus('revoked'); stopped = true; return; }
          setStatus('reconnecting');
          timer = setTimeout(connect, 5000);
        });
      };
      es.addEventListener('warning', (e) => {
        const w = JSON.parse(e.data);
        setWarnings((prev) => (prev.some((p) => p.id === w.id) ? prev : [w, ...prev]));
      });
      es.addEventListener('revoked', () => { setStatus('revoked'); stopped = true; es.close(); });
    };
    probe().then((d) => {
      if (d === 'gone') { setStatus('revoked'); return; }
      if (d) setLabel(d.label);
      connect();
    });
    return () => { stopped = true; clearTimeout(timer); es?.close(); };
  }, []);
  return html`<${Header} />
  <main class="guardian-page">
    <h1>${G.title}</h1>
    <p class="lead">${G.watching(label)}</p>
    <div aria-live="assertive">
      ${status === 'revoked' ? html`<p class="error" id="revoked">${G.revoked}</p>` : null}
      ${warnings.length === 0 && status !== 'revoked'
        ? html`<div class="card calm" id="calm"><p class="big">${G.calm}</p>
            ${status !== 'open' ? html`<p class="note">${status === 'connecting' ? G.connecting : G.reconnecting}</p>` : null}</div>`
        : warnings.map((w, i) => html`<${Warning} key=${w.id} w=${w} label=${label} latest=${i === 0} />`)}
    </div>
    <${Footer} />
  </main>`;
}

document.title = `${G.title} · ${S.appName}`;
render(html`<${GuardianPage} />`, document.getElementById('app'));
