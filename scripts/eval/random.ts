/** The corpus generator's random helpers, over a seeded source (scripts/seeds/staff.ts). */

export type Rand = () => number;

export const uniform = (rand: Rand, a: number, b: number) => a + (b - a) * rand();
export const r2 = (x: number) => Math.round(x * 100) / 100;
export const r1 = (x: number) => Math.round(x * 10) / 10;

export function gaussian(rand: Rand): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export function choose<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

export function shuffled<T>(rand: Rand, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
