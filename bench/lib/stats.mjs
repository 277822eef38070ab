// Summaries of repeated measurements: the median (robust against the odd run disturbed by the shared machine),
// with the spread shown as min and max so a reader sees how noisy a figure was.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summary(values, digits = 1) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (numbers.length === 0) return null;
  return {
    median: round(median(numbers), digits),
    min: round(Math.min(...numbers), digits),
    max: round(Math.max(...numbers), digits),
    n: numbers.length,
  };
}

export function ratio(a, b) {
  if (a === null || b === null || a === undefined || b === undefined || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

export function round(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
