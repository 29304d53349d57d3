/**
 * Runs a TypeScript entry point in a fresh Node process (tsx loader, GC exposed) with a hard
 * time limit: the child is killed by its own pid when the limit passes.
 */
import { spawn } from 'node:child_process';

export interface ChildRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMilliseconds: number;
  timedOut: boolean;
}

export interface ChildOptions {
  cwd: string;
  timeoutMilliseconds: number;
  /** Called with each line the child writes to standard error (progress). */
  onStderrLine?: (line: string) => void;
}

const tailLimit = 20_000;

export function runTypeScriptChild(entry: string, args: string[], options: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', entry, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    let pendingLine = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMilliseconds);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (data: string) => {
      stdout += data;
    });
    child.stderr.on('data', (data: string) => {
      stderr = (stderr + data).slice(-tailLimit);
      pendingLine += data;
      const lines = pendingLine.split('\n');
      pendingLine = lines.pop() ?? '';
      for (const line of lines) options.onStderrLine?.(line);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, stdout, stderr, wallMilliseconds: performance.now() - start, timedOut });
    });
  });
}

/** The last line of standard output parsed as JSON (the children print their result last). */
export function lastJsonLine<T>(stdout: string): T | undefined {
  const lines = stdout
    .trim()
    .split('\n')
    .filter((line) => line.trim().startsWith('{'));
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  try {
    return JSON.parse(last) as T;
  } catch {
    return undefined;
  }
}
