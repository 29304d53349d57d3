/**
 * An organization named by a definite description that refers back to it: "the company('s)", "the studio", "同社",
 * "이 회사", "회사 측", "công ty này", a bare "компания" / "студия" without a name after it — or by a word that stands
 * for the subject told of above: a sentence opening with "It"/"Its", "当社は", "该公司", "公司成立于…", "회사는",
 * "Công ty được …", "Hãng đã …" (not "Công ty cổ phần …", "Công ty mẹ"), "Perusahaan itu …", "会社は…", a bare
 * "студия обещает …", and the head of "the studio" named after his office ("Глава студии Рэнди Питчфорд").
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
    String.raw`(?:perusahaan|studio|perseroan|PT) (?:itu|tersebut|ini)\b`,
    // "会社は1998年に…", "新会社の設立は…": the company told of above, the bare noun opening the sentence.
    String.raw`^(?:新)?会社(?:は|が|の|も)`,
  ].join('|'),
  'iu',
);

// Case-sensitive (with the i flag \p{Lu} matches any letter).
const referringBackByCase = new RegExp(
  [
    // "Công ty được thành lập …", "Hiệp hội đã …": the bare noun opening the sentence, a verb after it and no name
    // (after a comma it is often an apposition: "Virtuos, công ty cung cấp dịch vụ …").
    String.raw`^(?:Công ty|Doanh nghiệp|Hãng|Hiệp hội)\s+(?!cổ phần|tnhh|phim|hoạt hình|game|` +
      String.raw`trò chơi|truyền thông|công nghệ|giải trí|sản xuất|con|mẹ|liên doanh|này|đó)\p{Ll}`,
    // "Весной студия обещает …", "включил студию в список": the bare noun in the singular, no name after it
    // ("студия «Паровоз»", "компания SPB TV" name one), no adjective before it ("первой анимационной студии" describes
    // a name, "студиям" are many). Case-sensitive: with the i flag \p{Lu} would match any letter.
    String.raw`(?<!\p{L})(?<!\p{L}(?:ой|ый|ая|яя|ую|ое|ых|их|ым|ого|его|ому|ему)\s)` +
      String.raw`(?:[Кк]омпани|[Кк]иностуди|[Сс]туди|[Шш]кол|[Вв]уз|[Уу]ниверситет|[Аа]гентств|[Аа]ссоциаци)` +
      String.raw`(?![а-я]*(?:ям|ях|ями|ам|ах|ами)(?!\p{L}))[а-я]*(?!\s+(?:«|"|\p{Lu}))(?!\p{L})`,
    // The office of the organization told of, then the person who holds it: "Глава студии Рэнди Питчфорд".
    String.raw`(?<!\p{L})(?:[Гг]лав|[Дд]иректор|[Рр]уководител|[Оо]сновател|[Пп]резидент|[Вв]ладел)[а-я]*\s+` +
      String.raw`(?:компании|студии|киностудии)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`,
  ].join('|'),
  'u',
);

export function refersBack(sentence: string): boolean {
  return englishReferringBack.test(sentence) || referringBack.test(sentence) || referringBackByCase.test(sentence);
}
