/**
 * An organization named by a definite description that refers back to it: "the company('s)", "the studio", "同社",
 * "이 회사", "회사 측", "công ty này", a bare "компания" / "студия" without a name after it.
 */
// In English the noun is written in lower case: "the Studio Labs complex" names something.
const englishReferringBack = new RegExp(
  String.raw`\b[Tt]he (?:company|studio|firm|school|college|university|academy|group|agency|broadcaster|platform|` +
    String.raw`festival|venture|organi[sz]ation|association)(?:['’]s)?\b`,
  'u',
);

const referringBack = new RegExp(
  [
    '同(?:社|スタジオ|校|大学|協会|団体|局|グループ|機構)',
    String.raw`(?:이|해당|같은)\s?(?:회사|기업|업체|스튜디오|학교|기관|단체)|회사\s?측|동사(?:는|의|가)`,
    String.raw`(?:công ty|hãng|studio|trường|đơn vị|hiệp hội|tổ chức) này`,
    String.raw`(?<!\p{L})(?:компани|киностуди|студи|школ|вуз|университет|агентств|ассоциаци)[а-я]*` +
      String.raw`(?!\s+«?\p{Lu})(?!\p{L})`,
  ].join('|'),
  'iu',
);

export function refersBack(sentence: string): boolean {
  return englishReferringBack.test(sentence) || referringBack.test(sentence);
}
