/**
 * Fits the claim scorer's weights (`server/src/core/model/claims/scorer.ts`):
 * a logistic regression by full-batch gradient descent with L2 shrinkage,
 * deterministic (zero start, fixed steps), so `npm run train` reproduces the
 * committed weights exactly. Only sentences the rules leave undecided are
 * used: the rules' verdicts are fixed by the contract, not learnt.
 */
import { decideByRules } from '../server/src/core/model/claims/decide.js';
import { sigmoid, type ClaimWeights } from '../server/src/core/model/claims/scorer.js';
import type { ClaimContext } from '../server/src/core/model/claims.js';

export interface TrainingSentence {
  text: string;
  place: ClaimContext;
  positive: boolean;
}

const STEPS = 3000;
const LEARNING_RATE = 0.5;
const L2 = 0.01;

interface Row {
  features: Array<[string, number]>;
  positive: boolean;
}

/** Learns weights from labelled sentences. */
export function trainClaimWeights(sentences: TrainingSentence[]): ClaimWeights {
  const rows = toRows(sentences);
  const names = [...new Set(rows.flatMap((r) => r.features.map(([name]) => name)))].sort();
  const weights = new Map(names.map((n) => [n, 0]));
  let bias = 0;
  const positives = rows.filter((r) => r.positive).length;
  // Judgments are a fifth of the corpus: weigh each class as if they were even,
  // so the scorer learns what marks a judgment instead of the base rate.
  const classWeight = (positive: boolean) => Math.sqrt((rows.length / 2) / (positive ? positives : rows.length - positives));
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Map(names.map((n) => [n, 0]));
    let biasGradient = 0;
    for (const row of rows) {
      const error = (sigmoid(bias + dot(row, weights)) - (row.positive ? 1 : 0)) * classWeight(row.positive);
      biasGradient += error;
      for (const [name, value] of row.features) gradient.set(name, gradient.get(name)! + error * value);
    }
    bias -= (LEARNING_RATE * biasGradient) / rows.length;
    for (const name of names) {
      const w = weights.get(name)!;
      weights.set(name, w - LEARNING_RATE * (gradient.get(name)! / rows.length + L2 * w));
    }
  }
  return { bias: round(bias), weights: Object.fromEntries(names.map((n) => [n, round(weights.get(n)!)])) };
}

function toRows(sentences: TrainingSentence[]): Row[] {
  const rows: Row[] = [];
  for (const s of sentences) {
    const stage = decideByRules(s.text, s.place);
    if (!('claim' in stage)) rows.push({ features: [...stage.features], positive: s.positive });
  }
  return rows;
}

function dot(row: Row, weights: Map<string, number>): number {
  let sum = 0;
  for (const [name, value] of row.features) sum += weights.get(name)! * value;
  return sum;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
