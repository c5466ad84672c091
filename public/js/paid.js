// 我已经付款/转账了: what to do right now. Only 110 and 96110 as numbers (tel: links), the bank's
// own number from the back of the card, and no link outside the app.
import { html, render } from '/vendor/preact-htm.mjs';
import { S } from '/js/i18n.js';
import { Footer, Header, List } from '/js/ui.js';
import { href } from '/js/i18n.js';

function PaidPage() {
  const p = S.paid;
  return html`<${Header} active="paid" />
  <main class="paid">
    <h1 id="paid-title" tabindex="-1">${p.title}</h1>
    <p class="lead">${p.lead}</p>
    <section class="card urgent">
      <h2><span class="num" aria-hidden="true">1</span>${p.step1}</h2>
      <div class="calls">
        <a class="call-btn" id="call-110" href="tel:110">${p.call110}</a>
        <a class="call-btn" id="call-96110" href="tel:96110">${p.call96110}</a>
      </div>
    </section>
    <section class="card urgent">
      <h2><span class="num" aria-hidden="true">2</span>${p.step2}</h2>
      <p class="big">${p.bank}</p>
    </section>
    <section class="card">
      <h2><span class="num" aria-hidden="true">3</span>${p.step3}</h2>
      <${List} items=${p.ready} className="checklist" />
    </section>
    <section class="card dont">
      <h2>${p.dontTitle}</h2>
      <${List} items=${p.dont} />
    </section>
    <p><a href=${href('/')}>← ${p.back}</a></p>
    <${Footer} />
  </main>`;
}

document.title = `${S.paid.title} · ${S.appName}`;
render(html`<${PaidPage} />`, document.getElementById('app'));
document.getElementById('paid-title')?.focus();
