// The page language: ?lang=en|zh, else the last choice (localStorage), else Chinese. The API is
// asked for answers in the same language (its `lang`), so findings and advice match the page.
import zh from '/js/strings-zh.js';
import en from '/js/strings-en.js';

const TABLES = { zh, en };
const KEY = 'fanzha.lang';

function initialLang() {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'zh' || q === 'en') {
    try { localStorage.setItem(KEY, q); } catch { /* private mode */ }
    return q;
  }
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch { /* private mode */ }
  return 'zh';
}

export const lang = initialLang();
export const S = TABLES[lang];
document.documentElement.lang = S.lang;

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
