/**
 * The languages an offer or need names in its own words ("Thai dubbing", "serial Thailand ke bahasa Indonesia",
 * "корей сериалдарын қазақ тіліне дубляждау", "日本語ボイス制作"), and which of them it works into (the target of
 * a dub, subtitle or translation). A localization need is a language pair: a Thai → Indonesian dubbing need is not
 * met by a Korean → English subtitling house, nor by dubbing into Kazakh.
 */

export interface StatementLanguages {
  /** ISO 639-1 codes of every language the text names. */
  named: string[];
  /** The languages it works into, when the text says so ("into Thai", "ke bahasa Indonesia", "қазақ тіліне"). */
  targets: string[];
}

/** Per language, the stems its name takes across the lexicon's languages (lowercase; Latin ones whole-word). */
const languageStems: Record<string, { latin: string[]; other: string[] }> = {
  en: {
    latin: ['english', 'inggris', 'ingliz', 'tiếng anh'],
    other: ['английск', 'ағылшын', '영어', '英語', '英语', 'อังกฤษ'],
  },
  ko: {
    latin: ['korean', 'k-drama', 'k-dramas', 'korea', 'koreys', 'tiếng hàn', 'hàn quốc', 'hàn'],
    other: ['корейск', 'корей', '한국어', '한국', '韓国', '韩国', 'เกาหลี'],
  },
  th: {
    latin: ['thai', 'thailand', 'tailand', 'tiếng thái', 'thái lan'],
    other: ['тайск', 'тай тіл', '태국', 'タイ語', 'ไทย'],
  },
  id: {
    latin: ['indonesian', 'indonesia', 'indoneziya', 'tiếng indonesia'],
    other: ['индонез', '인도네시아', 'インドネシア', 'อินโดนีเซีย'],
  },
  vi: {
    latin: ['vietnamese', 'vietnam', 'vetnam', 'tiếng việt', 'việt nam'],
    other: ['вьетнам', '베트남', 'ベトナム', 'เวียดนาม'],
  },
  ja: {
    latin: ['japanese', 'jepang', 'yapon', 'tiếng nhật', 'nhật bản'],
    other: ['японск', 'жапон', '일본', '日本', 'ญี่ปุ่น'],
  },
  ru: {
    latin: ['russian', 'rusia', 'rus', 'ruscha', 'tiếng nga'],
    other: ['русск', 'орыс', '러시아', 'ロシア', 'รัสเซีย'],
  },
  uz: {
    latin: ['uzbek', "o'zbek", 'oʻzbek', 'ozbek'],
    other: ['узбек', 'өзбек', 'ўзбек', '우즈베크', '우즈벡', 'ウズベク', 'อุซเบก'],
  },
  kk: { latin: ['kazakh', 'kazak', 'qozoq', 'qazaq'], other: ['казах', 'қазақ', '카자흐', 'カザフ', 'คาซัค'] },
  zh: {
    latin: ['chinese', 'mandarin', 'xitoy', 'tiếng trung'],
    other: ['китайск', 'қытай', '중국어', '中国語', '中文', 'จีน'],
  },
  mn: {
    latin: ['mongolian', 'mongol', 'mongolcha', 'tiếng mông cổ'],
    other: ['монгол', '몽골', 'モンゴル', '蒙古', 'มองโกเลีย'],
  },
  tr: {
    latin: ['turkish', 'turki', 'turk', 'turkiya'],
    other: ['турецк', 'түрік', '터키', '튀르키예', 'トルコ', 'ตุรกี'],
  },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a language name says what the work goes into, `L` standing for the name (its stem and any ending). */
const targetTemplates = [
  'into\\s+L',
  'to\\s+L',
  'L\\s+(?:dub|dubs|dubbing|dubbed|subtitles?|subs|voice|voices|version|locali[sz]ation|captions?)\\b',
  'ke\\s+(?:dalam\\s+)?(?:bahasa\\s+)?L',
  'versi\\s+(?:bahasa\\s+)?L',
  '(?:sulih suara|dubbing|subtitle|takarir|terjemahan)\\s+(?:ke\\s+)?(?:bahasa\\s+)?L',
  'на\\s+L',
  'L\\s+(?:тіліне|тілге|тiлiне|тілінде|тілдерінде)',
  'L\\s+(?:tiliga|tilida)',
  'L\\s+хэл(?:ээр|ний|\\s+рүү|\\s+руу)',
  'sang\\s+(?:tiếng\\s+)?L',
  'phiên bản\\s+(?:tiếng\\s+)?L',
  '(?:lồng tiếng|thuyết minh|phụ đề)\\s+(?:tiếng\\s+)?L',
  'เป็นภาษาL',
  'เป็นL',
  'พากย์L',
  'นักพากย์L',
  'L어?\\s*(?:로|더빙|자막|현지화|번역|버전)',
  'L語?(?:へ|に|吹替|吹き替え|字幕|ボイス|版|ローカライズ)',
];

interface LanguagePatterns {
  code: string;
  /**
   * Any of its stems anywhere: small and quick to compile, where the two patterns below take V8 tens of
   * milliseconds each on first use, so they are only tried (and compiled) for a text holding a stem of theirs.
   */
  stems: RegExp;
  named: RegExp;
  target: RegExp;
  /** The name's pattern source, for two names joined by "and" (see `joinedToTarget`). */
  name: string;
}

/** Letters a non-Latin language name may end in (корейских, қазақша, 한국어), never Han or kana ones. */
const endingLetters = '(?:(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])[\\p{L}\\p{M}])*';

/** Each language's patterns, made on first use (a `matchcut ask` start that indexes no profile never needs them). */
let madePatterns: LanguagePatterns[] | undefined;
const patterns = (): LanguagePatterns[] => (madePatterns ??= Object.entries(languageStems).map(languagePatterns));

function languagePatterns([code, stems]: [
  string,
  { latin: readonly string[]; other: readonly string[] },
]): LanguagePatterns {
  const latin = stems.latin.map(escape).join('|');
  const other = stems.other.map(escape).join('|');
  // A Latin name stands as a whole word; other scripts' stems take any ending (корейских, қазақша, 日本語).
  // Japanese and Chinese run words together: there a name takes no ending ("韓国ドラマの日本語吹替").
  const name = `(?:(?<![\\p{L}\\p{M}])(?:${latin})(?![\\p{L}\\p{M}])|(?:${other})${endingLetters})`;
  const target = targetTemplates.map((template) => template.replace('L', name)).join('|');
  const stemsAnywhere = new RegExp([...stems.latin, ...stems.other].map(escape).join('|'), 'iu');
  return { code, stems: stemsAnywhere, named: new RegExp(name, 'iu'), target: new RegExp(target, 'iu'), name };
}

/** Words joining two language names in one list ("English and Mandarin dubbing", "bahasa Inggris dan Mandarin"). */
const joinWords = '(?:,|/|&|\\+|、|and|or|dan|atau|và|hoặc|и|или|va|yoki|және|немесе|และ|หรือ|및|와|과|と|和|及)';

/**
 * Whether a language the text names is joined to one it works into ("English and Mandarin dubbing": both are
 * targets; "dubbing bahasa Inggris dan Mandarin" likewise), so that it is a target too.
 */
function joinedToTarget(lower: string, language: LanguagePatterns, target: LanguagePatterns): boolean {
  const between = `\\s*${joinWords}\\s*(?:bahasa\\s+|tiếng\\s+|ภาษา)?`;
  return new RegExp(`${language.name}${between}${target.name}|${target.name}${between}${language.name}`, 'iu').test(
    lower,
  );
}

/** Any language's stem anywhere (no word edges): a text without one names no language, and most name none. */
const anyStem = new RegExp(
  Object.values(languageStems)
    .flatMap((stems) => [...stems.latin, ...stems.other])
    .map(escape)
    .join('|'),
  'iu',
);

/** Fan-subtitle shorthand: "vietsub", "engsub", "thaisub", "indosub" name the language subtitled into. */
const subtitleShorthand: Record<string, string> = {
  viet: 'vi',
  eng: 'en',
  thai: 'th',
  indo: 'id',
  kor: 'ko',
  rus: 'ru',
};
/** What every shorthand contains: a text without it has none (most have none). */
const subtitleWord = /sub/iu;
const shorthandPattern = /(?<![\p{L}\p{M}])(viet|eng|thai|indo|kor|rus)-?subs?(?![\p{L}\p{M}])/giu;

/** The languages a statement names and the ones it works into. */
export function statementLanguages(text: string): StatementLanguages {
  const lower = text.normalize('NFC').toLowerCase();
  const named: string[] = [];
  const targets: string[] = [];
  const namesAny = anyStem.test(lower);
  const found: LanguagePatterns[] = [];
  for (const language of namesAny ? patterns() : []) {
    const { code, stems, named: namePattern, target } = language;
    if (!stems.test(lower) || !namePattern.test(lower)) continue;
    named.push(code);
    found.push(language);
    if (target.test(lower)) targets.push(code);
  }
  // A language joined in one list to a target is a target too ("English and Mandarin dubbing").
  if (targets.length > 0 && targets.length < found.length) {
    const targetPatterns = found.filter((language) => targets.includes(language.code));
    for (const language of found) {
      if (targets.includes(language.code)) continue;
      if (targetPatterns.some((target) => joinedToTarget(lower, language, target))) targets.push(language.code);
    }
  }
  for (const match of subtitleWord.test(lower) ? lower.matchAll(shorthandPattern) : []) {
    const code = subtitleShorthand[match[1] ?? ''];
    if (code === undefined) continue;
    if (!named.includes(code)) named.push(code);
    if (!targets.includes(code)) targets.push(code);
  }
  return { named, targets };
}

/** A localization offer that names no language, for a need that does (see `languagePairCover`). */
const unnamedOfferShare = 0.75;

/** What a partner lacking the target language of a localization need (or its source) still counts for. */
const missingTargetShare = 0.5;
const missingSourceShare = 0.9;

/**
 * How far a partner covers the language pair of a localization need: the target (the languages it works into, else
 * every language named when the need names no more than two) must be among the languages of the partner's offer or of
 * its profile, else the need is met partially at most; a source the partner lacks costs a little.
 */
export function languagePairCover(
  need: StatementLanguages,
  offer: StatementLanguages,
  partnerLanguages: ReadonlySet<string>,
): number {
  if (need.named.length === 0) return 1;
  const covers = (code: string) => offer.named.includes(code) || partnerLanguages.has(code);
  const targets = need.targets.length > 0 ? need.targets : need.named.length <= 2 ? need.named : [];
  if (targets.length === 0) return 1;
  // On top of the statement's own fit, which for an offer naming no language (`unnamedOfferShare`) the partner's
  // languages now decide.
  const unnamed = offer.named.length === 0 ? 1 / unnamedOfferShare : 1;
  if (!targets.every(covers)) return Math.min(1, missingTargetShare * unnamed);
  const sources = need.targets.length > 0 ? need.named.filter((code) => !need.targets.includes(code)) : [];
  return Math.min(1 / unnamedOfferShare, (sources.every(covers) ? 1 : missingSourceShare) * unnamed);
}

/**
 * How far a localization offer's languages fit a localization need's: 0 when the need names languages and the offer
 * names only others, or both say what they work into and no target is shared; less than 1 when the offer names no
 * language at all; 1 otherwise.
 */
export function languagePairFit(need: StatementLanguages, offer: StatementLanguages): number {
  if (need.named.length === 0) return 1;
  if (offer.named.length === 0) return unnamedOfferShare;
  if (!need.named.some((code) => offer.named.includes(code))) return 0;
  if (need.targets.length > 0 && offer.targets.length > 0) {
    if (!need.targets.some((code) => offer.targets.includes(code))) return 0;
  }
  return 1;
}
