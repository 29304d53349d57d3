/**
 * Multilingual sentence splitting for extractive answers (Latin, Cyrillic, Hangul, CJK),
 * careful with abbreviations ("Sept. 15", "Mr.") and closing quotes.
 */

const boundary = /(?<=[.!?。？！…]["”’»)\]]*)\s+(?=["“‘«(\[]?[\p{Lu}\p{Lo}\d])|(?<=[。？！])/u;
const abbreviation = /(?:\b(?:mr|mrs|ms|dr|st|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|inc|ltd|co|corp|u\.s|e\.g|i\.e|etc|approx|ca)\.|\b\p{Lu}\.)$/iu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const pieces = paragraph.split(boundary).map((piece) => piece.trim()).filter((piece) => piece !== '');
    let pending = '';
    for (const piece of pieces) {
      pending = pending === '' ? piece : `${pending} ${piece}`;
      if (abbreviation.test(pending)) continue;
      sentences.push(pending);
      pending = '';
    }
    if (pending !== '') sentences.push(pending);
  }
  return sentences;
}
