// Components shared by the citizen pages (Preact + htm, no build). Everything the scammer wrote
// is rendered as text by Preact: no HTML strings anywhere.
import { html, useEffect, useRef, useState } from '/vendor/preact-htm.mjs';
import { S, href, lang, switchLang } from '/js/i18n.js';
import { api } from '/js/api.js';
import { clearGuardian, loadGuardian, saveGuardian } from '/js/guardian-store.js';

/**
 * Untrusted text as it may be shown: without the invisible format characters a sender slips into a name —
 * zero-width spaces and joiners, the BOM, the soft hyphen and the bidirectional marks, overrides and isolates
 * (U+202E would show the scammer's words backwards next to our marks). The same set the engine's normaliser and
 * the CLI drop. One character class, linear.
 */
export const shown = (s) => String(s).replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');

export const STAGES = ['contact', 'pretext', 'shift', 'extraction', 'cover'];

/**
 * The step to name in a warning ("对方在___：真客服从不这样做"): the furthest-stage tactic, preferring
 * one with its own phrase in the strings, else its stage's phrase. `{phrase, description, tactic}`.
 */
/**
 * A step of the kill chain is a tactic that scores: a component (weight 0: a sender's bulk-notice frame
 * such as "尊敬的用户…退订", an outside link shown as evidence) or a legitimacy sign is no step taken, so
 * it neither lights a stage of the path nor names the warning's step; nor is the text model's reading
 * (`contact.model`: how much the whole text reads like the scripts, no act of its own). A tactic without
 * a weight (an older reply) counts.
 */
export const isStep = (t) => t.id !== 'contact.model' && (typeof t.weight !== 'number' || t.weight > 0);

/** The kill-chain stages the scoring tactics reached. */
export const stagesReached = (tactics) => [...new Set(tactics.filter(isStep).map((t) => t.stage))];

export function stepOf(tactics, other = false) {
  // `other`: the answer's kind is not the shop's agent's (a fake police call, a loan): the stage's words are not
  // "冒充客服" / "用退款、理赔做借口" (stageStepsOther).
  const stageSteps = other ? S.stageStepsOther : S.stageSteps;
  const generic = other ? S.stageStepsOther.pretext : S.call.genericStep;
  let best = null;
  for (const t of tactics) {
    if (!isStep(t)) continue;
    const r = STAGES.indexOf(t.stage) * 2 + (S.steps[t.id] ? 1 : 0);
    if (!best || r > best.r) best = { r, t };
  }
  if (!best) return { phrase: generic, description: '', tactic: null };
  return { phrase: S.steps[best.t.id] || stageSteps[best.t.stage] || generic, description: best.t.description, tactic: best.t };
}

export function Header({ active }) {
  const link = (key, path) => html`<a href=${href(path)} class=${active === key ? 'active' : ''} aria-current=${active === key ? 'page' : undefined}>${S.nav[key]}</a>`;
  return html`<header class="top">
    <nav aria-label=${S.appName}>
      ${link('check', '/')}${link('call', '/call')}${link('paid', '/paid')}
    </nav>
    <button type="button" class="lang" lang=${lang === 'zh' ? 'en' : 'zh'} aria-label=${S.nav.switchLangLabel} onClick=${switchLang}>${S.nav.switchLang}</button>
  </header>`;
}

export function Footer() {
  return html`<footer><p>${S.footer}</p><p><a href="/docs">${S.docs}</a></p></footer>`;
}

/** Icon + colour + words, never colour alone. The shapes are drawn, so no emoji font is needed. */
export function VerdictIcon({ verdict }) {
  if (verdict === 'safe') {
    return html`<svg class="icon" viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" /><path d="M13 25 l8 8 l15 -17" fill="none" stroke-width="5" /></svg>`;
  }
  if (verdict === 'suspicious') {
    return html`<svg class="icon" viewBox="0 0 48 48" aria-hidden="true"><path d="M24 3 L46 44 L2 44 Z" /><rect x="21.5" y="16" width="5" height="15" class="cut" /><rect x="21.5" y="35" width="5" height="5" class="cut" /></svg>`;
  }
  return html`<svg class="icon" viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" /><path d="M14 14 L34 34 M34 14 L14 34" fill="none" stroke-width="6" /></svg>`;
}

/**
 * The verdict banner: focused and scrolled to the top of the screen each time a new result
 * arrives (`stamp` changes), so a phone user sees it without scrolling and a screen reader reads it.
 */
export function VerdictBanner({ verdict, title, sub, subClass, stamp, kind, children }) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [stamp]);
  return html`<div id="verdict" ref=${ref} tabindex="-1" role="status" class=${'banner ' + verdict} data-verdict=${verdict} data-kind=${kind}>
    <${VerdictIcon} verdict=${verdict} />
    <div class="banner-text">
      <h2 class="banner-title">${title ?? S.verdict[verdict]}</h2>
      <p class=${subClass ? 'banner-sub ' + subClass : 'banner-sub'}>${sub ?? S.verdictSub[verdict]}</p>
      ${children}
    </div>
  </div>`;
}

/** The kill chain as a path: the stages reached are filled, the rest are greyed (with words for both). */
export function StagePath({ reached }) {
  const set = new Set(reached);
  return html`<ol class="path" aria-label=${S.check.path}>
    ${STAGES.map((s) => html`<li class=${set.has(s) ? 'on' : 'off'}>
      <span class="dot" aria-hidden="true"></span><span class="path-name">${S.stages[s]}</span>
      <span class="sr-only">${set.has(s) ? S.check.pathReached : S.check.pathNot}</span>
    </li>`)}
  </ol>`;
}

export function PaidButton() {
  return html`<a class="paid-cta" href=${href('/paid')}><strong>${S.paidCta}</strong><span>${S.paidCtaSub}</span></a>`;
}

export function List({ items, ordered = false, className }) {
  return ordered
    ? html`<ol class=${className}>${items.map((i) => html`<li>${i}</li>`)}</ol>`
    : html`<ul class=${className}>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

/**
 * A list that shows its first item and folds the rest behind one "更多（N）" button (a real
 * <button> that looks like one — outlined, not an underlined link, which reads as "leave this page";
 * Tab reaches it, Enter or Space opens it; aria-expanded says which state it is in).
 * Why: several combination reasons at once were too much to read for an elderly person on the
 * result (review, session 6); the first one says why, the rest are there for who wants them.
 */
export function FoldedList({ items, className, id }) {
  const [open, setOpen] = useState(false);
  const rest = items.length - 1;
  const shown = open || rest <= 0 ? items : items.slice(0, 1);
  return html`<ul class=${className} id=${id}>${shown.map((i) => html`<li>${i}</li>`)}</ul>
    ${rest > 0 ? html`<button type="button" class="secondary more" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
      onClick=${() => setOpen(!open)}>${open ? S.check.less : S.check.more(rest)}</button>` : null}`;
}

/** The guardian link panel: create, show and copy, revoke. */
export function GuardianPanel() {
  const [g, setG] = useState(loadGuardian);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState('');
  const [copied, setCopied] = useState(false);
  const create = async () => {
    setBusy(true); setMsg('');
    try {
      const r = await api('/v1/guardians', { body: label.trim() ? { label: label.trim() } : {} });
      const next = { id: r.id, token: r.token, ownerKey: r.ownerKey, label: r.label };
      saveGuardian(next);
      setG(next);
    } catch (e) {
      setMsg(e.message);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async () => {
    setBusy(true); setMsg('');
    try {
      await api(`/v1/guardians/${g.id}`, { method: 'DELETE' });
    } catch (e) {
      if (e.status !== 404) { setMsg(e.message); setBusy(false); return; }
    }
    clearGuardian(); setG(null); setMsg(S.guardian.revoked); setBusy(false);
  };
  const url = g ? `${location.origin}/guardian/${g.token}` : '';
  const copy = async () => {
    try { await navigator.clipboard.writeText(url); setCopied(true); } catch { setCopied(false); }
  };
  return html`<section class="card guardian" aria-labelledby="guardian-title">
    <h2 id="guardian-title">${S.guardian.title}</h2>
    ${g ? html`
      <p class="ok-line">${S.guardian.active(g.label)}</p>
      <p>${S.guardian.ready}</p>
      <p class="guardian-url"><a id="guardian-link" href=${url}><code>${url}</code></a></p>
      <div class="row">
        <button type="button" class="secondary" onClick=${copy}>${copied ? S.guardian.copied : S.guardian.copy}</button>
        <button type="button" class="secondary" id="guardian-revoke" disabled=${busy} onClick=${revoke}>${S.guardian.revoke}</button>
      </div>` : html`
      <p>${S.guardian.lead}</p>
      <label for="guardian-label">${S.guardian.labelField}</label>
      <input id="guardian-label" type="text" maxlength="40" value=${label} placeholder=${S.guardian.labelPlaceholder} onInput=${(e) => setLabel(e.currentTarget.value)} />
      <button type="button" class="secondary" id="guardian-create" disabled=${busy} onClick=${create}>${busy ? S.guardian.creating : S.guardian.create}</button>`}
    <p class="note" role="status">${msg}</p>
  </section>`;
}

/** Findings from the link / number / QR checkers, in the page's language. */
export function Findings({ findings }) {
  if (!findings || findings.length === 0) return html`<p>${S.check.noFindings}</p>`;
  return html`<ul class="findings">${findings.map((f) => html`<li class=${'sev-' + f.severity}>${lang === 'en' ? f.en : f.zh}</li>`)}</ul>`;
}
