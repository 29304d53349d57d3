import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A vitest sequencer starting the named files first, in the order given, then the rest in vitest's
 * own order: files that take far longer than the rest (see the CI log's per-file times) start while
 * the other worker works through the short files, instead of one of them ending the run alone.
 */
export function longFilesFirst(longFirst: string[]): typeof BaseSequencer {
  return class LongFilesFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const rank = (file: TestSpecification) => {
        const index = longFirst.findIndex((name) => file.moduleId.replaceAll('\\', '/').endsWith(name));
        return index < 0 ? longFirst.length : index;
      };
      return sorted
        .map((file, order) => ({ file, order }))
        .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
        .map(({ file }) => file);
    }
  };
}
