#!/usr/bin/env node
import { enableOwnCompileCache } from './compile-cache.js';

// Before the rest loads, so that it comes from the cache too.
enableOwnCompileCache();
const { runCli } = await import('./run.js');
process.exitCode = await runCli(process.argv.slice(2));
