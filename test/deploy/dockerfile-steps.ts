/**
 * Runs a Dockerfile's steps in order in a scratch folder, without a container engine: each stage
 * gets its own folder standing for the image's file system, WORKDIR/COPY/ENV/USER are applied to
 * it, RUN commands run in bash with the stage's absolute paths mapped into that folder. Two things
 * cannot happen outside a container and are checked instead of run: `apt-get` steps (the tools they
 * install must be on this machine) and ownership changes for the image's own user when this
 * machine has no such user (the folder's owner becomes the current user).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DockerStep {
  instruction: string;
  argument: string;
}

export interface StageResult {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  outputs: string[];
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
export function parseDockerfile(text: string): DockerStep[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  return logical.map((line) => {
    const space = line.search(/\s/);
    return space < 0
      ? { instruction: line.toUpperCase(), argument: '' }
      : { instruction: line.slice(0, space).toUpperCase(), argument: line.slice(space + 1).trim() };
  });
}

function userExists(user: string): boolean {
  return spawnSync('id', [user]).status === 0;
}

/** Maps absolute container paths in a shell command into the stage folder. */
function mapPaths(command: string, root: string): string {
  return command.replace(/(^|[\s=:'"])\/(?=[A-Za-z_.])/g, `$1${root}/`);
}

function parseEnvInstruction(argument: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of argument.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
    env[match[1] as string] = (match[2] as string).replace(/^"|"$/g, '');
  }
  return env;
}

function parseCopy(argument: string): { from: string | undefined; sources: string[]; target: string } {
  const words = argument.split(/\s+/);
  let from: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() as string;
    if (flag.startsWith('--from=')) from = flag.slice('--from='.length);
  }
  const target = words.pop() ?? '.';
  return { from, sources: words, target };
}

export interface RunOptions {
  dockerfile: string;
  context: string;
  scratch: string;
  /** Extra environment for RUN steps (PATH, HOME, npm cache…). */
  baseEnv: Record<string, string>;
}

/** Runs every stage in order; returns each stage's folder, settings and RUN outputs. */
export function runDockerfile(options: RunOptions): StageResult[] {
  const stages: StageResult[] = [];
  let stage: StageResult | undefined;
  for (const step of parseDockerfile(readFileSync(options.dockerfile, 'utf8'))) {
    if (step.instruction === 'FROM') {
      const name = /\bAS\s+(\S+)/i.exec(step.argument)?.[1] ?? `stage-${stages.length}`;
      const root = path.join(options.scratch, name);
      mkdirSync(root, { recursive: true });
      stage = { name, root, workdir: root, env: {}, user: undefined, outputs: [] };
      stages.push(stage);
      continue;
    }
    if (stage === undefined) throw new Error(`${step.instruction} before any FROM`);
    applyStep(stage, step, stages, options);
  }
  return stages;
}

function applyStep(stage: StageResult, step: DockerStep, stages: StageResult[], options: RunOptions): void {
  switch (step.instruction) {
    case 'WORKDIR':
      stage.workdir = path.join(stage.root, step.argument);
      mkdirSync(stage.workdir, { recursive: true });
      return;
    case 'ENV':
      Object.assign(stage.env, parseEnvInstruction(step.argument));
      return;
    case 'USER':
      stage.user = step.argument;
      return;
    case 'COPY': {
      const copy = parseCopy(step.argument);
      const sourceRoot =
        copy.from === undefined ? options.context : stages.find((candidate) => candidate.name === copy.from)?.root;
      if (sourceRoot === undefined) throw new Error(`COPY --from=${copy.from}: no such stage`);
      const targetBase = copy.target.startsWith('/')
        ? path.join(stage.root, copy.target)
        : path.join(stage.workdir, copy.target);
      for (const source of copy.sources) {
        const from = path.join(sourceRoot, source);
        if (!existsSync(from)) throw new Error(`COPY ${source}: not found in ${sourceRoot}`);
        const into =
          copy.sources.length > 1 || copy.target.endsWith('/')
            ? path.join(targetBase, path.basename(source))
            : targetBase;
        cpSync(from, into, { recursive: true, verbatimSymlinks: true });
      }
      return;
    }
    case 'RUN':
      stage.outputs.push(runShell(stage, step.argument, options));
      return;
    default:
      // EXPOSE, VOLUME, HEALTHCHECK, ENTRYPOINT, CMD, LABEL, ARG: metadata for the image, nothing to run.
      return;
  }
}

function runShell(stage: StageResult, command: string, options: RunOptions): string {
  if (/^apt-get\b/.test(command)) {
    const packages = /install\s+(?:-\S+\s+)*([^&]+)/.exec(command)?.[1]?.trim().split(/\s+/) ?? [];
    const tools: Record<string, string> = { python3: 'python3', make: 'make', 'g++': 'g++' };
    for (const name of packages) {
      const tool = tools[name];
      if (tool !== undefined) execFileSync('bash', ['-c', `command -v ${tool}`]);
    }
    return `checked tools: ${packages.join(' ')}`;
  }
  let mapped = mapPaths(command, stage.root);
  mapped = mapped.replace(/\bchown\s+(\S+?):(\S+)/g, (whole, user: string) =>
    userExists(user) ? whole : `chown "$(id -u):$(id -g)"`,
  );
  const result = spawnSync('bash', ['-c', mapped], {
    cwd: stage.workdir,
    env: { ...options.baseEnv, ...stage.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`RUN ${command} failed (${result.status}):\n${output.slice(-4000)}`);
  return output;
}
