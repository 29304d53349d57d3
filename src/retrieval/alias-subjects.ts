/**
 * The articles' subjects of an index generation as a table searched where it lies, instead of a list parsed
 * whole at every open (41,676 subjects, 12.9 MB of JSON and a map of them: a third of a 100k open).
 *
 * alias-subjects.bin: a u32 count n, n + 1 u32 offsets into the entries, then the entries, each the title keys
 * (words joined by spaces: no tab), a tab and the subject keys as a JSON list, sorted by the title keys' UTF-8
 * bytes (stable: article order within one title). The titles' lengths and first words are in aliases.json
 * (`subjectTitles`).
 */
import type { ArticleSubject, SubjectTable } from '../knowledge/article-aliases.js';
import { subjectEntries, subjectTitleSummary } from '../knowledge/article-aliases.js';

export const subjectTableFileName = 'alias-subjects.bin';

export interface SubjectTitles {
  lengths: number[];
  starts: string[];
}

const tab = 0x09;

/** The table's file and the titles' summary for aliases.json. */
export function encodeSubjectTable(subjects: readonly ArticleSubject[]): { bytes: Buffer; titles: SubjectTitles } {
  const entries = subjectEntries(subjects);
  const encoded = entries.map(({ titleKeys, keys }) => ({
    title: Buffer.from(titleKeys, 'utf8'),
    line: Buffer.from(`${titleKeys}\t${JSON.stringify(keys)}`, 'utf8'),
  }));
  // Array.prototype.sort is stable: entries of one title stay in article order.
  encoded.sort((left, right) => Buffer.compare(left.title, right.title));
  const header = Buffer.alloc(4 * (encoded.length + 2));
  header.writeUInt32LE(encoded.length, 0);
  let offset = 0;
  for (const [position, entry] of encoded.entries()) {
    header.writeUInt32LE(offset, 4 * (position + 1));
    offset += entry.line.length;
  }
  header.writeUInt32LE(offset, 4 * (encoded.length + 1));
  return {
    bytes: Buffer.concat([header, ...encoded.map((entry) => entry.line)]),
    titles: subjectTitleSummary(entries),
  };
}

/** The table over a file's bytes; undefined when they are not of that shape. */
export function decodeSubjectTable(bytes: Buffer, titles: SubjectTitles): SubjectTable | undefined {
  if (bytes.length < 8) return undefined;
  const count = bytes.readUInt32LE(0);
  const dataStart = 4 * (count + 2);
  if (dataStart > bytes.length || dataStart + bytes.readUInt32LE(4 * (count + 1)) !== bytes.length) return undefined;
  const start = (position: number) => dataStart + bytes.readUInt32LE(4 * (position + 1));
  /** The entry's title keys compared with `title` (bytes), as the entries were sorted. */
  const compare = (position: number, title: Buffer) => {
    const from = start(position);
    const to = bytes.indexOf(tab, from);
    return Buffer.compare(bytes.subarray(from, to < 0 ? start(position + 1) : to), title);
  };
  return {
    lengths: titles.lengths,
    starts: new Set(titles.starts),
    find(titleKeys) {
      const title = Buffer.from(titleKeys, 'utf8');
      // The first entry not below the title.
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(middle, title) < 0) low = middle + 1;
        else high = middle;
      }
      const found: string[][] = [];
      for (let position = low; position < count && compare(position, title) === 0; position += 1) {
        const line = bytes.toString('utf8', start(position) + title.length + 1, start(position + 1));
        found.push(JSON.parse(line) as string[]);
      }
      return found;
    },
  };
}
