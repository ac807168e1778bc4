// The library entry (`import { startDaemon } from 'docker-tls-action'`): see adapters/library.
export * from './adapters/library/index.js';
