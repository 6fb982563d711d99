// Prints the gzipped size of the JavaScript a first visit loads (the entry chunk and everything it
// imports statically, per dist/.vite/manifest.json) and of each lazy chunk. Fails the build when
// the initial JavaScript passes the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const format = (kb) => `${kb.toFixed(1).padStart(7)} KB`;

// The learner's first visit loads index.html's entry; the admin preview entry is not counted.
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && key === 'index.html');
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const jsChunks = Object.entries(manifest).filter(([, chunk]) => chunk.file.endsWith('.js'));
const describe = ([key, chunk]) => ({ name: chunk.name ?? key, file: chunk.file, kb: gzipKb(chunk.file) });

const initialChunks = jsChunks.filter(([key]) => initial.has(key)).map(describe);
const lazyChunks = jsChunks
  .filter(([key]) => !initial.has(key))
  .map(describe)
  .sort((a, b) => b.kb - a.kb);
const initialKb = initialChunks.reduce((sum, chunk) => sum + chunk.kb, 0);

console.log('\nInitial JavaScript (gzipped):');
for (const chunk of initialChunks) console.log(`  ${format(chunk.kb)}  ${chunk.file}`);
console.log(`  ${format(initialKb)}  total (budget ${BUDGET_KB} KB)`);
console.log('\nLazy chunks (gzipped):');
for (const chunk of lazyChunks) console.log(`  ${format(chunk.kb)}  ${chunk.file}`);

if (initialKb > BUDGET_KB) {
  console.error(`\nInitial JavaScript is ${initialKb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
console.log(`\nInitial JavaScript is within the ${BUDGET_KB} KB budget.`);
