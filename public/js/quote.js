// The sender's words as the page quotes them: in the page language's quotation marks (Chinese 「」,
// English “”), and a long quote cut to a line or two at the end of a word, with "…". No imports, so a
// test can load it in Node as it is. Every scan is one pass over at most the quote.

/** Characters that take two columns (CJK, Hangul, kana, fullwidth forms): a Chinese quote of 40 is as wide as 80 Latin. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** A character inside a word of a spaced script (Latin, Cyrillic, digits…): a CJK character is a word of its own. */
const LETTER = /[\p{L}\p{N}\p{M}'’_]/u;
const inWord = (c) => c !== undefined && LETTER.test(c) && !WIDE.test(c);
/** What a cut quote does not end on before its "…": spaces, and punctuation that opens or joins. */
const TRAILING = new Set([' ', '\t', '\n', ',', ';', ':', '-', '–', '—', '(', '[', '"', '“', '‘', '，', '；', '：', '、', '（', '「', '《']);

/**
 * At most `max` columns of `s` (a wide character counts two): the whole text when it fits, else the
 * longest start that fits and ends where a word does, followed by "…". A spaced script is never cut
 * inside a word unless the one word is longer than the budget (a bare link); Chinese is cut at any character.
 * A surrogate pair (an emoji) is never split.
 */
export function clipQuote(s, max = 80) {
  const text = String(s);
  let width = 0;
  let cut = -1;
  let i = 0;
  for (const c of text) {
    width += WIDE.test(c) ? 2 : 1;
    if (width > max - 1) { cut = i; break; } // one column left for "…"
    i += c.length;
  }
  if (cut < 0) return text;
  let end = cut;
  // Inside a word: back to its start, unless the word is all there is.
  if (inWord(text[end - 1]) && inWord(text[end])) {
    let j = end;
    while (j > 0 && inWord(text[j - 1])) j--;
    if (j > 0) end = j;
  }
  let kept = text.slice(0, end);
  let k = kept.length;
  while (k > 1 && TRAILING.has(kept[k - 1])) k--;
  kept = kept.slice(0, k);
  return kept + '…';
}

/** `s` in the quotation marks of `lang` ('en': “s”; otherwise Chinese 「s」). */
export const quoteMarks = (s, lang) => (lang === 'en' ? `“${s}”` : `「${s}」`);
