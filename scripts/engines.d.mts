// Types of engines.mjs, for the tests that import it.
export type EngineName = 'system' | 'sid';
export declare const ENGINE_VARIABLE: 'DOCKER_TLS_TEST_ENGINE';
export declare const ENGINES: EngineName[];
export declare function engineOf(env?: NodeJS.ProcessEnv): EngineName;
export declare function sidBinDir(): string;
export declare function engineEnv(name: EngineName, env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function expectedVersions(
  name: EngineName,
  env?: NodeJS.ProcessEnv,
): { engine: string; containerd: string; dockerd: string; containerdPath: string };
