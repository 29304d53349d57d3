import { describe, expect, it } from 'vitest';
import { type ArticleSubject, createAliasIndex, subjectTitleKeys } from '../../src/knowledge/article-aliases.js';
import { decodeSubjectTable, encodeSubjectTable } from '../../src/retrieval/alias-subjects.js';

const subjects: ArticleSubject[] = [
  { title: 'Studio Kestrel opens a Hanoi office', keys: ['%kesdrel', '%hanoi'] },
  { title: 'Studio Kestrel opens a Hanoi office', keys: ['%kesdrel2'] },
  { title: '한국콘텐츠진흥원 베트남 사무소 개소', keys: ['%kokka'] },
  { title: 'Zebra Post hires editors', titleKeys: subjectTitleKeys('Zebra Post hires editors'), keys: ['%zebra'] },
  { title: 'Nothing named here', keys: [] },
  { title: 'Ánh Dương Media mở văn phòng', keys: ['%anhduong'] },
];

describe('the articles’ subjects as a table in the generation', () => {
  it('finds what the list finds, in article order, for titles in any script', () => {
    const { bytes, titles } = encodeSubjectTable(subjects);
    const table = decodeSubjectTable(bytes, titles);
    expect(table).toBeDefined();
    const fromList = createAliasIndex({ groups: [], names: [], subjects });
    const fromTable = createAliasIndex({ groups: [], names: [], subjectTable: table });
    const texts = [
      ...subjects.map((subject) => `${subject.title}. More text follows.`),
      'Studio Kestrel hires no one',
      'Who runs the Hanoi office of Studio Kestrel?',
    ];
    for (const text of texts) expect(fromTable.find(text)).toEqual(fromList.find(text));
    expect(table?.find(subjectTitleKeys(subjects[0]?.title ?? ''))).toEqual([['%kesdrel', '%hanoi'], ['%kesdrel2']]);
    expect(fromTable.find('Studio Kestrel opens a Hanoi office today').map((hit) => hit.key)).toContain('%kesdrel2');
    expect(table?.find('no such title')).toEqual([]);
  });

  it('refuses bytes that are not a table', () => {
    const { bytes, titles } = encodeSubjectTable(subjects);
    expect(decodeSubjectTable(bytes.subarray(0, bytes.length - 3), titles)).toBeUndefined();
    expect(decodeSubjectTable(Buffer.alloc(2), titles)).toBeUndefined();
  });
});
