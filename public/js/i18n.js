// The page language: ?lang=en|zh, else the last choice (localStorage), else Chinese. Until the person
// chooses (the toggle, or a ?lang= link), the answer to a checked message is in the message's own
// language and the page follows it (showIn): an English scam gets an English verdict and advice,
// not Chinese-platform advice. Once chosen, the API is asked for answers in the chosen language.
import zh from '/js/strings-zh.js';
import en from '/js/strings-en.js';

const TABLES = { zh, en };
const KEY = 'fanzha.lang';

function initialLang() {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'zh' || q === 'en') {
    try { localStorage.setItem(KEY, q); } catch { /* private mode */ }
    return { lang: q, chosen: true };
  }
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'zh' || saved === 'en') return { lang: saved, chosen: true };
  } catch { /* private mode */ }
  return { lang: 'zh', chosen: false };
}

const initial = initialLang();
// Live bindings: showIn() re-points them, and every component reads them when it renders.
export let lang = initial.lang;
export let S = TABLES[lang];
/** True once the person chose a language: then answers come in it, whatever the input's language. */
export const langChosen = initial.chosen;
document.documentElement.lang = S.lang;

/**
 * Shows the page in `l` (the language an answer came in) when the person has not chosen one; not
 * remembered. Returns whether the language changed (the caller re-renders).
 */
export function showIn(l) {
  if (langChosen || l === lang || !(l in TABLES)) return false;
  lang = l;
  S = TABLES[l];
  document.documentElement.lang = S.lang;
  return true;
}

/** The same page in the other language (a full reload keeps every module simple). */
export function switchLang() {
  const next = lang === 'zh' ? 'en' : 'zh';
  try { localStorage.setItem(KEY, next); } catch { /* private mode */ }
  const url = new URL(location.href);
  url.searchParams.set('lang', next);
  location.assign(url.pathname + url.search);
}

/** An internal link that keeps the language. */
export const href = (path) => (lang === 'en' ? `${path}?lang=en` : path);
