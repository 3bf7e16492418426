import type { Clock } from '../src/clock.js';

/** A clock that only moves when someone sleeps (or the test calls advance). */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}
