/**
 * A replica of LangChain's `MemoryVectorStore` query path, for the exact-search baseline.
 *
 * The store is not installed here: langchain 1.x moved it to `@langchain/classic`
 * (`@langchain/classic/vectorstores/memory`), which this project does not depend on. The
 * replica does per query what that store's `_queryVectors` does (langchain-ai/langchainjs,
 * libs/langchain-classic/src/vectorstores/memory.ts): copy the list through `filter`, compute
 * ml-distance's cosine (which recomputes both norms) against every stored `number[]`
 * embedding, build one result object per vector, sort the whole list with the store's
 * comparator `(a, b) => (a.similarity > b.similarity ? -1 : 0)`, and take the first k as
 * documents. The comparator is not a consistent ordering, so the result can differ from a
 * true top-k: the benchmark measures its recall too.
 */

interface MemoryVector {
  content: string;
  embedding: number[];
  metadata: Record<string, unknown>;
  id?: string | undefined;
}

export interface ReplicaDocument {
  pageContent: string;
  metadata: Record<string, unknown>;
  id?: string | undefined;
}

/** ml-distance's `similarity.cosine`, the store's default similarity. */
function cosine(left: number[], right: number[]): number {
  let product = 0;
  let leftSquares = 0;
  let rightSquares = 0;
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index] as number;
    const b = right[index] as number;
    product += a * b;
    leftSquares += a * a;
    rightSquares += b * b;
  }
  return product / (Math.sqrt(leftSquares) * Math.sqrt(rightSquares));
}

export class MemoryVectorStoreReplica {
  memoryVectors: MemoryVector[] = [];

  addVectors(vectors: number[][], documents: ReplicaDocument[]): void {
    const added = vectors.map((embedding, index) => ({
      content: documents[index]?.pageContent ?? '',
      embedding,
      metadata: documents[index]?.metadata ?? {},
      id: documents[index]?.id,
    }));
    this.memoryVectors = this.memoryVectors.concat(added);
  }

  similaritySearchVectorWithScore(query: number[], k: number): [ReplicaDocument, number][] {
    const filtered = this.memoryVectors.filter(() => true);
    return filtered
      .map((vector, index) => ({
        similarity: cosine(query, vector.embedding),
        index,
        metadata: vector.metadata,
        content: vector.content,
        embedding: vector.embedding,
        id: vector.id,
      }))
      .sort((left, right) => (left.similarity > right.similarity ? -1 : 0))
      .slice(0, k)
      .map((search) => [{ pageContent: search.content, metadata: search.metadata, id: search.id }, search.similarity]);
  }
}
