import { DockerTlsError } from '../../core/errors.js';
import { diagnoseConnection, formatFindings, hasFailure, isTcpDockerHost, resolveTarget } from '../../doctor/index.js';
import { machineChecks } from '../../doctor/machine.js';
import { type RootlessProbe, rootlessSection } from '../../doctor/rootless.js';
import { DOCTOR_USAGE, parseFlags } from './usage.js';

export async function doctorCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      'cert-path': { type: 'string' },
      'tls-verify': { type: 'string' },
      rootless: { type: 'boolean' },
    },
    DOCTOR_USAGE,
  );
  const rootless = values.rootless === true;
  const checks = await machineChecks(Number(values.port ?? '2376'), { rootless });
  for (const { verdict, what, hint } of checks) {
    out(`${verdict.padEnd(4)} ${what}`);
    if (hint) out(`     ${hint}`);
  }
  const failed = checks.filter((item) => item.verdict === 'fail').length;
  const rootlessFailed = rootless ? await rootlessDoctor(out) : 0;
  const connectionFailed = await connectionDoctor(values, process.env, out);
  const what = [
    failed > 0 ? `${failed} check(s)` : '',
    rootlessFailed > 0 ? `${rootlessFailed} rootless precondition(s)` : '',
    connectionFailed ? 'the connection' : '',
  ].filter(Boolean);
  if (what.length > 0) throw new DockerTlsError(`${what.join(' and ')} failed; see above.`);
}

/** The rootless part of `docker-tls doctor --rootless`: prints each finding, returns how many failed. */
export async function rootlessDoctor(out: (line: string) => void, probe?: RootlessProbe): Promise<number> {
  const { lines, failed } = await rootlessSection(probe);
  for (const line of lines) out(line);
  return failed;
}

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
