export * from './algorithms.js';
export * from './certificate-set.js';
