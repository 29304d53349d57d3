/**
 * A small script-and-word-based language detector for en, ko, vi, ja, ru, uz (and a
 * fallback "und"). Good enough to tag articles and to answer in the asker's language;
 * it needs no model.
 */

const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const uzbekMarkers = /\b(va|bilan|uchun|qanday|nima|qayerda|haqida|markazi|o'zbekiston|kompaniya|bo'yicha|ishlaydi|necha|kim|qaysi)\b|o'|g'|oʻ|gʻ/giu;
const englishMarkers = /\b(the|and|of|to|in|is|are|who|what|which|how|with|for|does|did)\b/giu;
const uzbekCyrillic = /[ўқғҳ]/giu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4_000);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  const total = hangul + kana + han + cyrillic + latin;
  if (total === 0) return 'und';
  if (hangul / total > 0.2) return 'ko';
  if (kana > 0 && (kana + han) / total > 0.2) return 'ja';
  if (han / total > 0.3) return 'ja';
  if (cyrillic / total > 0.3) return count(sample, uzbekCyrillic) > 2 ? 'uz' : 'ru';
  if (latin === 0) return 'und';
  const vietnamese = count(sample, vietnameseLetters);
  if (vietnamese / latin > 0.02 || vietnamese >= 3) return 'vi';
  const uzbek = count(sample, uzbekMarkers);
  const english = count(sample, englishMarkers);
  if (uzbek > english) return 'uz';
  return 'en';
}
