/**
 * `/matchcut partners <question>` over HTTP against the Web API stand-in, with the real core and
 * the shipped profiles: acknowledged at once, then the organizations whose offers meet the
 * question, escaped, only for the member who asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;

beforeAll(async () => {
  ({ core, cleanup: cleanupCore } = await createTestCore());
  harness = await startSlackHarness(core);
});
afterAll(async () => {
  await harness.close();
  await cleanupCore();
});

type Block = { type: string; block_id?: string; text?: { text: string } };

describe('/matchcut partners', () => {
  it('lists the organizations that offer what the question asks for, privately', async () => {
    const question = 'Who offers video editing services?';
    const expected = await core.findPartners(question, { asker: 'slack:U0MEMBER1', limit: 5 });
    expect(expected.partners.length).toBeGreaterThan(0);
    const response = await harness.sendCommand(`partners ${question}`);
    expect(response.status).toBe(200);
    const post = await harness.api.waitForResponsePost(undefined, 10_000);
    expect(post.body).toMatchObject({ response_type: 'ephemeral' });
    const blocks = post.body.blocks as Block[];
    expect(blocks[0]?.text?.text).toMatch(/^\*Organizations that offer /);
    const listed = blocks.filter((block) => block.block_id?.startsWith('partner-'));
    expect(listed).toHaveLength(expected.partners.length);
    expected.partners.forEach((partner, index) => {
      expect(listed[index]?.text?.text).toContain(`*${index + 1}. ${partner.profile.name}*`);
    });
  });

  it('asks for the question when there is none, at once', async () => {
    const response = await harness.sendCommand('partners');
    expect(JSON.parse(response.body)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('after `partners`'),
    });
  });

  it('is listed by /matchcut help', async () => {
    const help = await harness.sendCommand('help');
    expect(JSON.parse(help.body)).toMatchObject({ text: expect.stringContaining('/matchcut partners') });
  });
});
