// Writes bench/RESULTS.md again from bench/results.json (after editing bench/ANALYSIS.md), without measuring again.
//   node bench/report.mjs [folder]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from './lib/report.mjs';

const folder = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url));
const results = JSON.parse(readFileSync(join(folder, 'results.json'), 'utf8'));
writeFileSync(join(folder, 'RESULTS.md'), writeReport(results));
console.log(`wrote ${join(folder, 'RESULTS.md')}`);
