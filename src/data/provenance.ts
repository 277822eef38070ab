/**
 * Where what an element shows comes from, as a visitor is told: whether a partnership rests only on lists compiled
 * by others (an encyclopedia, not the town's own page), and the credits the sources' licences ask for. Pure.
 */
import type { Dataset, Partnership, SourceInfo } from './model.js';

const sourcesById = new WeakMap<Dataset, Map<string, SourceInfo>>();

function sourceMap(dataset: Dataset): Map<string, SourceInfo> {
  let map = sourcesById.get(dataset);
  if (!map) {
    map = new Map(dataset.sources.map((source) => [source.id, source]));
    sourcesById.set(dataset, map);
  }
  return map;
}

const NONE: readonly SourceInfo[] = [];

/**
 * The compiled lists a partnership rests on where it rests on nothing else ("laut Wikipedia"), once each; none where
 * any of its sources is a town's, Kreis's or Land's own page, or is not described in the dataset.
 */
export function compiledOnly(p: Partnership, dataset: Dataset): readonly SourceInfo[] {
  const sources = sourceMap(dataset);
  const cited = [...new Set(p.sources.map((ref) => ref.source))].map((id) => sources.get(id));
  return cited.length > 0 && cited.every((source) => source?.kind === 'compiled') ? (cited as SourceInfo[]) : NONE;
}

/**
 * The sources to credit wherever `partnerships` are shown, in the dataset's order: those the records cite, and the
 * gazetteers, which gave every shown place its key and position. Only sources whose licence asks for a credit
 * (`attribution`); nothing when nothing is shown.
 */
export function credits(partnerships: readonly Partnership[], dataset: Dataset): readonly SourceInfo[] {
  if (partnerships.length === 0) return NONE;
  const cited = new Set<string>();
  for (const p of partnerships) for (const ref of p.sources) cited.add(ref.source);
  return dataset.sources.filter(
    (source) => source.attribution && (source.kind === 'gazetteer' || cited.has(source.id)),
  );
}
