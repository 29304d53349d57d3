/**
 * The sureness decision as data (issue 10): the shipped model is validated when the answerer is created, its
 * features are the answerer's, the answer reports them, and the fit's logistic regression learns what separates.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { loadSurenessModel, surenessFeatureNames } from '../../src/answer/sureness.js';
import surenessModelData from '../../src/answer/sureness-model.json' with { type: 'json' };
import { isMatchcutError } from '../../src/errors.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import type { SurenessRow } from '../../eval/sureness-features.js';
import { without } from '../../eval/fit-sureness.js';
import { fitLogistic, probabilityOf, separationOf } from '../../eval/sureness-logistic.js';

function passage(document: number, text: string): RetrievedPassage {
  const article = { id: `article-${document}`, title: 'Northwind Animation news', language: 'en' };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

/** A model of the shipped shape whose probability is the same for every answer. */
function constantModel(bias: number) {
  return loadSurenessModel({
    ...surenessModelData,
    weights: surenessFeatureNames.map(() => 0),
    bias,
    threshold: 0.5,
  });
}

describe('the shipped sureness model', () => {
  it('loads, with one weight for each of the answerer features', () => {
    const model = loadSurenessModel(surenessModelData);
    expect(surenessModelData.features).toEqual([...surenessFeatureNames]);
    expect(model.threshold).toBeGreaterThan(0);
    expect(surenessModelData.provenance.command).toBe('npx tsx eval/fit-sureness.ts');
  });

  it('is refused, with how to fix it, when its features are not the answerer features', () => {
    const stale = { ...surenessModelData, features: surenessModelData.features.slice(1) };
    let caught: unknown;
    try {
      loadSurenessModel(stale);
    } catch (error) {
      caught = error;
    }
    expect(isMatchcutError(caught) && caught.code).toBe('KNOWLEDGE');
    expect(String((caught as Error).message)).toMatch(
      /features: expected \[score, logMargin.*npx tsx eval\/fit-sureness\.ts/,
    );
    expect(() => loadSurenessModel({ ...surenessModelData, weights: [1] })).toThrow(/weights: expected \d+ numbers/);
    expect(() => loadSurenessModel({ ...surenessModelData, threshold: 2 })).toThrow(/threshold/);
  });
});

describe('the answerer decides sureness with the model', () => {
  const question = 'When did Northwind Animation open?';
  const passages = [passage(0, 'Northwind Animation opened in 2015 in Cardiff.')];
  const context = { language: 'en', query: question };

  it('gives a grounded sentence as the answer when the model is sure, and reports the features', () => {
    const answer = createExtractiveAnswerer({ glossary: undefined }, { sureness: constantModel(5) })(
      question,
      passages,
      context,
    );
    expect(answer.grounded).toBe(true);
    expect(answer.text).toMatch(/opened in 2015/);
    expect(Object.keys(answer.sureness?.features ?? {})).toEqual([...surenessFeatureNames]);
    expect(answer.sureness?.probability).toBeCloseTo(1 / (1 + Math.exp(-5)));
  });

  it('says "not sure" when two different answers tie, however sure the model is', () => {
    const tie = [passage(0, 'Northwind Animation opened in 2015. Northwind Animation opened in 2019.')];
    const answer = createExtractiveAnswerer({ glossary: undefined }, { sureness: constantModel(5) })(
      question,
      tie,
      context,
    );
    expect(answer.grounded).toBe(false);
    expect(answer.sureness?.tied).toBe(true);
    expect(answer.text).toMatch(/^I'm not sure/);
  });

  it('says "not sure" and quotes the closest passage when the model is not', () => {
    const answer = createExtractiveAnswerer({ glossary: undefined }, { sureness: constantModel(-5) })(
      question,
      passages,
      context,
    );
    expect(answer.grounded).toBe(false);
    expect(answer.text).toMatch(/^I'm not sure.*opened in 2015/);
  });
});

describe('the rivals of the answer (unitRivals)', () => {
  const question = 'When did Northwind Animation open?';
  const context = { language: 'en', query: question };
  const ask = (text: string) =>
    createExtractiveAnswerer({ glossary: undefined }, { sureness: constantModel(5) })(
      question,
      [passage(0, text)],
      context,
    );

  it('counts the other sentences that give a unit of the asked kind with about the same support', () => {
    // "grew in 2023" gives a year but says nothing of opening: its support is far below the answer's.
    const alone = ask('Northwind Animation opened in 2015 in Cardiff. The studio makes series for children.');
    expect(alone.sureness?.features.unitRivals).toBe(0);
    const rivalled = ask(
      'Northwind Animation opened in 2015 in Cardiff. Northwind Animation opened a Bristol office in 2018. ' +
        'Northwind Animation opened a Leeds office in 2021. Northwind Animation grew in 2023.',
    );
    expect(rivalled.sureness?.features.unitRivals).toBeCloseTo(Math.log1p(2));
  });

  it('does not count a sentence that repeats the answer, nor one with no unit of the asked kind', () => {
    const repeated = ask(
      'Northwind Animation opened in 2015 in Cardiff. Northwind Animation opened in 2015 in Cardiff. ' +
        'Northwind Animation opened a second office.',
    );
    expect(repeated.sureness?.features.unitRivals).toBe(0);
  });
});

describe('the fit', () => {
  it('learns the feature that separates right answers from wrong ones', () => {
    const features = (coverage: number, score: number) =>
      Object.fromEntries(
        surenessFeatureNames.map((name) => [name, name === 'coverage' ? coverage : name === 'score' ? score : 0]),
      ) as SurenessRow['features'];
    const rows: SurenessRow[] = [];
    for (let index = 0; index < 40; index += 1) {
      const right = index % 2 === 0;
      // Coverage tells right from wrong (with some overlap); the score is noise.
      const coverage = (right ? 0.6 : 0.3) + ((index * 7) % 10) / 25;
      rows.push({
        set: 'a',
        kind: 'same-language',
        label: right ? 'right' : 'wrong',
        group: `article-${index % 8}`,
        grounded: true,
        tied: false,
        features: features(coverage, ((index * 3) % 10) / 10),
      });
    }
    const model = fitLogistic(rows, 1);
    const coverageWeight = model.weights[surenessFeatureNames.indexOf('coverage')] as number;
    const scoreWeight = model.weights[surenessFeatureNames.indexOf('score')] as number;
    expect(coverageWeight).toBeGreaterThan(1);
    expect(Math.abs(scoreWeight)).toBeLessThan(coverageWeight / 3);
    const row = (coverage: number) => ({ ...(rows[0] as SurenessRow), features: features(coverage, 0.5) });
    expect(probabilityOf(model, row(0.9))).toBeGreaterThan(0.8);
    expect(probabilityOf(model, row(0.2))).toBeLessThan(0.2);
    // The product computes the same probability from the same numbers.
    const shipped = loadSurenessModel({ ...surenessModelData, ...model, threshold: 0.5 });
    expect(shipped.probability(row(0.9).features)).toBeCloseTo(probabilityOf(model, row(0.9)), 12);
  });

  it('measures what a feature adds by holding it at 0, and the separation of any value', () => {
    const row = (label: SurenessRow['label'], coverage: number): SurenessRow => ({
      set: 'a',
      kind: 'same-language',
      label,
      group: 'article-1',
      grounded: true,
      tied: false,
      features: Object.fromEntries(
        surenessFeatureNames.map((name) => [name, name === 'coverage' ? coverage : 1]),
      ) as SurenessRow['features'],
    });
    const rows = [row('right', 0.9), row('right', 0.7), row('wrong', 0.4), row('refuse', 0.7)];
    expect(separationOf(rows, [0.9, 0.7, 0.4, 0.7])).toBeCloseTo(0.875);
    const held = without(rows, ['coverage', 'unitRivals']);
    expect(held.map((item) => [item.features.coverage, item.features.unitRivals, item.features.score])).toEqual(
      rows.map(() => [0, 0, 1]),
    );
    expect(() => without(rows, ['nothing'])).toThrow(/no feature nothing/);
  });
});
