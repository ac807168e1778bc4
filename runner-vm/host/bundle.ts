// The programs the guest runs, each bundled by esbuild into one ES module, so that the guest needs
// nothing but Node 24: suite.mjs (the scenarios, node:test) and bench.mjs (row 11 of the bench).
// The product itself is not in them: the guest runs the committed dist/ as the runner does.
import { build } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './common.js';

export const GUEST_PROGRAMS = ['suite', 'bench'] as const;
export type GuestProgram = (typeof GUEST_PROGRAMS)[number];

/** Writes <outDir>/<program>.mjs for each program. */
export async function bundleGuestPrograms(outDir: string): Promise<void> {
  await build({
    entryPoints: GUEST_PROGRAMS.map((name) => ({ in: join(REPO_ROOT, 'runner-vm', 'guest', `${name}.ts`), out: name })),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
  });
}
