export * from './adapters/library/index.js';
