/**
 * Child process for the concurrent-digest test: opens the store file and the matchmaking service
 * (shipped lexicon, offline embedder), says "ready", and on "go" plans a digest for its channel
 * and sends back the pairs it chose.
 */
import path from 'node:path';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { createMatchmaking } from '../../src/matchmaking/index.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { openStore, pairKeyOf } from '../../src/store/open-store.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

const [file, channel, limit] = process.argv.slice(2);
if (file === undefined || channel === undefined) {
  process.stderr.write('usage: digest-planner-child.ts <store file> <channel> [limit]\n');
  process.exit(2);
}
const logger = createSilentLogger();
const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const store = openStore(file, { logger });
const matchmaking = createMatchmaking({ store, glossary, embedder: new HashedEmbedder({ glossary }), logger });
process.on('message', () => {
  void matchmaking.planDigest({ channel, limit: Number(limit ?? '6') }).then((plan) => {
    const pairs = plan.digest.suggestions.map((suggestion) => pairKeyOf(suggestion.a.id, suggestion.b.id));
    void store.close().then(() => process.send?.({ pairs }, () => process.disconnect()));
  });
});
process.send?.('ready');
