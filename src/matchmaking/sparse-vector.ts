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

/** Sums per dimension while a centroid is made, and which dimensions were touched (grown as needed). */
let sums = new Float64Array(512);
let touched = new Uint8Array(512);

/** The normalised sum of several vectors (each dimension summed in the vectors' order). */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  let size = 0;
  for (const vector of vectors) {
    const { indices, values } = vector;
    for (let position = 0; position < indices.length; position += 1) {
      const index = indices[position] as number;
      if (index >= sums.length) {
        const grown = Math.max(index + 1, sums.length * 2);
        sums = Float64Array.from({ length: grown }, (_, at) => sums[at] ?? 0);
        touched = Uint8Array.from({ length: grown }, (_, at) => touched[at] ?? 0);
      }
      if (touched[index] === 0) {
        touched[index] = 1;
        size += 1;
        sums[index] = values[position] as number;
      } else sums[index] = (sums[index] as number) + (values[position] as number);
    }
  }
  const result = { indices: new Int32Array(size), values: new Float32Array(size) };
  let squares = 0;
  let at = 0;
  for (let index = 0; at < size; index += 1) {
    if (touched[index] === 0) continue;
    const value = sums[index] as number;
    squares += value * value;
    result.indices[at] = index;
    at += 1;
  }
  const norm = Math.sqrt(squares);
  for (let position = 0; position < size; position += 1) {
    const index = result.indices[position] as number;
    result.values[position] = norm === 0 ? 0 : (sums[index] as number) / norm;
    sums[index] = 0;
    touched[index] = 0;
  }
  return result;
}
