/**
 * The name matcher measured on names, not on the evaluation: recall on the real name pairs of
 * test/fixtures/name-pairs.ts (one name written two ways, asked in either) and false matches on its look-alike pairs,
 * per script pair. `npx tsx bench/probe/name-pairs.ts [--list]` (--list: the pairs missed and confused).
 */
import path from 'node:path';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { namePairGroups } from '../../test/fixtures/name-pairs.js';
import { tallyNamePairs } from '../../test/helpers/name-pair-matching.js';

const { glossary } = await loadGlossary(path.join(import.meta.dirname, '..', '..', 'knowledge', 'glossary.yaml'));
const list = process.argv.includes('--list');
const tallies = tallyNamePairs(glossary, namePairGroups);
let [same, met, apart, falselyMet] = [0, 0, 0, 0];
for (const tally of tallies) {
  same += tally.same;
  met += tally.met;
  apart += tally.apart;
  falselyMet += tally.falselyMet;
  process.stdout.write(
    `${tally.pair.padEnd(42)} met ${String(tally.met).padStart(3)}/${String(tally.same).padEnd(4)} ` +
      `false ${tally.falselyMet}/${tally.apart}\n`,
  );
  if (list) {
    for (const missed of tally.missed) process.stdout.write(`    missed   ${missed}\n`);
    for (const confused of tally.confused) process.stdout.write(`    confused ${confused}\n`);
  }
}
process.stdout.write(`${'all'.padEnd(42)} met ${met}/${same} false ${falselyMet}/${apart}\n`);
