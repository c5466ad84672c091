// 通话守护 (/call): a live call, turn by turn. Opens a session, posts each sentence, follows the
// session's SSE stream: a risk meter that only rises, the kill-chain path filling in, and at
// `warn` a full-screen warning naming the step, with a big hang-up button and a smaller
// "this is not a scam" that is stored as feedback for the centre's review.
import { html, render, useEffect, useRef, useState } from '/vendor/preact-htm.mjs';
import { S, lang } from '/js/i18n.js';
import { api } from '/js/api.js';
import { SAMPLES } from '/js/samples.js';
import { Footer, GuardianPanel, Header, PaidButton, StagePath, shown, stagesReached, stepOf } from '/js/ui.js';

const C = S.call;
const LEVELS = ['none', 'watch', 'warn', 'block'];
const rank = (l) => Math.max(0, LEVELS.indexOf(l));
const SAMPLE_GAP_MS = 700;

function Meter({ risk, level }) {
  return html`<div class="meter-wrap">
    <div class="meter-head"><span>${C.meter}</span><strong class=${'lvl-' + level}>${C.level[level]}</strong></div>
    <div class=${'meter lvl-' + level} id="meter" role="meter" aria-label=${C.meter} aria-valuemin="0" aria-valuemax="100"
        aria-valuenow=${risk} aria-valuetext=${`${C.meterValue(risk)} · ${C.level[level]}`}>
      <div class="meter-fill" style=${{ width: `${risk}%` }}></div>
    </div>
    <p class="meter-value">${C.meterValue(risk)}</p>
  </div>`;
}

/**
 * The warning names the kind the last answer gave (src/playbook/scam-kinds.ts, via the turn's reply): "这很可能是
 * 冒充公检法诈骗！"; a kind that is not the shop's agent's is not told "真客服从不这样做" nor sent to the seller.
 */
function Overlay({ warning, kind, onHangUp, onNotScam }) {
  const ref = useRef(null);
  useEffect(() => { ref.current?.focus(); }, [warning.key]);
  const other = !!kind && kind.shoppingApp === false;
  const step = stepOf(warning.tactics, other);
  return html`<div class="overlay" id="warning" role="alertdialog" aria-modal="true" aria-labelledby="warning-title" aria-describedby="warning-step" data-level=${warning.level}>
    <div class="overlay-box">
      <svg class="icon big" viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" /><path d="M14 14 L34 34 M34 14 L14 34" fill="none" stroke-width="6" /></svg>
      <h2 id="warning-title" tabindex="-1" ref=${ref} data-kind=${kind ? kind.id : undefined}>${kind ? C.warnTitleKind(shown(kind.name)) : C.warnTitle}</h2>
      <p id="warning-step" class="warning-step">${other ? C.warnStepOther(step.phrase) : C.warnStep(step.phrase)}</p>
      <button type="button" id="hang-up" class="hang-up" onClick=${onHangUp}>${C.hangUp}</button>
      <p class="warning-advice">${other ? C.warnAdviceOther : C.warnAdvice}</p>
      ${step.description ? html`<p class="warning-desc">${step.description}</p>` : null}
      <button type="button" id="not-scam" class="not-scam" onClick=${onNotScam}>${C.notScam}</button>
    </div>
  </div>`;
}

/** After hanging up: praise, then the already-paid help; scrolled to and focused so it is seen and read. */
function HungUp() {
  const ref = useRef(null);
  const box = useRef(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, []);
  return html`<section class="card done" id="hung-up" ref=${box} aria-labelledby="hung-up-title">
    <h2 id="hung-up-title" tabindex="-1" ref=${ref}>${C.hungUp}</h2><p class="big">${C.hungUpSub}</p><${PaidButton} />
  </section>`;
}

function CallPage() {
  const [session, setSession] = useState(null);
  const [claimed, setClaimed] = useState('');
  const [number, setNumber] = useState('');
  const [text, setText] = useState('');
  const [speaker, setSpeaker] = useState('caller');
  const [risk, setRisk] = useState(0);
  const [level, setLevel] = useState('none');
  const [stages, setStages] = useState([]);
  const [turns, setTurns] = useState([]);
  const [warning, setWarning] = useState(null);
  const [kind, setKind] = useState(null);
  const [ended, setEnded] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [playing, setPlaying] = useState(false);
  const esRef = useRef(null);
  const stopSample = useRef(false);
  const shownRef = useRef(0);

  useEffect(() => () => esRef.current?.close(), []);

  // Everything that raises the meter goes through here, from the SSE stream or a turn's reply,
  // so the meter and the level only ever rise whichever arrives first.
  const raise = (r, l, tactics) => {
    setRisk((prev) => Math.max(prev, Math.round(r)));
    setLevel((prev) => (rank(l) > rank(prev) ? l : prev));
    if (tactics) setStages((prev) => [...new Set([...prev, ...stagesReached(tactics)])]);
    // The warning names the step, so it waits for an answer that carries the tactics.
    if (tactics && rank(l) >= rank('warn') && rank(l) > shownRef.current) {
      shownRef.current = rank(l);
      stopSample.current = true;
      setWarning({ key: l, level: l, tactics: tactics || [] });
    }
  };

  const open = async () => {
    const s = await api('/v1/sessions', {
      body: { channel: 'call', lang, ...(claimed.trim() ? { claimedIdentity: claimed.trim() } : {}), ...(number.trim() ? { callerNumber: number.trim() } : {}) },
    });
    const sess = { id: s.id, token: s.token || null };
    const q = sess.token ? `?token=${encodeURIComponent(sess.token)}` : '';
    const es = new EventSource(`/v1/sessions/${sess.id}/events${q}`);
    es.addEventListener('turn', (e) => { const d = JSON.parse(e.data); raise(d.risk, d.level, null); });
    es.addEventListener('alert', (e) => { const d = JSON.parse(e.data); raise(d.risk, d.level, Array.isArray(d.evidence) ? d.evidence : []); });
    esRef.current = es;
    setKind(null);
    setSession(sess);
    setEnded(false);
    return sess;
  };
  const headers = (sess) => (sess.token ? { 'x-session-token': sess.token } : {});

  const push = async (sess, turn) => {
    setTurns((prev) => [...prev, turn]);
    const r = await api(`/v1/sessions/${sess.id}/turns`, { body: turn, headers: headers(sess) });
    if (r.state.kind && typeof r.state.kind.name === 'string') setKind(r.state.kind);
    raise(r.state.risk, r.state.level, r.state.tactics);
  };

  const guard = async (fn) => {
    setError(''); setBusy(true);
    try {
      await fn();
    } catch (e) {
      // The session ended or expired (idle too long): the next sentence starts a new one.
      if (e.status === 409 || (e.status === 404 && session)) {
        esRef.current?.close();
        setSession(null);
        setError(C.sessionOver);
      } else setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  const add = (e) => {
    if (e) e.preventDefault();
    if (!text.trim()) return;
    guard(async () => {
      const sess = session || (await open());
      await push(sess, { speaker, text: text.trim() });
      setText('');
    });
  };
  const play = (which) => guard(async () => {
    const sess = session && !ended ? session : await open();
    setPlaying(true);
    stopSample.current = false;
    try {
      for (const turn of SAMPLES[lang][which]) {
        if (stopSample.current) break;
        await push(sess, turn);
        await new Promise((r) => setTimeout(r, SAMPLE_GAP_MS));
      }
    } finally {
      setPlaying(false);
    }
  });
  const hangUp = () => guard(async () => {
    setWarning(null);
    stopSample.current = true;
    if (session) {
      esRef.current?.close();
      await api(`/v1/sessions/${session.id}/end`, { headers: headers(session) }).catch(() => {});
    }
    setEnded(true);
  });
  const notScam = () => guard(async () => {
    setWarning(null);
    if (session) await api(`/v1/sessions/${session.id}/feedback`, { body: { kind: 'not-scam' }, headers: headers(session) });
    setNote(C.feedbackThanks);
  });
  const onKey = (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) add(e); };

  return html`<div class="page" inert=${!!warning}><${Header} active="call" />
  <main class="call">
    <h1>${C.title}</h1>
    <p class="lead">${C.lead}</p>
    ${ended ? html`<${HungUp} />` : null}
    <form class="card" id="turn-form" onSubmit=${add}>
      <label for="turn-text">${C.turnLabel}</label>
      <textarea id="turn-text" rows="3" maxlength="20000" value=${text} placeholder=${C.turnPlaceholder}
        onInput=${(e) => setText(e.currentTarget.value)} onKeyDown=${onKey}></textarea>
      <fieldset class="speaker">
        <legend>${C.speaker}</legend>
        <label><input type="radio" name="speaker" value="caller" checked=${speaker === 'caller'} onChange=${() => setSpeaker('caller')} /> ${C.speakerCaller}</label>
        <label><input type="radio" name="speaker" value="user" checked=${speaker === 'user'} onChange=${() => setSpeaker('user')} /> ${C.speakerUser}</label>
      </fieldset>
      ${!session ? html`<details class="caller-info">
        <summary>${C.callerInfo}</summary>
        <label for="claimed">${C.claimed}</label>
        <input id="claimed" type="text" maxlength="100" value=${claimed} placeholder=${C.claimedPlaceholder} onInput=${(e) => setClaimed(e.currentTarget.value)} />
        <label for="caller-number">${C.callerNumber}</label>
        <input id="caller-number" type="tel" maxlength="40" value=${number} onInput=${(e) => setNumber(e.currentTarget.value)} />
      </details>` : null}
      <button type="submit" id="add-turn" disabled=${busy || ended}>${C.add}</button>
    </form>
    <section class="card live" aria-labelledby="live-title">
      <h2 id="live-title" class="sr-only">${C.meter}</h2>
      <div aria-live="polite"><${Meter} risk=${risk} level=${level} /></div>
      <h3>${C.path}</h3>
      <${StagePath} reached=${stages} />
    </section>
    <p id="error" class="error" role="alert">${error}</p>
    <p class="note" role="status" id="note">${note}</p>
    <section class="card">
      <h2>${C.samples}</h2>
      <div class="row">
        <button type="button" class="secondary" id="sample-scam" disabled=${playing} onClick=${() => play('scam')}>${C.sampleScam}</button>
        <button type="button" class="secondary" id="sample-genuine" disabled=${playing} onClick=${() => play('genuine')}>${C.sampleGenuine}</button>
      </div>
      ${playing ? html`<p class="note">${C.playing}</p>` : null}
    </section>
    ${turns.length ? html`<section class="card"><h2>${C.transcript}</h2>
      <ol class="transcript user-text">${turns.map((t) => html`<li class=${t.speaker}><strong>${S.check.turnSpeaker[t.speaker]}：</strong>${shown(t.text)}</li>`)}</ol></section>` : null}
    <${GuardianPanel} />
    <${Footer} />
  </main></div>
  ${warning ? html`<${Overlay} warning=${warning} kind=${kind} onHangUp=${hangUp} onNotScam=${notScam} />` : null}`;
}

document.title = `${C.title} · ${S.appName}`;
render(html`<${CallPage} />`, document.getElementById('app'));
