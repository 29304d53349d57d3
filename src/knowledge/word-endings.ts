/**
 * Russian, Kazakh, Uzbek and Mongolian word endings, stripped by rule to find a form's stem: case, plural and
 * possessive endings (Cyrillic and Uzbek Latin), a trade in -лық/-lik, the person who does the work (монтаждаушы,
 * -chi) and the verb forms profiles write the work in (монтируем = монтирование, suratga olamiz = suratga olish).
 */
/** Russian case and number endings of two letters or more (a Russian ending ends the word: see `endingParses`). */
const russianEndings = [
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
];

/** Russian case and number endings, Kazakh and Uzbek (Cyrillic) plural, case and possessive suffixes. */
export const cyrillicEndings = [
  ...russianEndings,
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
  // Kazakh: the dative after a third-person possessive (қабырғасына, сахнасына)
  'на',
  'не',
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
  // Mongolian: genitive, accusative, instrumental and ablative endings and the plural (трюкийн, продакшнуудын,
  // гримчдээс) — endings no Russian, Kazakh or Uzbek word ends in
  'уудын',
  'үүдийн',
  'гийн',
  'ийн',
  'ууд',
  'үүд',
  'ийг',
  'ыг',
  'аар',
  'ээр',
  'оор',
  'өөр',
  'аас',
  'ээс',
  'оос',
  'өөс',
  // Mongolian: the dative-locative -д after н, м, л, -т after г, р, с, в, -ад after a consonant cluster (монголд,
  // наадамд, эвлүүлэгт, авалтад), the plural of a person in -ч (зохиолчид) and -уд after a vowel (компаниуд); see
  // `endingFits`
  'ад',
  'эд',
  'од',
  'өд',
  'ид',
  'уд',
  'үд',
  'д',
  'т',
  // Mongolian: the comitative -тай/-той/-тэй ("with": туслахуудтай, хэрэгтэй) and the reflexive possessive after a
  // case ending, "one's own" (-гаа after a vowel or й, -аа after a consonant: туслахуудтайгаа, багаасаа); see
  // `endingFits`
  'тай',
  'той',
  'тэй',
  'гаа',
  'гээ',
  'гоо',
  'гөө',
  'аа',
  'ээ',
  'оо',
  'өө',
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
export const uzbekLatinEndings = [
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
  'miz',
  'ngiz',
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
export const agentSuffixes = { latin: ['chi'], cyrillic: ['шы', 'ші', 'чи'] } as const;

/**
 * The work behind a Cyrillic word naming the person who does it, the person's own endings first
 * (монтаждаушылар → монтаждау → монтаж, дыбыстаушыға → дыбыс, монтажчилари → монтаж).
 */
export function cyrillicAgentStems(word: string): string[] {
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

export const minimumStem = 4;

/** The Mongolian reflexive possessive: -гаа (-гээ, -гоо, -гөө) after a vowel or й, -аа (-ээ…) after a consonant. */
const reflexiveAfterVowel = ['гаа', 'гээ', 'гоо', 'гөө'];
const reflexiveAfterConsonant = ['аа', 'ээ', 'оо', 'өө'];
/** An ending read off before (outside) a case ending: the reflexive possessive (багаасаа = баг + -аас + -аа). */
const outermostRank = -0.5;

/**
 * Whether an ending can follow a stem: Turkic case endings take the sound of the stem's last letter, so the Uzbek
 * dative is -ka only after k or g (Bishkekka), -qa only after q or g' (Iroqqa), and a locative -ta only after a
 * voiceless consonant (Kazakh, Turkish). Otherwise the letters are the word's own: Malika is no Mali+ka, KOBETA no
 * Kobe+ta.
 */
export function endingFits(stem: string, ending: string): boolean {
  if (ending === 'д') return [...stem].length >= 5 && /[нмл]$/u.test(stem);
  if (ending === 'т') return [...stem].length >= 5 && /[грсв]$/u.test(stem);
  if (ending === 'ад' || ending === 'эд' || ending === 'од' || ending === 'өд')
    return [...stem].length >= 5 && /[тгсрв]$/u.test(stem);
  if (ending === 'ид') return /ч$/u.test(stem);
  // The Kazakh dative after a third-person possessive only (қабырға-сы-на); Russian -на / -не are the word's own.
  if (ending === 'на' || ending === 'не') return /[ыі]$/u.test(stem);
  if (reflexiveAfterVowel.includes(ending)) return /[аэиоуөүыйя]$/u.test(stem);
  if (reflexiveAfterConsonant.includes(ending)) return /[бвгджзклмнпрстфхцчшщ]$/u.test(stem);
  if (ending === 'уд' || ending === 'үд') return /[аэиоуөүыя]$/u.test(stem);
  if (ending === 'ka') return /[kg]$/u.test(stem);
  if (ending === 'qa') return /(?:q|g'|g’|g)$/u.test(stem);
  if (ending === 'ta') return /[ptkqsfhcx]$/u.test(stem);
  return true;
}

/** How many stems `endingParses` gives a word at most. */
const parsesLimit = 12;

/** The rank of a Russian ending or a verb form: read off only at the word's end, and nothing before it. */
const russianRank = -1;

const ranked = (rank: number[], endings: readonly string[]) =>
  endings.map((ending): [string, number[]] => [ending, rank]);

/**
 * Where an ending stands in a Turkic or Mongolian word, read from its end: a case ending (0) last, before it a
 * possessive (1), before that the plural (2), innermost a trade's -лық (3). Endings not listed here are Russian
 * endings or verb forms (`russianRank`).
 */
const endingRanks = new Map<string, number[]>([
  ...ranked(
    [0],
    ['нинг', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'даги', 'дағы', 'дегі', 'дан', 'ден', 'тан', 'тен', 'нан'],
  ),
  ...ranked(
    [0],
    ['на', 'не', 'нен', 'мен', 'бен', 'пен', 'ға', 'ге', 'қа', 'ке', 'га', 'да', 'де', 'та', 'те', 'ды', 'ді'],
  ),
  ...ranked([0], ['ты', 'ті', 'ны', 'ні', 'ни', 'нда', 'нде', 'ын', 'ін', 'уудын', 'үүдийн', 'гийн', 'ийн', 'ийг']),
  ...ranked([0], ['ыг', 'аар', 'ээр', 'оор', 'өөр', 'аас', 'ээс', 'оос', 'өөс', 'ад', 'эд', 'од', 'өд', 'д', 'т']),
  ...ranked([0], ['тай', 'той', 'тэй']),
  ...ranked([outermostRank], [...reflexiveAfterVowel, ...reflexiveAfterConsonant]),
  ...ranked([1], ['сы', 'сі', 'си', 'мыз', 'міз', 'миз']),
  ...ranked([1, russianRank], ['ы', 'і', 'и']),
  ...ranked([2], ['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ууд', 'үүд', 'ид', 'уд', 'үд']),
  ...ranked([3], ['лық', 'лік', 'дық', 'дік', 'тық', 'тік']),
]);

/**
 * Every stem a word's endings can be read off to, besides the longest-ending reading (`stripChain`): the same
 * letters end a stem or begin an ending (Kazakh құрылысы is құрылыс + -ы as well as құрылы + -сы; Russian регионы
 * is регион + -ы, not регио + -ны), so a form and a text inflected differently still share a stem. Endings are read
 * off in the order a word takes them (`endingRanks`: case, possessive, plural, trade), each fitting its stem
 * (`endingFits`) and leaving at least four letters; a Russian ending is read alone (монтажные is no монтаж + -ны + -е,
 * экрандау no экран + -да + -у).
 */
export function endingParses(word: string, endings: readonly string[]): string[] {
  const greedy = stripChain(word, endings);
  const stems = new Set<string>(greedy === word ? [] : [greedy]);
  // Each stem with the rank of the ending read off last (-2: none yet).
  const queue: [string, number][] = [[word, -2]];
  while (queue.length > 0 && stems.size < parsesLimit) {
    const [current, last] = queue.shift() as [string, number];
    const length = [...current].length;
    for (const ending of endings) {
      if (!current.endsWith(ending) || length - [...ending].length < minimumStem) continue;
      const stem = current.slice(0, -ending.length);
      if (!endingFits(stem, ending)) continue;
      for (const rank of endingRanks.get(ending) ?? [russianRank]) {
        if (rank === russianRank ? last !== -2 : rank <= last) continue;
        stems.add(stem);
        if (rank !== russianRank) queue.push([stem, rank]);
      }
      if (stems.size >= parsesLimit) break;
    }
  }
  stems.delete(word);
  return [...stems];
}

/** Strips the longest ending that leaves at least four letters, again and again (suffix chains: -лар-ды). */
export function stripChain(word: string, endings: readonly string[]): string {
  let stem = word;
  for (;;) {
    const ending = endings.find(
      (candidate) =>
        stem.endsWith(candidate) &&
        [...stem].length - [...candidate].length >= minimumStem &&
        endingFits(stem.slice(0, -candidate.length), candidate),
    );
    if (ending === undefined) return stem;
    stem = stem.slice(0, -ending.length);
  }
}

/**
 * An Uzbek verb in any of the forms a profile uses — "we do" (olamiz, tayyorlaymiz), "does" (qiladi), the doer
 * (oluvchi), the converb (olib) — as its verbal noun (olish, tayyorlash), the form the lexicon lists: "suratga
 * olamiz" is "suratga olish". Uzbek verb roots are short (ol-, qil-), so this allows roots of two letters.
 */
export function uzbekVerbalNoun(word: string): string | undefined {
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
export function russianVerbStem(word: string): string | undefined {
  const ova =
    /^(\p{L}{4,}?)(?:у|ю)(?:ем|ет|ют|ешь|ете|я)$|^(\p{L}{4,}?)(?:ов|ев)(?:ать|ание|ания|анию|анием|ании|ал|али)$/u.exec(
      word,
    );
  if (ova !== null) return `${ova[1] ?? ova[2]}ов`;
  const plain = /^(\p{L}{4,}?[ая])(?:ем|ет|ют|ешь|ете|ть|ние|ния|нию|нием|нии|ли)$/u.exec(word);
  return plain === null ? undefined : plain[1];
}
