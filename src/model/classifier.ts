/**
 * The statistical detector: P(scam) for one text, from a logistic regression over the features its
 * weights file names (as shipped: character 1–3-grams; words found by jieba and the rules' fired
 * tactic ids are supported and were measured, EVALUATION.md), trained by
 * `npm run train` on teleantifraud-matrix (Apache-2.0) and the project's own corpus (data/corpus,
 * the playbooks' cases) only, and Platt-calibrated on a held-out fold (even prior odds).
 * Pure and synchronous; the weights load once, at import, from the JSON file beside this one.
 */
import weightsFile from './weights.json' with { type: 'json' };
import { hashedMargin, setVocabulary, type FeatureConfig, type QuantizedWeights } from './features.ts';
import { WEIGHTS_FORMAT, type WeightsFile } from './logreg.ts';
import { sigmoid } from './features.ts';

/**
 * The weights as shipped (int8 and one scale: w = fround(q × scale), exactly what `dequantize`
 * gives, read in place so they take a quarter of the memory and cache), bias and calibration.
 */
interface Loaded { weights: QuantizedWeights; bias: number; features: FeatureConfig; a: number; b: number }

function load(): Loaded | null {
  const f = weightsFile as unknown as Partial<WeightsFile>;
  if (f.format !== WEIGHTS_FORMAT || typeof f.weights !== 'string' || !f.features) return null;
  setVocabulary(f.vocabulary ?? []);
  const bytes = Buffer.from(f.weights, 'base64');
  const q = new Int8Array(bytes.byteLength);
  q.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const file = f as WeightsFile;
  return { weights: { q, scale: file.scale }, bias: file.bias, features: file.features, a: f.calibration?.a ?? 1, b: f.calibration?.b ?? 0 };
}

const loaded = load();

/** False when the weights file is missing its payload (e.g. a stub before the first `npm run train`). */
export const modelAvailable: boolean = loaded !== null;

/**
 * Calibrated probability (0–1) that `text` comes from a scam, given the tactic ids the rules fired
 * so far in the conversation; 0 when no model is available or the text is empty.
 */
export function scoreText(text: string, rules?: Iterable<string>): number {
  if (!loaded || text.length === 0) return 0;
  return sigmoid(loaded.a * hashedMargin(loaded.weights, loaded.bias, text, loaded.features, rules) + loaded.b);
}
