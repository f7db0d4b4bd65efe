import trained from './claim-weights.json' with { type: 'json' };
import type { FeatureVector } from './features.js';

/**
 * A logistic regression over the named cues of `features.ts`: the weights are
 * learnt by `npm run train` from the labelled development corpus and kept in
 * `claim-weights.json`, so the verdict stays explainable (each cue's
 * contribution is its weight) and nothing is downloaded or computed at start.
 */
export interface ClaimWeights {
  bias: number;
  weights: Record<string, number>;
}

export const TRAINED_WEIGHTS: ClaimWeights = trained as ClaimWeights;

export interface ScoredCues {
  /** Log-odds that the sentence is a checkable fact. */
  score: number;
  /** Cues pushing towards a fact, strongest first. */
  forFact: string[];
  /** Cues pushing towards a judgment, strongest first. */
  againstFact: string[];
}

export function scoreCues(features: FeatureVector, model: ClaimWeights): ScoredCues {
  let score = model.bias;
  const contributions: Array<[string, number]> = [];
  for (const [name, value] of features) {
    const contribution = (model.weights[name] ?? 0) * value;
    score += contribution;
    if (contribution !== 0) contributions.push([name, contribution]);
  }
  contributions.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return {
    score,
    forFact: contributions.filter(([, c]) => c > 0).map(([name]) => name),
    againstFact: contributions.filter(([, c]) => c < 0).map(([name]) => name),
  };
}

/** The logistic function, for training. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
