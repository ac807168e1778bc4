/** Set once the bench is interrupted: from then on nothing new is started, only cleaned up. */
let abortedBy: string | undefined;

export function abortBench(reason: string): void {
  abortedBy ??= reason;
}

export function throwIfAborted(): void {
  if (abortedBy) throw new Error(`bench interrupted (${abortedBy})`);
}
