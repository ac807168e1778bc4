import { diagnoseConnection, formatFindings, hasFailure, isTcpDockerHost, resolveTarget } from '../doctor/index.js';

export interface ConnectionFlags {
  host?: string;
  'cert-path'?: string;
  'tls-verify'?: string;
}

/**
 * The connection part of `docker-tls doctor`: runs when flags name an endpoint or DOCKER_HOST is
 * tcp://. Prints each finding and returns whether any of them is a failure.
 */
export async function connectionDoctor(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<boolean> {
  const given = flags.host !== undefined || flags['cert-path'] !== undefined;
  if (!given && !isTcpDockerHost(env.DOCKER_HOST)) return false;
  const target = resolveTarget({ host: flags.host, certPath: flags['cert-path'], tlsVerify: flags['tls-verify'] }, env);
  out('');
  out(`connection to ${target.host}:${target.port} with the client files in ${target.certPath}:`);
  const findings = await diagnoseConnection(target);
  for (const line of formatFindings(findings)) out(line);
  return hasFailure(findings);
}
