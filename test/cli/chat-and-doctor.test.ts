import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copyTemplateIndex } from '../helpers/test-core.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let dataDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ folder: dataDir, cleanup } = await createTemporaryFolder('matchcut-chat-'));
  await copyTemplateIndex(dataDir);
});
afterAll(async () => cleanup());

describe('matchcut chat', () => {
  it('answers each line and uses the conversation for follow-ups', async () => {
    const input = [
      // (Was "Which Netflix program trained production personnel in Korea?": the article names two
      // programs, and the typed answerer now quotes the named masterclass. This test is about the chat
      // and its follow-ups, so it asks for the figure directly.)
      'How many people did the OTT video content expert training teach?',
      'and how many experts taught there?',
      '/exit',
      'never asked',
    ].join('\n');
    const result = await runCli(['chat'], { env: { MATCHCUT_DATA_DIR: dataDir }, input });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1,100');
    expect(result.stdout).toMatch(/54 domestic and international experts/);
    expect(result.stdout).not.toContain('never asked');
  });
});

describe('matchcut doctor', () => {
  it('prints the active configuration without secrets, and opens the core as a one-shot command', async () => {
    const result = await runCli(['doctor'], { env: { MATCHCUT_DATA_DIR: dataDir, MATCHCUT_LOG_LEVEL: 'debug' } });
    expect(result.code).toBe(0);
    // The debug log is on (the profiles' sync is logged) but no matching index is built: `doctor` matches nothing.
    expect(result.stderr).toContain('knowledge profiles synced');
    expect(result.stderr).not.toContain('matching index built');
    expect(result.stdout).toMatch(/answers\s+extractive \(offline\)/);
    expect(result.stdout).toMatch(/knowledge\s+4 articles/);
    expect(result.stdout).toMatch(/model\s+none configured/);
  });

  it('names the variable when the configuration is wrong', async () => {
    const result = await runCli(['doctor'], { env: { MATCHCUT_DATA_DIR: dataDir, OPENAI_BASE_URL: 'not a url' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/OPENAI_BASE_URL/);
    const missingKey = await runCli(['ask', 'x'], {
      env: { MATCHCUT_DATA_DIR: dataDir, MATCHCUT_CHAT_MODEL: 'gpt-4o-mini' },
    });
    expect(missingKey.code).toBe(2);
    expect(missingKey.stderr).toMatch(/set OPENAI_API_KEY .* or OPENAI_BASE_URL/);
  });
});
