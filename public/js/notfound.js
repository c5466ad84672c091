// The page for an unknown or revoked guardian link (served with status 404).
import { html, render } from '/vendor/preact-htm.mjs';
import { S, href } from '/js/i18n.js';
import { Footer, Header } from '/js/ui.js';

document.title = `${S.guardianPage.notFoundTitle} · ${S.appName}`;
render(html`<${Header} />
  <main>
    <h1 id="notfound">${S.guardianPage.notFoundTitle}</h1>
    <p class="lead">${S.guardianPage.notFoundBody}</p>
    <p><a href=${href('/')}>← ${S.paid.back}</a></p>
    <${Footer} />
  </main>`, document.getElementById('app'));
