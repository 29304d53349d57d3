/**
 * A Korean person's name as other scripts' press writes it: the surname by its customary spelling, not Revised
 * Romanization (이 is "Lee" or "Yi", 박 "Park", 오 "Oh", 노 "Roh"), and often after the given name ("Jinsoo Lee",
 * "Dong Won Kwak"). Romanizing the Hangul syllable by syllable misses both (이진수 is "ijinsu", which "Jinsoo Lee"
 * never meets). The readings here are the Latin spellings of a Hangul name that starts with a common surname, in
 * both orders (Revised Romanization's own surname is the key Hangul already has), and the Revised Romanization of a
 * Latin name that starts or ends with a customary surname spelling; they are used for matching only.
 */
import { romanizeHangul } from './romanize.js';

/** Common Korean surnames and their customary Latin spellings besides Revised Romanization. */
const surnameSpellings: Record<string, readonly string[]> = {
  김: ['kim'],
  이: ['lee', 'yi', 'rhee', 'rhie'],
  박: ['park', 'pak'],
  최: ['choi', 'choe'],
  정: ['jung', 'chung', 'jeong'],
  강: ['kang'],
  조: ['cho', 'jo'],
  윤: ['yoon', 'yun'],
  장: ['jang', 'chang'],
  임: ['lim', 'im', 'rim'],
  한: ['han'],
  오: ['oh'],
  서: ['seo', 'suh'],
  신: ['shin', 'sin'],
  권: ['kwon'],
  황: ['hwang'],
  안: ['ahn', 'an'],
  송: ['song'],
  류: ['ryu', 'yoo', 'yu'],
  유: ['yoo', 'yu'],
  전: ['jeon', 'jun', 'chun'],
  홍: ['hong'],
  고: ['ko', 'koh', 'go'],
  문: ['moon', 'mun'],
  양: ['yang'],
  손: ['son', 'sohn'],
  배: ['bae'],
  백: ['baek', 'paik', 'baik'],
  허: ['heo', 'huh', 'hur'],
  남: ['nam'],
  심: ['shim', 'sim'],
  노: ['noh', 'roh'],
  하: ['ha'],
  곽: ['kwak'],
  성: ['sung', 'seong'],
  차: ['cha'],
  주: ['joo', 'ju', 'chu'],
  우: ['woo'],
  구: ['koo', 'ku'],
  민: ['min'],
  나: ['na', 'ra'],
  진: ['jin'],
  지: ['ji'],
  엄: ['um', 'eom'],
  채: ['chae'],
  원: ['won'],
  천: ['cheon', 'chun'],
  방: ['bang'],
  공: ['kong'],
  현: ['hyun'],
  함: ['ham'],
  변: ['byun', 'byeon'],
  염: ['yeom'],
  여: ['yeo'],
  추: ['choo'],
  도: ['do'],
  석: ['seok', 'suk'],
  선: ['sun', 'seon'],
  설: ['seol', 'sul'],
  길: ['gil', 'kil'],
  표: ['pyo'],
  명: ['myung'],
  왕: ['wang'],
  금: ['keum'],
  육: ['yook'],
  탁: ['tak'],
  국: ['kook'],
};

/** The surname syllable of each customary spelling ("lee" → 이); a spelling two surnames share is left out. */
const surnameBySpelling = new Map<string, string>();
const sharedSpellings = new Set<string>();
for (const [surname, spellings] of Object.entries(surnameSpellings)) {
  for (const spelling of [romanizeHangul(surname), ...spellings]) {
    const known = surnameBySpelling.get(spelling);
    if (known !== undefined && known !== surname) sharedSpellings.add(spelling);
    surnameBySpelling.set(spelling, surname);
  }
}
for (const spelling of sharedSpellings) surnameBySpelling.delete(spelling);

const personName = /^\p{Script=Hangul}{3}$/u;

/**
 * The Latin spellings of a Hangul name of three syllables that starts with a common surname (이진수 → "jinsu lee",
 * "lee jinsu", "jinsu yi", …; see the module comment), the given name in Revised Romanization; none for any other
 * word.
 */
export function koreanNameSpellings(word: string): string[] {
  if (!personName.test(word)) return [];
  const surname = word.charAt(0);
  const spellings = surnameSpellings[surname];
  if (spellings === undefined) return [];
  const given = romanizeHangul(word.slice(1));
  return spellings.flatMap((spelling) => [`${given} ${spelling}`, `${spelling} ${given}`]);
}

/**
 * A given name of two romanized Korean syllables ("jinsoo", "taehoon", "dongwon", "seungyoon"): a consonant or two, a
 * vowel of up to three letters, a final n, ng, m, l, k, p, t or b; four letters at least. An English word seldom
 * reads so (How, You, Live).
 */
const romanizedGivenName =
  /^(?:(?:[bcdghjklmnprst]|ch|kk|tt|pp|ss|jj|sh)?(?:[wy]?(?:ae|eo|eu|oe|ui|oo|ee|ou|[aeiou]))(?:ng|[nmlkptb])?){2}$/u;

/**
 * The Revised Romanization of a Latin name of two or three words that starts or ends with a customary Korean surname
 * spelling, surname first ("Jinsoo Lee" → "ijinsoo", "Dong Won Kwak" → "gwakdongwon"): how the loose key of the
 * name written in Hangul reads. Undefined for any other name.
 */
export function koreanNameInHangulOrder(words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3) return undefined;
  const first = surnameBySpelling.get((words[0] as string).toLowerCase());
  const last = surnameBySpelling.get((words[words.length - 1] as string).toLowerCase());
  // A name whose both ends could be a surname ("Kim Jin") is read surname first, as Korean press writes it.
  const surname = first ?? last;
  if (surname === undefined) return undefined;
  const given = (first !== undefined ? words.slice(1) : words.slice(0, -1)).join('').toLowerCase();
  const letters = given.replace(/[-‐]/gu, '');
  return letters.length >= 4 && romanizedGivenName.test(letters) ? `${romanizeHangul(surname)}${given}` : undefined;
}
