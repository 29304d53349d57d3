/** The MatchcutError `work` rejects with (anything else thrown is rethrown; resolving fails the test). */
import { isMatchcutError, type MatchcutError } from '../../src/errors.js';

export async function refusalOf(work: () => Promise<unknown>): Promise<MatchcutError> {
  try {
    await work();
  } catch (error) {
    if (isMatchcutError(error)) return error;
    throw error;
  }
  throw new Error('expected a MatchcutError');
}
