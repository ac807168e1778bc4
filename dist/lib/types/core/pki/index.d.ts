export * from './algorithms.js';
export * from './authority.js';
export * from './certificate-set.js';
