/**
 * Thai in Latin letters, roughly: the consonant and vowel tables and romanizeThai, which the loose name key of
 * romanize.ts reads Thai names and loanwords by.
 */

/**
 * Thai consonants by the sound they write at the start of a syllable, the way Thai spells loanwords and foreign names
 * (จ for j, ค for k, พ for p, ท for t: เมเจอร์ ~ Major, ซีนีเพล็กซ์ ~ Cineplex); อ carries a vowel.
 */
const thaiConsonants: Record<string, string> = {
  ก: 'k',
  ข: 'k',
  ฃ: 'k',
  ค: 'k',
  ฅ: 'k',
  ฆ: 'k',
  ง: 'ng',
  จ: 'j',
  ฉ: 'ch',
  ช: 'ch',
  ซ: 's',
  ฌ: 'ch',
  ญ: 'y',
  ฎ: 'd',
  ฏ: 't',
  ฐ: 't',
  ฑ: 't',
  ฒ: 't',
  ณ: 'n',
  ด: 'd',
  ต: 't',
  ถ: 't',
  ท: 't',
  ธ: 't',
  น: 'n',
  บ: 'b',
  ป: 'p',
  ผ: 'p',
  ฝ: 'f',
  พ: 'p',
  ฟ: 'f',
  ภ: 'p',
  ม: 'm',
  ย: 'y',
  ร: 'r',
  ล: 'l',
  ว: 'w',
  ศ: 's',
  ษ: 's',
  ส: 's',
  ห: 'h',
  ฬ: 'l',
  ฮ: 'h',
  ฤ: 'rue',
  ฦ: 'lue',
};
/** Thai vowels written after or over their consonant. */
const thaiFollowingVowels: Record<string, string> = {
  ะ: 'a',
  'ั': 'a',
  า: 'a',
  ำ: 'am',
  'ิ': 'i',
  'ี': 'i',
  'ึ': 'ue',
  'ื': 'ue',
  'ุ': 'u',
  'ู': 'u',
};
/** Thai vowels written before their consonant (and sounded after it). */
const thaiLeadingVowels: Record<string, string> = { เ: 'e', แ: 'ae', โ: 'o', ใ: 'ai', ไ: 'ai' };

/**
 * Thai in Latin letters, roughly (consonants by their initial sound, vowels after their consonant, tone marks left
 * out): enough for a loose name key, not a transcription — the unwritten vowels of Thai stay unwritten, so two
 * spellings meet by their consonants (consonantSkeleton).
 */
export function romanizeThai(text: string): string {
  if (!/[\u0E01-\u0E4E]/u.test(text)) return text;
  let result = '';
  let pending = '';
  let lastConsonant = -1;
  for (const character of text) {
    const consonant = thaiConsonants[character];
    if (consonant !== undefined) {
      lastConsonant = result.length;
      result += consonant;
      // A leading vowel is sounded after its consonant (and after an l, r or w that clusters with it).
      if (pending !== '' && !/^[ลรว]$/u.test(character)) {
        result += pending;
        pending = '';
      }
      continue;
    }
    if (character === 'อ') {
      result += lastConsonant >= 0 && lastConsonant === result.length - 1 ? 'o' : '';
      if (pending !== '') result += pending;
      pending = '';
      continue;
    }
    const leading = thaiLeadingVowels[character];
    if (leading !== undefined) {
      result += pending;
      pending = leading;
      continue;
    }
    const following = thaiFollowingVowels[character];
    if (following !== undefined) {
      result += pending + following;
      pending = '';
      continue;
    }
    // Tone marks, the short mark and ์: a letter ์ silences in Thai is the source spelling's letter in a loanword
    // (ซีนีเพล็กซ์ ~ Cineplex, ดิสนีย์ ~ Disney), so it is kept.
    if (/[\u0E47-\u0E4E]/u.test(character)) continue;
    result += pending + character;
    pending = '';
    lastConsonant = -1;
  }
  return result + pending;
}
