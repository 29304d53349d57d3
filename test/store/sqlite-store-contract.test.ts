/** The store contract (test/support/store-contract.ts) on SQLite: every store of a test on one file in a temporary folder. */
import path from 'node:path';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { registerStoreContract } from '../support/store-contract.js';

let folder: { folder: string; cleanup: () => Promise<void> } | undefined;

registerStoreContract('SQLite', {
  async openStore(community) {
    folder ??= await createTemporaryFolder('matchcut-store-contract-');
    return openStore(path.join(folder.folder, 'matchcut.sqlite'), { logger: createSilentLogger(), community });
  },
  async cleanup() {
    await folder?.cleanup();
    folder = undefined;
  },
});
