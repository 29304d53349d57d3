// Runs after `tsc` in `npm run build`: saves the shipped lexicon's worked-out form beside the compiled code
// (dist/lexicon-cache/<code hash>/), so a first start reads it instead of building it, then stamps the build
// (bin/matchcut.js compares the stamp with the sources' times). Without knowledge/glossary.yaml nothing is saved.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { saveShippedLexicon } = await import(
  pathToFileURL(path.join(root, 'dist', 'src', 'knowledge', 'load-glossary.js')).href
);
await saveShippedLexicon(path.join(root, 'knowledge', 'glossary.yaml'));
writeFileSync(path.join(root, 'dist', '.build-stamp'), new Date().toISOString());
