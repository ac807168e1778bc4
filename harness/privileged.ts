// Whether an outer engine started by a test can grant --privileged on this machine. Two things
// decide it: this process's capability bounding set (the engine inherits it) and the engine's age.
// Engines up to 20.10 ask runc for every capability the kernel knows, and runc fails when one is
// outside the bounding set; later ones (moby#42933) grant what they have. GitHub's runners have the
// full set; some restricted machines lack CAP_SYS_RESOURCE.
import { readFileSync } from 'node:fs';
import { type EngineClient } from '../src/host/engine-api/client.js';

/** The capabilities the kernel knows that this process's bounding set lacks, by number. */
export function capabilitiesOutsideBoundingSet(): number[] {
  const last = Number(readFileSync('/proc/sys/kernel/cap_last_cap', 'utf8').trim());
  const status = readFileSync('/proc/self/status', 'utf8');
  const bounding = BigInt(`0x${/^CapBnd:\s*([0-9a-f]+)$/m.exec(status)![1]}`);
  const missing: number[] = [];
  for (let cap = 0; cap <= last; cap++) if (!(bounding & (1n << BigInt(cap)))) missing.push(cap);
  return missing;
}

/** Whether `--privileged` on this outer engine fails here, and why, for the test's own message. */
export async function privilegedRefusedHere(client: EngineClient): Promise<{ refused: boolean; why: string }> {
  const { Version } = await client.version();
  const major = Number(/^(\d+)\./.exec(Version)?.[1]);
  const missing = capabilitiesOutsideBoundingSet();
  const grantsAll = major <= 20;
  const refused = grantsAll && missing.length > 0;
  const set = missing.length ? `lacks capabilities ${missing.join(', ')}` : 'is full';
  return { refused, why: `engine ${Version}; this machine's bounding set ${set}` };
}
