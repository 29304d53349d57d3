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
 * pairs, and nested maps spent that time chasing pointers. Grows as pairs come, up to `limit` pairs; then starts
 * afresh.
 */
export class PairScores {
  private needs = new Int32Array(1_024).fill(-1);
  private offers = new Int32Array(1_024);
  private values: (StatementScore | undefined)[] = new Array<StatementScore | undefined>(1_024).fill(undefined);
  private count = 0;

  constructor(private readonly limit: number) {}

  private slot(need: number, offer: number): number {
    const mask = this.needs.length - 1;
    let slot = (Math.imul(need, 0x9e3779b1) ^ Math.imul(offer, 0x85ebca77)) & mask;
    while (this.needs[slot] !== -1 && (this.needs[slot] !== need || this.offers[slot] !== offer))
      slot = (slot + 1) & mask;
    return slot;
  }

  get(need: number, offer: number): StatementScore | undefined {
    return this.values[this.slot(need, offer)];
  }

  set(need: number, offer: number, score: StatementScore): void {
    if (this.count >= this.limit) this.clear();
    else if (this.count * 2 >= this.needs.length) this.resize(this.needs.length * 2);
    const slot = this.slot(need, offer);
    if (this.needs[slot] === -1) this.count += 1;
    this.needs[slot] = need;
    this.offers[slot] = offer;
    this.values[slot] = score;
  }

  clear(): void {
    this.resize(1_024, false);
  }

  private resize(capacity: number, keep = true): void {
    const { needs, offers, values } = this;
    this.needs = new Int32Array(capacity).fill(-1);
    this.offers = new Int32Array(capacity);
    this.values = new Array<StatementScore | undefined>(capacity).fill(undefined);
    this.count = 0;
    if (!keep) return;
    for (let slot = 0; slot < needs.length; slot += 1) {
      const value = values[slot];
      if (value === undefined) continue;
      const need = needs[slot] as number;
      const offer = offers[slot] as number;
      const fresh = this.slot(need, offer);
      this.needs[fresh] = need;
      this.offers[fresh] = offer;
      this.values[fresh] = value;
      this.count += 1;
    }
  }
}
