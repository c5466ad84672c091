import type { Lang } from '../types.ts';

/** Chinese when CJK characters make up at least a fifth of the letters; English otherwise. */
export function detectLang(text: string): Lang {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  // A Chinese sentence has ~1 character per word, English ~5 letters per word: weigh accordingly.
  return cjk * 5 >= latin ? 'zh' : 'en';
}
