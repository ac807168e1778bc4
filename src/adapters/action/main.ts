import { runMain } from './run-main.js';

process.exitCode = await runMain();
