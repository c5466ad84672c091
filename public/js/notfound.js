// The 404 page (served with status 404): an unknown or revoked guardian link under /guardian,
// any other mistyped address a browser asked for as a page.
import { html, render } from '/vendor/preact-htm.mjs';
import { S, href } from '/js/i18n.js';
import { Footer, Header } from '/js/ui.js';

const guardian = location.pathname === '/guardian' || location.pathname.startsWith('/guardian/');
const title = guardian ? S.guardianPage.notFoundTitle : S.notFound.title;
const body = guardian ? S.guardianPage.notFoundBody : S.notFound.body;

document.title = `${title} · ${S.appName}`;
render(html`<${Header} />
  <main>
    <h1 id="notfound">${title}</h1>
    <p class="lead">${body}</p>
    <p><a href=${href('/')}>← ${S.paid.back}</a></p>
    <${Footer} />
  </main>`, document.getElementById('app'));
