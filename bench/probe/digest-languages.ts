/**
 * What an organizer's digest suggests across languages, on the TUNE pool only (tune.yaml imported with the shipped
 * profiles, as eval/matches.ts does; the check half is never opened): the digest preview of N suggestions, and how
 * many of them are true partners (truth.yaml's tune half, either side the studio), pairs whose profiles are written in
 * different scripts and in different languages, true partners among those, and suggestions naming a look-alike.
 *
 * A profile's script and language are those most of its letters (needs, offers, description) are written in; the
 * language by script, Vietnamese letters, and marker words of Uzbek, Indonesian and English in Latin text. Kept
 * self-contained (no import from src/ beyond the core eval/matches.ts opens) so that it runs on older checkouts too.
 *
 * Usage: npx tsx bench/probe/digest-languages.ts [--sizes 200,100] [--list]   (--list: each suggestion, one a line)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProfilesFile } from '../../src/matchmaking/load-profiles.js';
import type { ValidProfileInput } from '../../src/matchmaking/profile-schema.js';
import { nameKey, profileSetFolder, readTruth, withHalfImported } from '../../eval/matches.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '200,100' }, list: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number);

const scripts: [string, RegExp][] = [
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Latin', /\p{Script=Latin}/u],
];

const textsOf = (profile: ValidProfileInput) => [...profile.needs, ...profile.offers, profile.description ?? ''];

/** The script most of a profile's letters are in (Han and kana together: Japanese writes both). */
function scriptOf(profile: ValidProfileInput): string {
  const counts = new Map<string, number>();
  for (const character of textsOf(profile).join(' ')) {
    const found = scripts.find(([, pattern]) => pattern.test(character))?.[0];
    if (found === undefined) continue;
    const script = found === 'Kana' || found === 'Han' ? 'Han/Kana' : found;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].sort((left, right) => right[1] - left[1])[0]?.[0] ?? 'none';
}

const markers: Record<string, string[]> = {
  uz: ['va', 'uchun', 'bilan', 'kurslari', 'mutaxassis', "bo'yicha", 'ish', 'tayyorlash', 'xizmati'],
  id: ['dan', 'untuk', 'yang', 'dengan', 'pelatihan', 'kursus', 'jasa', 'lulusan', 'magang'],
  en: ['and', 'for', 'the', 'with', 'of', 'training', 'courses', 'our', 'in'],
};

/** One text's language (undefined: too short to tell). */
function textLanguage(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return /[әғқңөұүһі]/iu.test(text) ? 'kk' : /[ўқғҳ]/iu.test(text) ? 'uz' : 'ru';
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(text)) return 'vi';
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z'ʻʼ]+/u);
  const scored = Object.entries(markers).map(
    ([code, list]) => [code, words.filter((word) => list.includes(word)).length] as const,
  );
  const best = scored.sort((left, right) => right[1] - left[1])[0];
  return best === undefined || best[1] === 0 ? undefined : best[0];
}

/** The language most of a profile's statements are written in ('en' for Latin text without markers). */
function languageOf(profile: ValidProfileInput): string {
  const counts = new Map<string, number>();
  for (const text of textsOf(profile)) {
    const language = textLanguage(text);
    if (language !== undefined) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].sort((left, right) => right[1] - left[1])[0]?.[0] ?? 'en';
}

const truth = readTruth().tune;
const tuneFile = path.join(profileSetFolder, 'tune.yaml');
const shippedFile = path.join(profileSetFolder, '..', '..', '..', '..', 'knowledge', 'profiles.yaml');
const all = [...(await loadProfilesFile(tuneFile)).profiles, ...(await loadProfilesFile(shippedFile)).profiles];
const byName = new Map<string, ValidProfileInput>();
for (const profile of all)
  for (const name of [profile.name, ...profile.aliases])
    if (!byName.has(nameKey(name))) byName.set(nameKey(name), profile);
const canonical = (name: string) => byName.get(nameKey(name))?.name ?? name;

const partnerKeys = new Set<string>();
for (const entry of truth)
  for (const partner of entry.partners)
    partnerKeys.add([canonical(entry.studio), canonical(partner)].map(nameKey).sort().join('\u0000'));
const lookAlikes = new Set((truth[0]?.lookalikes ?? []).map((name) => nameKey(canonical(name))));

await withHalfImported('tune', async (core) => {
  for (const size of sizes) {
    const digest = await core.previewDigest({ limit: size });
    const counts = { suggestions: 0, truePairs: 0, crossScript: 0, crossScriptTrue: 0, crossLanguage: 0 };
    let crossLanguageTrue = 0;
    let lookAlikeSuggestions = 0;
    let lowest = Infinity;
    for (const suggestion of digest.suggestions) {
      const a = byName.get(nameKey(suggestion.a.name));
      const b = byName.get(nameKey(suggestion.b.name));
      const key = [suggestion.a.name, suggestion.b.name].map(nameKey).sort().join('\u0000');
      const isTrue = partnerKeys.has(key);
      const crossScript = a !== undefined && b !== undefined && scriptOf(a) !== scriptOf(b);
      const crossLanguage = a !== undefined && b !== undefined && languageOf(a) !== languageOf(b);
      const lookAlike = [suggestion.a.name, suggestion.b.name].some((name) => lookAlikes.has(nameKey(name)));
      counts.suggestions += 1;
      if (isTrue) counts.truePairs += 1;
      if (crossScript) counts.crossScript += 1;
      if (crossScript && isTrue) counts.crossScriptTrue += 1;
      if (crossLanguage) counts.crossLanguage += 1;
      if (crossLanguage && isTrue) crossLanguageTrue += 1;
      if (lookAlike) lookAlikeSuggestions += 1;
      lowest = Math.min(lowest, suggestion.score);
      if (values.list) {
        const side = (profile: ValidProfileInput | undefined) =>
          profile === undefined ? '?' : `${languageOf(profile)}/${scriptOf(profile)}`;
        const marks = `${isTrue ? 'T' : '-'}${crossScript ? 'S' : crossLanguage ? 'L' : '-'}${lookAlike ? 'A' : '-'}`;
        process.stdout.write(
          `  ${marks} ${suggestion.score.toFixed(3)} ${suggestion.a.name} [${side(a)}] ~ ${suggestion.b.name} [${side(b)}]\n`,
        );
      }
    }
    process.stdout.write(
      `digest of ${size}: ${counts.suggestions} suggestions, ${counts.truePairs} true partners; ` +
        `across scripts ${counts.crossScript} (true ${counts.crossScriptTrue}); ` +
        `across languages ${counts.crossLanguage} (true ${crossLanguageTrue}); ` +
        `look-alikes ${lookAlikeSuggestions}; lowest score ${lowest.toFixed(3)}\n`,
    );
  }
});
