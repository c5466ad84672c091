/**
 * The statistical second opinion: P(scam) for one text from a character n-gram logistic
 * regression trained by `npm run train` on teleantifraud-matrix only. Pure and synchronous; the
 * weights load once, at import, from the JSON file beside this one.
 */
import weightsFile from './weights.json' with { type: 'json' };
import { dequantize, predict, type LinearModel, type WeightsFile } from './logreg.ts';

function load(): LinearModel | null {
  const f = weightsFile as unknown as Partial<WeightsFile>;
  if (f.format !== 'fanzha-char-ngram-logreg/1' || typeof f.weights !== 'string' || !f.features) return null;
  return dequantize(f as WeightsFile);
}

const model = load();

/** False when the weights file is missing its payload (e.g. a stub before the first `npm run train`). */
export const modelAvailable: boolean = model !== null;

/** Probability (0–1) that `text` is from a scam; 0 when no model is available. */
export function scoreText(text: string): number {
  if (!model || text.length === 0) return 0;
  return predict(model, text);
}
