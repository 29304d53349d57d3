/**
 * `/interested N` in the terminal chat, with the real core: the Nth organization of the last partner
 * list gets the chat member's Interested (through the core's feedback); not linked → how to link the
 * chat member with the CLI's own command; both sides → introduced.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../adapters/cli/command-context.js';
import { runChat } from '../../adapters/cli/commands/chat.js';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore, type TestCore } from '../helpers/test-core.js';

let test: TestCore;
let core: Matchcut;
beforeAll(async () => {
  test = await createTestCore();
  core = test.core;
});
afterAll(async () => test.cleanup());

/** Runs the chat on these lines; returns what it printed. */
async function chat(lines: string[]): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const context = {
    config: test.config,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new PassThrough() as unknown as NodeJS.WriteStream,
  } as CommandContext;
  stdin.end(`${lines.join('\n')}\n`);
  await runChat(context, core, { log: false });
  return printed;
}

describe('matchcut chat: /interested N', () => {
  it('needs a partner list first, and a number in it', async () => {
    const printed = await chat(['/interested 1', 'Who offers video editing services?', '/interested 9', '/exit']);
    expect(printed).toContain('(no partner list yet');
    expect(printed).toMatch(/\/interested N, N from 1 to \d, tells them you want to meet/);
    expect(printed).toMatch(/\(give the number of an organization in the last list: \/interested 1 to \d\)/);
  });

  it('tells an unlinked chat how to link it with the CLI command, then records and introduces', async () => {
    const question = 'Who offers video editing services?';
    const unlinked = await chat([question, '/interested 1', '/exit']);
    expect(unlinked).toContain('matchcut profiles link cli "<your organization>"');

    const studio = await core.profiles.upsert({ name: 'Chat Studio', kind: 'studio', needs: ['video editing'] });
    await core.profiles.linkMember('cli', studio.id);
    const { partners } = await core.findPartners(question, { asker: 'cli' });
    const first = partners[0]?.profile;
    const noted = await chat([question, '/interested 1', '/exit']);
    expect(noted).toContain(`Noted: you are interested in ${first?.name ?? ''}.`);

    await core.profiles.linkMember('slack:U0OTHER', first?.id ?? '');
    const back = await core.partnerInterest({ actor: 'slack:U0OTHER', partner: studio.id });
    expect(back.introduce).toBe(true);
    const again = await chat([question, '/interested 1', '/exit']);
    expect(again).toContain(`You and ${first?.name ?? ''} were already introduced.`);
  });
});
