// Types for the seeded generator (plain JavaScript, so the harness runs it without a build).
import type { Dataset } from '../../src/data/model.js';

export function seededRandom(seed: number): () => number;
/** A dataset of `count` partnerships that passes the project's validator; same seed and count, same dataset. */
export function generateDataset(count: number, seed?: number): Dataset;
/** Written the way the importer writes data/partnerships.json (two-space JSON and a final newline). */
export function serializeDataset(dataset: Dataset): string;
