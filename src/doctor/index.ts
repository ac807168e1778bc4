export * from './diagnose.js';
export * from './findings.js';
export * from './target.js';
