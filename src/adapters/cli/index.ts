#!/usr/bin/env node
import { enableOwnCompileCache } from './compile-cache.js';
import { runCli } from './run.js';

// Before a verb's chunks load (the certificate library's above all), so that they come from the cache.
enableOwnCompileCache();
process.exitCode = await runCli(process.argv.slice(2));
