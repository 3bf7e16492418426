// Small statistics for a handful of repetitions.

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const min = (values: number[]): number | undefined => (values.length ? Math.min(...values) : undefined);
export const max = (values: number[]): number | undefined => (values.length ? Math.max(...values) : undefined);
export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Least squares y = a + b·x; undefined with fewer than two distinct x. */
export function linearFit(points: Array<[number, number]>): { a: number; b: number } | undefined {
  if (new Set(points.map(([x]) => x)).size < 2) return undefined;
  const n = points.length;
  const mx = sum(points.map(([x]) => x)) / n;
  const my = sum(points.map(([, y]) => y)) / n;
  const sxx = sum(points.map(([x]) => (x - mx) ** 2));
  const sxy = sum(points.map(([x, y]) => (x - mx) * (y - my)));
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** Exponent k of y ∝ x^k (least squares on logs); 1 = linear growth. */
export function growthExponent(points: Array<[number, number]>): number | undefined {
  const logs = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as [number, number]);
  return linearFit(logs)?.b;
}

export const seconds = (ms: number | undefined, digits = 1): string => (ms === undefined ? 'n/a' : (ms / 1000).toFixed(digits));
