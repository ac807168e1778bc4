import { UsageError } from './usage.js';

export const ENV_FORMATS = ['shell', 'dotenv', 'json', 'github'] as const;
export type EnvFormat = (typeof ENV_FORMATS)[number];

export function parseEnvFormat(raw: string | undefined, usage: string): EnvFormat {
  const value = raw ?? 'shell';
  if ((ENV_FORMATS as readonly string[]).includes(value)) return value as EnvFormat;
  throw new UsageError(`--format ${JSON.stringify(value)} is not one of ${ENV_FORMATS.join(', ')}.`, usage);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The environment as lines in one format: `shell` for eval, `dotenv` for --env-file and .env
 * readers, `github` to append to $GITHUB_ENV, `json` with `details` beside the variables.
 */
export function formatEnvironment(
  env: Record<string, string>,
  format: EnvFormat,
  details: Record<string, unknown> = {},
): string[] {
  if (format === 'json') return [JSON.stringify({ ...env, ...details }, null, 2)];
  return Object.entries(env).map(([name, value]) => {
    if (format === 'shell') return `export ${name}=${shellQuote(value)}`;
    // NAME=value lines carry no quoting: a value with a line break would end the line early.
    if (/[\r\n]/.test(value)) throw new Error(`${name} holds a line break; use --format shell or json`);
    return `${name}=${value}`;
  });
}
