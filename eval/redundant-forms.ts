/**
 * Taxonomy forms the word-form rules already read through another form of the same entry (src/knowledge/word-forms.ts):
 * a form whose every word shares a stem with the same word of a form kept before it (the list's label first, then the
 * entry's forms in file order) — "визуальных эффектов" beside "визуальные эффекты", "multfilmlar" beside "multfilm",
 * "съемочная группа" beside "съёмочная группа". Such forms only repeat an inflection the rules cover, so they can go.
 * Each one is checked in a copy of knowledge/ without them: the form's own words must still read as its entry, every
 * word covered (and an Uzbek form's Cyrillic spelling too); a form that no longer reads so is kept.
 *
 *   npx tsx eval/redundant-forms.ts           lists the redundant forms (entry, language, form, the form that reads it)
 *   npx tsx eval/redundant-forms.ts --write   removes them from knowledge/taxonomy.yaml
 *
 * Only the taxonomy's flow lists (`  ru: [a, b]`) are rewritten, line by line; glossary.yaml is not touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadGlossary } from '../src/knowledge/load-glossary.js';
import { uzbekLatinToCyrillic } from '../src/knowledge/uzbek-cyrillic.js';
import { wordStems } from '../src/knowledge/word-forms.js';
import { matchKey, scriptOf, wordTokens } from '../src/retrieval/text-normalize.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const knowledge = path.join(root, 'knowledge');
const taxonomyFile = path.join(knowledge, 'taxonomy.yaml');
const languages = ['en', 'ko', 'vi', 'ja', 'ru', 'uz', 'ind', 'th', 'kk', 'mn', 'zh', 'tl'];

interface Redundant {
  id: string;
  language: string;
  form: string;
  readBy: string;
}

interface Form {
  language: string;
  form: string;
  keys: string[];
}

const stemsOf = (key: string) => [key, ...wordStems(key, scriptOf(key))];

/** Whether `kept` reads `form`: as many words, not the same keys, each word sharing a stem. */
function reads(kept: Form, form: Form): boolean {
  if (kept.keys.length !== form.keys.length || kept.keys.join(' ') === form.keys.join(' ')) return false;
  return kept.keys.every((key, index) => {
    const theirs = stemsOf(form.keys[index] as string);
    return stemsOf(key).some((stem) => theirs.includes(stem));
  });
}

function redundantForms(entries: readonly Record<string, unknown>[]): Redundant[] {
  const found: Redundant[] = [];
  for (const entry of entries) {
    // Each list's label first, then the shortest spellings (a dictionary form before its inflections).
    const forms = languages
      .flatMap((language) =>
        ((entry[language] as string[] | undefined) ?? []).map((form, position) => ({
          language,
          form,
          label: position === 0,
          keys: wordTokens(form).map(matchKey),
        })),
      )
      .sort((left, right) => Number(right.label) - Number(left.label) || left.form.length - right.form.length);
    const kept: Form[] = [];
    for (const candidate of forms) {
      // A label stays, and so does a form in capitals (an abbreviation, read as written) or one shorter than
      // every form that reads it (the dictionary spelling beside a label written inflected).
      const readBy =
        candidate.label || candidate.keys.length === 0 || /\p{Lu}{2}/u.test(candidate.form)
          ? undefined
          : kept.find((other) => other.form.length <= candidate.form.length && reads(other, candidate));
      if (readBy === undefined) kept.push(candidate);
      else
        found.push({ id: String(entry.id), language: candidate.language, form: candidate.form, readBy: readBy.form });
    }
  }
  return found;
}

/** The taxonomy's text without `dropped`, each flow list rewritten only where it loses a form. */
function without(text: string, dropped: readonly Redundant[]): string {
  const lines = text.split('\n');
  let id = '';
  for (const [index, line] of lines.entries()) {
    id = /^- id: (\S+)/u.exec(line)?.[1] ?? id;
    const list = /^ {2}([a-z]+): \[(.*)\]$/u.exec(line);
    if (list === null) continue;
    const [, language = '', items = ''] = list;
    const forms = items.split(', ');
    const kept = forms.filter(
      (form) => !dropped.some((drop) => drop.id === id && drop.language === language && drop.form === form),
    );
    if (kept.length !== forms.length) lines[index] = `  ${language}: [${kept.join(', ')}]`;
  }
  return lines.join('\n');
}

/** The dropped forms that no longer read as their entry in a lexicon without them. */
async function unreadForms(text: string, dropped: readonly Redundant[]): Promise<Redundant[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'matchcut-redundant-forms-'));
  try {
    cpSync(path.join(knowledge, 'glossary.yaml'), path.join(folder, 'glossary.yaml'));
    writeFileSync(path.join(folder, 'taxonomy.yaml'), without(text, dropped));
    const { glossary } = await loadGlossary(path.join(folder, 'glossary.yaml'));
    const readsAs = (form: string, id: string) => {
      const hits = glossary.findConcepts(form, { morphology: true });
      const [hit] = hits;
      return hits.length === 1 && hit?.conceptId === id && hit.start === 0 && hit.end === wordTokens(form).length;
    };
    return dropped.filter(
      (drop) =>
        !readsAs(drop.form, drop.id) || (drop.language === 'uz' && !readsAs(uzbekLatinToCyrillic(drop.form), drop.id)),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const text = readFileSync(taxonomyFile, 'utf8');
let dropped = redundantForms(parse(text) as Record<string, unknown>[]);
// Each round keeps the forms that no longer read; the list only shrinks, so this ends.
for (let round = 1; ; round += 1) {
  const unread = await unreadForms(text, dropped);
  console.error(`round ${round}: ${dropped.length} redundant forms, ${unread.length} of them kept (no longer read)`);
  if (unread.length === 0) break;
  dropped = dropped.filter((drop) => !unread.includes(drop));
}
for (const drop of dropped) console.log(`${drop.id}\t${drop.language}\t${drop.form}\t<= ${drop.readBy}`);
if (process.argv.includes('--write')) writeFileSync(taxonomyFile, without(text, dropped));
