/**
 * Indonesian affixes stripped by rule (penataan → tata, mewarnai → warna, kepenulisan → penulis → tulis), so a
 * form in its root ("tata cahaya") is found in an affixed text ("penataan cahaya").
 */
import { minimumStem } from './word-endings.js';

/**
 * Indonesian nominal and verbal affixes: pen-/pem-/peng-/peny-/pe-/per-, me-/men-/mem-/meng-/meny-, ber-, the passive
 * di- and ke-…-an; -an/-kan/-i/-nya; one prefix inside another (kepenulisan ← penulis ← tulis, mewarnai ← warna,
 * dikembangkan ← kembang).
 */
export function indonesianStems(word: string, depth = 0): string[] {
  const stems = new Set<string>();
  const bases = [word];
  for (const suffix of ['kan', 'an', 'nya', 'i']) {
    if (!word.endsWith(suffix) || word.length - suffix.length < minimumStem) continue;
    // A bare -i only after a verbal prefix (mewarnai, diwarnai): many roots end in i.
    if (suffix === 'i' && !/^(me|di)/u.test(word)) continue;
    bases.push(word.slice(0, -suffix.length));
  }
  for (const base of bases) {
    const prefix = /^(peng|peny|pen|pem|per|pe|meng|meny|men|mem|me|ber|di|ke)(.+)$/u.exec(base);
    if (prefix === null) {
      if (base !== word) stems.add(base);
      continue;
    }
    const [, head = '', rest = ''] = prefix;
    // ke- only as the ke-…-an circumfix (kepenulisan, kesenian), never on a bare root.
    if (head === 'ke' && base === word) {
      continue;
    }
    // A bare pe-/me- stands only before l, r, w, y, m, n (pelukis, merawat, mewarnai): before another consonant the
    // nasal shows (peng-, pem-, …), so "peking" is no pe- + "king".
    if ((head === 'pe' || head === 'me') && !/^[lrwymn]/u.test(rest)) {
      if (base !== word) stems.add(base);
      continue;
    }
    const candidates = [rest];
    // The nasal replaced the first consonant of the root: penulis ← tulis, penyunting ← sunting, pemasaran ← pasar.
    if (/^[aiueo]/u.test(rest)) {
      if (head === 'pen' || head === 'men') candidates.push(`t${rest}`);
      if (head === 'peny' || head === 'meny') candidates.push(`s${rest}`);
      if (head === 'pem' || head === 'mem') candidates.push(`p${rest}`);
      if (head === 'peng' || head === 'meng') candidates.push(`k${rest}`);
    }
    for (const candidate of candidates) {
      if (candidate.length < minimumStem) continue;
      stems.add(candidate);
      // ke-…-an and di-…-kan around a word that has a prefix of its own.
      if (depth === 0 && (head === 'ke' || head === 'di'))
        for (const inner of indonesianStems(candidate, 1)) stems.add(inner);
    }
    if (base !== word) stems.add(base);
  }
  return [...stems];
}
