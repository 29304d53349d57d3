/**
 * Checks each target of issue 7 against the run: the figure (from the largest tier that ran
 * when the target is stated at 100k chunks), whether it is met, by how much it is missed,
 * why — from the run's own breakdown — and what would close it.
 */
import type { MatchingSection, SlackSection } from '../sections/section-types.js';
import type { TierOutcome, TierResult } from '../tier/tier-types.js';
import type { TargetEvaluation } from './bench-report.js';

function largestTier(tiers: TierOutcome[]): TierResult | undefined {
  return tiers
    .filter((tier): tier is TierResult => tier.status === 'ok')
    .sort((left, right) => right.ingest.chunks - left.ingest.chunks)[0];
}

function tierLabel(tier: TierResult): string {
  const label = `${tier.name} (${tier.ingest.chunks.toLocaleString('en-US')} chunks)`;
  return tier.ingest.chunks >= 90_000 ? label : `${label}; the target is stated at 100k: run --full`;
}

/** A target stated at 100k and met at a smaller size is not yet met: the gap column says so. */
function scaleCaveat(tier: TierResult, met: boolean): string {
  return met && tier.ingest.chunks < 90_000 ? `met at ${tier.name} only; not yet measured at 100k` : '';
}

function milliseconds(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function overBy(value: number, limit: number): string {
  return `${(value / limit).toFixed(1)}× the limit (+${milliseconds(value - limit)})`;
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / Math.max(1e-9, whole)) * 100)}%`;
}

const notMeasured = (id: string, target: string, reason: string): TargetEvaluation => ({
  id,
  target,
  figure: '—',
  measuredAt: '—',
  status: 'not measured',
  gap: '',
  why: reason,
  closeBy: '',
});

export function evaluateTargets(
  tiers: TierOutcome[],
  matching: MatchingSection,
  slack: SlackSection,
): TargetEvaluation[] {
  const tier = largestTier(tiers);
  const targets: TargetEvaluation[] = [];
  if (!tier) {
    const reason = 'no tier finished';
    return [
      notMeasured('ask-p95', 'full offline ask at 100k chunks: p95 under 20 ms', reason),
      notMeasured('retrieval-p95', 'retrieval alone at 100k chunks: p95 under 5 ms', reason),
      notMeasured('recall', 'hnswlib recall@10 ≥ 0.98 against exact search', reason),
      notMeasured('speed-up', 'at least 20× faster than MemoryVectorStore at 100k chunks', reason),
      notMeasured('ingest', 'ingest at least 1,500 chunks/s end to end', reason),
      notMeasured('restart', 'restart to first answer under 1 s at 100k chunks', reason),
      notMeasured('memory', 'resident memory under 4 KB per chunk beyond the text itself', reason),
      ...evaluateSections(matching, slack),
    ];
  }
  const at = tierLabel(tier);
  const ask = tier.latency.ask[0];
  const retrieval = tier.latency.retrieval[0];

  if (ask && retrieval) {
    const askP95 = ask.latency.p95;
    const extraction = tier.latency.extraction;
    const retrievalShare = retrieval.latency.p50 / Math.max(0.001, retrieval.latency.p50 + extraction.p50);
    targets.push({
      id: 'ask-p95',
      target: 'full offline ask at 100k chunks: p95 under 20 ms',
      figure: `p95 ${milliseconds(askP95)} (p50 ${milliseconds(ask.latency.p50)}, p99 ${milliseconds(ask.latency.p99)}), 1 caller`,
      measuredAt: at,
      status: askP95 < 20 ? 'met' : 'missed',
      gap: askP95 < 20 ? scaleCaveat(tier, true) : overBy(askP95, 20),
      why:
        `measured apart: retrieval p50 ${milliseconds(retrieval.latency.p50)} / p95 ${milliseconds(retrieval.latency.p95)}, the extractive answer p50 ${milliseconds(extraction.p50)} / p95 ${milliseconds(extraction.p95)} — ` +
        (retrievalShare >= 0.5
          ? `retrieval is the larger part (${percent(retrieval.latency.p50, retrieval.latency.p50 + extraction.p50)}; see retrieval-p95); the extractive step reads the passages' sentences and keys stored at build time and analyses the question`
          : `the extractive step is the larger part (${percent(extraction.p50, retrieval.latency.p50 + extraction.p50)}): the passages' sentences and keys come stored with the index (format 4), so what remains is the question's analysis and scoring each sentence (asked units by regular expressions)`),
      closeBy:
        (retrievalShare >= 0.5 ? 'first the BM25 fix under retrieval-p95; then ' : '') +
        "profile the extractive step at this size: the asked-unit tests (holdsAskedUnit's regular expressions) could be stored per sentence with the keys; the question analysis (lexicon look-up, name keys) is the rest",
    });
    const retrievalP95 = retrieval.latency.p95;
    const dense = tier.latency.denseRetrieval;
    const lexical = tier.latency.lexicalRetrieval;
    targets.push({
      id: 'retrieval-p95',
      target: 'retrieval alone at 100k chunks: p95 under 5 ms',
      figure: `p95 ${milliseconds(retrievalP95)} (p50 ${milliseconds(retrieval.latency.p50)}); dense alone p95 ${milliseconds(dense.p95)}, BM25 alone p95 ${milliseconds(lexical.p95)}`,
      measuredAt: at,
      status: retrievalP95 < 5 ? 'met' : 'missed',
      gap: retrievalP95 < 5 ? scaleCaveat(tier, true) : overBy(retrievalP95, 5),
      why:
        lexical.p95 >= dense.p95
          ? 'BM25 dominates: the block-max search (block-max-bm25.ts) still reads every posting, in a window of passages, of the terms whose bounds there can reach the k-th best score, so a query of many mid-frequency terms (Korean syllable bigrams, word pairs, common words) keeps several long lists essential in most windows'
          : "the dense side dominates: embedding the query and the block scan over every passage's vector (block-scan.ts: a first pass over 8-bit codes with a scale per passage, 8 runs at a time, then the leaders re-scored from float32; the HNSW graph at its ef above the exact search's size)",
      closeBy:
        lexical.p95 >= dense.p95
          ? 'time the phases paired against the last commit (bench/probe/retrieval-pairs.ts); fewer syllable bigrams per query where whole words already match, or window bounds stored at build'
          : 'an int8 first pass (a scale per block and dimension: a quarter of the float32 bytes, a wider bound, more leaders re-scored) measured with bench/probe/dense-pairs.ts; above the exact size, a lower efSearch where the sweep shows recall to spare',
    });
  }

  const vectors = tier.vectors;
  const project = vectors.project;
  const reaching = tier.vectors.efSweep
    .filter((point) => point.recallAt10 >= 0.98)
    .sort((left, right) => left.ef - right.ef)[0];
  targets.push({
    id: 'recall',
    target: "dense recall@10 ≥ 0.98 against exact search (the core's size-chosen method: exact or graph at an ef)",
    figure: `${project.recallAt10.toFixed(3)} ${project.method === 'exact' ? 'with exact search (block scan of the query dimensions over the brute-force vectors, chosen for this size)' : `at M=${project.m}, efConstruction=${project.efConstruction}, ef=${project.efSearch ?? '—'} (chosen for this size)`} (recall@30 at retrieval depth ${project.recallAt30AtRetrievalDepth.toFixed(3)})`,
    measuredAt: at,
    status: project.recallAt10 >= 0.98 ? 'met' : 'missed',
    gap:
      project.recallAt10 >= 0.98
        ? scaleCaveat(tier, true)
        : `${project.recallAt10.toFixed(3)} vs 0.98 (−${(0.98 - project.recallAt10).toFixed(3)})`,
    why: 'the offline embedder makes hashed n-gram vectors: high intrinsic dimension with little cluster structure, so the graph needs a wide search (ef) to find the true neighbours',
    closeBy: reaching
      ? `set efSearch to ${reaching.ef} (recall@10 ${reaching.recallAt10.toFixed(3)}, p50 ${milliseconds(reaching.latency.p50)}, p95 ${milliseconds(reaching.latency.p95)} here); or search exactly below a size threshold — hnswlib's brute force gave recall 1.0 at p50 ${milliseconds(vectors.hnswlibBruteforce.latency.p50)}`
      : `no ef in the sweep reached 0.98; search exactly (hnswlib brute force: recall 1.0, p50 ${milliseconds(vectors.hnswlibBruteforce.latency.p50)}) or use a neural embedder / a corpus-learned projection whose vectors HNSW handles well`,
  });
  const speedUp = project.speedUpOverMemoryVectorStore;
  targets.push({
    id: 'speed-up',
    target: 'at least 20× faster than MemoryVectorStore at 100k chunks',
    figure: `${speedUp}× (core index mean ${milliseconds(project.latency.mean)} vs MemoryVectorStore mean ${milliseconds(vectors.memoryVectorStore.latency.mean)}); exact JS Float32Array ${project.speedUpOverExactFloat32}×`,
    measuredAt: at,
    status: speedUp >= 20 ? 'met' : 'missed',
    gap: speedUp >= 20 ? scaleCaveat(tier, true) : `${speedUp}× vs 20×`,
    why: speedUp >= 20 ? '' : 'at this size an exact scan is cheap; the HNSW advantage grows with the number of chunks',
    closeBy: speedUp >= 20 ? '' : 'measure at 100k (--full), where the target applies',
  });

  const ingest = tier.ingest;
  const phases = ingest.phasesMilliseconds;
  const phaseList = Object.entries(phases).sort((left, right) => right[1] - left[1]);
  const total = ingest.totalMilliseconds;
  targets.push({
    id: 'ingest',
    target: 'ingest at least 1,500 chunks/s end to end',
    figure: `${ingest.endToEndChunksPerSecond} chunks/s (${ingest.chunks.toLocaleString('en-US')} chunks in ${(total / 1_000).toFixed(1)} s; without reading the files ${ingest.buildChunksPerSecond}/s)`,
    measuredAt: `${tier.name} (${ingest.chunks.toLocaleString('en-US')} chunks)`,
    status: ingest.endToEndChunksPerSecond >= 1_500 ? 'met' : 'missed',
    gap:
      ingest.endToEndChunksPerSecond >= 1_500
        ? ''
        : `${(1_500 / Math.max(1, ingest.endToEndChunksPerSecond)).toFixed(1)}× too slow`,
    why: `time by phase: ${phaseList.map(([phase, value]) => `${phase} ${(value / 1_000).toFixed(1)} s (${percent(value, total)})`).join(', ')}; the embed phase also takes each chunk's BM25 terms from the embedder's segmentation, and the answerer's sentence keys (a second segmentation per sentence) — in the passage worker thread on builds of 5,000 chunks or more with a second core, else on the main thread; HNSW inserts run at ${ingest.hnswInsertsPerSecond}/s on one thread`,
    closeBy:
      'the passage worker, reading the knowledge files 16 at a time and kept strings for word-pair and syllable-bigram terms are in place; at 100k both threads are busy through the embed phase (--cpu-prof), so what remains is CPU per chunk: the lexicon look-up per sentence (about 30% of the analysis), the name keys (17%), the term numbering of new strings (non-Latin words, figures), the chunk lines as JSON; store passage keys as ids into the BM25 vocabulary (they are strings per chunk in chunks.jsonl)',
  });

  const restart = tier.restart;
  const restartSeconds = restart.timeToFirstAnswerMilliseconds / 1_000;
  targets.push({
    id: 'restart',
    target: 'restart to first answer under 1 s at 100k chunks',
    figure: `${restartSeconds.toFixed(2)} s (open ${(restart.openMilliseconds / 1_000).toFixed(2)} s + first ask ${milliseconds(restart.firstAskMilliseconds)}); from process start ${(restart.processStartToFirstAnswerMilliseconds / 1_000).toFixed(2)} s`,
    measuredAt: at,
    status: restartSeconds < 1 ? 'met' : 'missed',
    gap: restartSeconds < 1 ? scaleCaveat(tier, true) : `${restartSeconds.toFixed(1)}× the limit`,
    why:
      restart.openMilliseconds > restart.loadKnowledgeFilesMilliseconds
        ? `reading and validating all ${tier.ingest.articles.toLocaleString('en-US')} knowledge files takes ${(restart.loadKnowledgeFilesMilliseconds / 1_000).toFixed(2)} s (warm file cache) — the open reads them all to decide whether the index can be reused; loading the index files is the rest`
        : `the open (${(restart.openMilliseconds / 1_000).toFixed(2)} s) no longer reads the ${tier.ingest.articles.toLocaleString('en-US')} knowledge files (that would take ${(restart.loadKnowledgeFilesMilliseconds / 1_000).toFixed(2)} s); what remains is the article folders' times, the lexicon, and loading the index (dense vectors ${(((tier.disk.files['vectors.blocks'] ?? 0) + (tier.disk.files['vectors.hnsw'] ?? 0)) / 1_048_576).toFixed(0)} MB: their 8-bit codes and scales, written at build, read as the file holds them off the event loop, the float32 values left in the file (read per re-scored candidate), the BM25 vocabulary looked up where its bytes lie and the ranges (the postings, ${((tier.disk.files['lexical.bin'] ?? 0) / 1_048_576).toFixed(0)} MB, in the background), the learnt aliases); the first ask runs cold`,
    closeBy:
      restart.openMilliseconds > restart.loadKnowledgeFilesMilliseconds
        ? 'decide reuse from a stat-only fingerprint (file list, sizes, mtimes) kept in the manifest and keep article texts on disk (chunks already are); read files in parallel when they must be read (readFileSync of 4,163 files took 62–127 ms here against 387–725 ms for sequential awaited reads)'
        : 'the vectors’ codes are written at build and read as the file holds them (their float32 values read per re-scored candidate, never whole), the vocabulary and the articles table looked up where they lie; what remains on the main thread is the vocabulary table’s look-ups, the lexicon, the first ask’s morphology index and cold code, and the garbage of the open — profile with bench/probe/restart-pairs.ts and --cpu-prof (main-thread CPU: /proc/thread-self/schedstat); fresh memory is dear on this VM (reading 40 MB into fresh pages and then reaching them cost ~250 ms of CPU under load): read less at open; from process start, the module loading (run dist/, not the TypeScript sources)',
  });

  const memory = tier.memory;
  const marginal = marginalMemory(tiers);
  const beyondText = memory.residentBytesPerChunkBeyondText;
  targets.push({
    id: 'memory',
    target: 'resident memory under 4 KB per chunk beyond the text itself',
    figure: `${(beyondText / 1_024).toFixed(1)} KB/chunk beyond the text held (RSS +${(memory.residentDeltaBytes / 1_048_576).toFixed(0)} MB for ${memory.chunks.toLocaleString('en-US')} chunks; ${memory.textHeldBytes > 0 ? `article texts ${(memory.textBytes / 1_048_576).toFixed(0)} MB held in memory` : `article texts (${(memory.textBytes / 1_048_576).toFixed(0)} MB) not held: the V8 heap grew less than their size`})${marginal ? `; marginal between tiers ${(marginal.beyondTextBytesPerChunk / 1_024).toFixed(1)} KB/chunk` : ''}${denseValuesNote(tier)}`,
    measuredAt: `${tier.name} (${memory.chunks.toLocaleString('en-US')} chunks)`,
    status: beyondText < 4_096 ? 'met' : 'missed',
    gap: beyondText < 4_096 ? '' : `${(beyondText / 4_096).toFixed(1)}× the limit`,
    why: (() => {
      const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
      const hnswBytes = tier.disk.files['vectors.hnsw'] ?? 0;
      const reserved = memory.heapTotalDeltaBytes ?? memory.heapUsedDeltaBytes;
      const accounted = Math.max(reserved, memory.heapUsedDeltaBytes) + memory.externalDeltaBytes + hnswBytes;
      const graph =
        hnswBytes > 0
          ? `the HNSW graph ≈ ${megabytes(hnswBytes)} native (${hnswBytesPerChunk(tier)} B/chunk: ${tier.hnsw.dimensions} float32 + links); `
          : '';
      return (
        `of the RSS delta ${megabytes(memory.residentDeltaBytes)}: V8 heap in use ${megabytes(memory.heapUsedDeltaBytes)} (reserved ${megabytes(reserved)}; metadata, vocabulary map, glossary${memory.textHeldBytes > 0 ? ', article texts' : ''}), external buffers ${megabytes(memory.externalDeltaBytes)} (the BM25 postings, lexical.bin ${megabytes(tier.disk.files['lexical.bin'] ?? 0)}, held whole once read in the background; the dense vectors' 8-bit codes and scales, 1 byte × ${tier.hnsw.dimensions} dimensions per chunk, in the scan's WebAssembly memory; the articles table and alias subjects), ` +
        `${graph}${megabytes(Math.max(0, memory.residentDeltaBytes - accounted))} not accounted for (allocator pages, code, ICU data for Intl.Segmenter)`
      );
    })(),
    closeBy:
      'the BM25 postings are the largest part (lexical.bin held whole): reading them by term from the file instead was measured at 100k (session 28, bench/probe/memory-breakdown.ts) at 1.0 KB/chunk but +0.3–0.6 ms mean per BM25 search (a question reads ~230k postings, 78% of all postings are in lists of ≥ 4,096), against the retrieval p95 — a cheaper read of the long lists, or compressed postings, would; then the 8-bit codes (a smaller dimension: see the dimension sweep); ' +
      (memory.textHeldBytes > 0
        ? 'do not keep article texts in memory once the index is built (chunks are on disk); '
        : '') +
      'check the marginal figure between tiers, which leaves out fixed start-up costs',
  });

  targets.push(...evaluateSections(matching, slack));
  return targets;
}

/** What the memory figure leaves out by design: the dense float32 values stay in vectors.blocks (block-values.ts). */
function denseValuesNote(tier: TierResult): string {
  const blocks = tier.disk.files['vectors.blocks'] ?? 0;
  if (blocks === 0) return '';
  const values = (tier.ingest.chunks * tier.hnsw.dimensions * 4) / 1_048_576;
  return `; the dense float32 values (${values.toFixed(0)} MB of vectors.blocks) are not held: each re-scored candidate's row is read from the file — the page cache, not the process's RSS, as disk-backed vector stores do`;
}

function hnswBytesPerChunk(tier: TierResult): number {
  return Math.round((tier.disk.files['vectors.hnsw'] ?? 0) / Math.max(1, tier.ingest.chunks));
}

export function marginalMemory(
  tiers: TierOutcome[],
): { fromTier: string; toTier: string; bytesPerChunk: number; beyondTextBytesPerChunk: number } | undefined {
  const finished = tiers
    .filter((tier): tier is TierResult => tier.status === 'ok')
    .sort((left, right) => left.ingest.chunks - right.ingest.chunks);
  const largest = finished.at(-1);
  const previous = finished.at(-2);
  if (!largest || !previous) return undefined;
  const chunks = largest.memory.chunks - previous.memory.chunks;
  if (chunks <= 0) return undefined;
  const resident = largest.memory.residentDeltaBytes - previous.memory.residentDeltaBytes;
  const text =
    (largest.memory.textHeldBytes ?? largest.memory.textBytes) -
    (previous.memory.textHeldBytes ?? previous.memory.textBytes);
  return {
    fromTier: previous.name,
    toTier: largest.name,
    bytesPerChunk: Math.round(resident / chunks),
    beyondTextBytesPerChunk: Math.round((resident - text) / chunks),
  };
}

function digestWhy(matching: MatchingSection): string {
  if (matching.status !== 'ok') return '';
  const points = [...matching.digests].sort((left, right) => left.profiles - right.profiles);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return 'measured by bench/matching.ts';
  const growth = last.milliseconds / Math.max(1, first.milliseconds);
  const scale = last.profiles / first.profiles;
  return `the digest grows ${growth.toFixed(0)}× for ${scale.toFixed(0)}× the profiles (${(first.milliseconds / 1_000).toFixed(2)} s at ${first.profiles}, ${(last.milliseconds / 1_000).toFixed(2)} s at ${last.profiles}): ${growth > scale * 1.5 ? 'worse than linear' : 'about linear'} in the number of organizations`;
}

function evaluateSections(matching: MatchingSection, slack: SlackSection): TargetEvaluation[] {
  const targets: TargetEvaluation[] = [];
  const digestTarget = 'digest over 10k profiles under 2 s';
  if (matching.status !== 'ok') targets.push(notMeasured('digest', digestTarget, matching.reason));
  else {
    const largest = [...matching.digests].sort((left, right) => right.profiles - left.profiles)[0];
    if (!largest) targets.push(notMeasured('digest', digestTarget, 'the matching section gave no digest figure'));
    else {
      const seconds = largest.milliseconds / 1_000;
      targets.push({
        id: 'digest',
        target: digestTarget,
        figure: `${seconds.toFixed(2)} s for ${largest.profiles.toLocaleString('en-US')} profiles (${largest.suggestions} suggestions)`,
        measuredAt: `matching (${matching.source})`,
        status:
          largest.profiles >= 10_000 && seconds < 2 ? 'met' : largest.profiles < 10_000 ? 'not measured' : 'missed',
        gap: seconds < 2 ? '' : `${(seconds / 2).toFixed(1)}× the limit`,
        why:
          largest.profiles < 10_000
            ? 'the largest digest measured had fewer than 10k profiles'
            : seconds < 2
              ? ''
              : digestWhy(matching),
        closeBy:
          seconds < 2
            ? ''
            : "for the matchmaking engineer: the digest scores only each organization's few candidates, each pair once, and the scorer already asks the concept relations by integer id; the figure is the first digest after open, and a second digest in the same process takes about a third of its CPU — the rest is first-time work (posting lookups per statement the largest part, then the unrelated screen's answers with concept-pair strengths, statement readings and statement-pair scores) and JIT warm-up (bench/results/2026-12-07-digest28-first-and-warm.md, bench/results/2026-12-07-digest29-first-use.md). In a warm digest the candidate scan's embedding pre-filter (two sparse dot products for each of about 36 accepted candidates per organization) is about two thirds of the scan; scoring pairs, the unmet needs and word evidence are the rest: no one part closes it; a cheaper pre-filter (fewer candidates or dimensions: a change of which candidates are scored, to judge on the tune half) and first-time work cheaper still would",
      });
    }
  }
  const slackTarget = 'Slack ack p99 under 50 ms with 50 events in flight';
  if (slack.status !== 'ok') targets.push(notMeasured('slack-ack', slackTarget, slack.reason));
  else {
    const p99 = slack.ack.p99;
    targets.push({
      id: 'slack-ack',
      target: slackTarget,
      figure: `ack p99 ${milliseconds(p99)} (p50 ${milliseconds(slack.ack.p50)}); answer posted p50 ${milliseconds(slack.answerPosted.p50)}, p99 ${milliseconds(slack.answerPosted.p99)}`,
      measuredAt: `Slack HTTP mode, ${slack.eventsPerRound} concurrent signed events × ${slack.rounds} rounds, loopback`,
      status: p99 < 50 ? 'met' : 'missed',
      gap: p99 < 50 ? '' : overBy(p99, 50),
      why:
        p99 < 50
          ? ''
          : `asks run in worker threads and the work after each ack waits for an event-loop turn, so what an ack still waits behind is the main thread's own share of the other events (parsing and verifying, Bolt's middleware, the partner-question check, rendering and posting: ${slack.loopDelay === undefined ? 'the bot did not report its event-loop delay' : `the bot's event-loop delay p99 ${milliseconds(slack.loopDelay.p99)}, max ${milliseconds(slack.loopDelay.max)}`}) and, on a shared machine, the processor; ${slack.senderLoopDelay === undefined ? '' : `the sending process (which also runs the Web API stand-in) had an event-loop delay p99 of ${milliseconds(slack.senderLoopDelay.p99)}, which adds to every ack it times`}${slack.ackSplit === undefined ? '' : `; split by the two clocks, the bot's share (request written → ack written) p99 ${milliseconds(slack.ackSplit.writtenToAcked.p99)} of which its own handling (parsed → acked) p99 ${milliseconds(slack.ackSplit.parsedToAcked.p99)}, and the sender's own work before the request was written p99 ${milliseconds(slack.ackSplit.sentToWritten.p99)}`}`,
      closeBy:
        p99 < 50
          ? ''
          : "profile the bot under the burst (bench/probe/slack-ack-profile.ts) on a quiet machine and cut the main thread's work per request before its ack (Node's HTTP parsing, Bolt's receiver, verification, the ack's write): a burst's requests are parsed one after another, so the last ack of 50 waits for the other 49 (bench/probe/slack-ack-timeline.ts); compare pairs with bench/probe/slack-ack-pairs.ts",
    });
  }
  return targets;
}
