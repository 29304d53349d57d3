/**
 * The sureness model's arithmetic, for the fit (eval/fit-sureness.ts): a logistic regression fitted by Newton's
 * method on standardised features, L2-penalised (the bias is not), and the probability it gives a row.
 */
import { surenessFeatureNames } from '../src/answer/sureness.js';
import type { SurenessRow } from './sureness-features.js';

export interface FittedSureness {
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

const vectorOf = (row: SurenessRow) => surenessFeatureNames.map((name) => row.features[name]);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** Fits "the best grounded sentence is the right answer" (label "right") against the rest. */
export function fitLogistic(rows: SurenessRow[], lambda: number): FittedSureness {
  const vectors = rows.map(vectorOf);
  const width = surenessFeatureNames.length;
  const column = (index: number) => vectors.map((vector) => vector[index] as number);
  const means = surenessFeatureNames.map((_, index) => mean(column(index)));
  const scales = surenessFeatureNames.map((_, index) => {
    const deviation = Math.sqrt(mean(column(index).map((value) => (value - (means[index] as number)) ** 2)));
    return deviation > 1e-9 ? deviation : 1;
  });
  const inputs = vectors.map((vector) => [
    1,
    ...vector.map((value, index) => (value - (means[index] as number)) / (scales[index] as number)),
  ]);
  const targets = rows.map((row) => (row.label === 'right' ? 1 : 0));
  let beta = new Array<number>(width + 1).fill(0);
  for (let step = 0; step < 100; step += 1) {
    const gradient = beta.map((value, index) => (index === 0 ? 0 : lambda * value));
    const hessian = beta.map((_, row) => beta.map((__, index) => (row === index && row > 0 ? lambda : 0)));
    for (const [sample, input] of inputs.entries()) {
      const probability = sigmoid(input.reduce((sum, value, index) => sum + value * (beta[index] as number), 0));
      const curvature = Math.max(probability * (1 - probability), 1e-9);
      for (const [row, rowValue] of input.entries()) {
        gradient[row] = (gradient[row] as number) + (probability - (targets[sample] as number)) * rowValue;
        const hessianRow = hessian[row] as number[];
        for (const [index, value] of input.entries())
          hessianRow[index] = (hessianRow[index] as number) + curvature * rowValue * value;
      }
    }
    const change = solve(hessian, gradient);
    beta = beta.map((value, index) => value - (change[index] as number));
    if (Math.max(...change.map(Math.abs)) < 1e-10) break;
  }
  return { means, scales, weights: beta.slice(1), bias: beta[0] as number };
}

/** The probability the model gives a row (the same arithmetic as loadSurenessModel's). */
export function probabilityOf(model: FittedSureness, row: SurenessRow): number {
  let sum = model.bias;
  for (const [index, value] of vectorOf(row).entries()) {
    sum +=
      (model.weights[index] as number) * ((value - (model.means[index] as number)) / (model.scales[index] as number));
  }
  return sigmoid(sum);
}

/** Solves a small linear system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const rows = matrix.map((row, index) => [...row, vector[index] as number]);
  const at = (row: number, index: number) => (rows[row] as number[])[index] as number;
  for (let index = 0; index < size; index += 1) {
    let pivot = index;
    for (let row = index + 1; row < size; row += 1)
      if (Math.abs(at(row, index)) > Math.abs(at(pivot, index))) pivot = row;
    [rows[index], rows[pivot]] = [rows[pivot] as number[], rows[index] as number[]];
    for (let row = index + 1; row < size; row += 1) {
      const factor = at(row, index) / at(index, index);
      const current = rows[row] as number[];
      for (let next = index; next <= size; next += 1) current[next] = at(row, next) - factor * at(index, next);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = at(row, size);
    for (let index = row + 1; index < size; index += 1) sum -= at(row, index) * (solution[index] as number);
    solution[row] = sum / at(row, row);
  }
  return solution;
}

/**
 * How well a value given per row (a feature, a model's out-of-fold probability) orders right answers above the
 * others: the area under the ROC curve (0.5 = no better than chance).
 */
export function separationOf(rows: SurenessRow[], values: number[]): number {
  const right = values.filter((_, index) => (rows[index] as SurenessRow).label === 'right');
  const other = values.filter((_, index) => (rows[index] as SurenessRow).label !== 'right');
  let above = 0;
  for (const value of right) for (const against of other) above += value > against ? 1 : value === against ? 0.5 : 0;
  return right.length * other.length === 0 ? 0.5 : above / (right.length * other.length);
}
