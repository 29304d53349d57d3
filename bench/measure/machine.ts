/**
 * A description of the machine and the code a run measured, so results from different
 * machines and commits are never compared blindly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MachineDescription {
  cpuModel: string;
  /** Logical cores Node can use. */
  cores: number;
  memoryGigabytes: number;
  nodeVersion: string;
  platform: string;
  hnswlibNodeVersion: string;
  commit: string;
  /** Uncommitted changes in the checkout when the run started (other engineers' work included). */
  workingTreeChanged: boolean;
}

function packageVersion(root: string, name: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'unknown';
  }
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine(root: string): MachineDescription {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGigabytes: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    nodeVersion: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    hnswlibNodeVersion: packageVersion(root, 'hnswlib-node'),
    commit: git(root, ['rev-parse', '--short', 'HEAD']) ?? 'unknown',
    workingTreeChanged: (git(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
  };
}
