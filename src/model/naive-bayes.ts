/**
 * Multinomial naive Bayes over the same hashed features, as a linear model (log-likelihood ratio
 * per bucket). Kept as the measured alternative to logistic regression (`npm run train -- --compare`).
 */
import { featurize, type FeatureConfig } from './features.ts';
import type { LinearModel, TrainExample } from './logreg.ts';

export function trainNaiveBayes(examples: TrainExample[], features: FeatureConfig, alpha = 0.1): LinearModel {
  const dim = 1 << features.bits;
  const mass = [new Float64Array(dim), new Float64Array(dim)] as const;
  const total = [0, 0];
  const docs = [0, 0];
  for (const e of examples) {
    const x = featurize(e.text, features);
    docs[e.label]!++;
    for (let i = 0; i < x.index.length; i++) {
      mass[e.label][x.index[i]!]! += x.value[i]!;
      total[e.label]! += x.value[i]!;
    }
  }
  const weights = new Float32Array(dim);
  for (let i = 0; i < dim; i++) {
    weights[i] = Math.log((mass[1][i]! + alpha) / (total[1]! + alpha * dim)) - Math.log((mass[0][i]! + alpha) / (total[0]! + alpha * dim));
  }
  // Balanced classes: no prior term.
  return { features, weights, bias: 0 };
}
