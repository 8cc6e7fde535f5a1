// Timing helpers for `npm run bench`: percentiles and a uniform printed line.

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function report(name: string, samples: number[], target?: string): void {
  const f = (n: number) => `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(58)} n=${String(samples.length).padEnd(5)} p50=${f(percentile(samples, 50)).padEnd(11)} p99=${f(percentile(samples, 99)).padEnd(11)}${target ? ` (target: ${target})` : ''}`,
  );
}

export async function timeIt(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}
