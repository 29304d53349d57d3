/**
 * The Markdown of a --huge run (bench/tier/run-huge.ts): what one machine did at about a million chunks, or how far
 * it got and why it stopped.
 */
import type { MachineDescription } from '../measure/machine.js';
import type { HugeResult } from '../tier/run-huge.js';

export interface HugeReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: MachineDescription;
  result: HugeResult;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const seconds = (milliseconds: number) => `${(milliseconds / 1_000).toFixed(1)} s`;

export function renderHugeMarkdown(report: HugeReport, scale: number): string {
  const { machine, result } = report;
  const lines = [
    `# matchcut benchmark, huge tier — ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `\`${report.command}\`; ${((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1_000).toFixed(0)} s in all; about ${result.targetChunks.toLocaleString('en-US')} chunks; memory budget ${megabytes(result.memoryBudgetBytes)}.`,
    '',
    `**Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGigabytes} GB memory, Node ${machine.nodeVersion}. Commit ${machine.commit}.`,
    '',
  ];
  if (scale < 1) lines.push(`**Scaled ×${scale}:** a smoke run of the harness, not the million-chunk figures.`, '');
  lines.push(
    result.status === 'ok'
      ? '**Finished:** every phase ran.'
      : `**Stopped during ${result.phase}:** ${result.stoppedBecause ?? 'no reason recorded'}. The figures below are the phases that finished.`,
    '',
    '| phase | figure |',
    '| --- | --- |',
  );
  const row = (phase: string, figure: string | undefined, step?: HugeResult['phase']) =>
    lines.push(
      `| ${phase} | ${figure ?? (result.status !== 'ok' && step === result.phase ? '**stopped here**' : 'not reached')} |`,
    );
  row(
    'generate and write (streamed)',
    result.generate &&
      `${result.generate.articles.toLocaleString('en-US')} articles, ${megabytes(result.generate.textBytes)} of text in ${seconds(result.generate.milliseconds)}`,
    'generate',
  );
  row(
    'ingest (openKnowledge)',
    result.ingest &&
      `${result.ingest.chunks.toLocaleString('en-US')} chunks in ${seconds(result.ingest.milliseconds)}: **${result.ingest.chunksPerSecond} chunks/s** (target ≥ 1,500); peak RSS ${megabytes(result.ingest.peakResidentBytes)}`,
    'ingest',
  );
  row(
    'ask (one caller)',
    result.ask &&
      `**p95 ${result.ask.latency.p95.toFixed(1)} ms** (p50 ${result.ask.latency.p50.toFixed(1)}, p99 ${result.ask.latency.p99.toFixed(1)}) over ${result.ask.latency.count} asks of ${result.ask.questions} questions`,
    'ask',
  );
  row(
    'restart to first answer (fresh process)',
    result.restart &&
      `**${seconds(result.restart.timeToFirstAnswerMilliseconds)}** (open ${seconds(result.restart.openMilliseconds)} + first ask ${result.restart.firstAskMilliseconds} ms)`,
    'restart',
  );
  row(
    'resident memory per chunk (after restart and one answer)',
    result.restart &&
      `**${(result.restart.residentBytesPerChunk / 1_024).toFixed(1)} KB/chunk** (RSS +${megabytes(result.restart.residentDeltaBytes)}, text included)`,
  );
  return `${lines.join('\n')}\n`;
}
