/**
 * Text from sources and members is echoed harmlessly: an article (in a real knowledge base,
 * through the real core) and a member's profile that contain `<!channel>`, user mentions and
 * disguised links reach Slack escaped, so nobody is pinged and no link is disguised.
 */
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

const hostileArticle = `---
id: zorblat-festival
title: "Zorblat animation festival <!channel> opens in Tashkent"
outlet: "Evil <!here> Times"
published: 2025-06-01
language: en
---

The Zorblat animation festival opened in Tashkent with a call to <!channel> and <@U0ADMIN> to register at <http://evil.example/login|the official KOCCA site> & win prizes.

Organizers of the Zorblat animation festival said studios from Korea and Uzbekistan will screen short films there.
`;

let core: Matchcut;
let cleanup: () => Promise<void>;
let harness: SlackHarness;

beforeAll(async () => {
  const folder = await createTemporaryFolder('matchcut-slack-hostile-');
  const knowledgeDir = path.join(folder.folder, 'knowledge');
  await cp(shippedKnowledgeDir, knowledgeDir, { recursive: true });
  await writeFile(path.join(knowledgeDir, 'articles', 'zorblat-festival.md'), hostileArticle);
  const created = await createTestCore({ environment: { MATCHCUT_KNOWLEDGE_DIR: knowledgeDir } });
  core = created.core;
  cleanup = async () => {
    await created.cleanup();
    await folder.cleanup();
  };
});
afterAll(async () => {
  await cleanup();
});
beforeEach(async () => {
  harness = await startSlackHarness(core);
});
afterEach(async () => {
  await harness.close();
});

/** Everything Slack would parse as markup in a message we sent. */
function rawMarkup(value: unknown): string[] {
  return JSON.stringify(value).match(/<[!@#][^>]*>|<https?:\/\/evil[^>]*>/g) ?? [];
}

describe('hostile content', () => {
  it('echoes an article containing <!channel>, mentions and a disguised link harmlessly', async () => {
    await harness.sendEvent({
      type: 'app_mention',
      user: 'U0MEMBER1',
      channel: 'C0GENERAL',
      ts: '1710000005.000100',
      text: `<@${harness.api.botUserId}> What happens at the Zorblat animation festival?`,
    });
    const post = await harness.api.waitForCall('chat.postMessage');
    const blocks = post.body.blocks as Array<{ block_id?: string; text?: { text: string } }>;
    const cited = blocks
      .filter((block) => block.block_id?.startsWith('citation-'))
      .map((block) => block.text?.text ?? '');
    const zorblat = cited.find((text) => text.includes('Zorblat animation festival'));
    expect(zorblat).toBeDefined();
    expect(zorblat).toContain('Zorblat animation festival &lt;!channel&gt; opens in Tashkent');
    expect(zorblat).toContain('Evil &lt;!here&gt; Times · 2025-06-01');
    expect(JSON.stringify(post.body)).toContain('&lt;http://evil.example/login|the official KOCCA site&gt;');
    expect(rawMarkup(post.body.blocks)).toEqual([]);
    expect(rawMarkup(post.body.text)).toEqual([]);
  });

  it('echoes a member profile with markup harmlessly in /matchcut match', async () => {
    await core.profiles.upsert({
      name: 'Sneaky <!channel> Studio',
      kind: 'studio',
      country: 'Korea',
      languages: ['English'],
      needs: ['video editing <@U0ADMIN> <http://evil.example|free money>'],
    });
    await harness.sendCommand('match Sneaky <!channel> Studio');
    const post = await harness.api.waitForResponsePost();
    const blocks = post.body.blocks as Array<{ block_id?: string; text?: { text: string } }>;
    expect(blocks[0]?.text?.text).toBe('*Suggested partners for Sneaky &lt;!channel&gt; Studio*');
    expect(blocks.find((block) => block.block_id === 'reasons-1')?.text?.text).toContain(
      'needs video editing &lt;@U0ADMIN&gt; &lt;http://evil.example|free money&gt;',
    );
    expect(rawMarkup(post.body)).toEqual([]);
  });
});
