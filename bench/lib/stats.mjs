/** Percentiles over a sample of numbers (nearest-rank). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), count: sorted.length };
}

export function round(n) {
  return Math.round(n * 100) / 100;
}
