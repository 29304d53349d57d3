/**
 * Per-profile data packed by ordinal, so that filtering and pre-ranking thousands of candidates
 * reads a few small arrays instead of chasing each profile's objects: the kind code, flags, and
 * the two centroids (slot 2·ordinal: needs, 2·ordinal + 1: offers) copied into one pool, and a rank made from the
 * profile's id alone, which orders the inverted lists, so that what a scan reads does not depend on the order the
 * profiles were put in (an import's order, the store's on a rebuild).
 */
import { kindsCanMeet } from './kind-compatibility.js';
import type { IndexedProfile } from './profile-index.js';
import type { SparseVector } from './sparse-vector.js';
import { organizationKinds } from './types.js';

export const kindCount = organizationKinds.length;
const kindCodes = new Map<string, number>(organizationKinds.map((kind, code) => [kind, code]));
/** kindsCanMeet as a table of kind codes. */
export const meetTable = new Uint8Array(kindCount * kindCount);
organizationKinds.forEach((first, row) => {
  organizationKinds.forEach((second, column) => {
    meetTable[row * kindCount + column] = kindsCanMeet(first, second) ? 1 : 0;
  });
});
export const proposedFlag = 1;
export const hasAffiliationsFlag = 2;
/** Set for an ordinal whose profile was removed (until another is packed there). */
export const absentFlag = 4;

/** A profile's rank: the 32-bit FNV-1a hash of its id (the same on every machine and in every index). */
export function stableRank(id: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < id.length; position += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(position), 0x01000193);
  }
  return hash >>> 0;
}

export class PackedProfiles {
  kinds = new Uint8Array(0);
  flags = new Uint8Array(0);
  ranks = new Uint32Array(0);
  private centroidStarts = new Int32Array(0);
  private centroidEnds = new Int32Array(0);
  private poolIndices = new Int32Array(4_096);
  private poolValues = new Float32Array(4_096);
  private poolUsed = 0;
  private poolLive = 0;
  /** One past the largest dimension any stored centroid has an entry in: what `denseDot` reads of a dense vector. */
  indexEnd = 0;

  pack(entry: IndexedProfile): void {
    const { ordinal } = entry;
    this.ensureCapacity(ordinal);
    this.kinds[ordinal] = kindCodes.get(entry.profile.kind) ?? 0;
    this.ranks[ordinal] = stableRank(entry.profile.id);
    this.flags[ordinal] =
      (entry.profile.origin === 'proposed' ? proposedFlag : 0) |
      (entry.affiliations.size > 0 ? hasAffiliationsFlag : 0);
    this.storeCentroid(2 * ordinal, entry.needCentroid);
    this.storeCentroid(2 * ordinal + 1, entry.offerCentroid);
  }

  unpack(ordinal: number): void {
    this.flags[ordinal] = (this.flags[ordinal] as number) | absentFlag;
    for (const slot of [2 * ordinal, 2 * ordinal + 1]) {
      this.poolLive -= (this.centroidEnds[slot] as number) - (this.centroidStarts[slot] as number);
      this.centroidStarts[slot] = 0;
      this.centroidEnds[slot] = 0;
    }
  }

  /** The hard filters on codes alone: `other` is not proposed and of a kind that can meet the kind of `own`. */
  canMeet(own: number, other: number): boolean {
    return (
      ((this.flags[other] as number) & proposedFlag) === 0 &&
      meetTable[(this.kinds[own] as number) * kindCount + (this.kinds[other] as number)] === 1
    );
  }

  /** Whether one of the two may belong to the other: one of them lists bodies it belongs to. */
  mayBeAffiliated(own: number, other: number): boolean {
    return (((this.flags[own] as number) | (this.flags[other] as number)) & hasAffiliationsFlag) !== 0;
  }

  /**
   * Dot product of a vector spread out densely (`dense[index]`, zero where it has no entry; at least `indexEnd` long)
   * with the stored centroid of a slot: the same sum as `pooledDot` (./sparse-vector.ts), in the same order (entries
   * the vector lacks add zero), without a merge.
   */
  denseDot(dense: Float64Array, slot: number): number {
    const end = this.centroidEnds[slot] as number;
    const indices = this.poolIndices;
    const values = this.poolValues;
    let sum = 0;
    for (let position = this.centroidStarts[slot] as number; position < end; position += 1)
      sum += (dense[indices[position] as number] as number) * (values[position] as number);
    return sum;
  }

  private ensureCapacity(ordinal: number): void {
    if (ordinal < this.kinds.length) return;
    const capacity = Math.max(ordinal + 1, this.kinds.length * 2, 64);
    const grow = <T extends Uint8Array | Uint32Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.kinds = grow(this.kinds, new Uint8Array(capacity));
    this.flags = grow(this.flags, new Uint8Array(capacity));
    this.ranks = grow(this.ranks, new Uint32Array(capacity));
    this.centroidStarts = grow(this.centroidStarts, new Int32Array(capacity * 2));
    this.centroidEnds = grow(this.centroidEnds, new Int32Array(capacity * 2));
  }

  private storeCentroid(slot: number, vector: SparseVector): void {
    const length = vector.indices.length;
    if (this.poolUsed + length > this.poolIndices.length) this.compact(length);
    for (let position = 0; position < length; position += 1)
      this.indexEnd = Math.max(this.indexEnd, (vector.indices[position] as number) + 1);
    this.poolIndices.set(vector.indices, this.poolUsed);
    this.poolValues.set(vector.values, this.poolUsed);
    this.centroidStarts[slot] = this.poolUsed;
    this.poolUsed += length;
    this.centroidEnds[slot] = this.poolUsed;
    this.poolLive += length;
  }

  /** Compacts the pool (removed and replaced profiles leave holes), and grows it when still short. */
  private compact(needed: number): void {
    const capacity = Math.max(this.poolIndices.length, 2 * (this.poolLive + needed));
    const indices = new Int32Array(capacity);
    const values = new Float32Array(capacity);
    let used = 0;
    for (let other = 0; other < this.centroidStarts.length; other += 1) {
      const start = this.centroidStarts[other] as number;
      const end = this.centroidEnds[other] as number;
      indices.set(this.poolIndices.subarray(start, end), used);
      values.set(this.poolValues.subarray(start, end), used);
      this.centroidStarts[other] = used;
      used += end - start;
      this.centroidEnds[other] = used;
    }
    this.poolIndices = indices;
    this.poolValues = values;
    this.poolUsed = used;
  }
}
