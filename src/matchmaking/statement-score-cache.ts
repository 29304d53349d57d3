/**
 * The statement scorer's memory: a number per statement serial (`SerialNumbers`) and a score per pair of readings
 * (`PairScores`), both in typed arrays because a digest reads them a few hundred thousand times.
 */
import type { StatementScore } from './statement-scorer.js';

/** Serials a normaliser hands out below this are kept in a typed array; any beyond, in a map. */
const denseSerials = 1 << 22;
const sparseSerials = 200_000;

/** A number per statement serial (a normaliser's serials are small and dense), read often. */
export class SerialNumbers {
  /** The number plus one; 0 for none. */
  private dense = new Int32Array(1_024);
  private readonly sparse = new Map<number, number>();

  get(serial: number): number | undefined {
    if (serial >= denseSerials) return this.sparse.get(serial);
    const stored = serial < this.dense.length ? (this.dense[serial] as number) : 0;
    return stored === 0 ? undefined : stored - 1;
  }

  set(serial: number, value: number): void {
    if (serial >= denseSerials) {
      if (this.sparse.size >= sparseSerials) this.sparse.clear();
      this.sparse.set(serial, value);
      return;
    }
    if (serial >= this.dense.length) {
      const grown = new Int32Array(Math.min(denseSerials, Math.max(serial + 1, this.dense.length * 2)));
      grown.set(this.dense);
      this.dense = grown;
    }
    this.dense[serial] = value + 1;
  }

  clear(): void {
    this.dense.fill(0);
    this.sparse.clear();
  }
}

/**
 * Scores per pair of readings in one open-addressing table of typed arrays: a digest looks up a few hundred thousand
 * pairs, and nested maps spent that time chasing pointers. A slot's two keys sit side by side (one cache line read per
 * probe). Grows as pairs come, up to `limit` pairs; then starts afresh.
 */
export class PairScores {
  /** Per slot, the need's and the offer's reading number; -1 as the need of an empty slot. */
  private keys = new Int32Array(2 * 1_024).fill(-1);
  private values: (StatementScore | undefined)[] = new Array<StatementScore | undefined>(1_024).fill(undefined);
  private count = 0;

  constructor(private readonly limit: number) {}

  private slot(need: number, offer: number): number {
    const { keys } = this;
    const mask = (keys.length >> 1) - 1;
    let slot = (Math.imul(need, 0x9e3779b1) ^ Math.imul(offer, 0x85ebca77)) & mask;
    for (;;) {
      const storedNeed = keys[2 * slot] as number;
      if (storedNeed === -1 || (storedNeed === need && keys[2 * slot + 1] === offer)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  get(need: number, offer: number): StatementScore | undefined {
    return this.values[this.slot(need, offer)];
  }

  set(need: number, offer: number, score: StatementScore): void {
    if (this.count >= this.limit) this.clear();
    else if (this.count * 2 >= this.values.length) this.resize(this.values.length * 2);
    const slot = this.slot(need, offer);
    if (this.keys[2 * slot] === -1) this.count += 1;
    this.keys[2 * slot] = need;
    this.keys[2 * slot + 1] = offer;
    this.values[slot] = score;
  }

  clear(): void {
    this.resize(1_024, false);
  }

  private resize(capacity: number, keep = true): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * capacity).fill(-1);
    this.values = new Array<StatementScore | undefined>(capacity).fill(undefined);
    this.count = 0;
    if (!keep) return;
    for (let slot = 0; slot < values.length; slot += 1) {
      const value = values[slot];
      if (value === undefined) continue;
      const need = keys[2 * slot] as number;
      const offer = keys[2 * slot + 1] as number;
      const fresh = this.slot(need, offer);
      this.keys[2 * fresh] = need;
      this.keys[2 * fresh + 1] = offer;
      this.values[fresh] = value;
      this.count += 1;
    }
  }
}
