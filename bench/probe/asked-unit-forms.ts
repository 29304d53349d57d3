/**
 * Coverage of the question-type and asked-unit readers on the table of forms written from knowledge of the eight
 * languages (test/fixtures/asked-unit-forms.ts; not the evaluation files): per language and kind, how many questions
 * are classified as their kind and how many news sentences are read as holding the unit its first question asks.
 * `npx tsx bench/probe/asked-unit-forms.ts [--misses]`.
 */
import path from 'node:path';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../../eval/answer-set-knowledge.js';
import {
  askedTypeOfKind,
  askedUnitForms,
  type FormKind,
  type FormLanguage,
} from '../../test/fixtures/asked-unit-forms.js';

const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
const showMisses = process.argv.includes('--misses');
const kinds = Object.keys(askedTypeOfKind) as FormKind[];
const languages = Object.keys(askedUnitForms) as FormLanguage[];
const misses: string[] = [];
const totals = { questions: 0, questionsAll: 0, sentences: 0, sentencesAll: 0 };
const rows: string[] = [`| lang | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`];

for (const language of languages) {
  const cells: string[] = [];
  for (const kind of kinds) {
    const forms = askedUnitForms[language][kind];
    const expected = askedTypeOfKind[kind];
    let classified = 0;
    for (const question of forms.questions) {
      const type = classifyQuestion(question);
      if (type === expected) classified += 1;
      else misses.push(`${language} ${kind} question → ${type}: ${question}`);
    }
    let read = 0;
    const sentences = forms.sentences ?? [];
    const asked = forms.questions[0] as string;
    const analysis = analyseQuestion(asked, glossary, emptyAliasIndex);
    for (const sentence of sentences) {
      if (analysis.type === expected && holdsAskedUnit(sentence, analysis, glossary)) read += 1;
      else misses.push(`${language} ${kind} sentence (for ${asked} → ${analysis.type}): ${sentence}`);
    }
    totals.questions += classified;
    totals.questionsAll += forms.questions.length;
    totals.sentences += read;
    totals.sentencesAll += sentences.length;
    cells.push(
      `${classified}/${forms.questions.length}${sentences.length > 0 ? ` · ${read}/${sentences.length}` : ''}`,
    );
  }
  rows.push(`| ${language} | ${cells.join(' | ')} |`);
}
process.stdout.write(
  `${rows.join('\n')}\n\nquestions classified ${totals.questions}/${totals.questionsAll}, ` +
    `sentences read ${totals.sentences}/${totals.sentencesAll}\n`,
);
if (showMisses) process.stdout.write(`\n${misses.join('\n')}\n`);
