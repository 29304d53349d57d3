/**
 * Working languages and places written freely in profiles ("English", "한국어", "tiếng Việt",
 * "ko"; "South Korea", "Hàn Quốc", "Republic of Korea") reduced to comparable keys, so that
 * "both work in English" and "both are in Vietnam" can be said whatever the spelling.
 * Language spellings live in `language-names.ts`.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { foldDiacritics, vietnameseLetter } from '../retrieval/text-normalize.js';
import { languageCode, spellingKey } from './language-names.js';

export { languageCode, languageName } from './language-names.js';

/**
 * Languages in which CLDR (through `Intl.DisplayNames`) names the countries for the country table: the lexicon's
 * languages, and Filipino and Malay, whose countries write their own names in them ("Pilipinas").
 */
const countryNameLanguages = ['en', 'ko', 'vi', 'ja', 'ru', 'uz', 'kk', 'th', 'id', 'zh', 'mn', 'fil', 'ms'];

/** Two-letter region codes that name no country (the EU, the UN, the euro area, pseudo-locales, unknown). */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Country codes by name, per list of languages (built once each; English alone covers most lexicon countries). */
const codesByLanguages = new Map<string, Map<string, string>>();

/**
 * ISO 3166 codes (lower case) by a country's name in the given languages ("Việt Nam", "베트남", "Vyetnam" → "vn"); a
 * name two countries share is left out.
 */
function countryCodesByName(languageList: readonly string[] = countryNameLanguages): Map<string, string> {
  const cacheKey = languageList.join(',');
  const cached = codesByLanguages.get(cacheKey);
  if (cached !== undefined) return cached;
  const byName = new Map<string, string>();
  const shared = new Set<string>();
  const add = (name: string, code: string) => {
    const key = spellingKey(name);
    if (key === '' || shared.has(key)) return;
    const known = byName.get(key);
    if (known !== undefined && known !== code) {
      byName.delete(key);
      shared.add(key);
    } else byName.set(key, code);
  };
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const namers = languageList.map(
    (language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }),
  );
  for (const code of countryCodes(english)) {
    const key = code.toLowerCase();
    for (const namer of namers) {
      const name = namer.of(code);
      if (name === undefined || name === code) continue;
      add(name, key);
      // "Congo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)": the part before the qualifier too.
      const short = name.split(/ - | SAR |[(（]/u)[0];
      if (short !== undefined && short !== name) add(short, key);
    }
  }
  codesByLanguages.set(cacheKey, byName);
  return byName;
}

let currentCodes: string[] | undefined;

/** The two-letter codes CLDR names as countries, current ones only (not "UK", "SU", "VD", nor the EU or UN). */
function countryCodes(english: Intl.DisplayNames): string[] {
  if (currentCodes !== undefined) return currentCodes;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (notCountries.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = english.of(code);
      if (name !== undefined && name !== code) codes.push(code);
    }
  }
  currentCodes = codes;
  return codes;
}

/** Where a place of the lexicon is: its country's ISO code and, below a country, its own key as a city. */
interface PlaceOfConcept {
  country: string | undefined;
  city: string | undefined;
}

const placesByLexicon = new WeakMap<Glossary, Map<string, PlaceOfConcept>>();

/** The ISO code of a lexicon place that is a country (one of its forms is a CLDR country name), if it is one. */
function conceptCountryCode(glossary: Glossary, conceptId: string): string | undefined {
  const forms = glossary.formsOf(conceptId);
  // English names first (built fast); the other languages only for a country whose English forms CLDR words otherwise.
  for (const codes of [countryCodesByName(['en']), countryCodesByName()]) {
    for (const form of forms) {
      const code = codes.get(spellingKey(form));
      if (code !== undefined) return code;
    }
  }
  return undefined;
}

/**
 * Where a lexicon place is (see `PlaceOfConcept`): the first concept at or above it that is a country gives the
 * country (Hanoi, Hà Nội, ハノイ: Vietnam; England: the United Kingdom); a region (Asia, the Nordic countries) has
 * none. A place below a country is a city (or a district, kept as written).
 */
export function placeOfConcept(glossary: Glossary, conceptId: string): PlaceOfConcept {
  let byConcept = placesByLexicon.get(glossary);
  if (byConcept === undefined) {
    byConcept = new Map();
    placesByLexicon.set(glossary, byConcept);
  }
  const known = byConcept.get(conceptId);
  if (known !== undefined) return known;
  let place: PlaceOfConcept = { country: undefined, city: undefined };
  if (glossary.concepts.get(conceptId)?.category === 'place') {
    for (const id of glossary.withAncestors(conceptId)) {
      if (glossary.concepts.get(id)?.category !== 'place') continue;
      const code = conceptCountryCode(glossary, id);
      if (code === undefined) continue;
      place = { country: code, city: id === conceptId ? undefined : spellingKey(glossary.label(conceptId, 'en')) };
      break;
    }
  }
  byConcept.set(conceptId, place);
  return place;
}

/** The lexicon's places named in a text, as written (a demonym that names a language, "Korean", is no place). */
export function placesNamedIn(text: string, glossary: Glossary): { conceptId: string; place: PlaceOfConcept }[] {
  const found: { conceptId: string; place: PlaceOfConcept }[] = [];
  for (const hit of glossary.findConcepts(text, { morphology: true })) {
    if (glossary.concepts.get(hit.conceptId)?.category !== 'place') continue;
    const asLanguage = languageCode(hit.surface);
    if (asLanguage.length === 2 && asLanguage !== spellingKey(hit.surface)) continue;
    found.push({ conceptId: hit.conceptId, place: placeOfConcept(glossary, hit.conceptId) });
  }
  return found;
}

/**
 * A comparable key for a country as a profile or question writes it: the ISO 3166 code, lower case ("Hàn Quốc",
 * "대한민국", "South Korea", "KR" → "kr"). With the lexicon, any of its forms of a country or of a place in it
 * ("Қазақстан", "ประเทศไทย", "TP. Hồ Chí Minh" → "vn"); without, CLDR's country names in the lexicon's languages.
 * The folded text when neither knows it.
 */
export function countryKey(text: string, glossary?: Glossary): string {
  const key = spellingKey(text);
  // A code in capitals ("VN", "KR"); in lower case "my" is also Vietnamese for the United States.
  const code = text.trim();
  if (/^[A-Z]{2}$/u.test(code) && !notCountries.has(code) && countryName(code.toLowerCase(), '') !== '')
    return code.toLowerCase();
  if (glossary !== undefined) {
    const country = placesNamedIn(text, glossary).find((entry) => entry.place.country !== undefined);
    if (country?.place.country !== undefined) return country.place.country;
  }
  const byName = countryCodesByName().get(key);
  if (byName !== undefined) return byName;
  // An unknown two-letter word ("Mỹ") is kept apart from the codes.
  return /^[a-z]{2}$/u.test(key) ? `${key}?` : key;
}

/** The English name of a country key ("vn" → "Vietnam"), or `fallback`. */
export function countryName(key: string, fallback: string): string {
  if (!/^[a-z]{2}$/u.test(key) || notCountries.has(key.toUpperCase())) return fallback;
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(key.toUpperCase()) ?? fallback;
}

/**
 * A comparable key for a city: the lexicon's English name of the city, folded ("Hà Nội", "Hanoi", "하노이",
 * "TP. Hồ Chí Minh", "Saigon" → "hanoi", "ho chi minh city"); the folded text for a place the lexicon lacks.
 */
export function cityKey(text: string, glossary?: Glossary): string {
  if (glossary !== undefined) {
    const city = placesNamedIn(text, glossary).find((entry) => entry.place.city !== undefined);
    if (city?.place.city !== undefined) return city.place.city;
  }
  return spellingKey(text);
}

const fieldPlaces = new WeakMap<Glossary, Map<string, { country: string | undefined; city: string | undefined }>>();
const fieldPlacesLimit = 20_000;

/**
 * Where a profile is, as comparable keys: its country field, else the country of its city field, else the one
 * country its description names ("a studio based in Hanoi", "Алматыдағы студия"); its city field, else the one city
 * its description names in that country.
 */
export function profilePlace(
  profile: { country?: string | undefined; city?: string | undefined; description?: string | undefined },
  glossary: Glossary,
): { country: string | undefined; city: string | undefined } {
  const given = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text);
  const countryText = given(profile.country);
  const cityText = given(profile.city);
  if (countryText !== undefined || cityText !== undefined) {
    const byFields = placeOfFields(countryText, cityText, glossary);
    if (byFields.city !== undefined || byFields.country === undefined) return byFields;
    // A country field and no city: the one city the description names in that country ("사무실은 제주시 노형동").
    return { country: byFields.country, city: describedCity(profile.description ?? '', glossary, byFields.country) };
  }
  // One city named ("базируемся в Алматы, работаем с корейскими заказчиками"): there; else one country named.
  const described = placesNamedIn(profile.description ?? '', glossary);
  const cities = new Map(
    described.flatMap((entry) => (entry.place.city === undefined ? [] : [[entry.place.city, entry]])),
  );
  const [onlyCity] = cities.size === 1 ? [...cities.values()] : [];
  if (onlyCity !== undefined) return { country: onlyCity.place.country, city: onlyCity.place.city };
  const countries = new Set(described.flatMap((entry) => entry.place.country ?? []));
  return { country: countries.size === 1 ? [...countries][0] : undefined, city: undefined };
}

/** The one city a description names in a country, if it names exactly one there. */
function describedCity(description: string, glossary: Glossary, country: string): string | undefined {
  if (description === '') return undefined;
  const cities = new Set(
    placesNamedIn(description, glossary).flatMap((entry) =>
      entry.place.city !== undefined && entry.place.country === country ? [entry.place.city] : [],
    ),
  );
  return cities.size === 1 ? [...cities][0] : undefined;
}

/** Where the country and city fields say a profile is (each pair read once per lexicon). */
function placeOfFields(
  countryText: string | undefined,
  cityText: string | undefined,
  glossary: Glossary,
): { country: string | undefined; city: string | undefined } {
  // Profiles repeat the same country and city fields: each pair is read once per lexicon.
  let byFields = fieldPlaces.get(glossary);
  if (byFields === undefined) {
    byFields = new Map();
    fieldPlaces.set(glossary, byFields);
  }
  const fieldsKey = `${countryText ?? ''}\u0000${cityText ?? ''}`;
  const known = byFields.get(fieldsKey);
  if (known !== undefined) return { ...known };
  let country = countryText === undefined ? undefined : countryKey(countryText, glossary);
  const city = cityText === undefined ? undefined : cityKey(cityText, glossary);
  if (cityText !== undefined && (country === undefined || country.length !== 2)) {
    const ofCity = placesNamedIn(cityText, glossary).find((entry) => entry.place.country !== undefined);
    if (ofCity !== undefined) country = ofCity.place.country;
  }
  if (byFields.size >= fieldPlacesLimit) byFields.clear();
  byFields.set(fieldsKey, { country, city });
  return { country, city };
}

/** Languages spoken in a country (by its key), for "both work in X" evidence. */
const countryLanguages: Record<string, string[]> = {
  kr: ['ko'],
  uz: ['uz', 'ru'],
  vn: ['vi'],
  jp: ['ja'],
  ru: ['ru'],
  kz: ['kk', 'ru'],
  cn: ['zh'],
  us: ['en'],
  th: ['th'],
  id: ['id'],
  ph: ['en'],
  mn: ['mn'],
};

/** The language a piece of profile text is written in, by script and a few marker letters and words. */
function textLanguage(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return /[әғқңөұүһі]/iu.test(text) ? 'kk' : /[ўқғҳ]/iu.test(text) ? 'uz' : 'ru';
  if (vietnameseLetter.test(text)) return 'vi';
  const words = foldDiacritics(text.toLowerCase()).split(/[^a-z'ʻʼ]+/u);
  const count = (list: readonly string[]) => words.filter((word) => list.includes(word)).length;
  const uzbek = count(['va', 'uchun', 'bilan', 'kurslari', 'mutaxassis', 'loyihalar', "bo'yicha", 'amaliyot', 'ish']);
  const indonesian = count(['dan', 'untuk', 'yang', 'dengan', 'pelatihan', 'kursus', 'jasa', 'lulusan', 'magang']);
  const english = count(['and', 'for', 'the', 'with', 'of', 'training', 'courses', 'our', 'in']);
  const best = Math.max(uzbek, indonesian, english);
  if (best === 0) return /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(text) ? 'en' : undefined;
  return best === english ? 'en' : best === uzbek ? 'uz' : 'id';
}

/**
 * The working languages a profile both lists and shows: a listed language counts when the
 * profile's own text (offers, needs, description) is written in it or its country speaks it —
 * "both work in English" is never claimed from a list alone.
 */
export function evidencedLanguages(profile: {
  languages: readonly string[];
  /** Its country's key (see `countryKey`). */
  country?: string | undefined;
  offers: readonly string[];
  needs: readonly string[];
  description?: string | undefined;
}): Set<string> {
  const shown = new Set<string>(countryLanguages[profile.country ?? ''] ?? []);
  for (const text of [...profile.offers, ...profile.needs, profile.description ?? '']) {
    const language = text.trim() === '' ? undefined : textLanguage(text);
    if (language !== undefined) shown.add(language);
  }
  return new Set(profile.languages.map(languageCode).filter((code) => shown.has(code)));
}

/**
 * The languages an organization can work in, for a dubbing or subtitling pair: the ones it lists and the ones its
 * country speaks.
 */
export function workingLanguages(profile: {
  languages: readonly string[];
  /** Its country's key (see `countryKey`). */
  country?: string | undefined;
}): Set<string> {
  const country = profile.country === undefined ? [] : (countryLanguages[profile.country] ?? []);
  return new Set([...profile.languages.map(languageCode), ...country]);
}
