/**
 * Concept ids as small integers and what is known about pairs of them in typed arrays: a digest asks the concept
 * relations a few million questions about a few hundred concepts, and maps keyed by strings (a map per need concept,
 * a joined string per pair) spent that time hashing and chasing pointers.
 */

/** A small integer per concept id (in the order first asked), and back. */
export class ConceptIds {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  /** The concept's number, handed out on first sight (ids the lexicon does not know get one too). */
  of(conceptId: string): number {
    let number = this.numbers.get(conceptId);
    if (number === undefined) {
      number = this.names.length;
      this.numbers.set(conceptId, number);
      this.names.push(conceptId);
    }
    return number;
  }

  name(number: number): string {
    return this.names[number] as string;
  }

  /** The numbers of several concepts, in their order. */
  ofAll(conceptIds: readonly string[]): Int32Array {
    const numbers = new Int32Array(conceptIds.length);
    conceptIds.forEach((conceptId, position) => {
      numbers[position] = this.of(conceptId);
    });
    return numbers;
  }

  get size(): number {
    return this.names.length;
  }
}

/**
 * A number per pair of concept numbers, worked out on first asking and kept: a row per first concept, a slot per
 * second (NaN while not yet known). Rows are as long as the numbers handed out when first needed, and grow.
 */
export class PairMemo {
  private readonly rows: (Float64Array | undefined)[] = [];

  constructor(
    private readonly ids: ConceptIds,
    private readonly work: (first: number, second: number) => number,
  ) {}

  get(first: number, second: number): number {
    let row = this.rows[first];
    if (row === undefined || second >= row.length) row = this.grow(first, second);
    let value = row[second] as number;
    if (Number.isNaN(value)) {
      value = this.work(first, second);
      row[second] = value;
    }
    return value;
  }

  private grow(first: number, second: number): Float64Array {
    const old = this.rows[first];
    const row = new Float64Array(Math.max(second + 1, this.ids.size, 64)).fill(Number.NaN);
    if (old !== undefined) row.set(old);
    this.rows[first] = row;
    return row;
  }
}

/** Whether a pair of concept numbers holds, as `PairMemo` keeps numbers: a byte per pair (0 while not yet known). */
export class PairFlags {
  private readonly rows: (Uint8Array | undefined)[] = [];

  constructor(
    private readonly ids: ConceptIds,
    private readonly work: (first: number, second: number) => boolean,
  ) {}

  get(first: number, second: number): boolean {
    let row = this.rows[first];
    if (row === undefined || second >= row.length) row = this.grow(first, second);
    let value = row[second] as number;
    if (value === 0) {
      value = this.work(first, second) ? 2 : 1;
      row[second] = value;
    }
    return value === 2;
  }

  private grow(first: number, second: number): Uint8Array {
    const old = this.rows[first];
    const row = new Uint8Array(Math.max(second + 1, this.ids.size, 64));
    if (old !== undefined) row.set(old);
    this.rows[first] = row;
    return row;
  }
}

/** Whether a concept number holds, worked out on first asking and kept. */
export class ConceptFlags {
  private values = new Uint8Array(0);

  constructor(private readonly work: (number: number) => boolean) {}

  get(number: number): boolean {
    if (number >= this.values.length) {
      const grown = new Uint8Array(Math.max(number + 1, this.values.length * 2, 256));
      grown.set(this.values);
      this.values = grown;
    }
    let value = this.values[number] as number;
    if (value === 0) {
      value = this.work(number) ? 2 : 1;
      this.values[number] = value;
    }
    return value === 2;
  }
}
