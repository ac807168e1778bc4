import { InputError } from './errors.js';

/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
export function parseBoolean(input: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(input, raw, 'must be true or false', 'true');
}
