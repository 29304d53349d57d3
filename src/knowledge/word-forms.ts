/**
 * Word forms the lexicon does not list, found by rule rather than by adding every inflection: the stems of
 * Russian, Kazakh and Uzbek (Cyrillic and Latin) case, plural and possessive endings, Indonesian affixes
 * (pe-/pen-…-an, me-/men-…, ber-), and compounds written without a space in Korean, Japanese and Thai split at
 * known lexicon words plus a closed list of grammatical or "team / room / work" endings (컴포지팅팀 = 컴포지팅 + 팀,
 * 더빙해 = 더빙 + 해, 字幕翻訳者 = 字幕 + 翻訳 + 者). Matching compares stems on both sides, so a form written in
 * its dictionary form ("цветокоррекция", "tata cahaya") is found in an inflected text ("цветокоррекции",
 * "penataan cahaya").
 */
import { type Script, stemLatin } from '../retrieval/text-normalize.js';

/** Russian case and number endings, Kazakh and Uzbek (Cyrillic) plural, case and possessive suffixes. */
const cyrillicEndings = [
  // Russian
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ия',
  'ии',
  'ию',
  'ие',
  'ий',
  'ый',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ых',
  'их',
  'ым',
  'им',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ья',
  'ье',
  'ьи',
  'ью',
  // Kazakh and Uzbek: plural, genitive, dative, locative, ablative, accusative, possessive
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'нинг',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'даги',
  'дағы',
  'дегі',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'ға',
  'ге',
  'қа',
  'ке',
  'га',
  'да',
  'де',
  'та',
  'те',
  'ды',
  'ді',
  'ты',
  'ті',
  'ны',
  'ні',
  'ни',
  'сы',
  'сі',
  'си',
  'мыз',
  'міз',
  'миз',
  // Kazakh: the abstract noun and adjective of a trade (операторлық, режиссерлік), an accusative or locative after
  // a possessive (тілдерін, жобасында)
  'лық',
  'лік',
  'дық',
  'дік',
  'тық',
  'тік',
  'нда',
  'нде',
  'ын',
  'ін',
  // Kazakh verb forms on a work's verb: "we do", "does", "who does", the converb (түсіреміз, монтаждайды, түсіретін,
  // түсіріп) — only endings Russian words do not end in
  'еміз',
  'йміз',
  'амыз',
  'ймыз',
  'етін',
  'йтін',
  'атын',
  'йтын',
  'еді',
  'йді',
  'йды',
  'ып',
  'іп',
  // one letter (Russian and the Turkic possessive)
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'і',
].sort((left, right) => right.length - left.length);

/** Uzbek (Latin) plural, case and possessive suffixes, and the -lik of a trade or a quality (rejissyorlik). */
const uzbekLatinEndings = [
  'ligi',
  'likni',
  'likka',
  'likda',
  'lik',
  'larimiz',
  'laringiz',
  'larining',
  'larini',
  'lariga',
  'larida',
  'laridan',
  'lardan',
  'larga',
  'larni',
  'larda',
  'lari',
  'lar',
  'imiz',
  'ingiz',
  'ning',
  'dagi',
  'dan',
  'da',
  'ga',
  'ka',
  'qa',
  'ni',
  'si',
  'i',
].sort((left, right) => right.length - left.length);

/** A person who does the work: Uzbek -chi, Kazakh -шы/-ші, Uzbek Cyrillic -чи (kompozitingchi, монтаждаушы). */
const agentSuffixes = { latin: ['chi'], cyrillic: ['шы', 'ші', 'чи'] } as const;

/**
 * The work behind a Cyrillic word naming the person who does it, the person's own endings first
 * (монтаждаушылар → монтаждау → монтаж, дыбыстаушыға → дыбыс, монтажчилари → монтаж).
 */
function cyrillicAgentStems(word: string): string[] {
  const stems: string[] = [];
  for (const agent of agentSuffixes.cyrillic) {
    const at = word.lastIndexOf(agent);
    if (at < minimumStem) continue;
    const after = word.slice(at + agent.length);
    // Only case, plural and possessive endings may follow the person's suffix.
    if (after !== '' && stripChain(`${'x'.repeat(minimumStem)}${after}`, cyrillicEndings) !== 'x'.repeat(minimumStem))
      continue;
    const before = word.slice(0, at);
    stems.push(before);
    const work = stripChain(before, cyrillicEndings);
    if (work !== before) stems.push(work);
  }
  return stems;
}

const minimumStem = 4;

/** Strips the longest ending that leaves at least four letters, again and again (suffix chains: -лар-ды). */
function stripChain(word: string, endings: readonly string[]): string {
  let stem = word;
  for (;;) {
    const ending = endings.find(
      (candidate) => stem.endsWith(candidate) && [...stem].length - [...candidate].length >= minimumStem,
    );
    if (ending === undefined) return stem;
    stem = stem.slice(0, -ending.length);
  }
}

/**
 * Indonesian nominal and verbal affixes: pen-/pem-/peng-/peny-/pe-/per-, me-/men-/mem-/meng-/meny-, ber-, the passive
 * di- and ke-…-an; -an/-kan/-i/-nya; one prefix inside another (kepenulisan ← penulis ← tulis, mewarnai ← warna,
 * dikembangkan ← kembang).
 */
function indonesianStems(word: string, depth = 0): string[] {
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

/**
 * An Uzbek verb in any of the forms a profile uses — "we do" (olamiz, tayyorlaymiz), "does" (qiladi), the doer
 * (oluvchi), the converb (olib) — as its verbal noun (olish, tayyorlash), the form the lexicon lists: "suratga
 * olamiz" is "suratga olish". Uzbek verb roots are short (ol-, qil-), so this allows roots of two letters.
 */
function uzbekVerbalNoun(word: string): string | undefined {
  const verb = /^([a-z']{2,}?)(aymiz|ymiz|amiz|aydi|ydi|adi|uvchi|ib|ish|sh)$/u.exec(word);
  if (verb === null) return undefined;
  const root = verb[1] as string;
  const ending = verb[2] as string;
  const vowelFinal = /[aeiou]$/u.test(root);
  // After a vowel the endings are -ymiz, -ydi, -sh; after a consonant -amiz, -adi, -ish.
  if (['aymiz', 'ymiz', 'aydi', 'ydi', 'sh'].includes(ending) !== vowelFinal && ending !== 'aymiz' && ending !== 'aydi')
    return undefined;
  const base = ending === 'aymiz' || ending === 'aydi' ? `${root}a` : root;
  return /[aeiou]$/u.test(base) ? `${base}sh` : `${base}ish`;
}

/**
 * A Russian verb and its verbal noun on one stem, as profiles write the work either way: монтируем / монтирование
 * (монтиров-), озвучиваем / озвучивание / озвучивать (озвучива-), редактирует / редактирования (редактиров-).
 */
function russianVerbStem(word: string): string | undefined {
  const ova =
    /^(\p{L}{4,}?)(?:у|ю)(?:ем|ет|ют|ешь|ете|я)$|^(\p{L}{4,}?)(?:ов|ев)(?:ать|ание|ания|анию|анием|ании|ал|али)$/u.exec(
      word,
    );
  if (ova !== null) return `${ova[1] ?? ova[2]}ов`;
  const plain = /^(\p{L}{4,}?[ая])(?:ем|ет|ют|ешь|ете|ть|ние|ния|нию|нием|нии|ли)$/u.exec(word);
  return plain === null ? undefined : plain[1];
}

/**
 * Korean verb endings on a work's noun (편집합니다, 편집해, 번역해드립니다, 제작하는, 녹음된): the noun is the stem, so a
 * form of several words ("영상 편집") is found when its last word is written as a verb.
 */
const koreanVerbEndings = [
  '해드립니다',
  '해드려요',
  '해드려',
  '해드림',
  '합니다',
  '됩니다',
  '하였',
  '했습니다',
  '해요',
  '하는',
  '하실',
  '하고',
  '하며',
  '하기',
  '하다',
  '되는',
  '해',
  '할',
  '한',
  '된',
].sort((left, right) => right.length - left.length);

function koreanVerbStem(word: string): string | undefined {
  const ending = koreanVerbEndings.find((candidate) => word.endsWith(candidate));
  if (ending === undefined) return undefined;
  const stem = word.slice(0, -ending.length);
  return [...stem].length >= 2 ? stem : undefined;
}

/**
 * The stems a word key may stand for, itself excluded: inflection-stripped forms, and for a word naming the person
 * who does the work, the work (kompozitingchi → kompoziting). Empty when no rule applies.
 */
export function wordStems(key: string, script: Script): string[] {
  if (script === 'hangul') {
    const stem = koreanVerbStem(key);
    return stem === undefined ? [] : [stem];
  }
  if ([...key].length < minimumStem + 1) return [];
  const stems = new Set<string>();
  if (script === 'cyrillic') {
    const folded = key.replace(/ё/gu, 'е');
    const stem = stripChain(folded, cyrillicEndings);
    stems.add(stem);
    for (const agent of agentSuffixes.cyrillic) {
      if (stem.endsWith(agent) && [...stem].length - agent.length >= minimumStem)
        stems.add(stem.slice(0, -agent.length));
    }
    for (const work of cyrillicAgentStems(folded)) stems.add(work);
    const verb = russianVerbStem(folded);
    if (verb !== undefined) stems.add(verb);
  } else if (script === 'latin') {
    if (!/^[a-z]+$/u.test(key)) return [];
    const stem = stripChain(key, uzbekLatinEndings);
    if (stem !== key) stems.add(stem);
    const agent = /chi(?:(?:lar|lik)\p{L}*)?$/u;
    const beforeAgent = agent.test(key) ? stemLatin(key.replace(agent, '')) : '';
    if (beforeAgent.length >= minimumStem) stems.add(beforeAgent);
    for (const stem of indonesianStems(key)) stems.add(stem);
    const verbalNoun = uzbekVerbalNoun(key);
    if (verbalNoun !== undefined) stems.add(verbalNoun);
  }
  stems.delete(key);
  return [...stems];
}

/**
 * Endings that may follow a known word inside one written Korean, Japanese or Thai word: a team, room, department or
 * piece of work, a person, polite and verb endings (하다 / します) — never a subject of their own.
 */
const compoundEndings: Partial<Record<Script, readonly string[]>> = {
  hangul: [
    '팀',
    '실',
    '부',
    '부서',
    '파트',
    '작업',
    '업무',
    '업체',
    '회사',
    '전문',
    '담당',
    '인력',
    '스태프',
    '님',
    '분',
    '가능',
    '하다',
    '합니다',
    '해요',
    '해',
    '하는',
    '하실',
    '할',
    '한',
    '하고',
    '하며',
    '하기',
    '해드립니다',
    '해드려요',
    '드립니다',
    '됩니다',
    '되는',
    '된',
    '자',
    '가',
    '사',
    '원',
    '용',
  ],
  han: ['者', '家', '師', '員', '担当', '作業', '部', '課', '班', '室', '業務', '募集', '可能'],
  kana: [
    '者',
    '家',
    '師',
    '員',
    '担当',
    '作業',
    '部',
    '課',
    '班',
    '室',
    'チーム',
    'スタッフ',
    'マン',
    'する',
    'します',
    'できる',
  ],
};

/**
 * Splits a word of an unspaced script into known lexicon words and endings (the caller tries it where the whole
 * word names nothing): every character covered, at least one known word of two or more characters, fewest
 * pieces. Undefined when it cannot be split that way.
 */
export function splitCompound(
  word: string,
  script: Script,
  isKnownWord: (piece: string) => boolean,
  isFormWords: (pieces: readonly string[]) => boolean,
): string[] | undefined {
  if (script !== 'hangul' && script !== 'han' && script !== 'kana' && script !== 'other') return undefined;
  const characters = [...word];
  if (characters.length < 3) return undefined;
  const endings = new Set(
    script === 'han' || script === 'kana'
      ? [...(compoundEndings.han ?? []), ...(compoundEndings.kana ?? [])]
      : (compoundEndings[script] ?? []),
  );
  // best[i]: the fewest pieces covering characters[0, i), with how many are known words.
  const best: ({ pieces: string[]; known: number } | undefined)[] = [{ pieces: [], known: 0 }];
  for (let end = 1; end <= characters.length; end += 1) {
    for (let start = Math.max(0, end - 12); start < end; start += 1) {
      const before = best[start];
      if (before === undefined || (start === 0 && end === characters.length)) continue;
      const piece = characters.slice(start, end).join('');
      const known = end - start >= 2 && isKnownWord(piece) ? 1 : 0;
      if (known === 0 && !endings.has(piece)) continue;
      const candidate = { pieces: [...before.pieces, piece], known: before.known + known };
      const current = best[end];
      if (current === undefined || candidate.pieces.length < current.pieces.length) best[end] = candidate;
    }
  }
  const found = best[characters.length];
  if (found === undefined || found.known === 0 || found.pieces.length < 2) return undefined;
  // Two known words side by side are only taken as one form's words (자막번역 = 자막 번역): a longer word may
  // merely contain them (어시스턴트 is not 어시 + 스턴트).
  const knownRun = found.pieces.filter((piece) => !endings.has(piece));
  if (knownRun.length > 1 && !isFormWords(knownRun)) return undefined;
  return found.pieces;
}

const uzbekDigraphs: [RegExp, string][] = [
  [/o'/gu, 'ў'],
  [/g'/gu, 'ғ'],
  [/sh/gu, 'ш'],
  [/ch/gu, 'ч'],
  [/yo/gu, 'ё'],
  [/yu/gu, 'ю'],
  [/ya/gu, 'я'],
  [/ye/gu, 'е'],
  [/ts/gu, 'ц'],
  [/(?<![\p{L}])e/gu, 'э'],
];
const uzbekLetters: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  "'": 'ъ',
};

/**
 * An Uzbek form in the Latin alphabet written in the Cyrillic one, which many Uzbek organizations still use
 * ("ovoz rejissyori" → "овоз режиссёри", "animatsiya" → "анимация"). Text without Latin letters comes back as it is.
 */
export function uzbekLatinToCyrillic(form: string): string {
  if (!/[a-z]/iu.test(form)) return form;
  // Abbreviations and words with digits (VFX, 3D) are written the same in both alphabets.
  return form
    .normalize('NFC')
    .replace(/[ʻʼ’‘`]/gu, "'")
    .split(/(\s+|-)/u)
    .map((word) => {
      if (/\d/u.test(word) || /^[A-Z]{2,}$/u.test(word)) return word;
      let text = word.toLowerCase();
      for (const [pattern, letter] of uzbekDigraphs) text = text.replace(pattern, letter);
      return [...text].map((character) => uzbekLetters[character] ?? character).join('');
    })
    .join('');
}
