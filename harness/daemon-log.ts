// A daemon's log read from a mark on: what it said about the connections made since.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

/**
 * The daemon's log, read from a mark on: what it said about the connections made since. Its text
 * comes from `read`, the whole log each time (a file, or a container's log), which only grows.
 */
export class DaemonLog {
  constructor(private readonly read: () => Promise<string>) {}

  static ofFile(path: string): DaemonLog {
    return new DaemonLog(() => readFile(path, 'utf8'));
  }

  async mark(): Promise<number> {
    return (await this.read()).length;
  }

  async since(mark: number): Promise<string> {
    return (await this.read()).slice(mark);
  }

  /** Waits for the daemon's line about the connection from `clientPort` and returns its reason. */
  async reasonFor(clientPort: number, mark: number, timeoutMs = 5000): Promise<string> {
    const needle = new RegExp(`TLS handshake error from [^ ]+:${clientPort}: (.*)`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = needle.exec(await this.since(mark));
      if (match) return match[1];
      if (Date.now() > deadline) return `(no log line for client port ${clientPort})`;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The reasons of the handshake errors logged after `mark`. */
  async reasonsSince(mark: number): Promise<string[]> {
    return [...(await this.since(mark)).matchAll(/TLS handshake error from [^ ]+:\d+: (.*)/g)].map((match) => match[1]);
  }

  /** Waits until a handshake error after `mark` gives `reason`; then every one there must give it. */
  async waitFor(reason: RegExp, mark: number, timeoutMs = 5000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reasons = await this.reasonsSince(mark);
      if (reasons.some((line) => reason.test(line))) {
        for (const line of reasons) assert.match(line, reason, `every refusal since the mark: ${reasons.join(' | ')}`);
        return reasons;
      }
      if (Date.now() > deadline) {
        assert.fail(`the daemon logged no handshake error matching ${reason}; it logged:\n${reasons.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
