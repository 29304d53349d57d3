/**
 * The run as Markdown: machine, targets, and one table per measurement, for
 * bench/results/latest.md and the terminal.
 */
import type { LatencySummary } from '../measure/statistics.js';
import type { TierResult } from '../tier/tier-types.js';
import type { BenchReport } from './bench-report.js';
import { marginalMemory } from './evaluate-targets.js';

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function triple(summary: LatencySummary): string {
  return `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function rate(value: number): string {
  return value.toFixed(2);
}

function okTiers(report: BenchReport): TierResult[] {
  return report.tiers.filter((tier): tier is TierResult => tier.status === 'ok');
}

export function renderMarkdown(report: BenchReport): string {
  const tiers = okTiers(report);
  const machine = report.machine;
  const parts: string[] = [];
  parts.push(`# matchcut benchmark — ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`);
  parts.push(
    [
      `\`${report.command}\` (${report.mode}); ${((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1_000).toFixed(0)} s in all.`,
      '',
      `**Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGigabytes} GB memory, Node ${machine.nodeVersion}, ${machine.platform}, hnswlib-node ${machine.hnswlibNodeVersion}. ` +
        `Commit ${machine.commit}${machine.workingTreeChanged ? ' with uncommitted changes in the checkout' : ''}. ` +
        `Load average (1 min) ${report.loadAverage.start} at the start, ${report.loadAverage.end} at the end` +
        (Math.max(report.loadAverage.start, report.loadAverage.end, ...tiers.map((tier) => tier.cpu.loadAverageEnd)) >
        machine.cores
          ? ' — **other processes shared the CPUs during this run: timings are pessimistic**.'
          : '.'),
      ...(report.scale === undefined
        ? []
        : [
            '',
            `**Scaled ×${report.scale}:** tier sizes and matching profile counts were multiplied by ${report.scale} — a smoke run of the harness, not the targets' figures.`,
          ]),
    ].join('\n'),
  );

  parts.push(
    `## Targets (issues 7 and 17)${report.mode === 'full' && report.scale === undefined ? ': the acceptance run' : ''}`,
  );
  parts.push(
    table(
      ['target', 'figure', 'measured at', 'status', 'gap'],
      report.targets.map((target) => [
        target.target,
        target.figure,
        target.measuredAt,
        target.status === 'met' ? '✅ met' : target.status === 'missed' ? '❌ missed' : '— not measured',
        target.gap,
      ]),
    ),
  );
  const explained = report.targets.filter(
    (target) => target.status !== 'met' && (target.why !== '' || target.closeBy !== ''),
  );
  if (explained.length > 0) {
    parts.push(
      explained
        .map(
          (target) =>
            `- **${target.id}** — ${target.status === 'not measured' ? 'not measured: ' : 'why: '}${target.why}${target.closeBy ? `. **Would close it:** ${target.closeBy}.` : ''}`,
        )
        .join('\n'),
    );
  }

  if (report.recommendations.length > 0) {
    parts.push("## Recommended defaults (from this run's sweeps)");
    parts.push(report.recommendations.map((line) => `- ${line}`).join('\n'));
  }

  const failed = report.tiers.filter((tier) => tier.status !== 'ok');
  if (failed.length > 0)
    parts.push(
      `**Tiers that did not finish:** ${failed.map((tier) => `${tier.name} (${tier.status}: ${'detail' in tier ? tier.detail.slice(0, 300) : ''})`).join('; ')}`,
    );
  if (tiers.length === 0) return `${parts.join('\n\n')}\n`;

  parts.push('## Corpus');
  parts.push(
    table(
      ['tier', 'chunks', 'articles (en/ko/vi)', 'text', 'questions (monolingual + cross-language)', 'glossary'],
      tiers.map((tier) => [
        tier.name,
        tier.ingest.chunks,
        `${tier.ingest.articles} (${tier.languages.en}/${tier.languages.ko}/${tier.languages.vi})`,
        megabytes(tier.ingest.corpusTextBytes),
        `${tier.questions.monolingual} + ${tier.questions.crossLanguage}`,
        tier.glossary.present
          ? `${tier.glossary.concepts} concepts; bridges ${tier.glossary.bridgedSkills}/${tier.glossary.skills} skills, ${tier.glossary.bridgedPlaces}/${tier.glossary.places} places`
          : 'none (knowledge/glossary.yaml absent)',
      ]),
    ),
  );

  parts.push('## Ingest (openKnowledge over the knowledge folder)');
  parts.push(
    table(
      [
        'tier',
        'chunks/s end to end',
        'chunks/s without loading',
        'load glossary + files',
        'chunk',
        'embed',
        'HNSW insert',
        'BM25 + write',
        'total',
        'peak RSS',
      ],
      tiers.map((tier) => {
        const phases = tier.ingest.phasesMilliseconds;
        return [
          tier.name,
          tier.ingest.endToEndChunksPerSecond,
          tier.ingest.buildChunksPerSecond,
          `${ms(phases.loadKnowledge / 1_000)} s`,
          `${ms(phases.chunk / 1_000)} s`,
          `${ms(phases.embed / 1_000)} s (${tier.ingest.embedChunksPerSecond}/s)`,
          `${ms(phases.hnswInsert / 1_000)} s (${tier.ingest.hnswInsertsPerSecond}/s)`,
          `${ms(phases.lexicalAndWrite / 1_000)} s`,
          `${ms(tier.ingest.totalMilliseconds / 1_000)} s`,
          megabytes(tier.ingest.peakResidentBytes),
        ];
      }),
    ),
  );

  parts.push('## Restart (fresh process: openKnowledge reusing the persisted index, then one ask)');
  parts.push(
    table(
      [
        'tier',
        'open',
        'reading every knowledge file (for comparison)',
        'first ask',
        'time to first answer',
        'process start → first answer',
      ],
      tiers.map((tier) => [
        tier.name,
        `${ms(tier.restart.openMilliseconds)} ms`,
        `${ms(tier.restart.loadKnowledgeFilesMilliseconds)} ms`,
        `${ms(tier.restart.firstAskMilliseconds)} ms`,
        `${ms(tier.restart.timeToFirstAnswerMilliseconds)} ms`,
        `${ms(tier.restart.processStartToFirstAnswerMilliseconds)} ms`,
      ]),
    ),
  );

  parts.push('## Query latency (ms, p50 / p95 / p99)');
  parts.push(
    table(
      [
        'tier',
        'callers',
        'ask',
        'ask throughput',
        'retrieval (hybrid)',
        'retrieval throughput',
        'dense only',
        'BM25 only',
        'extractive answer only',
      ],
      tiers.flatMap((tier) =>
        tier.latency.ask.map((ask, index) => {
          const retrieval = tier.latency.retrieval[index];
          return [
            tier.name,
            ask.callers,
            triple(ask.latency),
            `${ask.throughput}/s`,
            retrieval ? triple(retrieval.latency) : '—',
            retrieval ? `${retrieval.throughput}/s` : '—',
            index === 0 ? triple(tier.latency.denseRetrieval) : '',
            index === 0 ? triple(tier.latency.lexicalRetrieval) : '',
            index === 0 && tier.latency.extraction ? triple(tier.latency.extraction) : '',
          ];
        }),
      ),
    ),
  );

  parts.push('## Vector search: the core index against exact search and the LangChain baselines');
  parts.push(
    table(
      ['tier', 'method', 'recall@10', 'p50 ms', 'p95 ms', 'mean ms', 'queries'],
      tiers.flatMap((tier) => {
        const vectors = tier.vectors;
        const rows: (string | number)[][] = [
          [
            tier.name,
            vectors.project.method === 'exact'
              ? 'core index (exact: block scan of the query dimensions, chosen for this size)'
              : `core index (hnswlib M=${vectors.project.m}, efC=${vectors.project.efConstruction}, ef=${vectors.project.efSearch ?? '—'} for this size)`,
            vectors.project.recallAt10,
            ms(vectors.project.latency.p50),
            ms(vectors.project.latency.p95),
            ms(vectors.project.latency.mean),
            vectors.project.queries,
          ],
          [
            tier.name,
            'exact, JS over one Float32Array',
            1,
            ms(vectors.exactFloat32.latency.p50),
            ms(vectors.exactFloat32.latency.p95),
            ms(vectors.exactFloat32.latency.mean),
            vectors.queries,
          ],
          [
            tier.name,
            'exact, hnswlib BruteforceSearch (native)',
            vectors.hnswlibBruteforce.recallAt10,
            ms(vectors.hnswlibBruteforce.latency.p50),
            ms(vectors.hnswlibBruteforce.latency.p95),
            ms(vectors.hnswlibBruteforce.latency.mean),
            vectors.queries,
          ],
          [
            tier.name,
            'LangChain MemoryVectorStore (replica¹)',
            vectors.memoryVectorStore.recallAt10,
            ms(vectors.memoryVectorStore.latency.p50),
            ms(vectors.memoryVectorStore.latency.p95),
            ms(vectors.memoryVectorStore.latency.mean),
            vectors.memoryVectorStore.queries,
          ],
        ];
        const defaults = vectors.langChainHnswDefaults;
        if ('recallAt10' in defaults) {
          rows.push([
            tier.name,
            `LangChain HNSWLib store defaults² (M=16, efC=200, ef=${defaults.ef}; build ${defaults.insertsPerSecond}/s)`,
            defaults.recallAt10,
            ms(defaults.latency.p50),
            ms(defaults.latency.p95),
            ms(defaults.latency.mean),
            defaults.queries,
          ]);
        }
        return rows;
      }),
    ),
  );
  parts.push(
    tiers
      .map(
        (tier) =>
          `- ${tier.name}: core index ${tier.vectors.project.speedUpOverMemoryVectorStore}× faster than MemoryVectorStore, ${tier.vectors.project.speedUpOverExactFloat32}× faster than exact JS; recall@30 at the retrieval depth ${tier.vectors.project.recallAt30AtRetrievalDepth}.`,
      )
      .join('\n'),
  );

  parts.push('### ef sweep on the core graph (recall@10, p50 / p95 ms)');
  const efValues = [...new Set(tiers.flatMap((tier) => tier.vectors.efSweep.map((point) => point.ef)))].sort(
    (left, right) => left - right,
  );
  parts.push(
    table(
      ['tier', ...efValues.map((ef) => `ef=${ef}`)],
      tiers.map((tier) => [
        tier.name,
        ...efValues.map((ef) => {
          const point = tier.vectors.efSweep.find((candidate) => candidate.ef === ef);
          return point ? `${point.recallAt10.toFixed(3)} (${ms(point.latency.p50)} / ${ms(point.latency.p95)})` : '—';
        }),
      ]),
    ),
  );

  const sweeps = tiers.filter((tier) => tier.sweep !== undefined);
  for (const tier of sweeps) {
    const sweep = tier.sweep;
    if (!sweep) continue;
    parts.push(`### Embedder dimension and M sweep (${tier.name}, ${sweep.chunks} chunks, ${sweep.queries} questions)`);
    parts.push(
      table(
        ['dimensions', 'dense hit@1 (exact search)', 'dense hit@5 (exact search)', 'embed time', 'exact JS p50 ms'],
        sweep.dimensionResults.map((result) => [
          result.dimensions,
          rate(result.denseHitAt1),
          rate(result.denseHitAt5),
          result.embedMilliseconds < 0 ? '(core vectors reused)' : `${ms(result.embedMilliseconds / 1_000)} s`,
          ms(result.exactP50),
        ]),
      ),
    );
    const sweepEf = [...new Set(sweep.graphs.flatMap((graph) => graph.points.map((point) => point.ef)))].sort(
      (left, right) => left - right,
    );
    parts.push(
      table(
        ['dimensions', 'M', 'build inserts/s', ...sweepEf.map((ef) => `ef=${ef} recall (p50 ms)`)],
        sweep.graphs.map((graph) => [
          graph.dimensions,
          graph.m,
          graph.insertsPerSecond,
          ...sweepEf.map((ef) => {
            const point = graph.points.find((candidate) => candidate.ef === ef);
            return point ? `${point.recallAt10.toFixed(3)} (${ms(point.p50)})` : '—';
          }),
        ]),
      ),
    );
  }

  parts.push('## Answer quality on the generated questions (hit@1 / hit@5 of the answering passage)');
  const groupOrder = ['en', 'ko', 'vi', 'ko→en', 'vi→en', 'en→ko', 'en→vi'];
  parts.push(
    table(
      [
        'tier',
        'questions',
        'n',
        'dense',
        'BM25',
        'hybrid (core)',
        'ask quotes the fact',
        'ask grounded',
        'grounded, fact not quoted',
      ],
      tiers.flatMap((tier) => {
        const groups: [string, (typeof tier.quality)['all']][] = [
          ['all', tier.quality.all],
          ['monolingual', tier.quality.monolingual],
          ['cross-language', tier.quality.crossLanguage],
          ...groupOrder
            .filter((key) => tier.quality.byGroup[key] !== undefined)
            .map((key): [string, (typeof tier.quality)['all']] => [
              key,
              tier.quality.byGroup[key] as (typeof tier.quality)['all'],
            ]),
        ];
        return groups.map(([label, group]) => [
          tier.name,
          label,
          group.ask.questions,
          `${rate(group.retrieval.dense.hitAt1)} / ${rate(group.retrieval.dense.hitAt5)}`,
          `${rate(group.retrieval.lexical.hitAt1)} / ${rate(group.retrieval.lexical.hitAt5)}`,
          `${rate(group.retrieval.hybrid.hitAt1)} / ${rate(group.retrieval.hybrid.hitAt5)}`,
          rate(group.ask.quotesTheFact),
          rate(group.ask.grounded),
          group.ask.groundedWithoutTheFact === undefined ? '—' : rate(group.ask.groundedWithoutTheFact),
        ]);
      }),
    ),
  );
  parts.push('### Fusion weights (the same dense and BM25 top-30 rankings, reciprocal rank fusion k = 60)');
  parts.push(
    table(
      ['tier', 'dense : BM25', 'hit@1', 'hit@5', 'cross-language hit@5'],
      tiers.flatMap((tier) =>
        tier.quality.fusionSweep.map((point) => [
          tier.name,
          `${point.denseWeight} : ${point.lexicalWeight}${point.denseWeight === tier.quality.coreDenseWeight && point.lexicalWeight === 1 ? ' (the core)' : ''}`,
          rate(point.hitAt1),
          rate(point.hitAt5),
          rate(point.crossLanguageHitAt5),
        ]),
      ),
    ),
  );

  parts.push('## Memory and disk');
  parts.push(
    table(
      [
        'tier',
        'RSS delta after open + first ask',
        'per chunk',
        'per chunk beyond the text held',
        'V8 heap in use',
        'external',
        'index on disk',
        'per 1,000 chunks',
        'largest files',
      ],
      tiers.map((tier) => [
        tier.name,
        megabytes(tier.memory.residentDeltaBytes),
        `${(tier.memory.residentBytesPerChunk / 1_024).toFixed(1)} KB`,
        `${(tier.memory.residentBytesPerChunkBeyondText / 1_024).toFixed(1)} KB`,
        megabytes(tier.memory.heapUsedDeltaBytes),
        megabytes(tier.memory.externalDeltaBytes),
        megabytes(tier.disk.indexBytes),
        megabytes(tier.disk.indexBytesPerThousandChunks),
        Object.entries(tier.disk.files)
          .sort((left, right) => right[1] - left[1])
          .slice(0, 3)
          .map(([file, bytes]) => `${file} ${megabytes(bytes)}`)
          .join(', '),
      ]),
    ),
  );
  const marginal = marginalMemory(report.tiers);
  if (marginal) {
    parts.push(
      `Marginal resident memory from ${marginal.fromTier} to ${marginal.toTier}: ${(marginal.bytesPerChunk / 1_024).toFixed(1)} KB per added chunk, ${(marginal.beyondTextBytesPerChunk / 1_024).toFixed(1)} KB beyond its text (fixed start-up costs cancel out).`,
    );
  }

  parts.push('## Matching');
  if (report.matching.status === 'ok') {
    parts.push(
      table(
        ['profiles', 'digest time', 'suggestions in digest'],
        report.matching.digests.map((digest) => [digest.profiles, `${ms(digest.milliseconds)} ms`, digest.suggestions]),
      ),
    );
    parts.push(
      table(
        ['profiles', 'match --for calls', 'suggestions', 'suggestions/s', 'mean per call'],
        report.matching.matchFor.map((entry) => [
          entry.profiles,
          entry.calls,
          entry.suggestions,
          entry.suggestionsPerSecond,
          `${ms(entry.meanMilliseconds)} ms`,
        ]),
      ),
    );
    parts.push(
      table(
        ['profiles', ...Object.keys(Object.values(report.matching.timings)[0] ?? {})],
        Object.entries(report.matching.timings).map(([profiles, timings]) => [
          profiles,
          ...Object.values(timings).map((value) => `${value} ms`),
        ]),
      ),
    );
    if (report.matching.notes.length > 0) parts.push(report.matching.notes.map((note) => `- ${note}`).join('\n'));
  } else parts.push(`Not measured: ${report.matching.reason}.`);

  parts.push('## Slack overhead');
  if (report.slack.status === 'ok') {
    parts.push(
      table(
        [
          'events in flight',
          'rounds',
          'event → ack p50 / p95 / p99 ms',
          'event → answer posted p50 / p95 / p99 ms',
          'ask alone p50 / p95 / p99 ms',
          'answered',
        ],
        [
          [
            report.slack.eventsPerRound,
            report.slack.rounds,
            triple(report.slack.ack),
            triple(report.slack.answerPosted),
            triple(report.slack.askAlone),
            report.slack.answered,
          ],
        ],
      ),
    );
    const delays = [
      report.slack.loopDelay && ['the bot', report.slack.loopDelay],
      report.slack.senderLoopDelay && ['the sender and Web API stand-in', report.slack.senderLoopDelay],
    ].filter((entry): entry is [string, { p50: number; p99: number; max: number }] => entry !== undefined);
    const delayNotes = delays.map(
      ([who, delay]) =>
        `Event-loop delay of ${who} during the rounds: p50 ${delay.p50} ms, p99 ${delay.p99} ms, max ${delay.max} ms.`,
    );
    const split = report.slack.ackSplit;
    const splitNote =
      split === undefined
        ? []
        : [
            `Where an ack's time goes (p50 / p99 ms, the two processes' clocks paired): the sender's fetch until the request is written ${split.sentToWritten.p50.toFixed(1)} / ${split.sentToWritten.p99.toFixed(1)}, then until the bot parses it (loopback and the bot's queue) ${split.writtenToParsed.p50.toFixed(1)} / ${split.writtenToParsed.p99.toFixed(1)}, parsed → ack written (verification, Bolt) ${split.parsedToAcked.p50.toFixed(1)} / ${split.parsedToAcked.p99.toFixed(1)}, ack written → read by the sender ${split.ackedToRead.p50.toFixed(1)} / ${split.ackedToRead.p99.toFixed(1)}; the bot's share (request written → ack written) ${split.writtenToAcked.p50.toFixed(1)} / ${split.writtenToAcked.p99.toFixed(1)}.`,
          ];
    const notes = [...report.slack.notes, ...delayNotes, ...splitNote];
    if (notes.length > 0) parts.push(notes.map((note) => `- ${note}`).join('\n'));
  } else parts.push(`Not measured: ${report.slack.reason}.`);

  if (report.notes.length > 0) parts.push(`## Notes\n\n${report.notes.map((note) => `- ${note}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
