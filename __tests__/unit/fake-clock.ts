import { type Clock } from '../../src/core/wait.js';

/** A clock whose time moves only when something sleeps on it: every wait runs instantly. */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}
