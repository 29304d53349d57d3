/**
 * Recommendations for the core's defaults, read off this run's own sweeps: efSearch from the
 * ef sweep at the largest tier, M and the embedder dimension from the parameter sweep, the
 * fusion weights from the fusion sweep. Each line carries the figures behind it.
 */
import type { TierResult } from '../tier/tier-types.js';

function format(value: number, digits = 3): string {
  return value.toFixed(digits);
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export function recommendDefaults(tiers: TierResult[]): string[] {
  const sorted = [...tiers].sort((left, right) => left.ingest.chunks - right.ingest.chunks);
  const largest = sorted.at(-1);
  if (!largest) return [];
  const lines: string[] = [];

  // The core searched exactly at this size (no ef of its own): compare with the size-chosen ef it would use above.
  const current = largest.vectors.project.efSearch ?? 0;
  const points = [...largest.vectors.efSweep].sort((left, right) => left.ef - right.ef);
  const chosen = points.find((point) => point.recallAt10 >= 0.98);
  const currentPoint = points.find((point) => point.ef === current);
  if (chosen) {
    lines.push(
      `efSearch: ${chosen.ef === current ? `keep ${current}` : `${chosen.ef > current ? 'raise' : 'lower'} from ${current} to ${chosen.ef}`} — the smallest ef in the sweep with recall@10 ≥ 0.98 at ${largest.name} (${format(chosen.recallAt10)}, p50 ${ms(chosen.latency.p50)}, p95 ${ms(chosen.latency.p95)})` +
        (currentPoint && chosen.ef !== current ? `; ef=${current} gives ${format(currentPoint.recallAt10)}` : '') +
        '. Recall falls as the corpus grows at a fixed ef, so re-check it at the deployment size.',
    );
  } else {
    const widest = points.at(-1);
    lines.push(
      `efSearch: no ef up to ${widest?.ef ?? '—'} reaches recall@10 0.98 at ${largest.name}` +
        (widest ? ` (ef=${widest.ef}: ${format(widest.recallAt10)} at p50 ${ms(widest.latency.p50)})` : '') +
        `, while hnswlib's exact BruteforceSearch gives 1.0 at p50 ${ms(largest.vectors.hnswlibBruteforce.latency.p50)}: on these hashed vectors search exactly at this size, or change the embedder.`,
    );
  }
  const exactAsFast = sorted.filter((tier) => {
    const point = tier.vectors.efSweep.find((candidate) => candidate.ef === (chosen?.ef ?? current));
    return point !== undefined && tier.vectors.hnswlibBruteforce.latency.p50 <= point.latency.p50;
  });
  if (exactAsFast.length > 0) {
    lines.push(
      `Exact search: hnswlib's native BruteforceSearch (recall 1.0) was as fast as HNSW at that ef up to ${exactAsFast.at(-1)?.name} (${exactAsFast.map((tier) => `${tier.name}: brute force p50 ${ms(tier.vectors.hnswlibBruteforce.latency.p50)}`).join(', ')}); below roughly that size the core could search exactly and skip the graph build.`,
    );
  }

  const sweepTier = sorted.filter((tier) => tier.sweep !== undefined).at(-1);
  const sweep = sweepTier?.sweep;
  if (sweepTier && sweep) {
    const efForM = chosen?.ef ?? 320;
    const graphs = sweep.graphs.filter((graph) => graph.dimensions === sweepTier.hnsw.dimensions);
    const byM = graphs
      .map((graph) => ({ graph, point: graph.points.find((point) => point.ef === efForM) }))
      .filter(
        (entry): entry is { graph: (typeof graphs)[number]; point: NonNullable<(typeof entry)['point']> } =>
          entry.point !== undefined,
      );
    if (byM.length > 1) {
      const best = Math.max(...byM.map((entry) => entry.point.recallAt10));
      const fastest = byM
        .filter((entry) => entry.point.recallAt10 >= best - 0.005)
        .sort((left, right) => right.graph.insertsPerSecond - left.graph.insertsPerSecond)[0];
      lines.push(
        `M: at ef=${efForM} (${sweepTier.name}) ${byM.map((entry) => `M=${entry.graph.m} recall ${format(entry.point.recallAt10)}, p50 ${ms(entry.point.p50)}, build ${entry.graph.insertsPerSecond}/s`).join('; ')}` +
          (fastest
            ? ` — M=${fastest.graph.m} is the fastest build within 0.005 recall of the best (the core uses M=${sweepTier.hnsw.m}).`
            : '.'),
      );
    }
    const dimensions = [...sweep.dimensionResults].sort((left, right) => left.dimensions - right.dimensions);
    if (dimensions.length > 1) {
      const coreDimension = dimensions.find((result) => result.dimensions === sweepTier.hnsw.dimensions);
      lines.push(
        `Embedder dimension: dense hit@5 with exact search ${dimensions.map((result) => `${result.dimensions}-d ${format(result.denseHitAt5, 2)}`).join(', ')}; exact-scan p50 ${dimensions.map((result) => `${result.dimensions}-d ${ms(result.exactP50)}`).join(', ')}; HNSW build ${sweep.graphs
          .filter((graph) => graph.m === sweepTier.hnsw.m)
          .map((graph) => `${graph.dimensions}-d ${graph.insertsPerSecond}/s`)
          .join(', ')}` +
          (coreDimension
            ? ` (the core uses ${coreDimension.dimensions}-d). More dimensions mean fewer hash collisions but cost proportionally in memory, build and scan time.`
            : '.'),
      );
    }
  }

  const fusion = [...largest.quality.fusionSweep];
  const core = fusion.find(
    (point) => point.denseWeight === largest.quality.coreDenseWeight && point.lexicalWeight === 1,
  );
  const bestFusion = fusion
    .filter((point) => point.denseWeight > 0)
    .sort((left, right) => right.hitAt5 - left.hitAt5 || right.hitAt1 - left.hitAt1)[0];
  const lexicalOnly = fusion.find((point) => point.denseWeight === 0);
  if (core && bestFusion) {
    lines.push(
      `Fusion: at ${largest.name} the core's dense : BM25 = ${core.denseWeight} : 1 gives hit@1 ${format(core.hitAt1, 2)} / hit@5 ${format(core.hitAt5, 2)}; the best mix with a dense part, ${bestFusion.denseWeight} : 1, gives ${format(bestFusion.hitAt1, 2)} / ${format(bestFusion.hitAt5, 2)}` +
        (lexicalOnly ? `; BM25 alone ${format(lexicalOnly.hitAt1, 2)} / ${format(lexicalOnly.hitAt5, 2)}` : '') +
        (lexicalOnly && lexicalOnly.hitAt5 >= bestFusion.hitAt5
          ? '. With the offline hashed embedder every dense share costs hits on this corpus: keep the dense weight at or below the best mix shown (or let the dense side only break ties and add what BM25 misses), and re-run this sweep when a neural embedder is configured.'
          : '.'),
    );
  }
  return lines;
}
