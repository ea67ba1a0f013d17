/** A small seeded generator (mulberry32): the same seed gives the same county on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly { value: T; weight: number }[]): T {
    const total = items.reduce((sum, i) => sum + i.weight, 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= item.weight;
      if (r < 0) return item.value;
    }
    return items[items.length - 1]!.value;
  }

  /** A version-7-shaped UUID whose time part is the given instant and the rest comes from the seed. */
  uuid(at: Date): string {
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    const ms = at.getTime();
    const time = hex(Math.floor(ms / 0x10000), 8) + hex(ms % 0x10000, 4);
    const rand = () => hex(this.int(0, 0xffff), 4);
    const variant = hex(0x8000 | this.int(0, 0x3fff), 4);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand().slice(1)}-${variant}-${rand()}${rand()}${rand()}`;
  }
}
