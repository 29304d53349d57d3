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

/** Rows of a typed array per first concept number, a slot per second, as long as the numbers handed out, growing. */
class PairRows<Row extends Float64Array | Uint8Array> {
  private readonly rows: (Row | undefined)[] = [];

  constructor(
    private readonly ids: ConceptIds,
    /** A new row of this length, every slot "not yet known". */
    private readonly newRow: (length: number) => Row,
  ) {}

  protected row(first: number, second: number): Row {
    const row = this.rows[first];
    if (row !== undefined && second < row.length) return row;
    const grown = this.newRow(Math.max(second + 1, this.ids.size, 64));
    if (row !== undefined) grown.set(row);
    this.rows[first] = grown;
    return grown;
  }
}

/**
 * A number per pair of concept numbers, worked out on first asking and kept: a row per first concept, a slot per
 * second (NaN while not yet known).
 */
export class PairMemo extends PairRows<Float64Array> {
  constructor(
    ids: ConceptIds,
    private readonly work: (first: number, second: number) => number,
  ) {
    super(ids, (length) => new Float64Array(length).fill(Number.NaN));
  }

  get(first: number, second: number): number {
    const row = this.row(first, second);
    let value = row[second] as number;
    if (Number.isNaN(value)) {
      value = this.work(first, second);
      row[second] = value;
    }
    return value;
  }
}

/** Whether a pair of concept numbers holds, as `PairMemo` keeps numbers: a byte per pair (0 while not yet known). */
export class PairFlags extends PairRows<Uint8Array> {
  constructor(
    ids: ConceptIds,
    private readonly work: (first: number, second: number) => boolean,
  ) {
    super(ids, (length) => new Uint8Array(length));
  }

  get(first: number, second: number): boolean {
    const row = this.row(first, second);
    let value = row[second] as number;
    if (value === 0) {
      value = this.work(first, second) ? 2 : 1;
      row[second] = value;
    }
    return value === 2;
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
