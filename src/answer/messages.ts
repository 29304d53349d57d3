/**
 * Short user-facing sentences of the core, in the languages members ask in.
 */
const notCovered: Record<string, string> = {
  en: "My sources don't cover this. The closest articles I have are listed below.",
  ko: '제가 가진 자료에는 이 내용이 없습니다. 가장 가까운 기사를 아래에 보여 드립니다.',
  vi: 'Các nguồn của tôi không đề cập đến điều này. Dưới đây là những bài viết gần nhất.',
  ja: '手元の資料にはこの内容がありません。最も近い記事を以下に示します。',
  ru: 'В моих источниках этого нет. Ниже — самые близкие статьи.',
  uz: "Manbalarimda bu haqda ma'lumot yo'q. Eng yaqin maqolalar quyida.",
};

export function notCoveredMessage(language: string): string {
  return notCovered[language] ?? (notCovered.en as string);
}

const notSure: Record<string, string> = {
  en: "I'm not sure my sources answer this. The closest passage I found:",
  ko: '제가 가진 자료가 이 질문에 답하는지 확실하지 않습니다. 가장 가까운 대목은 다음과 같습니다:',
  vi: 'Tôi không chắc các nguồn của mình trả lời được câu này. Đoạn gần nhất tôi tìm thấy:',
  ja: '手元の資料がこの質問に答えているかは確かではありません。最も近い箇所は次のとおりです:',
  ru: 'Я не уверен, что мои источники отвечают на этот вопрос. Самый близкий фрагмент:',
  uz: 'Manbalarim bu savolga javob berishiga ishonchim komil emas. Eng yaqin parcha:',
};

/** The lead-in of an answer the core is not sure of: the closest passage follows, and it is not grounded. */
export function notSureMessage(language: string): string {
  return notSure[language] ?? (notSure.en as string);
}

const languageNames: Record<string, Record<string, string>> = {
  en: { en: 'English', ko: 'Korean', vi: 'Vietnamese', ja: 'Japanese', ru: 'Russian', uz: 'Uzbek' },
  ko: { en: '영어', ko: '한국어', vi: '베트남어', ja: '일본어', ru: '러시아어', uz: '우즈베크어' },
  vi: { en: 'tiếng Anh', ko: 'tiếng Hàn', vi: 'tiếng Việt', ja: 'tiếng Nhật', ru: 'tiếng Nga', uz: 'tiếng Uzbek' },
  ja: { en: '英語', ko: '韓国語', vi: 'ベトナム語', ja: '日本語', ru: 'ロシア語', uz: 'ウズベク語' },
  ru: { en: 'английской', ko: 'корейской', vi: 'вьетнамской', ja: 'японской', ru: 'русской', uz: 'узбекской' },
  uz: {
    en: 'ingliz tilidagi',
    ko: 'koreys tilidagi',
    vi: 'vyetnam tilidagi',
    ja: 'yapon tilidagi',
    ru: 'rus tilidagi',
    uz: "o'zbek tilidagi",
  },
};

const fromArticle: Record<string, (name: string) => string> = {
  en: (name) => `(from ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} article)`,
  ko: (name) => `(${name} 기사에서)`,
  vi: (name) => `(từ một bài viết ${name})`,
  ja: (name) => `（${name}の記事より）`,
  ru: (name) => `(из статьи на ${name.replace(/ой$/, 'ом')} языке)`,
  uz: (name) => `(${name} maqoladan)`,
};

/**
 * A note in the asker's language that the answer quotes an article in another language,
 * e.g. "(from a Korean article)"; undefined when the languages are the same or unknown.
 */
export function otherLanguageNote(askerLanguage: string, articleLanguage: string): string | undefined {
  if (askerLanguage === articleLanguage) return undefined;
  const asker = fromArticle[askerLanguage] ? askerLanguage : 'en';
  const name = languageNames[asker]?.[articleLanguage] ?? displayedName(asker, articleLanguage);
  if (name === undefined) return undefined;
  return (fromArticle[asker] as (name: string) => string)(name);
}

/**
 * The name of a language outside the six (an ingested Chinese, Thai or Kazakh article) in the asker's language, shaped
 * as the notes above use it: "tiếng Trung", the Russian adjective "китайской", the Uzbek "xitoy tilidagi".
 */
function displayedName(asker: string, language: string): string | undefined {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([asker], { type: 'language', fallback: 'none' }).of(language);
  } catch {
    return undefined;
  }
  if (name === undefined || name === '' || name.toLowerCase() === language) return undefined;
  if (asker === 'vi') return name.replace(/^Tiếng /u, 'tiếng ');
  if (asker === 'ru') return /(?:ий|ый|ой)$/u.test(name) ? name.replace(/(?:ий|ый|ой)$/u, 'ой') : undefined;
  if (asker === 'uz') return `${name.replace(/cha$/u, '')} tilidagi`;
  return name;
}
