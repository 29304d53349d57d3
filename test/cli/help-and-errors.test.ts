/**
 * The command line as a new user meets it: --version, help for every command with every flag,
 * chat commands, a closed pipe, a data folder that is a file, profile files with unknown keys,
 * knowledge problems told once (issue 13 items 7, 10 and 11).
 */
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommandLine } from '../../adapters/cli/commands.js';
import { describeDiskError } from '../../adapters/cli/disk-errors.js';
import { loadConfig } from '../../src/config/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { runCli } from '../helpers/run-cli.js';
import { twoConceptLexicon } from '../helpers/small-lexicon.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let folder: string;
let cleanup: () => Promise<void>;
let knowledgeDir: string;
const env = () => ({ MATCHCUT_DATA_DIR: path.join(folder, 'data'), MATCHCUT_KNOWLEDGE_DIR: knowledgeDir });

beforeAll(async () => {
  ({ folder, cleanup } = await createTemporaryFolder('matchcut-cli-help-'));
  // Nothing here reads the lexicon (help, chat commands, closed pipes, profile keys, disk and knowledge problems):
  // the commands run on the shipped articles and profiles with a two-concept lexicon, whose every open costs less
  // CPU than the shipped lexicon's; the first command that opens the core builds the index (~2.3 s CPU).
  knowledgeDir = await smallLexiconKnowledge('knowledge-main');
});
afterAll(async () => cleanup());

/** A knowledge folder under the test's folder: the shipped articles and profiles, a lexicon of two concepts. */
async function smallLexiconKnowledge(name: string): Promise<string> {
  const knowledge = path.join(folder, name);
  await cp(path.join(shippedKnowledgeDir, 'articles'), path.join(knowledge, 'articles'), { recursive: true });
  await cp(path.join(shippedKnowledgeDir, 'profiles.yaml'), path.join(knowledge, 'profiles.yaml'));
  await writeFile(path.join(knowledge, 'glossary.yaml'), twoConceptLexicon);
  return knowledge;
}

/** Every flag each command takes, written down independently of the commands' own help. */
const flagsOf: Record<string, string[]> = {
  ask: ['--json', '-'],
  chat: [],
  ingest: ['--force', '--profiles'],
  profiles: ['import', 'list', 'show', 'remove', 'accept', 'link', '--strict', '--proposed', '--json'],
  match: ['--for', '--limit', '--json'],
  digest: ['--json', '--limit', '--repeat', '--channel'],
  feedback: ['--party', '--reason', '--as', '--json'],
  report: ['--json'],
  doctor: [],
  config: [],
  slack: ['MATCHCUT_HEALTH_PORT'],
  discord: ['register', 'MATCHCUT_HEALTH_PORT'],
  serve: ['MATCHCUT_HEALTH_PORT'],
};

/** The router in this process, with captured streams (help never opens the core). */
async function runInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const stream = (name: 'stdout' | 'stderr') =>
    ({ isTTY: false, write: (text: string) => ((output[name] += text), true) }) as unknown as NodeJS.WriteStream;
  const config = loadConfig(env(), { cwd: folder, defaultKnowledgeDir: shippedKnowledgeDir });
  const code = await runCommandLine(argv, {
    config,
    logger: createSilentLogger(),
    environment: env(),
    packageRoot: repositoryRoot,
    stdin: process.stdin,
    stdout: stream('stdout'),
    stderr: stream('stderr'),
  });
  return { code, ...output };
}

describe('help and version', () => {
  it('prints the version from package.json', async () => {
    const manifest = JSON.parse(await readFile(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = await runCli(['--version'], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`matchcut ${manifest.version}`);
  });

  it('lists every command, sub-command and the flags people look for', async () => {
    const result = await runCli(['help'], { env: env() });
    expect(result.code).toBe(0);
    for (const expected of [
      'profiles accept',
      'profiles link',
      'digest [--json] [--limit N] [--repeat] [--channel',
      '--as <member>',
      '[--force] [--profiles]',
      'matchcut serve',
      'matchcut config',
      'matchcut discord register',
      '--version',
    ]) {
      expect(result.stdout, expected).toContain(expected);
    }
  });

  it('`ask --help` prints the help, not the parser error', async () => {
    const result = await runCli(['ask', '--help'], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^matchcut ask — /);
    expect(result.stdout).toContain('--json');
  });

  it.each(Object.keys(flagsOf))('%s: `help <command>` and `<command> --help` list every flag', async (command) => {
    const viaHelp = await runInProcess(['help', command]);
    const viaFlag = await runInProcess([command, '--help']);
    expect(viaHelp.code, viaHelp.stderr).toBe(0);
    expect(viaFlag.code, viaFlag.stderr).toBe(0);
    expect(viaFlag.stdout).toBe(viaHelp.stdout);
    expect(viaFlag.stderr).toBe('');
    expect(viaHelp.stdout).toContain(`matchcut ${command === 'config' ? 'doctor' : command}`);
    for (const flag of flagsOf[command] ?? []) expect(viaHelp.stdout, flag).toContain(flag);
  });

  it('an unknown flag is one usage line, not the parser error', async () => {
    const result = await runCli(['ask', '--nope', 'question'], { env: env() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^matchcut: Unknown option '--nope'\. Usage: matchcut ask/);
    expect(result.stderr).not.toMatch(/positional argument|ERR_PARSE_ARGS/);
    expect(result.stdout).toBe('');
  });

  it.each(['articles', 'feeds'])('%s: a missing or unknown sub-command is one usage line (exit 2)', async (noun) => {
    const missing = await runInProcess([noun]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`say what to do with ${noun}`);
    const unknown = await runInProcess([noun, 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`unknown ${noun} command "frobnicate"`);
    const inherited = await runInProcess([noun, 'toString']);
    expect(inherited.code).toBe(2);
    expect(inherited.stderr).toContain(`unknown ${noun} command "toString"`);
  });
});

describe('chat commands', () => {
  it('/help lists the chat commands and is not taken as a question', async () => {
    const result = await runCli(['chat'], { env: env(), input: '/help\n/exit\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\/clear\s+forget the conversation/);
    expect(result.stdout).toMatch(/\/exit\s+leave the chat/);
    expect(result.stdout).not.toMatch(/Sources|don't cover/);
  });
});

/** Runs matchcut with its standard output closed by the reader before it writes. */
function runWithClosedOutput(args: string[], input = ''): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin/matchcut.js'), ...args], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`matchcut ${args.join(' ')} did not finish; stderr: ${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.stdin.end(input);
  });
}

describe('a closed pipe', () => {
  it.each([[['report']], [['match']], [['profiles', 'list']], [['chat']]])(
    '`%s | head` exits 0 quietly',
    async (args) => {
      const result = await runWithClosedOutput(args, 'Who trains VFX artists?\n');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
    },
  );
});

describe('disk problems', () => {
  it('MATCHCUT_DATA_DIR pointing at a file: one line naming the variable, no stack', async () => {
    const file = path.join(folder, 'not-a-folder');
    await writeFile(file, 'x');
    const result = await runCli(['report'], { env: { MATCHCUT_DATA_DIR: file } });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^matchcut: MATCHCUT_DATA_DIR \(.*not-a-folder\) is not a folder/);
    expect(result.stderr).not.toMatch(/\n\s+at |"stack"/);
  });

  it('a read-only folder and a full disk are one line naming the path', () => {
    const readOnly = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS', path: '/data/index' });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const wrapped = new Error('could not write the manifest', {
      cause: Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: '/data/index/gen-2/manifest.json' }),
    });
    expect(describeDiskError(readOnly, '/data')?.userMessage).toBe(
      'cannot write to /data/index (EROFS): make the data folder writable or point MATCHCUT_DATA_DIR at a writable folder.',
    );
    expect(describeDiskError(full, '/data')?.userMessage).toMatch(/^the disk is full writing \/data \(SQLITE_FULL\)/);
    expect(describeDiskError(wrapped, '/data')?.userMessage).toMatch(/^the disk is full writing \/data\/index\/gen-2/);
    expect(describeDiskError(new Error('something else'), '/data')).toBeUndefined();
  });
});

describe('profile files and knowledge problems', () => {
  it('warns about unknown keys with the closest known key and prints each problem once', async () => {
    const file = path.join(folder, 'partners.yaml');
    await writeFile(
      file,
      [
        '- name: Mekong Frames',
        '  kind: studio',
        '  Country: Vietnam',
        '  offer: [animation]',
        '  needs: [dubbing]',
        '- name: Nameless Kind',
        '  kind: spaceship',
      ].join('\n'),
    );
    const result = await runCli(['profiles', 'import', file], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('[0].Country: unknown key, ignored; did you mean "country"?');
    expect(result.stderr).toContain('[0].offer: unknown key, ignored; did you mean "offers"?');
    const kindProblems = result.stderr.split('\n').filter((line) => line.includes('[1].kind'));
    expect(kindProblems).toHaveLength(1);
    expect(result.stderr).not.toContain('{"level"');
  });

  it('tells knowledge problems once, when the index is rebuilt, never as JSON', async () => {
    // The shipped articles and profiles with a two-concept lexicon (the subject is the articles' problems): the
    // first command still builds the index from nothing, in less than half the CPU of the shipped lexicon's build.
    const knowledge = await smallLexiconKnowledge('knowledge');
    await writeFile(
      path.join(knowledge, 'articles', 'broken.md'),
      '---\ntitle: Broken\npublished: yesterday\n---\nText.\n',
    );
    const environment = { MATCHCUT_DATA_DIR: path.join(folder, 'data-broken'), MATCHCUT_KNOWLEDGE_DIR: knowledge };
    const first = await runCli(['report'], { env: environment });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^matchcut: warning: .*broken\.md/m);
    expect(first.stderr).not.toContain('{"level"');
    const second = await runCli(['report'], { env: environment });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const doctor = await runCli(['doctor'], { env: environment });
    expect(doctor.stdout).toMatch(/broken\.md/);
  });

  it('tells a profiles file that did not load on every command until it is fixed', async () => {
    // The shipped articles and profiles with a two-concept lexicon (the subject is the profiles file): each of the
    // five commands opens the core in less CPU than over the shipped lexicon, the first one's build included.
    const knowledge = await smallLexiconKnowledge('knowledge-profiles');
    const environment = { MATCHCUT_DATA_DIR: path.join(folder, 'data-profiles'), MATCHCUT_KNOWLEDGE_DIR: knowledge };
    expect((await runCli(['profiles', 'list'], { env: environment })).code).toBe(0);
    const shipped = await readFile(path.join(knowledge, 'profiles.yaml'), 'utf8');
    await writeFile(path.join(knowledge, 'profiles.yaml'), 'profiles:\n  - name: [broken\n');
    for (let run = 0; run < 2; run += 1) {
      const listed = await runCli(['profiles', 'list'], { env: environment });
      expect(listed.code).toBe(0);
      expect(listed.stderr).toMatch(/^matchcut: warning: .*profiles\.yaml → \(file\): not valid YAML/m);
      expect(listed.stdout).toContain('IT Works Korea');
    }
    await writeFile(path.join(knowledge, 'profiles.yaml'), shipped);
    expect((await runCli(['profiles', 'list'], { env: environment })).stderr).toBe('');
  });
});
