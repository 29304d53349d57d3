/**
 * The k best-scoring documents of a scan, best first: a sorted insertion into two typed arrays (k is small, so a
 * shift is cheaper than a heap). A score equal to the k-th best does not enter, so ties keep the document offered
 * first — in a scan by document number, the lower one.
 */
export class TopK {
  readonly documents: Int32Array;
  readonly scores: Float64Array;
  /** The score a document must beat to enter (the k-th best so far). */
  threshold = Number.NEGATIVE_INFINITY;

  constructor(readonly k: number) {
    this.documents = new Int32Array(k).fill(-1);
    this.scores = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  }

  offer(document: number, score: number): void {
    if (score <= this.threshold || this.k === 0) return;
    const { documents, scores } = this;
    let position = this.k - 1;
    while (position > 0 && (scores[position - 1] as number) < score) {
      scores[position] = scores[position - 1] as number;
      documents[position] = documents[position - 1] as number;
      position -= 1;
    }
    scores[position] = score;
    documents[position] = document;
    this.threshold = scores[this.k - 1] as number;
  }

  /** The documents kept, best first. */
  hits(): { document: number; similarity: number }[] {
    const hits: { document: number; similarity: number }[] = [];
    for (let index = 0; index < this.k; index += 1) {
      const document = this.documents[index] as number;
      if (document >= 0) hits.push({ document, similarity: this.scores[index] as number });
    }
    return hits;
  }
}
