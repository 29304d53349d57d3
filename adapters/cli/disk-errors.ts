/**
 * Disk problems as one line naming the path or the variable, instead of an internal error with
 * a stack: a read-only data folder, a full disk, or MATCHCUT_DATA_DIR pointing at a file.
 */
import { configError, type MatchcutError, MatchcutError as CoreError } from '../../src/index.js';

const readOnlyCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);
const fullCodes = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const notAFolderCodes = new Set(['ENOTDIR', 'EEXIST']);

interface SystemError {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
}

/** The first error in the `cause` chain with a code this file knows, with its path. */
function diskFailure(error: unknown): { code: string; path: string | undefined } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { code, path, cause } = current as SystemError;
    const known = typeof code === 'string' ? code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : undefined;
    if (known !== undefined && (readOnlyCodes.has(known) || fullCodes.has(known) || notAFolderCodes.has(known))) {
      return { code: known, path: typeof path === 'string' ? path : undefined };
    }
    current = cause;
  }
  return undefined;
}

/**
 * A MatchcutError whose one-line message names the path (or MATCHCUT_DATA_DIR) and says what to
 * do, when `error` is a disk problem under the data folder; undefined otherwise.
 */
export function describeDiskError(error: unknown, dataDir: string): MatchcutError | undefined {
  const failure = diskFailure(error);
  if (failure === undefined) return undefined;
  const where = failure.path ?? dataDir;
  if (notAFolderCodes.has(failure.code)) {
    return configError(
      `MATCHCUT_DATA_DIR (${dataDir}) is not a folder, or a file is in the way at ${where} (${failure.code}): ` +
        'point MATCHCUT_DATA_DIR at a folder.',
      { cause: error },
    );
  }
  if (fullCodes.has(failure.code)) {
    return new CoreError('INTERNAL', `The disk is full writing ${where} (${failure.code}).`, {
      userMessage:
        `the disk is full writing ${where} (${failure.code}): free some space or point MATCHCUT_DATA_DIR ` +
        `at another disk.`,
      cause: error,
    });
  }
  return new CoreError('INTERNAL', `Cannot write to ${where} (${failure.code}).`, {
    userMessage:
      `cannot write to ${where} (${failure.code}): make the data folder writable ` +
      'or point MATCHCUT_DATA_DIR at a writable folder.',
    cause: error,
  });
}
