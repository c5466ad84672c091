/**
 * The text the statistical detector reads: the turn as the playbooks read it. The pipeline
 * normalises every turn (NFKC, lower case, separators between characters dropped, traditional →
 * simplified: src/normalise/normalise.ts) and the Chinese playbook then matches the evasion
 * spellings of src/playbook/zh/variants.ts (薇信, v信, vx, kf, 腿款, 扣扣 …) as their canonical words.
 * The model must read the same words, or an obfuscated scam ("理赔请加vx") reads as unseen n-grams
 * while its plain twin ("理赔请加微信") reads as the script it is (issue 8 §2, session 6, fault (d)).
 * So this folds the playbook's variants into the normalised text, leftmost-longest, Latin keys as
 * whole words only (src/normalise/normalise.ts step 5), for text the Chinese playbook reads (a
 * Chinese sentence in it, src/normalise/lang.ts): an English message keeps its English words.
 * Training (scripts/train.ts) and the live signal (src/model/signal.ts) both call it, so what the
 * model learned is what it reads. Linear in the text (one Aho-Corasick pass).
 */
import { detectLangs } from '../normalise/lang.ts';
import { compileVariants, normalise } from '../normalise/normalise.ts';
import { zhVariants } from '../playbook/zh/variants.ts';

const ZH_FOLD = compileVariants(zhVariants);

/** Does the text hold one of the zh playbook's variant spellings (a key the fold would replace)? */
let seen = false;
const see = (): void => { seen = true; };
function holdsVariant(text: string): boolean {
  if (!ZH_FOLD.automaton) return false;
  seen = false;
  ZH_FOLD.automaton.scan(text, see);
  return seen;
}

/** `normalised`: a turn's normalised text (TurnSignalInput.normalisedText). Returns it with the zh playbook's variant spellings folded. */
export function modelText(normalised: string): string {
  if (normalised.length === 0) return normalised;
  // The usual turn: normalising it again changes nothing and no variant spelling is in it, so both
  // readings below (an English text kept as it is; a Chinese one folded) give the text itself, and
  // the language need not be read (a pass over the text saved on most scored turns).
  if (normalise(normalised).text === normalised && !holdsVariant(normalised)) return normalised;
  const langs = detectLangs(normalised);
  if (langs.primary !== null && !langs.all.includes('zh')) return normalised;
  const folded = normalise(normalised, ZH_FOLD).text;
  // An English word folded to Chinese ("please tell me 验证码" → "告诉我 验证码") leaves the space that
  // stood beside it between two Chinese characters: the normaliser's separator step drops it, as it
  // does for "验 证 码".
  return folded === normalised ? folded : normalise(folded).text;
}
