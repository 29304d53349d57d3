/**
 * Sparse vectors (ascending dimension indices with their values) and the one sparse dot product
 * that statement scoring, citations and the matching index's pooled centroids all use.
 */

export interface SparseVector {
  /** Ascending dimension indices. */
  indices: Int32Array;
  values: Float32Array;
}

export function toSparseVector(dense: readonly number[]): SparseVector {
  let count = 0;
  for (const value of dense) if (value !== 0) count += 1;
  const indices = new Int32Array(count);
  const values = new Float32Array(count);
  let position = 0;
  dense.forEach((value, index) => {
    if (value === 0) return;
    indices[position] = index;
    values[position] = value;
    position += 1;
  });
  return { indices, values };
}

/**
 * Dot product of a sparse vector and one stored in arrays between `start` and `end` (both ascending):
 * a whole vector, or a slice of a pool that holds many.
 */
export function pooledDot(
  left: SparseVector,
  indices: Int32Array,
  values: Float32Array,
  start: number,
  end: number,
): number {
  const leftIndices = left.indices;
  const leftValues = left.values;
  const leftEnd = leftIndices.length;
  let leftPosition = 0;
  let rightPosition = start;
  let sum = 0;
  while (leftPosition < leftEnd && rightPosition < end) {
    const leftIndex = leftIndices[leftPosition] as number;
    const rightIndex = indices[rightPosition] as number;
    if (leftIndex === rightIndex) {
      sum += (leftValues[leftPosition] as number) * (values[rightPosition] as number);
      leftPosition += 1;
      rightPosition += 1;
    } else if (leftIndex < rightIndex) {
      leftPosition += 1;
    } else {
      rightPosition += 1;
    }
  }
  return sum;
}

/** Cosine of two L2-normalised sparse vectors. */
export function sparseDot(left: SparseVector, right: SparseVector): number {
  return pooledDot(left, right.indices, right.values, 0, right.indices.length);
}

/** The normalised sum of several vectors. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sums = new Map<number, number>();
  for (const vector of vectors) {
    vector.indices.forEach((index, position) => {
      sums.set(index, (sums.get(index) ?? 0) + (vector.values[position] as number));
    });
  }
  const entries = [...sums].sort((left, right) => left[0] - right[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0));
  return {
    indices: Int32Array.from(entries.map(([index]) => index)),
    values: Float32Array.from(entries.map(([, value]) => (norm === 0 ? 0 : value / norm))),
  };
}
