/**
 * An organization named by a definite description that refers back to it: "the company('s)", "the studio", "同社",
 * "이 회사", "회사 측", "công ty này", a bare "компания" / "студия" without a name after it — or by a word that stands
 * for the subject told of above: a sentence opening with "It"/"Its", "当社は", "该公司", "公司成立于…", "회사는",
 * "Công ty được …" (not "Công ty cổ phần …", "Công ty mẹ"), "Perusahaan itu …",
 * and the head of "the studio" named after his office ("Глава студии Рэнди Питчфорд").
 */
// In English the noun is written in lower case: "the Studio Labs complex" names something.
const englishReferringBack = new RegExp(
  String.raw`\b[Tt]he (?:company|studio|firm|school|college|university|academy|group|agency|broadcaster|platform|` +
    String.raw`festival|venture|organi[sz]ation|association|streamer|developer|publisher|distributor|startup|` +
    String.raw`start-up|chain|network|operator|exhibitor|conglomerate|outfit)(?:['’]s)?\b|^Its\s|` +
    // "It is headquartered …", not the "it" of "It is the second year …", "It is unclear …".
    String.raw`^It\s(?!(?:is|was|has been|will be)\s+` +
    String.raw`(?:the|a|an|not|also|unclear|likely|expected|possible|hoped|time|now|still|too)\b)`,
  'u',
);

const referringBack = new RegExp(
  [
    '同(?:社|スタジオ|校|大学|協会|団体|局|グループ|機構)|当社',
    String.raw`(?:该|此|这家|该家)(?:公司|企业|集团|工作室|平台|机构|学校|影业|动画)|` +
      String.raw`^(?:公司|企业|集团|工作室)(?=[^\p{L}]|[成是于在将已的与和])`,
    String.raw`(?:이|해당|같은)\s?(?:회사|기업|업체|스튜디오|학교|기관|단체)|회사\s?측|동사(?:는|의|가)|` +
      String.raw`^(?:회사|기업|업체)(?:는|가|의|도)\s`,
    String.raw`(?:công ty|hãng|studio|trường|đơn vị|hiệp hội|tổ chức|doanh nghiệp) này`,
    // "Perseroan" (the Company, as filings call it) stands alone for the company told of ("laba bersih perseroan").
    String.raw`(?:perusahaan|studio|perseroan|PT|emiten) (?:itu|tersebut|ini)\b|\bperseroan\b(?! terbatas)`,
  ].join('|'),
  'iu',
);

// Case-sensitive (with the i flag \p{Lu} matches any letter).
const referringBackByCase = new RegExp(
  [
    // "Công ty được thành lập …": the bare noun opening a sentence, no name after it.
    String.raw`^(?:Công ty|Doanh nghiệp)\s+(?!cổ phần|tnhh|phim|hoạt hình|game|trò chơi|truyền thông|` +
      String.raw`công nghệ|giải trí|sản xuất|con|mẹ|liên doanh)\p{Ll}`,
    // The office of the organization told of, then the person who holds it: "Глава студии Рэнди Питчфорд".
    String.raw`(?<!\p{L})(?:[Гг]лав|[Дд]иректор|[Рр]уководител|[Оо]сновател|[Пп]резидент|[Вв]ладел)[а-я]*\s+` +
      String.raw`(?:компании|студии|киностудии)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`,
  ].join('|'),
  'u',
);

// A bare Russian noun with no name after it ("компания выпустила", "в студии.") — without the i flag, so that \p{Lu}
// is a capital: "студия Wizart", "компания «Иви»" name an organization. The noun is kept (group 1).
const russianBareNoun = new RegExp(
  String.raw`(?<!\p{L})((?:[Кк]омпани|[Кк]иностуди|[Сс]туди|[Шш]кол|[Вв]уз|[Уу]ниверситет|` +
    String.raw`[Аа]гентств|[Аа]ссоциаци)[а-яё]*)(?![\p{L}\d])(?!\s+[«"„“]?[\p{Lu}\d])`,
  'gu',
);
// The subject told of is referred back to as a sentence's subject ("в 2019 году студия ждёт …"): the noun in the
// nominative singular. In another case it is mostly some other body or bodies ("студенты вуза", "облегчила студиям
// работу") — except at the sentence's end, with nothing after it that could name one ("О студии.").
const nominative = /^(?:компания|киностудия|студия|школа|вуз|университет|агентство|ассоциация)$/iu;
const sentenceEnd = /^[\s.!?…»"”)]*$/u;

function russianReferringBack(sentence: string): boolean {
  return [...sentence.matchAll(russianBareNoun)].some(
    (match) => nominative.test(match[1] as string) || sentenceEnd.test(sentence.slice(match.index + match[0].length)),
  );
}

export function refersBack(sentence: string): boolean {
  return (
    englishReferringBack.test(sentence) ||
    referringBack.test(sentence) ||
    referringBackByCase.test(sentence) ||
    russianReferringBack(sentence)
  );
}
